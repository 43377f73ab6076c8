// SPDX-License-Identifier: GPL-3.0-or-later
// The photo panel as a reporter uses it: photos dropped, chosen in the file dialog and
// pasted; captions, credits and alt texts typed; reordered; a lead chosen; saved; and
// the preview showing them captioned and credited.
#include "awaited.h"
#include "document/articledocument.h"
#include "export/sitepages.h"
#include "mainwindow.h"
#include "photopanel.h"
#include "previewpane.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storyeditor.h"
#include "testdatabases.h"
#include "windowscreenshot.h"
#include "typing.h"

#include <exiv2/exiv2.hpp>

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Newsroom;
using Newsroom::Test::type;

namespace {

QImage scene(QColor sky, QColor ground, int width = 1200, int height = 800)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(0, 0, width, height * 2 / 3, sky);
    painter.fillRect(0, height * 2 / 3, width, height / 3, ground);
    painter.setBrush(QColor(60, 60, 70));
    for (int i = 0; i < 6; ++i)
        painter.drawRect(80 + i * 180, height / 3 + (i % 3) * 40, 120, height / 3 - (i % 3) * 40);
    painter.setBrush(QColor(250, 220, 120));
    painter.drawEllipse(QPoint(width * 4 / 5, height / 5), height / 12, height / 12);
    return image;
}

QString save(const QImage &image, const QString &path, const char *format)
{
    QImageWriter writer(path, format);
    if (!writer.write(image))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void addIptc(const QString &path, const std::string &caption, const std::string &credit)
{
    auto image = Exiv2::ImageFactory::open(path.toStdString());
    Exiv2::IptcData iptc;
    iptc["Iptc.Envelope.CharacterSet"] = "\x1B%G";
    iptc["Iptc.Application2.Caption"] = caption;
    iptc["Iptc.Application2.Credit"] = credit;
    image->setIptcData(iptc);
    Exiv2::ExifData exif;
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    image->setExifData(exif);
    image->writeMetadata();
}

// Closes the message boxes that show up while it lives, keeping their texts.
class MessageBoxCloser : public QObject
{
public:
    MessageBoxCloser()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                if (auto *label = box->findChild<QLabel *>(u"qt_msgbox_label"_s))
                    texts.append(label->text());
                box->close();
            }
        });
        m_timer.start(10);
    }
    QStringList texts;

private:
    QTimer m_timer;
};

} // namespace

class TestPhotoPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void attachEditReorderLeadSaveAndPreview();
    void refusesWhatIsNoPhoto();
    void textSetThroughAccessibilityIsSaved();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPhotoPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_photopanel"_s);
    DatabaseUrl url;
    url.path = m_dir.filePath(u"newsroom.db"_s);
    auto db = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    m_db = std::move(*db);
    Person reporter;
    reporter.name = u"Ольга Ким"_s;
    QVERIFY(PeopleRepository(*m_db).add(reporter));
}

void TestPhotoPanel::attachEditReorderLeadSaveAndPreview()
{
    const QString plant = save(scene(QColor(120, 160, 210), QColor(110, 110, 100)), m_dir.filePath(u"plant.jpg"_s), "jpeg");
    addIptc(plant, "Дымовые трубы комбината", "Фото: Ерлан Ахметов");
    const QString park = save(scene(QColor(150, 200, 240), QColor(80, 150, 70)), m_dir.filePath(u"park.png"_s), "png");
    const QString snow = save(scene(QColor(200, 210, 225), QColor(245, 245, 250)), m_dir.filePath(u"snow.webp"_s), "webp");

    MainWindow window(m_db.get());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::newStory));
    PhotoPanel *panel = window.photoPanel();
    QVERIFY(panel->isVisible());
    ArticleDocument *document = window.editor()->document();
    // No photo yet: nothing to make lead or remove.
    QVERIFY(!panel->findChild<QPushButton *>(u"photoMakeLead"_s)->isEnabled());
    QVERIFY(!panel->findChild<QPushButton *>(u"photoRemove"_s)->isEnabled());

    // 1. Dropped on the list.
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(plant)});
    // As the window system delivers a drag from a file manager: enter, then drop.
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel->list()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel->list()->viewport(), &drop);
    QCOMPARE(document->photos().size(), 1);
    QCOMPARE(document->photos().at(0).caption, u"Дымовые трубы комбината"_s); // prefilled from IPTC
    QVERIFY(panel->findChild<QPushButton *>(u"photoRemove"_s)->isEnabled());
    QCOMPARE(document->photos().at(0).credit, u"Фото: Ерлан Ахметов"_s);
    QCOMPARE(document->photos().at(0).role, PhotoRole::Lead); // the first one leads
    QVERIFY(panel->notice()->text().contains(u"GPS"_s));

    // 2. Chosen in the file dialog.
    QTimer::singleShot(0, this, [park] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(park);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    panel->findChild<QPushButton *>(u"photoAdd"_s)->click();
    QCOMPARE(document->photos().size(), 2);
    QCOMPARE(document->photos().at(1).fileName, u"park.png"_s);

    // 3. Pasted.
    QFile webp(snow);
    QVERIFY(webp.open(QIODevice::ReadOnly));
    auto *clip = new QMimeData;
    clip->setData(u"image/webp"_s, webp.readAll());
    QGuiApplication::clipboard()->setMimeData(clip);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    panel->list()->setFocus();
    QVERIFY(panel->list()->hasFocus());
    QTest::keySequence(panel->list(), QKeySequence::Paste);
    QCOMPARE(document->photos().size(), 3);
    QCOMPARE(panel->list()->count(), 3);

    // The same file again is the same photo, not a second copy.
    {
        MessageBoxCloser closer;
        QVERIFY(!finished(*panel, &PhotoPanel::attachFiles, QStringList{plant}));
        QTRY_COMPARE(closer.texts.size(), 1);
        QVERIFY2(closer.texts.first().contains(u"already in this story"_s), qPrintable(closer.texts.first()));
    }
    QCOMPARE(document->photos().size(), 3);

    // Caption, credit («Фото автора» in one click) and alt text for the park photo.
    panel->setCurrentPhoto(1);
    const int before = document->undoStack()->count();
    panel->captionEdit()->setFocus();
    type(panel->captionEdit(), u"Новый сквер на Восточном"_s);
    panel->findChild<QPushButton *>(u"photoAuthorCredit"_s)->click();
    panel->altTextEdit()->setFocus();
    type(panel->altTextEdit(), u"Дети на новой площадке"_s);
    QCOMPARE(document->photos().at(1).caption, u"Новый сквер на Восточном"_s);
    QCOMPARE(document->photos().at(1).credit, u"Фото автора"_s);
    // Chosen again, a photo's words are shown from their beginning, not their end.
    panel->setCurrentPhoto(0);
    panel->setCurrentPhoto(1);
    QCOMPARE(panel->captionEdit()->cursorPosition(), 0);
    QCOMPARE(panel->altTextEdit()->cursorPosition(), 0);
    QCOMPARE(document->photos().at(1).altText, u"Дети на новой площадке"_s);
    QCOMPARE(document->undoStack()->count(), before + 3); // one step per field, not per letter

    // Reordered by dragging (the list's own move), then the park made the lead.
    QVERIFY(panel->list()->model()->moveRow({}, 2, {}, 0));
    QCOMPARE(document->photos().at(0).fileName.startsWith(u"a pasted photo"_s), true);
    panel->setCurrentPhoto(2);
    QCOMPARE(document->photos().at(2).fileName, u"park.png"_s);
    panel->findChild<QPushButton *>(u"photoMakeLead"_s)->click();
    QCOMPARE(document->photos().at(0).fileName, u"park.png"_s);
    QCOMPARE(document->photos().at(0).role, PhotoRole::Lead);
    int leads = 0;
    for (const ArticlePhoto &photo : document->photos())
        leads += photo.role == PhotoRole::Lead;
    QCOMPARE(leads, 1);

    // Bylines and a photo in the body; then saved and read back.
    window.editor()->lineEdit(ArticleDocument::Field::Headline)->setFocus();
    type(window.editor()->lineEdit(ArticleDocument::Field::Headline), u"На Восточном открыли сквер"_s);
    window.editor()->bylineEdit()->setText(u"ольга ким, Гость Редакции"_s);
    Q_EMIT window.editor()->bylineEdit()->editingFinished();
    QCOMPARE(window.editor()->bylineEdit()->text(), u"Ольга Ким, Гость Редакции"_s);
    QVERIFY(document->bylines().at(0).personId > 0);
    QVERIFY(document->bylines().at(1).isGuest());
    const qint64 plantId = document->photos().at(2).photoId;
    window.editor()->bodyEdit()->setFocus();
    type(window.editor()->bodyEdit(), u"Сквер разбили за лето.\n\n![Трубы](photo:%1)\n\nРядом — комбинат."_s.arg(plantId));
    QVERIFY(finished(window, &MainWindow::saveStory));
    const Expected<Article> stored = ArticleRepository(*m_db).load(document->saved().id);
    QVERIFY(stored);
    QCOMPARE(stored->photos.size(), 3);
    QCOMPARE(stored->photos.at(0).fileName, u"park.png"_s);
    QCOMPARE(stored->photos.at(0).credit, u"Фото автора"_s);
    QCOMPARE(stored->bylines.size(), 2);

    // The preview: lead photo and the body's photo, each with caption and credit.
    window.findChild<QAction *>(u"actionPreview"_s)->setChecked(true);
    PreviewPane *preview = window.preview();
    QTRY_VERIFY(preview->toPlainText().contains(u"На Восточном открыли сквер"_s));
    const QString text = preview->toPlainText();
    QVERIFY2(text.contains(u"Новый сквер на Восточном"_s) && text.contains(u"Фото автора"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Дымовые трубы комбината"_s) && text.contains(u"Фото: Ерлан Ахметов"_s), qPrintable(text));
    QVERIFY(text.contains(u"Ольга Ким и Гость Редакции"_s));
    // The page names the photo by the file the export writes; the pane draws it from the store.
    const QString plantKey = SitePages::photoKey(document->photos().at(2));
    static const QRegularExpression image(u"<img src=\"([^\"]+)\""_s);
    QString plantSource;
    for (auto it = image.globalMatch(preview->toHtml()); it.hasNext();) {
        const QString source = it.next().captured(1);
        if (source.contains(plantKey))
            plantSource = source;
    }
    QVERIFY2(!plantSource.isEmpty(), qPrintable(preview->toHtml()));
    const QVariant pixels = preview->document()->resource(QTextDocument::ImageResource, QUrl(plantSource));
    QVERIFY(pixels.isValid() && !pixels.value<QImage>().isNull());

    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        panel->setCurrentPhoto(0);
        QTest::qWait(200);
        QString error;
        QVERIFY2(saveWindowScreenshot(&window, folder + u"/photos.png"_s, &error), qPrintable(error));
    }
}

void TestPhotoPanel::refusesWhatIsNoPhoto()
{
    MainWindow window(m_db.get());
    window.show();
    QVERIFY(finished(window, &MainWindow::newStory));
    const QString fake = m_dir.filePath(u"holiday.jpg"_s);
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<svg onload=alert(1)/>");
    file.close();
    MessageBoxCloser closer;
    QVERIFY(!finished(*window.photoPanel(), &PhotoPanel::attachFiles, QStringList{fake}));
    QTRY_COMPARE(closer.texts.size(), 1);
    const QString warning = closer.texts.first();
    QVERIFY2(warning.contains(u"holiday.jpg"_s) && warning.contains(u"not a JPEG, PNG or WebP"_s), qPrintable(warning));
    QVERIFY(window.editor()->document()->photos().isEmpty());
}

void TestPhotoPanel::textSetThroughAccessibilityIsSaved()
{
    // A screen reader, dictation or automation sets a field's text rather than typing it
    // (AT-SPI SetTextContents, InsertText): what the field then shows is what is saved.
    const QString photo = save(scene(QColor(90, 120, 200), QColor(60, 60, 60)), m_dir.filePath(u"square.png"_s), "png");
    MainWindow window(m_db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::newStory));
    PhotoPanel *panel = window.photoPanel();
    QVERIFY(finished(*panel, &PhotoPanel::attachFiles, QStringList{photo}));
    QAccessible::queryAccessibleInterface(panel->captionEdit())->setText(QAccessible::Value, u"Площадь у акимата"_s);
    QAccessible::queryAccessibleInterface(panel->creditEdit())->editableTextInterface()->insertText(0, u"Фото: Гость"_s);
    QAccessibleInterface *alt = QAccessible::queryAccessibleInterface(panel->altTextEdit());
    alt->editableTextInterface()->replaceText(0, alt->textInterface()->characterCount(), u"Люди на площади зимой"_s);
    QAccessible::queryAccessibleInterface(window.editor()->lineEdit(ArticleDocument::Field::Headline))
        ->setText(QAccessible::Value, u"Площадь украсили к празднику"_s);
    window.findChild<QAction *>(u"actionSave"_s)->trigger();
    QVERIFY(!window.isWindowModified());

    const qint64 id = window.editor()->document()->saved().id;
    QVERIFY(id > 0);
    const Expected<Article> stored = ArticleRepository(*m_db).load(id);
    QVERIFY(stored);
    QCOMPARE(stored->headline, u"Площадь украсили к празднику"_s);
    QCOMPARE(stored->photos.size(), 1);
    QCOMPARE(stored->photos.first().caption, u"Площадь у акимата"_s);
    QCOMPARE(stored->photos.first().credit, u"Фото: Гость"_s);
    QCOMPARE(stored->photos.first().altText, u"Люди на площади зимой"_s);
}

QTEST_MAIN(TestPhotoPanel)
#include "tst_photopanel.moc"
