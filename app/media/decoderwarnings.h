// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Newsroom {

// What image decoders say on this thread while one of these lives, collected instead of
// printed. Qt's JPEG decoder warns "Corrupt JPEG data: …" and still returns an image, its
// damaged part grey: the warnings are how a damaged photo is told from a sound one.
class DecoderWarnings
{
public:
    DecoderWarnings();
    ~DecoderWarnings();
    DecoderWarnings(const DecoderWarnings &) = delete;
    DecoderWarnings &operator=(const DecoderWarnings &) = delete;

    const QStringList &messages() const { return m_messages; }

private:
    friend void collectDecoderWarning(const QString &message);
    QStringList m_messages;
    DecoderWarnings *m_outer;
};

} // namespace Newsroom
