// SPDX-License-Identifier: GPL-3.0-or-later
#include "themerenderer.h"

#include <KTextTemplate/CachingLoaderDecorator>
#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/Template>
#include <KTextTemplate/TemplateLoader>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

const QString ThemeRenderer::DefaultTheme = u":/themes/default"_s;

struct ThemeRenderer::Engine
{
    KTextTemplate::Engine engine;

    Expected<KTextTemplate::Template> load(const QString &templateName)
    {
        const KTextTemplate::Template theme = engine.loadByName(templateName);
        if (!theme || theme->error())
            return invalid(Words::tr("the theme's %1: %2").arg(templateName, theme ? theme->errorString() : Words::tr("not found")));
        return theme;
    }
};

ThemeRenderer::ThemeRenderer(const QStringList &folders)
    : m_engine(std::make_unique<Engine>())
{
    auto loader = QSharedPointer<KTextTemplate::FileSystemTemplateLoader>::create();
    loader->setTemplateDirs(folders);
    m_engine->engine.addTemplateLoader(QSharedPointer<KTextTemplate::CachingLoaderDecorator>::create(loader));
    m_engine->engine.setSmartTrimEnabled(true);
}

ThemeRenderer::~ThemeRenderer() = default;

QStringList ThemeRenderer::folders(const QString &themeFolder)
{
    return themeFolder.isEmpty() ? QStringList{DefaultTheme} : QStringList{themeFolder, DefaultTheme};
}

Status ThemeRenderer::check(const QString &templateName)
{
    if (const Expected<KTextTemplate::Template> loaded = m_engine->load(templateName); !loaded)
        return loaded.error();
    return Done{};
}

Expected<QByteArray> ThemeRenderer::render(const PageValues &page)
{
    const Expected<KTextTemplate::Template> loaded = m_engine->load(page.templateName);
    if (!loaded)
        return loaded.error();
    const KTextTemplate::Template &theme = *loaded;
    KTextTemplate::Context context(page.values);
    const QString html = theme->render(&context);
    if (theme->error())
        return invalid(Words::tr("the theme's %1: %2").arg(page.templateName, theme->errorString()));
    return html.toUtf8();
}

} // namespace Newsroom
