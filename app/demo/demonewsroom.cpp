// SPDX-License-Identifier: GPL-3.0-or-later
#include "demonewsroom.h"

#include "importers/markdownimport.h"
#include "importers/storyfile.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/sitesettingsrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QtEndian>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Newsroom::Demo {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

const Person Staff[] = {
    {0, u"Ольга Ким"_s, Role::Editor, {}},
    {0, u"Айгерим Сапарова"_s, Role::Reporter, {}},
    {0, u"Данияр Омаров"_s, Role::Reporter, {}},
    {0, u"Ерлан Ахметов"_s, Role::Reporter, {}},
    {0, u"Марат Жумабеков"_s, Role::Admin, {}},
};

} // namespace

QImage drawPhoto(const QString &seed, const QSize &size)
{
    // Not qHash: its value may differ from one run of the program to the next.
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    QRandomGenerator random(qFromLittleEndian<quint32>(digest.constData()));
    auto hue = [&](int low, int high) { return int(random.bounded(low, high)); };
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const int w = size.width();
    const int h = size.height();

    QLinearGradient sky(0, 0, 0, h * 0.7);
    sky.setColorAt(0, QColor::fromHsv(hue(190, 230), hue(60, 140), hue(170, 240)));
    sky.setColorAt(1, QColor::fromHsv(hue(20, 50), hue(20, 90), hue(200, 250)));
    painter.fillRect(image.rect(), sky);

    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv(hue(35, 55), 120, 255, 220));
    const int sun = h / hue(8, 12);
    painter.drawEllipse(QPoint(hue(w / 8, w * 7 / 8), hue(h / 8, h / 3)), sun, sun);

    const int horizon = int(h * (0.55 + random.bounded(0.15)));
    for (int layer = 0; layer < 2; ++layer) {
        const QColor building = QColor::fromHsv(hue(200, 240), hue(10, 50), 60 + 50 * layer);
        for (int x = -20; x < w;) {
            const int bw = hue(w / 30, w / 9);
            const int bh = hue(h / 12, h / 3) / (layer + 1);
            painter.setBrush(building);
            painter.drawRect(x, horizon - bh, bw, bh + 2);
            if (random.bounded(5) == 0) { // a chimney with smoke
                const int cx = x + bw / 2;
                painter.drawRect(cx - w / 200 - 2, horizon - bh - h / 6, w / 100 + 4, h / 6);
                for (int puff = 0; puff < 5; ++puff) {
                    painter.setBrush(QColor(235, 235, 240, 150 - puff * 25));
                    const int r = h / 40 + puff * h / 60;
                    painter.drawEllipse(QPoint(cx + puff * w / 50, horizon - bh - h / 6 - puff * h / 25 - r), r, r);
                }
                painter.setBrush(building);
            }
            painter.setBrush(QColor(250, 220, 140, 170 - layer * 60));
            for (int wy = horizon - bh + 12; wy < horizon - 12; wy += 26)
                for (int wx = x + 8; wx < x + bw - 12; wx += 22)
                    if (random.bounded(3) == 0)
                        painter.drawRect(wx, wy, 10, 14);
            x += bw + hue(0, w / 40);
        }
    }

    QLinearGradient ground(0, horizon, 0, h);
    ground.setColorAt(0, QColor::fromHsv(hue(60, 110), hue(30, 90), hue(120, 170)));
    ground.setColorAt(1, QColor::fromHsv(hue(30, 60), hue(30, 90), hue(60, 110)));
    painter.fillRect(QRect(0, horizon, w, h - horizon), ground);
    return image;
}

Expected<qsizetype> load(Database &database)
{
    ArticleRepository articles(database);
    const Expected<qint64> existing = articles.count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return invalid(Words::tr("%1 already holds %n story(s); the demo goes into an empty newsroom", nullptr, int(*existing))
                           .arg(database.url().toDisplayString()));

    QTemporaryDir folder;
    if (!folder.isValid())
        return failure(Words::tr("cannot create a temporary folder: %1").arg(folder.errorString()));

    // The stories as files, with their photos drawn beside them.
    const QDir stories(u":/demo/stories"_s);
    QStringList files;
    for (const QString &name : stories.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
        QFile source(stories.filePath(name));
        if (!source.open(QIODevice::ReadOnly))
            return failure(Words::tr("the demo story %1 is missing from the program").arg(name));
        const QByteArray bytes = source.readAll();
        const Expected<StoryFile::Parsed> parsed = StoryFile::parse(bytes, name, QTimeZone(QTimeZone::UTC));
        if (!parsed)
            return parsed.error();
        for (const StoryFile::PhotoEntry &photo : parsed->photos) {
            if (!drawPhoto(photo.file).save(folder.filePath(photo.file), "JPEG", 85))
                return failure(Words::tr("cannot write the demo photo %1").arg(photo.file));
        }
        QFile copy(folder.filePath(name));
        if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size())
            return failure(Words::tr("cannot write %1: %2").arg(copy.fileName(), copy.errorString()));
        files.append(copy.fileName());
    }

    Expected<qsizetype> loaded = database.write([&]() -> Expected<qsizetype> {
        SiteSettings settings;
        settings.name = u"Темиртауский вестник"_s;
        settings.city = u"Темиртау"_s;
        settings.baseUrl = QUrl(u"https://vestnik.example/"_s);
        if (Status saved = SiteSettingsRepository(database).save(settings); !saved)
            return saved.error();
        PeopleRepository people(database);
        for (const Person &person : Staff)
            if (const Expected<Person> added = people.add(person); !added)
                return added.error();
        CategoryRepository categories(database);
        for (const QString &path : {u"Новости/Общество"_s, u"Новости/Экономика"_s, u"Новости/Город"_s,
                                    u"Новости/Власть"_s, u"Новости/Погода"_s, u"Спорт"_s, u"Культура"_s})
            if (const Expected<Category> made = categories.ensurePath(path); !made)
                return made.error();
        // The sections' names on the Kazakh and English pages.
        const std::tuple<QString, QString, QString> names[] = {
            {u"Новости"_s, u"Жаңалықтар"_s, u"News"_s},           {u"Новости/Общество"_s, u"Қоғам"_s, u"Society"_s},
            {u"Новости/Экономика"_s, u"Экономика"_s, u"Economy"_s}, {u"Новости/Город"_s, u"Қала"_s, u"City"_s},
            {u"Новости/Власть"_s, u"Билік"_s, u"Government"_s},    {u"Новости/Погода"_s, u"Ауа райы"_s, u"Weather"_s},
            {u"Спорт"_s, u"Спорт"_s, u"Sport"_s},                  {u"Культура"_s, u"Мәдениет"_s, u"Culture"_s},
        };
        for (const auto &[path, kazakh, english] : names) {
            const Expected<qint64> section = categories.findPath(path);
            if (!section)
                return section.error();
            for (const auto &[language, name] : {std::pair{u"kk"_s, kazakh}, std::pair{u"en"_s, english}}) {
                if (Status named = categories.setNameIn(*section, language, name); !named)
                    return named.error();
            }
        }
        MarkdownImporter importer(database);
        QList<std::pair<QString, qint64>> keyed;
        for (const QString &file : files) {
            const auto imported = importer.importFile(file);
            if (!imported)
                return imported.error();
            if (!imported->translationKey.isEmpty())
                keyed.append({imported->translationKey, imported->id});
        }
        // Three stories in both languages; the storm warning was extended after it was
        // translated, so its Kazakh draft is behind and says what changed.
        const Expected<QStringList> unlinked = importer.linkTranslations(keyed);
        if (!unlinked)
            return unlinked.error();
        if (!unlinked->isEmpty())
            return failure(unlinked->join(u'\n'));
        ArticleRepository saved(database);
        Expected<Article> storm = saved.loadBySlug(u"sinoptiki-obeshchayut-metel-i-moroz-do-27-gradusov"_s);
        if (!storm)
            return storm.error();
        storm->lead.replace(u"до 25 метров"_s, u"до 30 метров"_s);
        storm->body += u"\n\nВ пятницу занятия в школах Караганды и Темиртау для учеников первой смены отменены."_s;
        if (const SaveResult extended = saved.save(*storm, {0, Words::tr("the storm warning was extended"), true});
            !extended.ok())
            return *extended.error;
        return files.size();
    });
    return loaded;
}

} // namespace Newsroom::Demo
