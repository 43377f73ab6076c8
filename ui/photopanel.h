// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/articledocument.h"
#include "domain/article.h"
#include "session/newsroomservice.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMimeData;
class QPushButton;

namespace Newsroom {

// The photos of the story being edited: thumbnails in order (drag to reorder), and for
// the one chosen its caption, credit, alt text and role. Photos come in by drag and
// drop, the Add button's file dialog, or paste; each is checked and stored once by
// content, caption and credit prefilled from the file. Every change is one step in the
// story's history.
class PhotoPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoPanel(NewsroomService *newsroom, QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);

    // Attaches files or pasted image data, stored off the screen's thread; `done` hears
    // how it went: a failure, with the reasons also shown, when any was not added.
    using Reply = std::function<void(const Status &)>;
    void attachFiles(const QStringList &paths, Reply done = {});
    void attachMimeData(const QMimeData *mime, Reply done = {});
    void setCurrentPhoto(int row);
    void moveCurrentPhoto(int to);
    void makeCurrentLead();
    void removeCurrentPhoto();
    void creditTheAuthor();

    QListWidget *list() const { return m_list; }
    QLineEdit *captionEdit() const { return m_caption; }
    QLineEdit *creditEdit() const { return m_credit; }
    QLineEdit *altTextEdit() const { return m_altText; }
    QComboBox *roleBox() const { return m_role; }
    QLabel *notice() const { return m_notice; }

Q_SIGNALS:
    void problem(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void showCurrent();
    void edit(void (*apply)(ArticlePhoto &, const QString &), const QString &value, const QString &what,
              ArticleDocument::PhotoEdit kind);
    void attach(const QList<PhotoToAttach> &photos, QStringList problems, const Reply &done);
    void add(const Expected<AttachedPhoto> &attached, const QString &name, QStringList *problems);
    QPixmap thumbnail(const ArticlePhoto &photo);
    void fetchPictures();

    NewsroomService *m_newsroom;
    QPointer<ArticleDocument> m_document;
    QListWidget *m_list;
    QLineEdit *m_caption;
    QLineEdit *m_credit;
    QLineEdit *m_altText;
    QComboBox *m_role;
    QPushButton *m_authorCredit;
    QLabel *m_notice;
    static constexpr int PictureWidth = 96;
    QHash<QString, QPixmap> m_thumbnails; // by SHA-256
    bool m_fetching = false;
    bool m_updating = false;
    qint64 m_shownPhoto = 0; // the photo whose words the fields show
};

} // namespace Newsroom
