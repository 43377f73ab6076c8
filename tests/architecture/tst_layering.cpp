// SPDX-License-Identifier: GPL-3.0-or-later
// Dependencies point one way, main -> ui -> core: newsroom-core (app/) uses no widget,
// newsroom-ui (ui/) runs no SQL, and inside the core only storage/ speaks SQL. This test
// reads every source file of both layers.
#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Module
{
    QString name;          // "QtWidgets"
    QSet<QString> headers; // every header file the module installs: QPushButton, qpushbutton.h, ...
};

Module loadModule(const QString &name, const QString &headerDir)
{
    Module module{name, {name}};
    const QDir dir(headerDir);
    for (const QString &entry : dir.entryList(QDir::Files))
        module.headers.insert(entry);
    return module;
}

// The line numbers and header names of the includes in `source` that belong to `module`.
QList<std::pair<int, QString>> forbiddenIncludes(const QString &source, const Module &module)
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s);
    QList<std::pair<int, QString>> found;
    const QStringList lines = source.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = include.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        const QString header = match.captured(1);
        const QString leaf = header.section(u'/', -1);
        const QString prefix = header.section(u'/', 0, 0);
        if (prefix == module.name || (header == leaf && module.headers.contains(leaf)))
            found.append({int(i + 1), header});
    }
    return found;
}

// Every violation under `folder` (relative to the source tree), as "file:line: header".
// `exempt`: files, or folders ending in '/', left out.
QStringList scan(const QString &folder, const Module &module, const QStringList &exempt, int *filesRead)
{
    const QDir root(QStringLiteral(NEWSROOM_SOURCE_DIR));
    QStringList violations;
    QDirIterator it(root.filePath(folder), {u"*.h"_s, u"*.cpp"_s, u"*.h.in"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        const bool isExempt = std::any_of(exempt.begin(), exempt.end(), [&](const QString &left) {
            return left.endsWith(u'/') ? relative.startsWith(left) : relative == left;
        });
        if (isExempt)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            violations.append(u"%1: cannot read: %2"_s.arg(relative, file.errorString()));
            continue;
        }
        ++*filesRead;
        for (const auto &[line, header] : forbiddenIncludes(QString::fromUtf8(file.readAll()), module))
            violations.append(u"%1:%2: includes <%3> from %4"_s.arg(relative).arg(line).arg(header, module.name));
    }
    return violations;
}

// Lines of `source` that build a storage object (a repository, the photo store, edit
// locks, the change feed, a workflow): "line: text". Comments and includes are not code.
QList<std::pair<int, QString>> storageBuilt(const QString &source)
{
    static const QString names = u"(\\w+Repository|PhotoStore|EditLocks|ChangeFeed|Workflow)"_s;
    static const QRegularExpression built(u"\\b"_s + names + u"\\s*[({]|\\b"_s + names
                                          + u"\\s+[a-z_]\\w*\\s*[({;=]"_s);
    QList<std::pair<int, QString>> found;
    const QStringList lines = source.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString code = lines.at(i).section(u"//"_s, 0, 0).trimmed();
        if (code.startsWith(u'#'))
            continue;
        if (built.match(code).hasMatch())
            found.append({int(i + 1), code});
    }
    return found;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectsForbiddenIncludes_data();
    void detectsForbiddenIncludes();
    void coreUsesNoWidgets();
    void uiRunsNoSql();
    void onlyStorageSpeaksSql();
    void detectsStorageBuilt_data();
    void detectsStorageBuilt();
    void uiBuildsNoRepository();

private:
    Module m_widgets;
    Module m_sql;
};

void TestLayering::initTestCase()
{
    m_widgets = loadModule(u"QtWidgets"_s, QStringLiteral(QT_WIDGETS_HEADERS));
    m_sql = loadModule(u"QtSql"_s, QStringLiteral(QT_SQL_HEADERS));
    // Without the module's header list the scan would pass vacuously.
    QVERIFY2(m_widgets.headers.contains(u"QWidget"_s), QT_WIDGETS_HEADERS);
    QVERIFY2(m_sql.headers.contains(u"QSqlQuery"_s), QT_SQL_HEADERS);
}

void TestLayering::detectsForbiddenIncludes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("sql");
    QTest::addColumn<int>("expectedLine");

    QTest::newRow("class header") << u"#include <QString>\n#include <QPushButton>\n"_s << false << 2;
    QTest::newRow("module path") << u"#include <QtWidgets/QLabel>"_s << false << 1;
    QTest::newRow("lower-case file") << u"#include <qlineedit.h>"_s << false << 1;
    QTest::newRow("whole module") << u"#include <QtWidgets>"_s << false << 1;
    QTest::newRow("quoted, spaced") << u"  #  include \"QtWidgets/qwidget.h\""_s << false << 1;
    QTest::newRow("sql class") << u"#pragma once\n\n#include <QSqlQuery>"_s << true << 3;
    QTest::newRow("core header") << u"#include <QString>\n#include <QObject>"_s << false << 0;
    QTest::newRow("gui header") << u"#include <QImage>\n#include <QUndoStack>"_s << false << 0;
    QTest::newRow("commented out") << u"// #include <QWidget>"_s << false << 0;
    QTest::newRow("own header") << u"#include \"widgets/editor.h\""_s << false << 0;
}

void TestLayering::detectsForbiddenIncludes()
{
    QFETCH(QString, source);
    QFETCH(bool, sql);
    QFETCH(int, expectedLine);

    const auto found = forbiddenIncludes(source, sql ? m_sql : m_widgets);
    if (expectedLine == 0) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).second));
    } else {
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().first, expectedLine);
    }
}

void TestLayering::coreUsesNoWidgets()
{
    int filesRead = 0;
    // app/main/ is the executable, not newsroom-core: the one place that opens the window.
    const QStringList violations = scan(u"app"_s, m_widgets, {u"app/main/"_s}, &filesRead);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QVERIFY(filesRead > 0);
}

void TestLayering::uiRunsNoSql()
{
    int filesRead = 0;
    const QStringList violations = scan(u"ui"_s, m_sql, {}, &filesRead);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QVERIFY(filesRead > 0);
}

void TestLayering::onlyStorageSpeaksSql()
{
    // Workflow, sessions, export and the commands ask storage's repositories; the SQL, and
    // the Qt SQL headers, stay in app/storage/ (database.h does not pass them on).
    int filesRead = 0;
    const QStringList violations = scan(u"app"_s, m_sql, {u"app/storage/"_s}, &filesRead);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QVERIFY(filesRead > 0);
}

void TestLayering::detectsStorageBuilt_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("built");

    QTest::newRow("temporary") << u"    PeopleRepository(*m_database).list();"_s << true;
    QTest::newRow("local") << u"    ArticleRepository articles(*m_database);"_s << true;
    QTest::newRow("member") << u"    ArticleRepository m_articles;"_s << true;
    QTest::newRow("braces") << u"    PhotoStore store{db};"_s << true;
    QTest::newRow("new") << u"    m_feed = new ChangeFeed(*m_database, this);"_s << true;
    QTest::newRow("workflow") << u"    const Status check = Workflow(db).check(actor, action, story, 0);"_s << true;
    QTest::newRow("locks") << u"    EditLocks(*m_database, m_session).active()"_s << true;
    QTest::newRow("static") << u"    Workflow::publishProblems(story);"_s << false;
    QTest::newRow("type only") << u"    Expected<QList<Person>> staff = m_newsroom->staff();"_s << false;
    QTest::newRow("parameter") << u"void show(ChangeFeed *feed);"_s << false;
    QTest::newRow("pointer") << u"    ChangeFeed *m_feed = nullptr;"_s << false;
    QTest::newRow("comment") << u"    // PeopleRepository(db) is storage's"_s << false;
    QTest::newRow("include") << u"#include \"storage/articlerepository.h\""_s << false;
    QTest::newRow("syntax repository") << u"    KSyntaxHighlighting::Repository &repository = shared();"_s << false;
}

void TestLayering::detectsStorageBuilt()
{
    QFETCH(QString, source);
    QFETCH(bool, built);
    QCOMPARE(!storageBuilt(source).isEmpty(), built);
}

void TestLayering::uiBuildsNoRepository()
{
    // The widgets ask the newsroom service (app/session/newsroomservice.h) for what they
    // show; which repository answers, and what it costs, is core's to decide.
    const QDir root(QStringLiteral(NEWSROOM_SOURCE_DIR));
    QStringList violations;
    int filesRead = 0;
    QDirIterator it(root.filePath(u"ui"_s), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        ++filesRead;
        for (const auto &[line, code] : storageBuilt(QString::fromUtf8(file.readAll())))
            violations.append(u"%1:%2: %3"_s.arg(root.relativeFilePath(file.fileName())).arg(line).arg(code));
    }
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QVERIFY(filesRead > 20);
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
