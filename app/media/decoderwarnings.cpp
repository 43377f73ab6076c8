// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoderwarnings.h"

#include <QtLogging>

#include <mutex>

namespace Newsroom {

void collectDecoderWarning(const QString &message);

namespace {

thread_local DecoderWarnings *collecting = nullptr;
QtMessageHandler previousHandler = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Qt's image plugins log under qt.gui.imageio (the JPEG one as qt.gui.imageio.jpeg).
    if (collecting && type == QtWarningMsg && context.category
        && qstrncmp(context.category, "qt.gui.imageio", 14) == 0) {
        collectDecoderWarning(message);
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void collectDecoderWarning(const QString &message)
{
    if (collecting && collecting->m_messages.size() < 20)
        collecting->m_messages.append(message);
}

DecoderWarnings::DecoderWarnings()
    : m_outer(collecting)
{
    static std::once_flag installed;
    std::call_once(installed, [] { previousHandler = qInstallMessageHandler(handler); });
    collecting = this;
}

DecoderWarnings::~DecoderWarnings()
{
    collecting = m_outer;
}

} // namespace Newsroom
