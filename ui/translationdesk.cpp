// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationdesk.h"

#include "document/articledocument.h"
#include "editbanner.h"
#include "storage/changefeed.h"
#include "storydesk.h"
#include "text/interfacelanguage.h"
#include "translationspanel.h"
#include "versionpane.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

Error notNow()
{
    return Error{Error::Kind::Cancelled, TranslationDesk::tr("Nothing was done.")};
}

} // namespace

TranslationDesk::TranslationDesk(StoryDesk *desk, Views views, QWidget *window)
    : QObject(window)
    , m_desk(desk)
    , m_session(desk->session())
    , m_newsroom(desk->newsroom())
    , m_views(views)
    , m_window(window)
    , m_menu(new QMenu(tr("Tra&nslate Into"), window))
{
    m_menu->setObjectName(u"translateMenu"_s);
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::aboutToShow, this, &TranslationDesk::updateMenu);
    connect(m_session, &StorySession::documentReplaced, this, [this] { refresh(); });
    connect(m_session, &StorySession::saved, this, [this] { refresh(); });
    connect(m_session, &StorySession::stepTaken, this, [this] { refresh(); });
    connect(m_views.panel, &TranslationsPanel::openRequested, this, [this](qint64 id) { m_desk->open(id); });
    connect(m_views.panel, &TranslationsPanel::besideRequested, this, [this](qint64 id) { showBeside(id); });
    connect(m_views.panel, &TranslationsPanel::translateRequested, this,
            [this](const QString &language) { translate(language); });
    connect(m_views.panel, &TranslationsPanel::reviewedRequested, this, [this] { markReviewed(); });
    connect(m_views.banner, &EditBanner::actionRequested, this, &TranslationDesk::panelWanted);
    connect(m_views.beside, &VersionPane::closeRequested, m_views.showBeside, [this] {
        m_views.showBeside->setChecked(false);
    });
    // Side by side with nothing chosen: the original beside a translation, else the first translation.
    m_views.showBeside->setEnabled(false);
    connect(m_views.showBeside, &QAction::toggled, this, [this](bool on) {
        m_views.beside->setVisible(on);
        if (!on || (inGroup(m_views.beside->storyId()) && m_views.beside->storyId() != m_shownFor))
            return;
        const TranslationRepository::Group &group = m_found.group;
        if (group.isEmpty())
            return m_views.showBeside->setChecked(false);
        showBeside(group.originalId != m_shownFor ? group.originalId : group.members.at(1).id);
    });
    updateMenu();
}

bool TranslationDesk::inGroup(qint64 id) const
{
    return id != 0 && std::ranges::find(m_found.group.members, id, &TranslationRepository::Member::id)
        != m_found.group.members.end();
}

void TranslationDesk::refresh(Reply done)
{
    const qint64 id = m_session->document() ? m_session->storyId() : 0;
    const int generation = ++m_generation;
    if (id == 0) {
        show(0, {});
        return StorySession::tell(done, Done{});
    }
    m_newsroom->translations(id, this, [this, id, generation, done](const Expected<Translations> &found) {
        if (generation != m_generation) // another story, or a newer reading, is on its way
            return StorySession::tell(done, notNow());
        if (!found) {
            Q_EMIT message(tr("The story's translations could not be read: %1").arg(found.error().message), 10000);
            show(id, {});
            return StorySession::tell(done, found.error());
        }
        show(id, *found);
        StorySession::tell(done, Done{});
    });
}

void TranslationDesk::show(qint64 story, const Translations &found)
{
    m_found = found;
    m_shownFor = story;
    const QString language = m_session->document() ? m_session->document()->snapshot().language : QString();
    m_views.panel->showTranslations(story, language, found);
    const auto member = std::ranges::find(found.group.members, story, &TranslationRepository::Member::id);
    if (found.untranslated) {
        m_views.banner->showWarning(u"<b>%1</b> %2"_s.arg(tr("Not translated yet.").toHtmlEscaped(),
                                                          tr("The text is still the original's: write the translation "
                                                             "over it. The original is beside it in View › Side by Side.")
                                                              .toHtmlEscaped()));
    } else if (!found.behind.isEmpty() && member != found.group.members.end()) {
        m_views.banner->showWarning(
            u"<b>%1</b> %2"_s.arg(tr("The original has changed.").toHtmlEscaped(),
                                  tr("This translation follows its revision %1; it is at revision %2 now. Check the "
                                     "translation against what changed, then mark it reviewed.")
                                      .arg(member->inStepWith)
                                      .arg(found.group.originalRevision)
                                      .toHtmlEscaped()),
            tr("What Changed"));
    } else if (!found.publishedBehind.isEmpty()) {
        QStringList lines;
        for (const QString &line : found.publishedBehind)
            lines.append(line.toHtmlEscaped());
        m_views.banner->showWarning(lines.join(u"<br>"_s), tr("Translations"));
    } else {
        m_views.banner->clear();
    }
    m_views.showBeside->setEnabled(!found.group.isEmpty());
    // The version beside follows: gone when it is no longer another version of this story,
    // read again otherwise (the original may have changed).
    if (m_views.beside->isVisible() || m_views.showBeside->isChecked()) {
        const qint64 beside = m_views.beside->storyId();
        if (!inGroup(beside) || beside == story)
            m_views.showBeside->setChecked(false);
        else
            showBeside(beside);
    }
    updateMenu();
}

void TranslationDesk::updateMenu()
{
    m_menu->clear();
    const QStringList open = m_views.panel->languagesToTranslateInto();
    for (const QString &language : interfaceLanguages()) {
        QAction *action = m_menu->addAction(nativeLanguageName(language), this,
                                            [this, language] { translate(language); });
        action->setObjectName(u"actionTranslateInto-"_s + language);
        action->setEnabled(open.contains(language));
        if (!action->isEnabled())
            action->setToolTip(m_shownFor == 0 ? tr("Save the story first")
                                               : tr("The story is in this language already, or has a translation into it"));
    }
}

void TranslationDesk::translate(const QString &language, Reply done)
{
    if (!m_session->document() || !m_session->actor() || m_session->storyId() == 0)
        return StorySession::tell(done, notNow());
    // The translation is made from the story as it is now: what is typed is saved first.
    m_desk->saveIfNeeded([this, language, done](const Status &ready) {
        if (!ready)
            return StorySession::tell(done, ready);
        m_newsroom->translate(m_session->storyId(), language, this, [this, language, done](const Expected<qint64> &made) {
            if (!made) {
                QMessageBox::warning(m_window, tr("Not Translated"), made.error().message);
                return StorySession::tell(done, made.error());
            }
            Q_EMIT storyChanged();
            m_desk->open(*made, [this, language, done](const Status &opened) {
                if (!opened)
                    return StorySession::tell(done, opened);
                Q_EMIT message(tr("A draft in %1 is open, with the original beside it: write the translation over "
                                  "the copied text.")
                                   .arg(nativeLanguageName(language)),
                               10000);
                refresh([this, done](const Status &read) {
                    if (!read)
                        return StorySession::tell(done, read);
                    showBeside(m_found.group.originalId, done);
                });
            });
        });
    });
}

void TranslationDesk::markReviewed(Reply done)
{
    if (m_found.behind.isEmpty() || m_found.untranslated || m_shownFor == 0)
        return StorySession::tell(done, notNow());
    const qint64 id = m_shownFor;
    m_newsroom->markReviewed(id, this, [this, done](const Status &marked) {
        if (!marked) {
            QMessageBox::warning(m_window, tr("Not Marked Reviewed"), marked.error().message);
            return StorySession::tell(done, marked.error());
        }
        Q_EMIT message(tr("The translation is in step with its original again."), 8000);
        Q_EMIT storyChanged();
        refresh(done);
    });
}

void TranslationDesk::showBeside(qint64 id, Reply done)
{
    if (!inGroup(id) || id == m_shownFor)
        return StorySession::tell(done, notNow());
    m_newsroom->story(id, this, [this, id, done](const Expected<Article> &story) {
        if (!inGroup(id) || id == m_shownFor) // another story was opened meanwhile
            return StorySession::tell(done, notNow());
        if (!story) {
            QMessageBox::warning(m_window, tr("Cannot Show the Version"), story.error().message);
            return StorySession::tell(done, story.error());
        }
        const bool original = id == m_found.group.originalId;
        m_views.beside->showVersion(*story, original ? tr("the original") : tr("a translation"),
                                    original ? m_found.changes : QList<DiffSpan>());
        m_views.showBeside->setChecked(true);
        m_views.beside->show();
        StorySession::tell(done, Done{});
    });
}

void TranslationDesk::follow(ChangeFeed *feed)
{
    // A colleague changed the original (or another version): this one may be behind now.
    connect(feed, &ChangeFeed::articleChanged, this, [this](qint64 id) {
        if (inGroup(id) && id != m_shownFor)
            refresh();
    });
    connect(feed, &ChangeFeed::resynced, this, [this] { refresh(); });
}

} // namespace Newsroom
