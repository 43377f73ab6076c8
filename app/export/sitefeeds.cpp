// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefeeds.h"

#include <QLocale>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Newsroom::SiteFeeds {

namespace {

const QString SitemapNamespace = u"http://www.sitemaps.org/schemas/sitemap/0.9"_s;
const QString NewsNamespace = u"http://www.google.com/schemas/sitemap-news/0.9"_s;

} // namespace

QByteArray rss(const Context &context, const QString &title, const QList<qsizetype> &stories)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"rss"_s);
    xml.writeAttribute(u"version"_s, u"2.0"_s);
    xml.writeStartElement(u"channel"_s);
    xml.writeTextElement(u"title"_s, title);
    xml.writeTextElement(u"link"_s, context.link(context.site.prefix + u"index.html"_s));
    xml.writeTextElement(u"description"_s, title);
    xml.writeTextElement(u"language"_s, context.site.language);
    for (qsizetype i = 0; i < std::min<qsizetype>(stories.size(), RssSize); ++i) {
        const SiteStory &story = context.site.stories.at(stories.at(i));
        const QString link = context.link(story.path);
        xml.writeStartElement(u"item"_s);
        xml.writeTextElement(u"title"_s, story.article.headline);
        xml.writeTextElement(u"link"_s, link);
        xml.writeStartElement(u"guid"_s);
        xml.writeAttribute(u"isPermaLink"_s, context.base.isEmpty() ? u"false"_s : u"true"_s);
        xml.writeCharacters(link);
        xml.writeEndElement();
        xml.writeTextElement(u"pubDate"_s, QLocale::c().toString(story.article.publishedAt.toUTC(),
                                                                 u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s));
        xml.writeTextElement(u"description"_s, story.excerpt);
        if (!story.sectionPath.isEmpty())
            xml.writeTextElement(u"category"_s, context.site.sections.value(story.sectionPath.last()).category.name);
        for (const auto &[name, slug] : story.authors)
            xml.writeTextElement(u"author"_s, u"noreply@example.invalid ("_s + name + u')');
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray sitemap(const Context &context, const QList<SitemapEntry> &pages)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"urlset"_s);
    xml.writeDefaultNamespace(SitemapNamespace);
    for (const SitemapEntry &page : pages) {
        xml.writeStartElement(u"url"_s);
        xml.writeTextElement(u"loc"_s, context.link(page.path));
        if (page.modified.isValid())
            xml.writeTextElement(u"lastmod"_s, page.modified.toUTC().toString(Qt::ISODate));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray sitemapIndex(const Context &context, const QStringList &sitemaps)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"sitemapindex"_s);
    xml.writeDefaultNamespace(SitemapNamespace);
    for (const QString &sitemap : sitemaps) {
        xml.writeStartElement(u"sitemap"_s);
        xml.writeTextElement(u"loc"_s, context.link(sitemap));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray newsSitemap(const Context &context)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"urlset"_s);
    xml.writeDefaultNamespace(SitemapNamespace);
    xml.writeNamespace(NewsNamespace, u"news"_s);
    for (const SiteStory &story : context.site.stories) {
        if (story.article.publishedAt.secsTo(context.now) > NewsSitemapSeconds)
            continue;
        xml.writeStartElement(u"url"_s);
        xml.writeTextElement(u"loc"_s, context.link(story.path));
        xml.writeStartElement(NewsNamespace, u"news"_s);
        xml.writeStartElement(NewsNamespace, u"publication"_s);
        xml.writeTextElement(NewsNamespace, u"name"_s, context.siteName);
        xml.writeTextElement(NewsNamespace, u"language"_s, story.article.language);
        xml.writeEndElement();
        xml.writeTextElement(NewsNamespace, u"publication_date"_s, context.isoTime(story.article.publishedAt));
        xml.writeTextElement(NewsNamespace, u"title"_s, story.article.headline);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Newsroom::SiteFeeds
