// SPDX-License-Identifier: GPL-3.0-or-later
// The editorial workflow: who may take which step from which state; what each step
// records; scheduling in the newsroom's zone; publish-due exactly once from two programs.
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "testdatabases.h"
#include "storage/commentrepository.h"
#include "workflow/workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

using S = ArticleStatus;
using A = WorkflowAction;

// What the newsroom expects, written out here rather than read from the code under test.
// An editor or admin may take each step from these states; a reporter only submits.
const QHash<A, QList<S>> EditorMayFrom = {
    {A::Submit, {S::Draft, S::ChangesRequested}},
    {A::RequestChanges, {S::Submitted, S::Approved, S::Scheduled}},
    {A::Approve, {S::Submitted}},
    {A::Schedule, {S::Approved, S::Scheduled, S::Unpublished}},
    {A::Unschedule, {S::Scheduled}},
    {A::Publish, {S::Approved, S::Scheduled, S::Unpublished}},
    {A::Unpublish, {S::Published}},
    {A::Correct, {S::Published}},
};
const QHash<A, S> Leads = {
    {A::Submit, S::Submitted}, {A::RequestChanges, S::ChangesRequested}, {A::Approve, S::Approved},
    {A::Schedule, S::Scheduled}, {A::Unschedule, S::Approved}, {A::Publish, S::Published},
    {A::Unpublish, S::Unpublished}, {A::Correct, S::Published},
};

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void transitionsPerRole_data();
    void transitionsPerRole();
    void reportersTouchOnlyTheirOwnStories();
    void publishingNeedsAWholeStory();
    void everyStepIsRecorded();
    void schedulingInTheNewsroomZone_data();
    void schedulingInTheNewsroomZone();
    void publishDueExactlyOnceFromTwoPrograms_data() { Test::TestDatabases::addEngineRows(); }
    void publishDueExactlyOnceFromTwoPrograms();
    void aStoryThatCannotGoOutHoldsBackNoOther_data() { Test::TestDatabases::addEngineRows(); }
    void aStoryThatCannotGoOutHoldsBackNoOther();
    void headlessRefusalSaysWhoMay();
    void commentsThreadAndOutliveRevisions_data() { Test::TestDatabases::addEngineRows(); }
    void commentsThreadAndOutliveRevisions();

private:
    qint64 storyIn(S status, qint64 reporterId);

    Test::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_dbPath;
    qint64 m_category = 0;
    QHash<Role, Person> m_people;
    Person m_otherReporter;
};

void TestWorkflow::initTestCase()
{
    m_dbPath = m_databases.tempPath(u"workflow.db"_s);
    m_db = m_databases.open(u"sqlite:"_s + m_dbPath);
    QVERIFY(m_db);
    PeopleRepository people(*m_db);
    for (const auto &[role, name] : {std::pair{Role::Reporter, u"Айгерим Сапарова"_s}, std::pair{Role::Editor, u"Данияр Омаров"_s},
                                     std::pair{Role::Admin, u"Ольга Ким"_s}}) {
        Person person;
        person.name = name;
        person.role = role;
        const Expected<Person> added = people.add(person);
        QVERIFY(added);
        m_people.insert(role, *added);
    }
    Person other;
    other.name = u"Руслан Тулегенов"_s;
    const Expected<Person> added = people.add(other);
    QVERIFY(added);
    m_otherReporter = *added;
    const Expected<Category> category = CategoryRepository(*m_db).ensurePath(u"Новости/Город"_s);
    QVERIFY(category);
    m_category = category->id;
}

qint64 TestWorkflow::storyIn(S status, qint64 reporterId)
{
    Article story;
    story.headline = u"Аким ответил жителям Восточного"_s;
    story.lead = u"Автобус пустят в декабре."_s;
    story.body = u"Решение приняли после обращения жителей."_s;
    story.categoryId = m_category;
    story.status = status;
    story.bylines = {Byline{Byline::Kind::Text, reporterId, u"Автор"_s}};
    SaveOptions options;
    options.personId = reporterId;
    const SaveResult saved = ArticleRepository(*m_db).save(story, options);
    return saved.ok() ? saved.article.id : 0;
}

void TestWorkflow::transitionsPerRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("expected"); // "ok", "permission" or "state"
    const QList<S> states = {S::Draft, S::Submitted, S::ChangesRequested, S::Approved, S::Scheduled, S::Published, S::Unpublished};
    for (const Role role : {Role::Reporter, Role::Editor, Role::Admin}) {
        for (auto it = EditorMayFrom.cbegin(); it != EditorMayFrom.cend(); ++it) {
            for (const S from : states) {
                QString expected;
                if (role == Role::Reporter && it.key() != A::Submit)
                    expected = u"permission"_s;
                else
                    expected = it.value().contains(from) ? u"ok"_s : u"state"_s;
                QTest::addRow("%s %s from %s", qPrintable(roleName(role)), qPrintable(actionName(it.key())),
                              qPrintable(statusName(from)))
                    << int(role) << int(it.key()) << int(from) << expected;
            }
        }
    }
}

void TestWorkflow::transitionsPerRole()
{
    QFETCH(int, role);
    QFETCH(int, action);
    QFETCH(int, from);
    QFETCH(QString, expected);
    const Person reporter = m_people.value(Role::Reporter);
    const qint64 id = storyIn(S(from), reporter.id);
    QVERIFY(id);
    const Actor actor = Actor::of(m_people.value(Role(role)));
    Workflow workflow(*m_db);
    const int before = int(workflow.history(id)->size());
    const QDateTime at = QDateTime::currentDateTimeUtc().addDays(1);
    const Expected<Article> done = workflow.perform(id, A(action), actor, u"Примечание"_s, at);
    const Article stored = *ArticleRepository(*m_db).load(id);
    if (expected == u"ok") {
        QVERIFY2(done, qPrintable(Test::errorText(done)));
        QCOMPARE(stored.status, Leads.value(A(action)));
        const QList<WorkflowEvent> events = *workflow.history(id);
        QCOMPARE(events.size(), before + 1);
        QCOMPARE(events.last().from, S(from));
        QCOMPARE(events.last().to, stored.status);
        QCOMPARE(events.last().personId, actor.personId);
        if (A(action) == A::Schedule)
            QCOMPARE(stored.scheduledAt, at.toUTC());
        if (A(action) == A::Publish)
            QVERIFY(stored.publishedAt.isValid());
    } else {
        QVERIFY(!done);
        QCOMPARE(done.error().kind, expected == u"permission" ? Error::Kind::Permission : Error::Kind::Conflict);
        QCOMPARE(stored.status, S(from)); // nothing changed
        QCOMPARE(int(workflow.history(id)->size()), before);
    }
}

void TestWorkflow::reportersTouchOnlyTheirOwnStories()
{
    const qint64 theirs = storyIn(S::Draft, m_people.value(Role::Reporter).id);
    Workflow workflow(*m_db);
    const Expected<Article> refused = workflow.perform(theirs, A::Submit, Actor::of(m_otherReporter));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Permission);
    QVERIFY2(refused.error().message.contains(m_otherReporter.name), qPrintable(refused.error().message));
    const Expected<Article> own = workflow.perform(theirs, A::Submit, Actor::of(m_people.value(Role::Reporter)));
    QVERIFY2(own, qPrintable(Test::errorText(own)));
    // Publishing says who may.
    const Expected<Article> publish = workflow.perform(theirs, A::Approve, Actor::of(m_people.value(Role::Reporter)));
    QVERIFY(!publish);
    QVERIFY2(publish.error().message.contains(u"editors and admins"_s), qPrintable(publish.error().message));
}

void TestWorkflow::publishingNeedsAWholeStory()
{
    Article story;
    story.headline = u"Без лида"_s;
    story.status = S::Approved;
    ArticlePhoto photo;
    photo.fileName = u"IMG_1.JPG"_s;
    story.photos = {photo};
    const QStringList problems = Workflow::publishProblems(story);
    const QString all = problems.join(u" | "_s);
    QVERIFY2(all.contains(u"lead"_s) && all.contains(u"section"_s) && all.contains(u"body"_s)
                 && all.contains(u"IMG_1.JPG"_s) && all.contains(u"credit"_s) && all.contains(u"alt text"_s)
                 && !all.contains(u"headline"_s),
             qPrintable(all));
    story.photos.clear(); // (a stored story's photos must exist in the store)
    story.categoryId = m_category;
    const SaveResult saved = ArticleRepository(*m_db).save(story);
    QVERIFY2(saved.ok(), qPrintable(Test::errorText(saved)));
    const Expected<Article> refused = Workflow(*m_db).perform(saved.article.id, A::Publish, Actor::owner());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(ArticleRepository(*m_db).load(saved.article.id)->status, S::Approved);
}

void TestWorkflow::everyStepIsRecorded()
{
    const Person reporter = m_people.value(Role::Reporter);
    const Actor editor = Actor::of(m_people.value(Role::Editor));
    const qint64 id = storyIn(S::Draft, reporter.id);
    Workflow workflow(*m_db);
    QVERIFY(workflow.perform(id, A::Submit, Actor::of(reporter)));
    QVERIFY(workflow.perform(id, A::RequestChanges, editor, u"Уточните цифры в третьем абзаце"_s));
    QVERIFY(workflow.perform(id, A::Submit, Actor::of(reporter)));
    QVERIFY(workflow.perform(id, A::Approve, editor));
    // Never for a time already past: that would publish it unasked.
    const Expected<Article> past = workflow.perform(id, A::Schedule, editor, {}, QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(!past);
    QVERIFY2(past.error().message.contains(u"has passed"_s), qPrintable(past.error().message));
    QVERIFY(workflow.perform(id, A::Schedule, editor, {}, QDateTime::currentDateTimeUtc().addSecs(60)));
    QCOMPARE(workflow.publishDue(QDateTime::currentDateTimeUtc().addSecs(120))->published, QList<qint64>{id});
    QVERIFY(workflow.perform(id, A::Correct, editor, u"Исправлена дата открытия маршрута"_s));
    const Expected<Article> refusedCorrection = workflow.perform(id, A::Correct, editor);
    QVERIFY(!refusedCorrection); // a correction without a note for readers
    const QList<WorkflowEvent> events = *workflow.history(id);
    QStringList steps;
    for (const WorkflowEvent &event : events)
        steps.append(statusName(event.from) + u'>' + statusName(event.to));
    QCOMPARE(steps, (QStringList{u"draft>submitted"_s, u"submitted>changes_requested"_s, u"changes_requested>submitted"_s,
                                 u"submitted>approved"_s, u"approved>scheduled"_s, u"scheduled>published"_s,
                                 u"published>published"_s}));
    QCOMPARE(events.at(1).note, u"Уточните цифры в третьем абзаце"_s);
    QCOMPARE(events.at(1).personId, editor.personId);
    QCOMPARE(events.at(5).personId, 0); // the schedule did it
    QCOMPARE(events.at(6).note, u"Исправлена дата открытия маршрута"_s);
    // Each step is a revision too: nobody's older copy can silently undo it.
    const Expected<QList<Revision>> revisions = ArticleRepository(*m_db).revisions(id);
    QVERIFY(revisions && revisions->size() >= 8);
}

void TestWorkflow::schedulingInTheNewsroomZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("utc"); // empty: refused
    // Kazakhstan moved from UTC+6 to UTC+5 at midnight on 1 March 2024.
    QTest::newRow("Almaty before the change") << u"Asia/Almaty"_s << u"2024-02-29 12:00"_s << u"2024-02-29T06:00:00Z"_s;
    QTest::newRow("Almaty after the change") << u"Asia/Almaty"_s << u"2024-03-01 12:00"_s << u"2024-03-01T07:00:00Z"_s;
    QTest::newRow("Almaty now") << u"Asia/Almaty"_s << u"2026-11-25 09:30"_s << u"2026-11-25T04:30:00Z"_s;
    QTest::newRow("Berlin winter") << u"Europe/Berlin"_s << u"2026-01-15 12:00"_s << u"2026-01-15T11:00:00Z"_s;
    QTest::newRow("Berlin summer") << u"Europe/Berlin"_s << u"2026-07-01 12:00"_s << u"2026-07-01T10:00:00Z"_s;
    QTest::newRow("Berlin gap") << u"Europe/Berlin"_s << u"2026-03-29 02:30"_s << QString();
    QTest::newRow("Berlin twice: the first") << u"Europe/Berlin"_s << u"2026-10-25 02:30"_s << u"2026-10-25T00:30:00Z"_s;
}

void TestWorkflow::schedulingInTheNewsroomZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, local);
    QFETCH(QString, utc);
    const QDateTime typed = QDateTime::fromString(local, u"yyyy-MM-dd HH:mm"_s);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const Expected<QDateTime> stored = Workflow::newsroomTimeToUtc(typed.date(), typed.time(), tz);
    if (utc.isEmpty()) {
        QVERIFY(!stored);
        QVERIFY2(stored.error().message.contains(u"does not exist"_s), qPrintable(stored.error().message));
        return;
    }
    QVERIFY2(stored, qPrintable(Test::errorText(stored)));
    QCOMPARE(stored->timeSpec(), Qt::UTC);
    QCOMPARE(stored->toString(Qt::ISODate), utc);
    // And shown back in the newsroom's zone as typed.
    QCOMPARE(stored->toTimeZone(tz).toString(u"yyyy-MM-dd HH:mm"_s), local);
}

void TestWorkflow::publishDueExactlyOnceFromTwoPrograms()
{
    QFETCH(QString, engine);
    const QString url = m_databases.freshUrl(engine);
    auto db = m_databases.open(url);
    QVERIFY(db);
    const Expected<Category> category = CategoryRepository(*db).ensurePath(u"Новости"_s);
    QVERIFY(category);
    constexpr int Due = 40;
    QList<qint64> ids;
    for (int i = 0; i < Due + 5; ++i) {
        Article story;
        story.headline = u"Заметка %1"_s.arg(i);
        story.lead = u"Лид."_s;
        story.body = u"Текст."_s;
        story.categoryId = category->id;
        story.status = S::Scheduled;
        // Five are not due yet.
        story.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(i < Due ? -60 - i : 3600);
        const SaveResult saved = ArticleRepository(*db).save(story);
        QVERIFY(saved.ok());
        ids.append(saved.article.id);
    }
    const QString newsroom = QCoreApplication::applicationDirPath() + u"/newsroom"_s;
    QList<QProcess *> programs;
    for (int i = 0; i < 2; ++i) {
        auto *program = new QProcess(this);
        program->start(newsroom, {u"publish-due"_s, u"--json"_s, u"--database"_s, url});
        programs.append(program);
    }
    QList<qint64> publishedByEither;
    for (QProcess *program : std::as_const(programs)) {
        QVERIFY(program->waitForFinished(60000));
        QVERIFY2(program->exitCode() == 0, program->readAllStandardError().constData());
        const QJsonArray published = QJsonDocument::fromJson(program->readAllStandardOutput()).object().value(u"published"_s).toArray();
        for (const QJsonValue &id : published)
            publishedByEither.append(id.toInteger());
        delete program;
    }
    std::sort(publishedByEither.begin(), publishedByEither.end());
    QCOMPARE(publishedByEither, ids.mid(0, Due)); // every due one, once between the two
    Workflow workflow(*db);
    for (int i = 0; i < ids.size(); ++i) {
        const QList<WorkflowEvent> events = *workflow.history(ids.at(i));
        QCOMPARE(events.size(), i < Due ? 1 : 0);
        QCOMPARE(ArticleRepository(*db).load(ids.at(i))->status, i < Due ? S::Published : S::Scheduled);
    }
}

void TestWorkflow::aStoryThatCannotGoOutHoldsBackNoOther()
{
    QFETCH(QString, engine);
    const QString url = m_databases.freshUrl(engine);
    auto db = m_databases.open(url);
    QVERIFY(db);
    const Expected<Category> category = CategoryRepository(*db).ensurePath(u"Новости"_s);
    QVERIFY(category);
    // Due one after another; the middle one has no lead and cannot go out.
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Article story;
        story.headline = u"Плановая заметка %1"_s.arg(i);
        story.lead = i == 1 ? QString() : u"Лид."_s;
        story.body = u"Текст."_s;
        story.categoryId = category->id;
        story.status = S::Scheduled;
        story.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(-300 + 60 * i);
        const SaveResult saved = ArticleRepository(*db).save(story);
        QVERIFY(saved.ok());
        ids.append(saved.article.id);
    }
    const QString newsroom = QCoreApplication::applicationDirPath() + u"/newsroom"_s;
    const auto publishDue = [&] {
        QProcess program;
        program.start(newsroom, {u"publish-due"_s, u"--database"_s, url});
        program.waitForFinished(60000);
        return std::tuple{program.exitCode(), QString::fromUtf8(program.readAllStandardOutput()),
                          QString::fromUtf8(program.readAllStandardError())};
    };
    const auto [code, out, err] = publishDue();
    QCOMPARE(code, 1); // something did not go out: cron hears of it once
    QVERIFY2(out.contains(u"Published 2 due stories"_s), qPrintable(out));
    QVERIFY2(err.contains(u"Плановая заметка 1"_s) && err.contains(u"it has no lead"_s), qPrintable(err));
    ArticleRepository articles(*db);
    QCOMPARE(articles.load(ids.at(0))->status, S::Published);
    QCOMPARE(articles.load(ids.at(1))->status, S::Approved); // back with the desk, not retried
    QCOMPARE(articles.load(ids.at(2))->status, S::Published);
    Workflow workflow(*db);
    const QList<WorkflowEvent> events = *workflow.history(ids.at(1));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().from, S::Scheduled);
    QCOMPARE(events.first().to, S::Approved);
    QVERIFY2(events.first().note.contains(u"it has no lead"_s), qPrintable(events.first().note));
    const Expected<QList<EditorialComment>> comments = CommentRepository(*db).list(ids.at(1));
    QVERIFY(comments);
    QCOMPARE(comments->size(), 1);
    QVERIFY(comments->first().body.contains(u"it has no lead"_s));

    // The next run finds nothing due and says nothing more about it.
    const auto [again, againOut, againErr] = publishDue();
    QCOMPARE(again, 0);
    QVERIFY2(againErr.isEmpty(), qPrintable(againErr));
    QCOMPARE(workflow.history(ids.at(1))->size(), 1);

    // Scheduling it for a time already past is refused, saying the time it is now.
    QProcess schedule;
    schedule.start(newsroom, {u"schedule"_s, QString::number(ids.at(1)), u"--at"_s, u"2026-01-05 09:00"_s,
                              u"--database"_s, url});
    QVERIFY(schedule.waitForFinished(60000));
    QCOMPARE(schedule.exitCode(), 2);
    const QString said = QString::fromUtf8(schedule.readAllStandardError());
    QVERIFY2(said.contains(u"2026-01-05 09:00 has passed: it is "_s) && said.contains(u"newsroom publish"_s), qPrintable(said));
    QCOMPARE(articles.load(ids.at(1))->status, S::Approved);
}

void TestWorkflow::headlessRefusalSaysWhoMay()
{
    const qint64 id = storyIn(S::Submitted, m_people.value(Role::Reporter).id);
    QProcess program;
    program.start(QCoreApplication::applicationDirPath() + u"/newsroom"_s,
                  {u"approve"_s, QString::number(id), u"--as"_s, u"Айгерим Сапарова"_s, u"--database"_s, u"sqlite:"_s + m_dbPath});
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitCode(), 3);
    const QString error = QString::fromUtf8(program.readAllStandardError());
    QVERIFY2(error.contains(u"editors and admins"_s) && error.contains(u"Айгерим Сапарова"_s), qPrintable(error));
    QCOMPARE(ArticleRepository(*m_db).load(id)->status, S::Submitted);

    program.start(QCoreApplication::applicationDirPath() + u"/newsroom"_s,
                  {u"approve"_s, QString::number(id), u"--as"_s, u"Данияр Омаров"_s, u"--database"_s, u"sqlite:"_s + m_dbPath});
    QVERIFY(program.waitForFinished(30000));
    QVERIFY2(program.exitCode() == 0, program.readAllStandardError().constData());
    QCOMPARE(ArticleRepository(*m_db).load(id)->status, S::Approved);

    // An embargo, in newsroom time (Almaty, UTC+5), for editors only; bad times named.
    const auto embargo = [&](const QStringList &arguments) {
        program.start(QCoreApplication::applicationDirPath() + u"/newsroom"_s,
                      QStringList{u"embargo"_s, QString::number(id), u"--database"_s, u"sqlite:"_s + m_dbPath} + arguments);
        return program.waitForFinished(30000) ? program.exitCode() : -1;
    };
    QCOMPARE(embargo({u"--until"_s, u"2026-12-01 09:00"_s, u"--as"_s, u"Айгерим Сапарова"_s}), 3);
    QCOMPARE(embargo({u"--until"_s, u"1 December"_s, u"--as"_s, u"Данияр Омаров"_s}), 2);
    QVERIFY(QString::fromUtf8(program.readAllStandardError()).contains(u"1 December"_s));
    QVERIFY(!ArticleRepository(*m_db).load(id)->embargoUntil.isValid());
    QCOMPARE(embargo({u"--until"_s, u"2026-12-01 09:00"_s, u"--as"_s, u"Данияр Омаров"_s}), 0);
    QCOMPARE(ArticleRepository(*m_db).load(id)->embargoUntil,
             QDateTime(QDate(2026, 12, 1), QTime(4, 0), QTimeZone::UTC));
    QCOMPARE(embargo({u"--lift"_s, u"--as"_s, u"Данияр Омаров"_s}), 0);
    QVERIFY(!ArticleRepository(*m_db).load(id)->embargoUntil.isValid());
}

void TestWorkflow::commentsThreadAndOutliveRevisions()
{
    QFETCH(QString, engine);
    auto db = m_databases.openFresh(engine);
    QVERIFY(db);
    PeopleRepository people(*db);
    Person reporterPerson;
    reporterPerson.name = u"Айгерим Сапарова"_s;
    Person editorPerson;
    editorPerson.name = u"Данияр Омаров"_s;
    editorPerson.role = Role::Editor;
    const Actor reporter = Actor::of(*people.add(reporterPerson));
    const Actor editor = Actor::of(*people.add(editorPerson));
    Article story;
    story.headline = u"Тарифы на отопление"_s;
    const SaveResult saved = ArticleRepository(*db).save(story);
    QVERIFY(saved.ok());
    const qint64 id = saved.article.id;

    CommentRepository comments(*db);
    const Expected<EditorialComment> question = comments.add(id, editor, u"Откуда цифра 12%?"_s);
    QVERIFY2(question, qPrintable(Test::errorText(question)));
    const Expected<EditorialComment> other = comments.add(id, editor, u"Нужен комментарий акимата."_s);
    QVERIFY(other);
    const Expected<EditorialComment> answer = comments.add(id, reporter, u"Из решения маслихата."_s, question->id);
    QVERIFY(answer);
    // A reply to a reply stays in the thread.
    const Expected<EditorialComment> thanks = comments.add(id, editor, u"Спасибо."_s, answer->id);
    QVERIFY(thanks);
    QCOMPARE(thanks->parentId, question->id);
    QVERIFY(!comments.add(id, reporter, u"   "_s));

    // Editable by their author and by editors, no one else.
    const Expected<EditorialComment> refused = comments.edit(question->id, reporter, u"Переписано"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Permission);
    QVERIFY(comments.edit(answer->id, reporter, u"Из решения маслихата от 3 ноября."_s));

    // Kept through new revisions and a publication.
    Article changed = saved.article;
    changed.body = u"Новый текст."_s;
    QVERIFY(ArticleRepository(*db).save(changed).ok());
    QStringList bodies;
    const Expected<QList<EditorialComment>> listed = comments.list(id); // kept: the loop reads into it
    QVERIFY(listed);
    for (const EditorialComment &comment : *listed)
        bodies.append(comment.body);
    QCOMPARE(bodies, (QStringList{u"Откуда цифра 12%?"_s, u"Из решения маслихата от 3 ноября."_s, u"Спасибо."_s,
                                  u"Нужен комментарий акимата."_s}));
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
