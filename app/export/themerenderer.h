// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "sitepages.h"

#include <QStringList>

#include <memory>

namespace Newsroom {

// The site theme's templates, parsed once for each thread that renders them: a template
// engine and its templates belong to one thread. `folders`: the newsroom's own theme
// first, when it has one, then the default theme.
class ThemeRenderer
{
public:
    static const QString DefaultTheme;

    explicit ThemeRenderer(const QStringList &folders);
    ~ThemeRenderer();

    // The folders for a theme folder from the settings (or none).
    static QStringList folders(const QString &themeFolder);

    // Whether the template parses; what is wrong with it when not.
    Status check(const QString &templateName);
    Expected<QByteArray> render(const PageValues &page);

private:
    struct Engine;
    std::unique_ptr<Engine> m_engine;
};

} // namespace Newsroom
