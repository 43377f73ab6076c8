// SPDX-License-Identifier: GPL-3.0-or-later
#include "servernewsroom.h"

#include "demo/demonewsroom.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/peoplerepository.h"
#include "storage/translationrepository.h"
#include "storage/commentrepository.h"
#include "workflow/workflow.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Newsroom::Test {

QString ServerNewsroom::connectionFor(const QString &login, const QString &database)
{
    const QString db = database.isEmpty() ? m_database : database;
    const QString name = u"attack-%1-%2"_s.arg(login, db);
    if (QSqlDatabase::contains(name))
        return name;
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    connection.setHostName(u"127.0.0.1"_s);
    connection.setPort(m_port);
    connection.setDatabaseName(db);
    connection.setUserName(login);
    if (login != u"newsroom") // the cluster's superuser, trusted; everyone else with a password
        connection.setPassword(u"pw-"_s + login);
    if (!connection.open())
        qWarning("cannot connect as %s: %s", qPrintable(login), qPrintable(connection.lastError().text()));
    return name;
}

void ServerNewsroom::endSession(const QString &login)
{
    const QString name = u"attack-%1-%2"_s.arg(login, m_database);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

int ServerNewsroom::run(const QString &login, const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(connectionFor(login)));
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().databaseText();
        return -1;
    }
    return query.isSelect() ? int(query.size()) : query.numRowsAffected();
}

QString ServerNewsroom::admin(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(connectionFor(u"newsroom"_s)));
    if (!query.exec(sql))
        return u"ERROR: "_s + query.lastError().text();
    return query.next() ? query.value(0).toString() : QString();
}

// Everything an attack could change: every row of every table, the roles' powers, the
// schema's objects, policies, grants and function bodies.
QString ServerNewsroom::fingerprint()
{
    QStringList parts;
    for (const char *table : {"articles", "bylines", "article_photos", "article_tags", "article_search", "revisions",
                              "workflow_events", "comments", "people", "categories", "tags", "site_settings",
                              "edit_locks", "dictionary_words", "schema_migrations", "photos", "photo_thumbnails"}) {
        parts.append(admin(u"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM %1 t"_s
                               .arg(QLatin1StringView(table))));
    }
    parts.append(admin(u"SELECT string_agg(rolname || rolsuper::text || rolcreaterole::text || rolbypassrls::text, ',' "
                       "ORDER BY rolname) FROM pg_roles WHERE rolname !~ '^pg_'"_s));
    parts.append(admin(u"SELECT string_agg(roleid::regrole::text || '>' || member::regrole::text, ',' ORDER BY 1) "
                       "FROM pg_auth_members"_s));
    parts.append(admin(u"SELECT string_agg(relname || relkind || relowner::regrole::text || relrowsecurity::text || "
                       "coalesce(relacl::text, ''), ',' ORDER BY relname) FROM pg_class "
                       "WHERE relnamespace = 'public'::regnamespace"_s));
    parts.append(admin(u"SELECT string_agg(p.oid::regprocedure::text || md5(p.prosrc) || coalesce(p.proacl::text, ''), "
                       "',' ORDER BY 1) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"_s));
    parts.append(admin(u"SELECT string_agg(polname || md5(coalesce(pg_get_expr(polqual, polrelid), '') || "
                       "coalesce(pg_get_expr(polwithcheck, polrelid), '')), ',' ORDER BY polname) FROM pg_policy"_s));
    parts.append(admin(u"SELECT datacl::text FROM pg_database WHERE datname = current_database()"_s));
    return parts.join(u'\n');
}

DatabaseUrl ServerNewsroom::urlFor(const QString &login, const QString &database) const
{
    DatabaseUrl url;
    url.engine = DatabaseUrl::Engine::PostgreSQL;
    url.host = u"127.0.0.1"_s;
    url.port = m_port;
    url.databaseName = database.isEmpty() ? m_database : database;
    url.user = login;
    url.password = u"pw-"_s + login;
    return url;
}

std::unique_ptr<Database> ServerNewsroom::open(const QString &login, const QString &database)
{
    Expected<std::unique_ptr<Database>> db = Database::open(urlFor(login, database), Database::OpenMode::CreateIfMissing);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return nullptr;
    }
    return std::move(*db);
}

void ServerNewsroom::setUp()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    m_port = m_cluster.port();
    const QString superuserUrl = m_cluster.createDatabase(&error);
    QVERIFY2(!superuserUrl.isEmpty(), qPrintable(error));
    m_database = DatabaseUrl::parse(superuserUrl)->databaseName;

    // What the README tells the administrator to run, as a role that may create roles
    // (here the cluster's superuser stands in for a managed service's admin login).
    const QString setup[] = {
        u"CREATE ROLE newsroom_owner NOLOGIN"_s,
        u"CREATE ROLE newsroom_reporter NOLOGIN"_s,
        u"CREATE ROLE newsroom_editor NOLOGIN"_s,
        u"CREATE ROLE newsroom_admin NOLOGIN"_s,
        u"CREATE ROLE setup LOGIN PASSWORD 'pw-setup' IN ROLE newsroom_owner"_s,
        u"ALTER DATABASE %1 OWNER TO newsroom_owner"_s.arg(m_database),
        u"CREATE ROLE aigerim LOGIN PASSWORD 'pw-aigerim' IN ROLE newsroom_reporter"_s,
        u"CREATE ROLE ruslan LOGIN PASSWORD 'pw-ruslan' IN ROLE newsroom_reporter"_s,
        u"CREATE ROLE daniyar LOGIN PASSWORD 'pw-daniyar' IN ROLE newsroom_editor"_s,
        u"CREATE ROLE olga LOGIN PASSWORD 'pw-olga' IN ROLE newsroom_admin"_s,
        u"CREATE ROLE stranger LOGIN PASSWORD 'pw-stranger'"_s,
    };
    for (const QString &statement : setup)
        QVERIFY2(!admin(statement).startsWith(u"ERROR"_s), qPrintable(statement + admin(statement)));
    for (const QString &login : {u"setup"_s, u"aigerim"_s, u"ruslan"_s, u"daniyar"_s, u"olga"_s, u"stranger"_s})
        QVERIFY2(m_cluster.requirePassword(login, &error), qPrintable(error));
    QCOMPARE(admin(u"SELECT rolsuper FROM pg_roles WHERE rolname = 'setup'"_s), u"false"_s);

    // `init --demo` as the setup login, no superuser anywhere.
    auto owner = open(u"setup"_s);
    QVERIFY(owner);
    const Expected<qsizetype> demo = Demo::load(*owner);
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    QVERIFY(*demo > 0);

    const std::tuple<QString, QString, Role> staff[] = {
        {u"aigerim"_s, u"Айгерим Сапарова"_s, Role::Reporter},
        {u"ruslan"_s, u"Руслан Тулегенов"_s, Role::Reporter},
        {u"daniyar"_s, u"Данияр Омаров"_s, Role::Editor},
        {u"olga"_s, u"Ольга Ким"_s, Role::Admin},
    };
    // The demo's people who are on this staff get their logins (one name, one person).
    for (const auto &[login, name, role] : staff) {
        PeopleRepository people(*owner);
        Expected<Person> person = people.findByName(name);
        if (person) {
            person->role = role;
            person->login = login;
            const Status updated = people.update(*person);
            QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        } else {
            Person newcomer;
            newcomer.name = name;
            newcomer.role = role;
            newcomer.login = login;
            person = people.add(newcomer);
            QVERIFY2(person, qPrintable(person ? QString() : person.error().message));
        }
        m_person.insert(login, person->id);
    }

    const Expected<Category> section = CategoryRepository(*owner).ensurePath(u"Новости"_s);
    QVERIFY(section);
    m_category = section->id;
    ArticleRepository articles(*owner);
    auto story = [&](const QString &headline, const QString &creator, QList<Byline> bylines = {}) -> qint64 {
        Article a;
        a.headline = headline;
        a.lead = u"Лид."_s;
        a.body = u"Текст заметки."_s;
        a.bylines = bylines;
        SaveOptions options;
        options.personId = m_person.value(creator);
        const SaveResult saved = articles.save(a, options);
        return saved.ok() ? saved.article.id : 0;
    };
    m_hersEmbargoed = story(u"Черновик Айгерим"_s, u"aigerim"_s);
    m_colleagues = story(u"Черновик Руслана"_s, u"ruslan"_s);
    m_editorsWithHerByline = story(u"Аким встретился с жителями"_s, u"daniyar"_s,
                                   {Byline{Byline::Kind::Text, m_person.value(u"aigerim"_s), u"Айгерим Сапарова"_s},
                                    Byline{Byline::Kind::Photo, 0, u"Фотограф Гость"_s}});
    QVERIFY(m_hersEmbargoed && m_colleagues && m_editorsWithHerByline);
    Article embargoed = *articles.load(m_hersEmbargoed);
    embargoed.embargoUntil = QDateTime::currentDateTimeUtc().addDays(2);
    QVERIFY(articles.save(embargoed).ok());
    // Translations: ruslan's of his own draft, which he has changed since; aigerim's
    // Kazakh draft of her own, linked to nothing yet.
    {
        // Through his own login, as his desk would: the database holds him to his own stories.
        const std::unique_ptr<Database> ruslan = open(u"ruslan"_s);
        QVERIFY(ruslan);
        const Expected<qint64> translated
            = TranslationRepository(*ruslan).translate(m_colleagues, u"kk"_s, m_person.value(u"ruslan"_s));
        QVERIFY2(translated, qPrintable(translated ? QString() : translated.error().message));
        m_colleaguesInKazakh = *translated;
    }
    Article changed = *articles.load(m_colleagues);
    changed.body += u" Дополнено."_s;
    QVERIFY(articles.save(changed, {m_person.value(u"ruslan"_s), {}, false}).ok());
    const auto kazakhDraft = [&](const QString &headline, const QString &creator) -> qint64 {
        Article draft;
        draft.headline = headline;
        draft.language = u"kk"_s;
        draft.body = u"Мәтін."_s;
        const SaveResult saved = articles.save(draft, {m_person.value(creator), {}, false});
        return saved.ok() ? saved.article.id : 0;
    };
    m_hersInKazakh = kazakhDraft(u"Айгерімнің жобасы"_s, u"aigerim"_s);
    m_colleaguesLooseKazakh = kazakhDraft(u"Русланның жобасы"_s, u"ruslan"_s);
    QVERIFY(m_hersInKazakh && m_colleaguesLooseKazakh);
    m_published = admin(u"SELECT min(id) FROM articles WHERE status = 'published'"_s).toLongLong();
    QVERIFY(m_published > 0);
    CommentRepository comments(*owner);
    const auto commenter = [&](const QString &login) {
        return Actor{m_person.value(login), login, login == u"daniyar" ? Role::Editor : Role::Reporter};
    };
    const Expected<EditorialComment> editors = comments.add(m_hersEmbargoed, commenter(u"daniyar"_s), u"Уточни цифры."_s);
    const Expected<EditorialComment> hers = comments.add(m_hersEmbargoed, commenter(u"aigerim"_s), u"Уточнила."_s);
    QVERIFY(editors && hers);
    m_editorsComment = editors->id;
    m_herComment = hers->id;
}

void ServerNewsroom::tearDown()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(u"attack-"_s)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    m_cluster.stop();
}

} // namespace Newsroom::Test
