// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/newsroomservice.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QTreeWidget;

namespace Newsroom {

// The open story's versions in other languages: the original and its translations, each
// with where it stands (in step with the original, or behind it); for a translation
// behind, what changed in the original since, and Mark Reviewed. It shows what it is given
// and says what the person asked for; TranslationDesk does it.
class TranslationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TranslationsPanel(QWidget *parent = nullptr);

    // `story` in `language`, with what was read of its group; 0 for no story (or one never saved).
    void showTranslations(qint64 story, const QString &language, const Translations &found);
    // The languages a translation can be made into now (none with no stored story).
    QStringList languagesToTranslateInto() const;

    QTreeWidget *versions() const { return m_versions; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *besideButton() const { return m_beside; }
    QToolButton *translateButton() const { return m_translate; }
    QLabel *behindLabel() const { return m_behind; }
    QTextBrowser *changesView() const { return m_changes; }
    QPushButton *reviewedButton() const { return m_reviewed; }

Q_SIGNALS:
    void openRequested(qint64 story);
    void besideRequested(qint64 story);
    void translateRequested(const QString &language);
    void reviewedRequested();

private:
    qint64 chosenId() const;
    void updateButtons();
    void fillTranslateMenu();

    qint64 m_story = 0;
    QString m_language;
    Translations m_found;
    QLabel *m_intro;
    QTreeWidget *m_versions;
    QPushButton *m_open;
    QPushButton *m_beside;
    QToolButton *m_translate;
    QMenu *m_translateMenu;
    QLabel *m_behind;
    QTextBrowser *m_changes;
    QPushButton *m_reviewed;
};

} // namespace Newsroom
