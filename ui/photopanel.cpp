// SPDX-License-Identifier: GPL-3.0-or-later
#include "photopanel.h"

#include "document/articledocument.h"
#include "domain/bylines.h"
#include "media/rendition.h"
#include "session/desksettings.h"
#include "session/newsroomservice.h"
#include "storage/photostore.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

constexpr int PhotoIdRole = Qt::UserRole + 1;
constexpr qint64 MaxPhotoBytes = 100 * 1024 * 1024;

QString roleLabel(PhotoRole role)
{
    switch (role) {
    case PhotoRole::Lead: return PhotoPanel::tr("Lead photo");
    case PhotoRole::Inline: return PhotoPanel::tr("In the text");
    case PhotoRole::Gallery: return PhotoPanel::tr("Gallery");
    }
    return {};
}

} // namespace

PhotoPanel::PhotoPanel(NewsroomService *newsroom, QWidget *parent)
    : QWidget(parent)
    , m_newsroom(newsroom)
    , m_list(new QListWidget(this))
    , m_caption(new QLineEdit(this))
    , m_credit(new QLineEdit(this))
    , m_altText(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_authorCredit(new QPushButton(this))
    , m_notice(new QLabel(this))
{
    setObjectName(u"photoPanel"_s);
    setAcceptDrops(true);
    m_list->setObjectName(u"photoList"_s);
    m_list->setAccessibleName(tr("Photos of the story"));
    m_list->setIconSize(QSize(96, 72));
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove); // drag to reorder
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->viewport()->installEventFilter(this); // files dropped on the list too
    m_caption->setObjectName(u"photoCaption"_s);
    m_caption->setAccessibleName(tr("Caption"));
    m_credit->setObjectName(u"photoCredit"_s);
    m_credit->setAccessibleName(tr("Credit"));
    m_credit->setPlaceholderText(tr("required to publish"));
    m_altText->setObjectName(u"photoAltText"_s);
    m_altText->setAccessibleName(tr("Alt text"));
    m_altText->setPlaceholderText(tr("what the photo shows, for readers who cannot see it"));
    m_role->setObjectName(u"photoRole"_s);
    m_role->setAccessibleName(tr("Role"));
    for (const PhotoRole role : {PhotoRole::Lead, PhotoRole::Inline, PhotoRole::Gallery})
        m_role->addItem(roleLabel(role), QVariant::fromValue(role));
    m_authorCredit->setObjectName(u"photoAuthorCredit"_s);
    m_authorCredit->setToolTip(tr("The story's author took this photo"));
    m_notice->setObjectName(u"photoNotice"_s);
    m_notice->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add Photos…"), this);
    add->setObjectName(u"photoAdd"_s);
    auto *lead = new QPushButton(tr("Make &Lead"), this);
    lead->setObjectName(u"photoMakeLead"_s);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(u"photoRemove"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        // Where photos were last added from; at first the Pictures folder, never the
        // program's working folder.
        const QStringList files
            = QFileDialog::getOpenFileNames(this, tr("Add Photos"), DeskSettings::instance().photoFolder(),
                                            tr("Photos (*.jpg *.jpeg *.png *.webp);;All files (*)"));
        if (files.isEmpty())
            return;
        DeskSettings::instance().setPhotoFolder(QFileInfo(files.first()).absolutePath());
        attachFiles(files);
    });
    connect(lead, &QPushButton::clicked, this, &PhotoPanel::makeCurrentLead);
    connect(remove, &QPushButton::clicked, this, &PhotoPanel::removeCurrentPhoto);
    connect(m_authorCredit, &QPushButton::clicked, this, &PhotoPanel::creditTheAuthor);

    auto *paste = new QAction(tr("Paste a Photo"), this);
    paste->setShortcuts(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    connect(paste, &QAction::triggered, this, [this] { attachMimeData(QGuiApplication::clipboard()->mimeData()); });
    m_list->addAction(paste);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(lead);
    buttons->addWidget(remove);
    auto *creditRow = new QHBoxLayout;
    creditRow->addWidget(m_credit, 1);
    creditRow->addWidget(m_authorCredit);
    auto *form = new QFormLayout;
    form->addRow(tr("&Caption:"), m_caption);
    auto *creditLabel = new QLabel(tr("C&redit:"), this);
    creditLabel->setBuddy(m_credit); // a row holding a layout gets no buddy by itself
    form->addRow(creditLabel, creditRow);
    form->addRow(tr("Alt te&xt:"), m_altText);
    form->addRow(tr("Ro&le:"), m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_notice);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_document || m_updating)
            return;
        // The list's new order, applied to the story in one step.
        QList<ArticlePhoto> reordered;
        for (int row = 0; row < m_list->count(); ++row) {
            const qint64 id = m_list->item(row)->data(PhotoIdRole).toLongLong();
            for (const ArticlePhoto &photo : m_document->photos())
                if (photo.photoId == id)
                    reordered.append(photo);
        }
        const int current = m_list->currentRow();
        m_document->setPhotos(reordered, tr("Reorder the photos"));
        setCurrentPhoto(current);
    });
    // Whatever puts the text there (keys, paste, an input method, the accessibility
    // interface) puts it in the story; showing a photo's own text does not.
    connect(m_caption, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_updating)
            edit([](ArticlePhoto &photo, const QString &value) { photo.caption = value; }, text, tr("Edit the caption"),
                 ArticleDocument::PhotoEdit::Caption);
    });
    connect(m_credit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_updating)
            edit([](ArticlePhoto &photo, const QString &value) { photo.credit = value; }, text, tr("Edit the credit"),
                 ArticleDocument::PhotoEdit::Credit);
    });
    connect(m_altText, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_updating)
            edit([](ArticlePhoto &photo, const QString &value) { photo.altText = value; }, text, tr("Edit the alt text"),
                 ArticleDocument::PhotoEdit::AltText);
    });
    connect(m_role, &QComboBox::activated, this, [this] {
        if (m_role->currentData().value<PhotoRole>() == PhotoRole::Lead) {
            makeCurrentLead();
            return;
        }
        const int row = m_list->currentRow();
        if (!m_document || row < 0)
            return;
        QList<ArticlePhoto> photos = m_document->photos();
        photos[row].role = m_role->currentData().value<PhotoRole>();
        m_document->setPhotos(photos, tr("Change the photo's role"));
    });
    setDocument(nullptr);
}

void PhotoPanel::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr && m_newsroom != nullptr);
    if (document) {
        connect(document, &ArticleDocument::photosChanged, this, &PhotoPanel::rebuild);
        connect(document, &ArticleDocument::fieldChanged, this, [this](ArticleDocument::Field field) {
            if (field == ArticleDocument::Field::Language)
                showCurrent();
        });
    }
    rebuild();
    setCurrentPhoto(0);
}

QPixmap PhotoPanel::thumbnail(const ArticlePhoto &photo)
{
    if (const auto found = m_thumbnails.constFind(photo.sha256); found != m_thumbnails.cend())
        return *found;
    fetchPictures();
    return {}; // the picture follows when it has been read
}

void PhotoPanel::fetchPictures()
{
    if (!m_newsroom || !m_document || m_fetching)
        return;
    QList<qint64> ids;
    for (const ArticlePhoto &photo : m_document->photos()) {
        if (!m_thumbnails.contains(photo.sha256))
            ids.append(photo.photoId);
    }
    if (ids.isEmpty())
        return;
    m_fetching = true;
    // Read and scaled off the screen's thread; the story's photos may have changed by the
    // time they come back, so they are kept by what they are, not by row.
    m_newsroom->photoPictures(ids, PictureWidth, this, [this, ids](const Expected<QHash<qint64, QImage>> &pictures) {
        m_fetching = false;
        if (!pictures || !m_document)
            return;
        bool changed = false;
        for (const ArticlePhoto &photo : m_document->photos()) {
            if (!ids.contains(photo.photoId) || m_thumbnails.contains(photo.sha256))
                continue;
            // One that could not be read stays without a picture, not asked for again.
            m_thumbnails.insert(photo.sha256, QPixmap::fromImage(pictures->value(photo.photoId)));
            changed = true;
        }
        if (changed)
            rebuild();
        else
            fetchPictures(); // another story's, opened meanwhile
    });
}

void PhotoPanel::rebuild()
{
    const int current = m_list->currentRow();
    m_updating = true;
    m_list->clear();
    if (m_document) {
        for (const ArticlePhoto &photo : m_document->photos()) {
            auto *item = new QListWidgetItem(QIcon(thumbnail(photo)),
                                             roleLabel(photo.role) + u'\n'
                                                 + (photo.caption.isEmpty() ? photo.fileName : photo.caption),
                                             m_list);
            item->setData(PhotoIdRole, photo.photoId);
            item->setToolTip(photo.fileName);
        }
    }
    m_updating = false;
    setCurrentPhoto(std::min(current, m_list->count() - 1));
}

void PhotoPanel::setCurrentPhoto(int row)
{
    m_list->setCurrentRow(row >= 0 && row < m_list->count() ? row : (m_list->count() ? 0 : -1));
    showCurrent();
}

void PhotoPanel::showCurrent()
{
    const int row = m_list->currentRow();
    const bool valid = m_document && row >= 0 && row < m_document->photos().size();
    for (QWidget *widget : {static_cast<QWidget *>(m_caption), static_cast<QWidget *>(m_credit),
                            static_cast<QWidget *>(m_altText), static_cast<QWidget *>(m_role),
                            static_cast<QWidget *>(m_authorCredit)})
        widget->setEnabled(valid);
    // Nothing to make lead or remove without a photo chosen.
    for (const QString &name : {u"photoMakeLead"_s, u"photoRemove"_s}) {
        if (auto *button = findChild<QPushButton *>(name))
            button->setEnabled(valid);
    }
    const ArticlePhoto photo = valid ? m_document->photos().at(row) : ArticlePhoto{};
    // Keep the cursor where the reporter types (or dictates): only replace text that
    // differs. Another photo's words are shown from their beginning.
    // (A list being rebuilt passes through no photo at all: that is not another one.)
    const bool another = valid && photo.photoId != m_shownPhoto;
    if (valid)
        m_shownPhoto = photo.photoId;
    {
        const QScopedValueRollback updating(m_updating, true);
        for (const auto &[edit, value] : {std::pair{m_caption, photo.caption}, std::pair{m_credit, photo.credit},
                                         std::pair{m_altText, photo.altText}}) {
            if (edit->text() != value)
                edit->setText(value);
            if (another)
                edit->setCursorPosition(0);
        }
    }
    m_role->setCurrentIndex(m_role->findData(QVariant::fromValue(photo.role)));
    const QString language = m_document ? m_document->field(ArticleDocument::Field::Language) : u"ru"_s;
    m_authorCredit->setText(ownPhotoCredit(language));
    Article one;
    if (valid)
        one.photos = {photo};
    const QStringList problems = photoProblems(one);
    m_notice->setText(problems.isEmpty() ? QString() : problems.first());
}

void PhotoPanel::edit(void (*apply)(ArticlePhoto &, const QString &), const QString &value, const QString &what,
                      ArticleDocument::PhotoEdit kind)
{
    const int row = m_list->currentRow();
    if (!m_document || row < 0 || row >= m_document->photos().size())
        return;
    QList<ArticlePhoto> photos = m_document->photos();
    apply(photos[row], value);
    m_document->setPhotos(photos, what, kind, row);
}

void PhotoPanel::creditTheAuthor()
{
    const QString credit = m_authorCredit->text();
    {
        const QScopedValueRollback updating(m_updating, true); // one step, named for what it does
        m_credit->setText(credit);
    }
    edit([](ArticlePhoto &photo, const QString &value) { photo.credit = value; }, credit, tr("Credit the author"),
         ArticleDocument::PhotoEdit::Other);
}

void PhotoPanel::makeCurrentLead()
{
    const int row = m_list->currentRow();
    if (!m_document || row < 0)
        return;
    // One lead photo, first in the list; the one it replaces goes into the text.
    QList<ArticlePhoto> photos = m_document->photos();
    for (ArticlePhoto &photo : photos) {
        if (photo.role == PhotoRole::Lead)
            photo.role = PhotoRole::Inline;
    }
    ArticlePhoto lead = photos.takeAt(row);
    lead.role = PhotoRole::Lead;
    photos.prepend(lead);
    m_document->setPhotos(photos, tr("Make the lead photo"));
    setCurrentPhoto(0);
}

void PhotoPanel::moveCurrentPhoto(int to)
{
    const int row = m_list->currentRow();
    if (!m_document || row < 0 || to < 0 || to >= m_document->photos().size() || to == row)
        return;
    QList<ArticlePhoto> photos = m_document->photos();
    photos.move(row, to);
    m_document->setPhotos(photos, tr("Reorder the photos"));
    setCurrentPhoto(to);
}

void PhotoPanel::removeCurrentPhoto()
{
    const int row = m_list->currentRow();
    if (!m_document || row < 0)
        return;
    QList<ArticlePhoto> photos = m_document->photos();
    photos.removeAt(row);
    m_document->setPhotos(photos, tr("Remove a photo")); // the bytes stay in the store: undo brings it back
    setCurrentPhoto(std::min(row, int(photos.size()) - 1));
}

void PhotoPanel::attach(const QList<PhotoToAttach> &photos, QStringList problems, const Reply &done)
{
    const auto finish = [this, done](const QStringList &said) {
        if (!said.isEmpty())
            Q_EMIT problem(said.join(u'\n'));
        if (done)
            done(said.isEmpty() ? Status(Done{}) : Status(failure(said.join(u'\n'))));
    };
    if (photos.isEmpty())
        return finish(problems);
    if (!m_newsroom || !m_document)
        return finish(problems << tr("no story is open"));
    // Checked, stored and read for their metadata off the screen's thread; they join the
    // story that asked for them, if it is still the one open.
    m_newsroom->attachPhotos(
        photos, this,
        [this, photos, problems, finish, asked = QPointer<ArticleDocument>(m_document)](
            const Expected<QList<Expected<AttachedPhoto>>> &attached) mutable {
            if (!attached)
                return finish(problems << attached.error().message);
            if (!m_document || m_document != asked)
                return finish(problems << tr("the story was closed before its photos were stored"));
            for (qsizetype i = 0; i < attached->size(); ++i)
                add(attached->at(i), photos.at(i).name, &problems);
            finish(problems);
        });
}

void PhotoPanel::add(const Expected<AttachedPhoto> &attached, const QString &name, QStringList *problems)
{
    if (!attached) {
        problems->append(attached.error().message);
        return;
    }
    QList<ArticlePhoto> photos = m_document->photos();
    for (const ArticlePhoto &photo : photos) {
        if (photo.photoId == attached->photo.photoId) {
            problems->append(tr("%1 is already in this story").arg(name));
            return;
        }
    }
    ArticlePhoto photo = attached->photo;
    photo.role = photos.isEmpty() ? PhotoRole::Lead : PhotoRole::Inline; // the first one leads
    m_thumbnails.insert(photo.sha256, QPixmap::fromImage(attached->thumbnail));
    photos.append(photo);
    m_document->setPhotos(photos, tr("Add a photo"));
    setCurrentPhoto(int(photos.size()) - 1);
    if (attached->metadata.hasGps)
        m_notice->setText(gpsNote(name));
}

void PhotoPanel::attachFiles(const QStringList &paths, Reply done)
{
    QStringList problems;
    QList<PhotoToAttach> photos;
    for (const QString &path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > MaxPhotoBytes) {
            problems.append(tr("%1 is larger than %2 MB").arg(name).arg(MaxPhotoBytes >> 20));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(tr("cannot read %1: %2").arg(path, file.errorString()));
            continue;
        }
        photos.append({file.readAll(), name});
    }
    attach(photos, problems, done);
}

void PhotoPanel::attachMimeData(const QMimeData *mime, Reply done)
{
    if (!mime)
        return attach({}, {tr("There is no photo on the clipboard.")}, done);
    if (mime->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
        if (!paths.isEmpty())
            return attachFiles(paths, done);
    }
    for (const auto &[type, name] : {std::pair{"image/jpeg"_L1, "pasted.jpg"_L1}, std::pair{"image/png"_L1, "pasted.png"_L1},
                                     std::pair{"image/webp"_L1, "pasted.webp"_L1}}) {
        if (mime->hasFormat(type))
            return attach({{mime->data(type), tr("a pasted photo (%1)").arg(name)}}, {}, done);
    }
    if (mime->hasImage()) {
        // A screenshot or a copied picture: kept as PNG, without loss.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        qvariant_cast<QImage>(mime->imageData()).save(&buffer, "PNG");
        return attach({{png, tr("a pasted picture")}}, {}, done);
    }
    attach({}, {tr("There is no photo on the clipboard.")}, done);
}

void PhotoPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void PhotoPanel::dropEvent(QDropEvent *event)
{
    attachMimeData(event->mimeData());
    event->acceptProposedAction();
}

bool PhotoPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Files dragged onto the list are attached; the list's own drags reorder it.
    if (watched == m_list->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (drag->source() != m_list && (drag->mimeData()->hasUrls() || drag->mimeData()->hasImage())) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            if (drop->source() != m_list) {
                attachMimeData(drop->mimeData());
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Newsroom
