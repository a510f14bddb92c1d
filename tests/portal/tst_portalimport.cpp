#include "admin/postimport.h"
#include "portalrun.h"
#include "postgrescluster.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using bxt::test::PortalRun;
using bxt::test::PostgresCluster;
using bxt::test::runPortal;

// baixingtan-portal's import commands (units import, calendar import, import) against a real
// PostgreSQL cluster: what they store, and that bad input changes nothing.
class TestPortalImport : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // A fresh database at the current schema, and its configuration file.
    QString freshPortal()
    {
        const QString name = QStringLiteral("portal%1").arg(++m_databases);
        QString connection;
        QString error;
        const QString config = m_files.filePath(name + QStringLiteral(".ini"));
        if (!m_cluster.createDatabase(name, &connection, &error) || !bxt::test::writePortalConfig(config, connection)
            || runPortal({ QStringLiteral("--config"), config, QStringLiteral("init") }).exitCode != 0)
            return {};
        m_db.close();
        m_db.setConnectOptions(connection);
        if (!m_db.open())
            return {};
        return config;
    }

    // Every row of a query, its columns joined by " | ", rows by "\n"; a failed query fails the test.
    QString rows(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
            return QStringLiteral("<query failed>");
        }
        QStringList lines;
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns << query.value(i).toString();
            lines << columns.join(QLatin1String(" | "));
        }
        return lines.join(QLatin1Char('\n'));
    }

    void exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
    }

    PortalRun import(const QString &config, const QString &command, const QByteArray &file)
    {
        const QString path = writeFile(QStringLiteral("input.json"), file);
        return runPortal({ QStringLiteral("--config"), config, command, QStringLiteral("import"), path });
    }

    PostgresCluster m_cluster;
    QTemporaryDir m_files;
    QSqlDatabase m_db;
    int m_databases = 0;

    // One line of a POST (portal-api.md); category is JSON (null or a quoted code).
    static QByteArray postLine(const QString &id, int version, const QString &category = QStringLiteral("null"),
        const QString &status = QStringLiteral("new"), const QString &assignments = QStringLiteral("[]"))
    {
        return QStringLiteral(R"({"id": "%1", "version": %2, "title": "Street lamp out", "body": "The lamp at the )"
                              R"(corner has been dark for a week.", "submitted_at": "2025-03-03T08:15:00+08:00", )"
                              R"("author": {"alias": "Resident"}, "wants_reply": true, "category": %3, "status": )"
                              R"("%4", "forwarded_to": null, "shield_reason": null, "duplicate_of": null, "views": )"
                              R"(0, "satisfaction": null, "assignments": %5, "supervisions": [], "kept": "as is"})")
                   .arg(id)
                   .arg(version)
                   .arg(category, status, assignments)
                   .toUtf8()
            + '\n';
    }

    static QString pendingAt(const QString &unit)
    {
        return QStringLiteral(R"([{"unit_id": "%1", "dispatched_at": "2025-03-03T10:02:00+08:00", "status": )"
                              R"("pending", "accepted_at": null, "returned_at": null, "return_reason": null, )"
                              R"("promised_at": null, "promise_due": null, "replies": []}])")
            .arg(unit);
    }

    PortalRun importPosts(const QString &config, const QByteArray &lines)
    {
        const QString path = writeFile(QStringLiteral("posts.jsonl"), lines);
        return runPortal({ QStringLiteral("--config"), config, QStringLiteral("import"), path });
    }

    static QByteArray threeUnits()
    {
        return R"({"units": [
            {"id": "d-a", "name": "Department A", "kind": "department", "active": true},
            {"id": "x-b", "name": "District B", "kind": "district", "active": true, "phone": "kept"},
            {"id": "d-c", "name": "Department C", "kind": "department", "active": false}]})";
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY(m_files.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test"));
    }

    void unitsImport_storesTheListInOrder_asServed()
    {
        const QString config = freshPortal();
        QVERIFY(!config.isEmpty());
        const PortalRun run = import(config, QStringLiteral("units"), threeUnits());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QLatin1String("3 units imported")), qPrintable(run.out));
        QCOMPARE(rows(QStringLiteral("SELECT id, position, doc->>'kind', doc->>'active', coalesce(doc->>'phone', '')"
                                     " FROM units ORDER BY position")),
            QStringLiteral("d-a | 0 | department | true | \n"
                           "x-b | 1 | district | true | kept\n"
                           "d-c | 2 | department | false | "));
        QCOMPARE(
            rows(QStringLiteral("SELECT action, detail->>'units' FROM audit_log")), QStringLiteral("units_import | 3"));
    }

    // A unit left out of a new list is deleted unless something names it; then it stays, inactive,
    // after the listed ones, so the desks still know the unit of an old assignment.
    void unitsImport_replacesTheList_keepingANamedUnitInactive()
    {
        const QString config = freshPortal();
        QCOMPARE(import(config, QStringLiteral("units"), threeUnits()).exitCode, 0);
        exec(QStringLiteral("INSERT INTO users (id, name, display_name, role, unit_id, password_hash)"
                            " VALUES ('u-1', 'liaison', 'Liaison', 'liaison', 'x-b', 'x')"));
        const PortalRun run = import(config, QStringLiteral("units"),
            R"({"units": [{"id": "d-new", "name": "New", "kind": "department", "active": true},
                          {"id": "d-a", "name": "Department A renamed", "kind": "department", "active": true}]})");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains(QLatin1String("1 no longer listed were deleted, 1 still named")), qPrintable(run.out));
        QCOMPARE(rows(QStringLiteral("SELECT id, position, doc->>'name', doc->>'active' FROM units ORDER BY position")),
            QStringLiteral("d-new | 0 | New | true\n"
                           "d-a | 1 | Department A renamed | true\n"
                           "x-b | 3 | District B | false"));
    }

    void unitsImport_badFile_changesNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty list") << QByteArray(R"({"units": []})") << QStringLiteral("no units");
        QTest::newRow("no list") << QByteArray(R"({"unit": []})") << QStringLiteral("no \"units\" list");
        QTest::newRow("unit twice") << QByteArray(R"({"units": [{"id": "d-a", "name": "A", "kind": "department"},
                                                                {"id": "d-a", "name": "A2", "kind": "department"}]})")
                                    << QStringLiteral("d-a is listed twice");
        QTest::newRow("unknown kind") << QByteArray(R"({"units": [{"id": "d-a", "name": "A", "kind": "county"}]})")
                                      << QStringLiteral("department or district");
        QTest::newRow("no name") << QByteArray(R"({"units": [{"id": "d-a", "kind": "department"}]})")
                                 << QStringLiteral("needs an id, a name");
        QTest::newRow("key twice") << QByteArray(R"({"units": [{"id": "d-a", "name": "A", "name": "B",
                                                               "kind": "department"}]})")
                                   << QStringLiteral("units[0].name is given twice");
        QTest::newRow("not JSON") << QByteArray(R"({"units": [)") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray(R"([{"id": "d-a"}])") << QStringLiteral("not a JSON object");
    }

    void unitsImport_badFile_changesNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        const QString config = freshPortal();
        QCOMPARE(import(config, QStringLiteral("units"), threeUnits()).exitCode, 0);
        const QString before = rows(QStringLiteral("SELECT id, position, doc FROM units ORDER BY id"));
        const PortalRun run = import(config, QStringLiteral("units"), file);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Nothing was imported")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(rows(QStringLiteral("SELECT id, position, doc FROM units ORDER BY id")), before);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM audit_log")), QStringLiteral("1"));
    }

    // Both shapes the desk's calendar import takes are stored in the shape of GET /calendar/{year}.
    void calendarImport_storesTheContractShape_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("own shape") << QByteArray(
            R"({"year": 2026, "holidays": ["2026-01-02", "2026-01-01"], "workdays": ["2026-01-04"]})");
        QTest::newRow("holiday-cn") << QByteArray(R"({"$schema": "x", "$id": "y", "year": 2026, "papers": [],
            "days": [{"name": "New Year", "date": "2026-01-01", "isOffDay": true},
                     {"name": "New Year", "date": "2026-01-02", "isOffDay": true},
                     {"name": "New Year", "date": "2026-01-04", "isOffDay": false}]})");
    }

    void calendarImport_storesTheContractShape()
    {
        QFETCH(QByteArray, file);
        const QString config = freshPortal();
        const PortalRun run = import(config, QStringLiteral("calendar"), file);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("Calendar 2026 imported: 2 days off, 1 make-up working days.\n"));
        QCOMPARE(rows(QStringLiteral("SELECT year, doc::text FROM calendar_years")),
            QStringLiteral(
                R"(2026 | {"year": 2026, "holidays": ["2026-01-01", "2026-01-02"], "workdays": ["2026-01-04"]})"));
    }

    void calendarImport_badFile_changesNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        // R18: a year with no weekday off is not published; 2027-01-02 and -03 are a weekend.
        QTest::newRow("not published") << QByteArray(R"({"year": 2027, "holidays": ["2027-01-02", "2027-01-03"],
                                                         "workdays": []})")
                                       << QStringLiteral("not published");
        QTest::newRow("not a date") << QByteArray(R"({"year": 2027, "holidays": ["2027-13-01"], "workdays": []})")
                                    << QStringLiteral("not a date");
        QTest::newRow("unknown key") << QByteArray(R"({"year": 2027, "holidays": [], "workdays": [], "extra": 1})")
                                     << QStringLiteral("extra");
        QTest::newRow("key twice") << QByteArray(R"({"year": 2027, "year": 2028, "holidays": ["2027-01-01"],
                                                    "workdays": []})")
                                   << QStringLiteral("year is given twice");
    }

    void calendarImport_badFile_changesNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        const QString config = freshPortal();
        QCOMPARE(
            import(config, QStringLiteral("calendar"), R"({"year": 2027, "holidays": ["2027-01-01"], "workdays": []})")
                .exitCode,
            0);
        const QString before = rows(QStringLiteral("SELECT year, doc::text FROM calendar_years"));
        const PortalRun run = import(config, QStringLiteral("calendar"), file);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(rows(QStringLiteral("SELECT year, doc::text FROM calendar_years")), before);
    }

    void import_writesEveryPost_withItsRowsAndFeed()
    {
        const QString config = freshPortal();
        const PortalRun run = importPosts(config,
            postLine(QStringLiteral("p-1"), 1) + "\n"
                + postLine(QStringLiteral("p-2"), 4, QStringLiteral("\"appeal\""), QStringLiteral("dispatched"),
                    pendingAt(QStringLiteral("x-b")))
                + postLine(QStringLiteral("p-3"), 2, QStringLiteral("\"report\""), QStringLiteral("triaged")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(
            run.out, QStringLiteral("3 posts imported, 0 skipped (the portal holds the same or a newer version).\n"));
        QCOMPARE(rows(QStringLiteral("SELECT id, version, status, doc->>'kept' FROM posts ORDER BY id")),
            QStringLiteral("p-1 | 1 | new | as is\np-2 | 4 | dispatched | as is\np-3 | 2 | triaged | as is"));
        QCOMPARE(rows(QStringLiteral("SELECT post_id, unit_id, status FROM assignments")),
            QStringLiteral("p-2 | x-b | pending"));
        QCOMPARE(rows(QStringLiteral("SELECT post_id FROM changes ORDER BY seq")), QStringLiteral("p-1\np-2\np-3"));
        QCOMPARE(
            rows(QStringLiteral("SELECT action, detail->>'written' FROM audit_log")), QStringLiteral("import | 3"));
    }

    // The line is stored as it is written: a whole number written with a fraction is that number.
    void import_versionWithAFraction_isTheWholeNumber()
    {
        const QString config = freshPortal();
        const PortalRun run
            = importPosts(config, postLine(QStringLiteral("p-1"), 3).replace("\"version\": 3", "\"version\": 3.0"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(
            rows(QStringLiteral("SELECT id, version, doc->>'kept' FROM posts")), QStringLiteral("p-1 | 3 | as is"));
    }

    // The lines go to PostgreSQL as they are (binary COPY): what COPY's text format would take for
    // its own escapes or separators is stored as the JSON says.
    void import_textOfAnyKind_isStoredAsTheJsonSays_data()
    {
        QTest::addColumn<QByteArray>("title"); // as written in the line, with its quotes
        QTest::addColumn<QString>("stored");
        QTest::newRow("apostrophe and backslash")
            << QByteArray(R"("It's at C:\\lamps\\n1")") << QStringLiteral("It's at C:\\lamps\\n1");
        QTest::newRow("escaped tab, newline, return")
            << QByteArray(R"("one\ttwo\nthree\r")") << QStringLiteral("one\ttwo\nthree\r");
        QTest::newRow("backslash and quote escapes")
            << QByteArray(R"("say \"hi\" \/ \\.")") << QStringLiteral("say \"hi\" / \\.");
        QTest::newRow("unicode escapes and an emoji")
            << QByteArray("\"\\u8def\\u706f \xF0\x9F\x92\xA1 \\ud83d\\udca1\"")
            << QStringLiteral("路灯 \U0001F4A1 \U0001F4A1");
        QTest::newRow("raw tab before the value") << QByteArray("\t\"tab before\"") << QStringLiteral("tab before");
        QTest::newRow("COPY's end marker") << QByteArray(R"("\\.")") << QStringLiteral("\\.");
        QTest::newRow("escaped backslash before u0000 and ud800")
            << QByteArray(R"("C:\\u0000\\ud800")") << QStringLiteral("C:\\u0000\\ud800");
    }

    void import_textOfAnyKind_isStoredAsTheJsonSays()
    {
        QFETCH(QByteArray, title);
        QFETCH(QString, stored);
        const QString config = freshPortal();
        const PortalRun run
            = importPosts(config, postLine(QStringLiteral("p-1"), 1).replace(R"("Street lamp out")", title));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(rows(QStringLiteral("SELECT doc->>'title' FROM posts WHERE id = 'p-1'")), stored);
        QCOMPARE(rows(QStringLiteral("SELECT doc->>'kept' FROM posts WHERE id = 'p-1'")), QStringLiteral("as is"));
    }

    // A post the portal holds already keeps the higher version; the same version is not written
    // again (no second feed row).
    void import_postAlreadyThere_keepsTheHigherVersion()
    {
        const QString config = freshPortal();
        QCOMPARE(importPosts(config,
                     postLine(QStringLiteral("p-1"), 3) + postLine(QStringLiteral("p-2"), 1)
                         + postLine(QStringLiteral("p-3"), 5))
                     .exitCode,
            0);
        const PortalRun run = importPosts(config,
            postLine(QStringLiteral("p-1"), 2, QStringLiteral("\"appeal\""), QStringLiteral("triaged"))
                + postLine(QStringLiteral("p-2"), 2, QStringLiteral("\"appeal\""), QStringLiteral("triaged"))
                + postLine(QStringLiteral("p-3"), 5, QStringLiteral("\"appeal\""), QStringLiteral("triaged")));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
            QStringLiteral("skipped line 1, post p-1: the portal holds version 3, the file 2\n"
                           "skipped line 3, post p-3: the portal holds version 5, the file 5\n"
                           "1 posts imported, 2 skipped (the portal holds the same or a newer version).\n"));
        QCOMPARE(rows(QStringLiteral("SELECT id, version, status FROM posts ORDER BY id")),
            QStringLiteral("p-1 | 3 | new\np-2 | 2 | triaged\np-3 | 5 | new"));
        QCOMPARE(
            rows(QStringLiteral("SELECT post_id FROM changes ORDER BY seq")), QStringLiteral("p-1\np-2\np-3\np-2"));
    }

    // Three chunks, written two at a time on two connections: every post once, with one feed
    // row, and the skipped lines of an import again reported in line order across the chunks.
    void import_severalChunks_writesEveryPostOnce()
    {
        constexpr qsizetype count = 2 * bxt::portal::PostImport::kChunkPosts + 1;
        const auto file = [](int lastVersion) {
            QByteArray lines;
            for (qsizetype i = 1; i <= count; ++i)
                lines += postLine(QStringLiteral("p-%1").arg(i), i == count ? lastVersion : 2);
            return lines;
        };
        const QString config = freshPortal();
        const PortalRun run = importPosts(config, file(2));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out,
            QStringLiteral("10001 posts imported, 0 skipped (the portal holds the same or a newer version).\n"));
        QCOMPARE(rows(QStringLiteral("SELECT count(*), count(DISTINCT post_id) FROM changes")),
            QStringLiteral("10001 | 10001"));
        QCOMPARE(rows(QStringLiteral("SELECT count(*), min(version), max(version) FROM posts")),
            QStringLiteral("10001 | 2 | 2"));

        QByteArray again = file(3);
        again.replace("{\"id\": \"p-2\", \"version\": 2", "{\"id\": \"p-2\", \"version\": 1");
        const PortalRun second = importPosts(config, again);
        QCOMPARE(second.exitCode, 0);
        const QStringList out = second.out.split(QLatin1Char('\n'));
        QCOMPARE(out.size(), 10001 + 1); // 10000 skipped, the summary, and the end of the last line
        QCOMPARE(out.at(0), QStringLiteral("skipped line 1, post p-1: the portal holds version 2, the file 2"));
        QCOMPARE(out.at(1), QStringLiteral("skipped line 2, post p-2: the portal holds version 2, the file 1"));
        QCOMPARE(
            out.at(9999), QStringLiteral("skipped line 10000, post p-10000: the portal holds version 2, the file 2"));
        QCOMPARE(out.at(10000),
            QStringLiteral("1 posts imported, 10000 skipped (the portal holds the same or a newer version)."));
        QCOMPARE(rows(QStringLiteral("SELECT version FROM posts WHERE id = 'p-10001'")), QStringLiteral("3"));
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM changes")), QStringLiteral("10002"));
    }

    // A chunk that fails on the database is named by its lines, and so is what was imported: the
    // other chunk of its pair, written at the same time on the other connection, commits on its own
    // (hostile pass 3, F7). A trigger of the test's fails the write of one post.
    void import_oneChunkOfAPairFails_theMessageNamesWhatWasImported_data()
    {
        QTest::addColumn<int>("badLine");
        QTest::addColumn<QString>("notImported");
        QTest::addColumn<QString>("imported");
        QTest::addColumn<QString>("storedRange");
        QTest::newRow("the first chunk fails")
            << 7 << QStringLiteral("Lines 1 to 5000 were not imported: ")
            << QStringLiteral("Lines 5001 to 10000 were imported.") << QStringLiteral("5000 | 5001 | 10000");
        QTest::newRow("the second chunk fails")
            << 5007 << QStringLiteral("Lines 5001 to 10000 were not imported: ")
            << QStringLiteral("Lines 1 to 5000 were imported.") << QStringLiteral("5000 | 1 | 5000");
    }

    void import_oneChunkOfAPairFails_theMessageNamesWhatWasImported()
    {
        QFETCH(int, badLine);
        QFETCH(QString, notImported);
        QFETCH(QString, imported);
        QFETCH(QString, storedRange);
        const QString config = freshPortal();
        exec(QStringLiteral("CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            "IF NEW.id = 'p-%1' THEN RAISE EXCEPTION 'refused by the test'; END IF; "
                            "RETURN NEW; END $$")
                 .arg(badLine));
        exec(QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT OR UPDATE ON posts FOR EACH ROW "
                            "EXECUTE FUNCTION refuse_one()"));
        QByteArray lines;
        for (int i = 1; i <= 2 * bxt::portal::PostImport::kChunkPosts; ++i)
            lines += postLine(QStringLiteral("p-%1").arg(i), 1);
        const PortalRun run = importPosts(config, lines);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(notImported), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("refused by the test")), qPrintable(run.err));
        QVERIFY2(run.err.contains(imported), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("before")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(rows(QStringLiteral("SELECT count(*), min(substr(id, 3)::int), max(substr(id, 3)::int) FROM posts")),
            storedRange);
    }

    void import_fromStandardInput()
    {
        const QString config = freshPortal();
        const PortalRun run
            = runPortal({ QStringLiteral("--config"), config, QStringLiteral("import"), QStringLiteral("-") },
                postLine(QStringLiteral("p-1"), 1) + postLine(QStringLiteral("p-2"), 1));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(rows(QStringLiteral("SELECT id FROM posts ORDER BY id")), QStringLiteral("p-1\np-2"));
    }

    // The whole input is checked before anything is written: a bad line anywhere names its
    // number and the portal is left as it was.
    void import_badLine_changesNothing_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QString>("expected");
        const QByteArray good = postLine(QStringLiteral("p-10"), 1) + postLine(QStringLiteral("p-11"), 1);
        QTest::newRow("not JSON") << good + "{\"id\": \"p-12\",\n" << QStringLiteral("line 3: not valid JSON");
        QTest::newRow("not an object") << good + "[1, 2]\n" << QStringLiteral("line 3: the line is not a JSON object");
        QTest::newRow("key twice") << good
                + postLine(QStringLiteral("p-12"), 1).replace("\"views\": 0", "\"views\": 0, \"views\": 1")
                                   << QStringLiteral("line 3: duplicate key \"views\"");
        QTest::newRow("bad status") << good
                + postLine(QStringLiteral("p-12"), 1, QStringLiteral("null"), QStringLiteral("open"))
                                    << QStringLiteral("line 3: field \"status\"");
        QTest::newRow("id twice") << good + postLine(QStringLiteral("p-10"), 2)
                                  << QStringLiteral("line 3: the post p-10 is given twice");
        QTest::newRow("control character in the id")
            << good + postLine(QStringLiteral("p-\\u0001"), 1) << QStringLiteral("line 3: field \"id\"");
        QTest::newRow("raw control character") << good
                + postLine(QStringLiteral("p-12"), 1)
                      .replace("Resident",
                          "Resi\x01"
                          "dent") << QStringLiteral("line 3: a raw control character");
        QTest::newRow("byte order mark on line 2")
            << postLine(QStringLiteral("p-10"), 1) + "\xEF\xBB\xBF" + postLine(QStringLiteral("p-11"), 1)
            << QStringLiteral("line 2: a byte order mark");
        const QString twoReplies = QStringLiteral(
            R"([{"unit_id": "x-daoli", "dispatched_at": "2025-03-03T10:02:00+08:00", "status": "replied", )"
            R"("accepted_at": null, "returned_at": null, "return_reason": null, "promised_at": null, "promise_due": )"
            R"(null, "replies": [{"id": "r-7", "kind": "initial", "text": "We are on it.", "doc_refs": [], )"
            R"("visibility": "public", "published_at": "2025-03-04T09:00:00+08:00"}, {"id": "r-7", "kind": )"
            R"("final", "text": "Fixed.", "doc_refs": [], "visibility": "public", "published_at": )"
            R"("2025-03-05T09:00:00+08:00"}]}])");
        QTest::newRow("reply id twice in a post")
            << good
                + postLine(
                    QStringLiteral("p-12"), 1, QStringLiteral("\"appeal\""), QStringLiteral("replied"), twoReplies)
            << QStringLiteral("line 3: the post p-12 gives the id r-7 to two replies or two supervisions");
        QTest::newRow("bad line first") << QByteArray("nonsense\n") + good << QStringLiteral("line 1: not valid JSON");
        // Lines are checked in blocks of 2000 on two cores: the first bad line is named, whichever
        // block it is in, and an id is compared with those of every block before.
        QByteArray blocks;
        for (int i = 1; i <= 3000; ++i) {
            blocks += i == 1500 ? QByteArray("[1]\n")
                : i == 2500     ? QByteArray("nonsense\n")
                                : postLine(QStringLiteral("p-b%1").arg(i), 1);
        }
        QTest::newRow("bad lines in two blocks")
            << blocks << QStringLiteral("line 1500: the line is not a JSON object");
        QByteArray twiceAcross;
        for (int i = 1; i <= 3000; ++i)
            twiceAcross += postLine(QStringLiteral("p-b%1").arg(i == 2999 ? 7 : i), 1);
        QTest::newRow("id twice across blocks")
            << twiceAcross << QStringLiteral("line 2999: the post p-b7 is given twice");
        // The contract allows version 0; the portal stores versions from 1, and says so before writing.
        QTest::newRow("version 0 on the last line")
            << good + postLine(QStringLiteral("p-12"), 0) << QStringLiteral("line 3: Post p-12 has no version");
        // JSON can escape what PostgreSQL's jsonb cannot store: refused by the check, not by COPY
        // once earlier chunks are written.
        const QString unstorable
            = QStringLiteral("line 3: the post has the character U+0000 or half of a surrogate pair");
        QTest::newRow("escaped U+0000 in the body")
            << good + postLine(QStringLiteral("p-12"), 1).replace("for a week.", "for a\\u0000 week.") << unstorable;
        QTest::newRow("half of a surrogate pair in a key")
            << good + postLine(QStringLiteral("p-12"), 1).replace("\"kept\"", "\"k\\udc00ept\"") << unstorable;
        QByteArray afterTwoChunks;
        for (int i = 1; i <= 2 * int(bxt::portal::PostImport::kChunkPosts) + 1; ++i)
            afterTwoChunks += postLine(QStringLiteral("p-c%1").arg(i), 1);
        afterTwoChunks += postLine(QStringLiteral("p-c0"), 1).replace("Resident", "Resi\\ud800dent");
        QTest::newRow("half of a surrogate pair after two chunks")
            << afterTwoChunks
            << QStringLiteral("line %1: the post has the character U+0000")
                   .arg(2 * bxt::portal::PostImport::kChunkPosts + 2);
    }

    void import_badLine_changesNothing()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QString, expected);
        const QString config = freshPortal();
        QCOMPARE(importPosts(config, postLine(QStringLiteral("p-1"), 1)).exitCode, 0);
        const QString before = rows(QStringLiteral("SELECT id, version, doc::text FROM posts ORDER BY id"));
        const PortalRun run = importPosts(config, lines);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Nothing was imported")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(rows(QStringLiteral("SELECT id, version, doc::text FROM posts ORDER BY id")), before);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM changes")), QStringLiteral("1"));
    }

    // Two imports of the same new posts at once could not compare their versions (there is no row
    // to lock yet): the second is refused. The first here holds the import's lock while it writes:
    // a trigger of the test's makes its insert wait for a lock that the test holds.
    void import_whileAnotherImportWrites_isRefusedAndChangesNothing()
    {
        const QString config = freshPortal();
        exec(QStringLiteral("CREATE FUNCTION wait_for_the_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            "PERFORM pg_advisory_xact_lock_shared(4242); RETURN NEW; END $$"));
        exec(QStringLiteral("CREATE TRIGGER wait_for_the_test BEFORE INSERT ON posts FOR EACH ROW "
                            "EXECUTE FUNCTION wait_for_the_test()"));
        exec(QStringLiteral("SELECT pg_advisory_lock(4242)"));
        QProcess first;
        first.start(QStringLiteral(BXT_PORTAL_BINARY),
            { QStringLiteral("--config"), config, QStringLiteral("import"),
                writeFile(QStringLiteral("first.jsonl"), postLine(QStringLiteral("p-1"), 9)) });
        QVERIFY(first.waitForStarted());
        QTRY_COMPARE(rows(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                         " AND objid = 4242 AND NOT granted")),
            QStringLiteral("1"));

        const PortalRun second = importPosts(config, postLine(QStringLiteral("p-1"), 1));
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QLatin1String("Another import")), qPrintable(second.err));
        QVERIFY2(second.err.contains(QLatin1String("Nothing was imported")), qPrintable(second.err));
        QCOMPARE(second.err.count(QLatin1Char('\n')), 1);

        exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(rows(QStringLiteral("SELECT id, version FROM posts")), QStringLiteral("p-1 | 9"));
        QCOMPARE(
            rows(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")), QStringLiteral("0"));
        QCOMPARE(importPosts(config, postLine(QStringLiteral("p-2"), 1)).exitCode, 0);
    }

    // The import's lock is taken when its input has been read and checked: an import still
    // reading a stalled pipe does not refuse another.
    void import_stillReadingItsInput_doesNotHoldOffAnother()
    {
        const QString config = freshPortal();
        QProcess first;
        first.start(QStringLiteral(BXT_PORTAL_BINARY),
            { QStringLiteral("--config"), config, QStringLiteral("import"), QStringLiteral("-") });
        QVERIFY(first.waitForStarted());
        first.write(postLine(QStringLiteral("p-1"), 9));
        QTRY_COMPARE(rows(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                         " AND pid <> pg_backend_pid() AND state = 'idle'")),
            QStringLiteral("1"));

        const PortalRun second = importPosts(config, postLine(QStringLiteral("p-2"), 1));
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.isEmpty(), qPrintable(second.err));

        first.closeWriteChannel();
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(rows(QStringLiteral("SELECT id, version FROM posts ORDER BY id")), QStringLiteral("p-1 | 9\np-2 | 1"));
    }

    // An import killed while it writes leaves every chunk whole, committed or not: each post that
    // is there has its feed row and its assignment (there are no foreign keys to say so), and the
    // same input imported again writes the rest. A trigger of the test's holds the third chunk.
    void import_killedWhileWriting_leavesWholeChunks_andAgainFinishesIt()
    {
        const QString config = freshPortal();
        exec(QStringLiteral("CREATE FUNCTION wait_for_the_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            "IF NEW.id = 'p-%1' THEN PERFORM pg_advisory_xact_lock_shared(4242); END IF; "
                            "RETURN NEW; END $$")
                 .arg(2 * bxt::portal::PostImport::kChunkPosts + 1));
        exec(QStringLiteral("CREATE TRIGGER wait_for_the_test BEFORE INSERT ON posts FOR EACH ROW "
                            "EXECUTE FUNCTION wait_for_the_test()"));
        exec(QStringLiteral("SELECT pg_advisory_lock(4242)"));
        constexpr qsizetype count = 4 * bxt::portal::PostImport::kChunkPosts;
        QByteArray lines;
        for (qsizetype i = 1; i <= count; ++i) {
            lines += postLine(QStringLiteral("p-%1").arg(i), 1, QStringLiteral("\"appeal\""),
                QStringLiteral("dispatched"), pendingAt(QStringLiteral("d-a")));
        }
        const QString input = writeFile(QStringLiteral("killed.jsonl"), lines);
        QProcess first;
        first.start(
            QStringLiteral(BXT_PORTAL_BINARY), { QStringLiteral("--config"), config, QStringLiteral("import"), input });
        QVERIFY(first.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(rows(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                                      " AND objid = 4242 AND NOT granted")),
            QStringLiteral("1"), 30000);
        first.kill();
        QVERIFY(first.waitForFinished());
        exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
        exec(QStringLiteral("DROP TRIGGER wait_for_the_test ON posts"));
        QTRY_COMPARE(rows(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                         " AND pid <> pg_backend_pid()")),
            QStringLiteral("0"));

        const QString whole = QStringLiteral("SELECT count(*) FROM posts p WHERE"
                                             " (SELECT count(*) FROM changes c WHERE c.post_id = p.id) <> 1"
                                             " OR (SELECT count(*) FROM assignments a WHERE a.post_id = p.id) <> 1");
        QCOMPARE(rows(whole), QStringLiteral("0"));
        const QString stored = rows(QStringLiteral("SELECT count(*) FROM posts"));
        QVERIFY2(stored.toLongLong() % bxt::portal::PostImport::kChunkPosts == 0 && stored.toLongLong() < count,
            qPrintable(stored));
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM changes")), stored);

        const PortalRun again = importPosts(config, lines);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
        QVERIFY2(again.out.endsWith(QStringLiteral("%1 posts imported, %2 skipped (the portal holds the same or a "
                                                   "newer version).\n")
                                        .arg(count - stored.toLongLong())
                                        .arg(stored)),
            qPrintable(again.out.right(200)));
        QCOMPARE(rows(whole), QStringLiteral("0"));
        QCOMPARE(rows(QStringLiteral("SELECT count(*), count(DISTINCT post_id) FROM changes")),
            QStringLiteral("%1 | %1").arg(count));
    }

    void import_missingFile_isExitOne()
    {
        const QString config = freshPortal();
        const PortalRun run = runPortal({ QStringLiteral("--config"), config, QStringLiteral("import"),
            m_files.filePath(QStringLiteral("no-such.jsonl")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Cannot read")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    void wrongCommandLine_isExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("units without a file") << QStringList { QStringLiteral("units"), QStringLiteral("import") };
        QTest::newRow("import without a file") << QStringList { QStringLiteral("import") };
        QTest::newRow("import of two files")
            << QStringList { QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b") };
        QTest::newRow("calendar show") << QStringList { QStringLiteral("calendar"), QStringLiteral("show"),
            QStringLiteral("2026") };
    }

    void wrongCommandLine_isExitTwo()
    {
        QFETCH(QStringList, arguments);
        const PortalRun run
            = runPortal(QStringList { QStringLiteral("--config"), QStringLiteral("x.ini") } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Usage:")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPortalImport)
#include "tst_portalimport.moc"
