// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionpane.h"

#include "changeview.h"
#include "markdown/markdownrenderer.h"
#include "text/interfacelanguage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

VersionPane::VersionPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(u"versionPane"_s);
    m_title->setObjectName(u"versionTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_close->setObjectName(u"versionClose"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the version beside the story"));
    m_close->setAccessibleName(tr("Close"));
    connect(m_close, &QToolButton::clicked, this, &VersionPane::closeRequested);
    m_text->setObjectName(u"versionText"_s);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("The story in another language"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
}

void VersionPane::showVersion(const Article &story, const QString &role, const QList<DiffSpan> &changes)
{
    m_storyId = story.id;
    m_title->setText(tr("%1 — %2, revision %3").arg(nativeLanguageName(story.language), role).arg(story.revision));
    QString html = u"<html lang=\"%1\"><body>"_s.arg(story.language.toHtmlEscaped());
    if (!changes.isEmpty()) {
        html += u"<p><i>"_s
            + tr("What changed since the translation was made: added on green, removed struck through.").toHtmlEscaped()
            + u"</i></p><p>"_s + spansHtml(changes) + u"</p>"_s;
    } else {
        html += u"<h2>"_s + story.headline.toHtmlEscaped() + u"</h2>"_s;
        if (!story.lead.isEmpty())
            html += u"<p><b>"_s + paragraphs(story.lead) + u"</b></p>"_s;
        // The body as the site shows its words: subheadings, quotes and lists, photos as
        // their captions (the pane loads nothing).
        MarkdownRenderer markdown;
        html += markdown.toHtml(story.body);
    }
    m_text->setHtml(html + u"</body></html>"_s);
}

} // namespace Newsroom
