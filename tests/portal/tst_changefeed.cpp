#include "portaltestdatabase.h"
#include "roundtriptrace.h"

#include "feed/changefeed.h"
#include "feed/changelistener.h"
#include "feed/feedcompactor.h"
#include "feed/feedendpoints.h"
#include "feed/postwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace bxt;
using namespace bxt::portal;
using namespace Qt::StringLiterals;
using bxt::test::portalTestPost;

// GET /changes: validation, scope (R10), pages, compaction (410) and long polls woken by a
// change committed through another connection, as another process would.
class TestChangeFeed : public QObject
{
    Q_OBJECT

private:
    test::PostgresCluster m_cluster;
    std::unique_ptr<PortalDatabase> m_db;
    std::unique_ptr<PortalDatabase> m_otherProcess; // writes as another portal process would
    std::unique_ptr<ChangeListener> m_listener;
    std::unique_ptr<ChangeFeed> m_feed;
    int m_databases = 0;
    QString m_connection;

    static Actor actor(const QString &role, const QString &unit = {})
    {
        return Actor { u"u-"_s + role, roleFromCode(role).value_or(Role::Admin), unit };
    }

    void write(const QList<QJsonObject> &posts, PortalDatabase *through = nullptr)
    {
        QSqlDatabase &db = (through ? through : m_db.get())->db();
        PortalTransaction transaction(db);
        QString error;
        QVERIFY2(PostWriter(db).write(posts, &error) && transaction.commit(&error), qPrintable(error));
    }

    // The answer given at once; a status of -1 when none was.
    PortalReply get(const Actor &who, const QString &query, QObject *connection = nullptr)
    {
        PortalReply answer;
        answer.status = -1;
        m_feed->serve(request(who, query, connection), [&answer](const PortalReply &reply) { answer = reply; });
        return answer;
    }

    static PortalRequest request(const Actor &who, const QString &query, QObject *connection = nullptr)
    {
        PortalRequest request;
        request.method = "GET";
        request.path = u"/changes"_s;
        request.query = QUrlQuery(query);
        request.actor = who;
        request.connection = connection;
        return request;
    }

    static QStringList summary(const PortalReply &reply)
    {
        QStringList lines;
        for (const QJsonValue &value : reply.object().value(u"changes"_s).toArray()) {
            const QJsonObject change = value.toObject();
            if (change.contains(u"removed"_s)) {
                const QJsonObject removed = change.value(u"removed"_s).toObject();
                lines.append(u"removed %1 v%2"_s.arg(removed.value(u"id"_s).toString())
                                 .arg(removed.value(u"version"_s).toInteger()));
            } else {
                const QJsonObject post = change.value(u"post"_s).toObject();
                lines.append(
                    u"post %1 v%2"_s.arg(post.value(u"id"_s).toString()).arg(post.value(u"version"_s).toInteger()));
            }
        }
        return lines;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }

    void init()
    {
        m_feed.reset();
        m_listener.reset();
        m_otherProcess.reset();
        m_db.reset();
        QString connection;
        QString error;
        m_db = test::migratedPortalDatabase(m_cluster, u"feed%1"_s.arg(++m_databases), &connection, &error);
        QVERIFY2(m_db, qPrintable(error));
        m_connection = connection;
        m_otherProcess = PortalDatabase::open(connection, &error);
        QVERIFY2(m_otherProcess, qPrintable(error));
        m_listener = std::make_unique<ChangeListener>();
        QVERIFY2(m_listener->start(connection, &error), qPrintable(error));
        m_feed = std::make_unique<ChangeFeed>(m_db->db(), *m_listener);
    }

    void query_isCheckedStrictly_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QString atOne = ChangeFeed::cursorAfter(1);
        QTest::newRow("nothing") << u""_s << 200 << u""_s;
        QTest::newRow("limit 1") << u"limit=1"_s << 200 << u""_s;
        QTest::newRow("limit 1000") << u"limit=1000"_s << 200 << u""_s;
        QTest::newRow("limit 0") << u"limit=0"_s << 422 << u"limit"_s;
        QTest::newRow("limit 1001") << u"limit=1001"_s << 422 << u"limit"_s;
        QTest::newRow("limit -1") << u"limit=-1"_s << 422 << u"limit"_s;
        QTest::newRow("limit +5") << u"limit=%2B5"_s << 422 << u"limit"_s;
        QTest::newRow("limit 05") << u"limit=05"_s << 422 << u"limit"_s;
        QTest::newRow("limit text") << u"limit=ten"_s << 422 << u"limit"_s;
        QTest::newRow("limit empty") << u"limit="_s << 422 << u"limit"_s;
        QTest::newRow("limit twice") << u"limit=5&limit=6"_s << 422 << u"limit"_s;
        QTest::newRow("wait 0") << u"wait=0"_s << 200 << u""_s;
        QTest::newRow("wait 3600, something to read") << u"wait=3600"_s << 200 << u""_s;
        QTest::newRow("wait 3601") << u"wait=3601"_s << 422 << u"wait"_s;
        QTest::newRow("wait -1") << u"wait=-1"_s << 422 << u"wait"_s;
        QTest::newRow("wait 1.5") << u"wait=1.5"_s << 422 << u"wait"_s;
        QTest::newRow("a cursor of this feed") << u"cursor="_s + atOne << 200 << u""_s;
        QTest::newRow("cursor not base64") << u"cursor=%%%"_s << 422 << u"cursor"_s;
        QTest::newRow("cursor empty") << u"cursor="_s << 422 << u"cursor"_s;
        QTest::newRow("cursor with padding") << u"cursor="_s + atOne + u"="_s << 422 << u"cursor"_s;
        QTest::newRow("cursor of a sign")
            << u"cursor="_s + QString::fromLatin1(QByteArray("f.-1").toBase64(QByteArray::Base64UrlEncoding)) << 422
            << u"cursor"_s;
        QTest::newRow("cursor with a leading zero") << u"cursor="_s
                + QString::fromLatin1(
                    QByteArray("f.01").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                                    << 422 << u"cursor"_s;
        QTest::newRow("cursor of another prefix") << u"cursor="_s
                + QString::fromLatin1(
                    QByteArray("g.1").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                                  << 422 << u"cursor"_s;
        QTest::newRow("cursor beyond the head") << u"cursor="_s + ChangeFeed::cursorAfter(99) << 410 << u""_s;
    }

    void query_isCheckedStrictly()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, field);
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s, { u"d-a"_s }),
            portalTestPost(u"p-2"_s, 1, u"appeal"_s, { u"d-a"_s }) });
        const PortalReply reply = get(actor(u"column_staff"_s), query);
        QCOMPARE(reply.status, status);
        const QJsonObject error = reply.object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"field"_s).toString(), field);
        if (status == 422)
            QCOMPARE(error.value(u"code"_s).toString(), u"invalid"_s);
        if (status == 410)
            QCOMPARE(error.value(u"code"_s).toString(), u"cursor_expired"_s);
    }

    // R10, whatever the data: what each user's feed holds of one post, and whether it carries
    // the author's contact.
    void scope_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("units");
        QTest::addColumn<QString>("expected"); // "contact", "alias only" or "nothing"
        const QStringList own { u"d-a"_s };
        const QStringList other { u"x-b"_s };
        const QStringList both { u"x-b"_s, u"d-a"_s };
        QTest::newRow("liaison, own unit's appeal") << "liaison"
                                                    << "d-a"
                                                    << "appeal" << own << "contact";
        QTest::newRow("liaison, another unit's appeal") << "liaison"
                                                        << "d-a"
                                                        << "appeal" << other << "nothing";
        QTest::newRow("liaison, multi-department with own unit") << "liaison"
                                                                 << "d-a"
                                                                 << "multi_department" << both << "contact";
        QTest::newRow("R10: liaison, a report assigned to its unit") << "liaison"
                                                                     << "d-a"
                                                                     << "report" << own << "nothing";
        QTest::newRow("R10: liaison, a report of two units") << "liaison"
                                                             << "d-a"
                                                             << "report" << both << "nothing";
        QTest::newRow("liaison, unclassified, undispatched") << "liaison"
                                                             << "d-a"
                                                             << "" << QStringList() << "nothing";
        // portal-api.md "the author's contact only for its own assignments": an assignment the unit
        // returned is no longer its own (R10); the post stays in its feed, without the contact.
        QTest::newRow("R10: liaison, an appeal its unit returned")
            << "liaison"
            << "d-a"
            << "appeal" << QStringList { u"d-a:returned"_s } << "alias only";
        QTest::newRow("R10: liaison, multi-department its unit returned")
            << "liaison"
            << "d-a"
            << "multi_department" << QStringList { u"x-b:accepted"_s, u"d-a:returned"_s } << "alias only";
        QTest::newRow("liaison, multi-department another unit returned")
            << "liaison"
            << "d-a"
            << "multi_department" << QStringList { u"x-b:returned"_s, u"d-a:accepted"_s } << "contact";
        QTest::newRow("column staff, a returned appeal") << "column_staff"
                                                         << ""
                                                         << "appeal" << QStringList { u"d-a:returned"_s } << "contact";
        QTest::newRow("supervisor, a returned appeal") << "supervisor"
                                                       << ""
                                                       << "appeal" << QStringList { u"d-a:returned"_s } << "contact";
        QTest::newRow("liaison without a unit") << "liaison"
                                                << ""
                                                << "appeal" << own << "nothing";
        QTest::newRow("column staff, a report") << "column_staff"
                                                << ""
                                                << "report" << own << "contact";
        QTest::newRow("column staff, an appeal") << "column_staff"
                                                 << ""
                                                 << "appeal" << other << "contact";
        QTest::newRow("supervisor, an appeal") << "supervisor"
                                               << ""
                                               << "appeal" << own << "contact";
        QTest::newRow("R10: supervisor, a report") << "supervisor"
                                                   << ""
                                                   << "report" << own << "alias only";
        QTest::newRow("leader, an appeal") << "leader"
                                           << ""
                                           << "appeal" << own << "alias only";
        QTest::newRow("admin, an appeal") << "admin"
                                          << ""
                                          << "appeal" << own << "alias only";
    }

    void scope()
    {
        QFETCH(QString, role);
        QFETCH(QString, unit);
        QFETCH(QString, category);
        QFETCH(QStringList, units);
        QFETCH(QString, expected);
        // A unit written "d-a:returned" has an assignment in that status; otherwise pending.
        QStringList unitIds;
        for (const QString &unit : units)
            unitIds.append(unit.section(u':', 0, 0));
        QJsonObject post = portalTestPost(u"p-1"_s, 1, category, unitIds);
        QJsonArray assignments = post.value(u"assignments"_s).toArray();
        for (qsizetype i = 0; i < units.size(); ++i) {
            if (!units.at(i).contains(u':'))
                continue;
            QJsonObject assignment = assignments.at(i).toObject();
            assignment.insert(u"status"_s, units.at(i).section(u':', 1));
            assignments.replace(i, assignment);
        }
        post.insert(u"assignments"_s, assignments);
        post.insert(u"contact_note"_s, u"call 13900000001 after six"_s); // a field outside the contract
        write({ post });
        const PortalReply reply = get(actor(role, unit), {});
        QCOMPARE(reply.status, 200);
        const QJsonArray changes = reply.object().value(u"changes"_s).toArray();
        if (expected == u"nothing"_s) {
            QCOMPARE(changes.size(), 0);
            return;
        }
        QCOMPARE(changes.size(), 1);
        const QJsonObject served = changes.at(0).toObject().value(u"post"_s).toObject();
        QCOMPARE(served.value(u"id"_s).toString(), u"p-1"_s);
        const QJsonObject author = served.value(u"author"_s).toObject();
        if (expected == u"contact"_s) {
            QCOMPARE(author.value(u"phone"_s).toString(), u"13900000001"_s);
            QCOMPARE(author.value(u"email"_s).toString(), u"a@example.org"_s);
        } else {
            QCOMPARE(author.keys(), QStringList { u"alias"_s });
            QVERIFY(!served.contains(u"contact_note"_s));
        }
    }

    void postLeavingALiaisonsScope_isRemoved_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("units");
        QTest::newRow("reassigned away") << u"appeal"_s << QStringList { u"x-b"_s };
        QTest::newRow("R10: reclassified as a report") << u"report"_s << QStringList { u"d-a"_s };
    }

    void postLeavingALiaisonsScope_isRemoved()
    {
        QFETCH(QString, category);
        QFETCH(QStringList, units);
        const Actor liaison = actor(u"liaison"_s, u"d-a"_s);
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s, { u"d-a"_s }) });
        const PortalReply first = get(liaison, {});
        QCOMPARE(summary(first), QStringList { u"post p-1 v1"_s });

        write({ portalTestPost(u"p-1"_s, 2, category, units) });
        const QString cursor = first.object().value(u"next_cursor"_s).toString();
        const PortalReply second = get(liaison, u"cursor="_s + cursor);
        QCOMPARE(summary(second), QStringList { u"removed p-1 v2"_s });
        // From the beginning, too, only the removal: the post itself never comes again.
        QCOMPARE(summary(get(liaison, {})), QStringList { u"removed p-1 v2"_s });
        QCOMPARE(summary(get(actor(u"liaison"_s, u"x-b"_s), {})),
            category == u"report"_s ? QStringList() : QStringList { u"post p-1 v2"_s });
    }

    void pages_showEachPostOnce_atItsLastRow_andMoveOn()
    {
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s), portalTestPost(u"p-2"_s, 1, u"appeal"_s) });
        write({ portalTestPost(u"p-1"_s, 2, u"appeal"_s) });
        write({ portalTestPost(u"p-3"_s, 1, u"appeal"_s) });
        const Actor staff = actor(u"column_staff"_s);
        const PortalReply first = get(staff, u"limit=3"_s);
        QCOMPARE(summary(first), (QStringList { u"post p-2 v1"_s, u"post p-1 v2"_s }));
        QCOMPARE(first.object().value(u"changes"_s).toArray().at(1).toObject().value(u"seq"_s).toInteger(), 3);
        QCOMPARE(first.object().value(u"has_more"_s).toBool(), true);
        QCOMPARE(first.object().value(u"next_cursor"_s).toString(), ChangeFeed::cursorAfter(3));

        const PortalReply second = get(staff, u"limit=3&cursor="_s + first.object().value(u"next_cursor"_s).toString());
        QCOMPARE(summary(second), QStringList { u"post p-3 v1"_s });
        QCOMPARE(second.object().value(u"has_more"_s).toBool(), false);
        const QString end = second.object().value(u"next_cursor"_s).toString();
        QCOMPARE(end, ChangeFeed::cursorAfter(4));

        const PortalReply third = get(staff, u"cursor="_s + end);
        QCOMPARE(summary(third), QStringList());
        QCOMPARE(third.object().value(u"next_cursor"_s).toString(), end);
        QCOMPARE(third.object().value(u"has_more"_s).toBool(), false);
    }

    // A page stays under the 16 MiB a client takes: it ends early when its posts pass 8 MiB.
    void bigPosts_endThePageEarly()
    {
        QList<QJsonObject> posts;
        for (const QString &id : { u"p-1"_s, u"p-2"_s, u"p-3"_s }) {
            QJsonObject post = portalTestPost(id, 1, u"appeal"_s);
            post.insert(u"body"_s, QString(3 * 1024 * 1024, QLatin1Char('x')));
            posts.append(post);
        }
        write(posts);
        const Actor staff = actor(u"column_staff"_s);
        const PortalReply first = get(staff, u"limit=1000"_s);
        QCOMPARE(summary(first), (QStringList { u"post p-1 v1"_s, u"post p-2 v1"_s }));
        QCOMPARE(first.object().value(u"has_more"_s).toBool(), true);
        QCOMPARE(first.object().value(u"next_cursor"_s).toString(), ChangeFeed::cursorAfter(2));
        const PortalReply second = get(staff, u"cursor="_s + first.object().value(u"next_cursor"_s).toString());
        QCOMPARE(summary(second), QStringList { u"post p-3 v1"_s });
        QCOMPARE(second.object().value(u"has_more"_s).toBool(), false);
    }

    // A liaison's empty page still moves its cursor past other units' rows.
    void liaisonsEmptyPage_movesTheCursorToTheHead()
    {
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s, { u"x-b"_s }),
            portalTestPost(u"p-2"_s, 1, u"appeal"_s, { u"x-b"_s }) });
        const PortalReply reply = get(actor(u"liaison"_s, u"d-a"_s), {});
        QCOMPARE(summary(reply), QStringList());
        QCOMPARE(reply.object().value(u"next_cursor"_s).toString(), ChangeFeed::cursorAfter(2));
    }

    // Issue 15: 200 long polls running out together each read an empty page in front of the
    // actions waiting on the same thread; a page is as fast as its round trips are few.
    void emptyPage_takesFewRoundTrips()
    {
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s, { u"x-b"_s }) });
        test::RoundTripTrace trace(m_db->db());
        QVERIFY(trace.started());
        const PortalReply reply = get(actor(u"liaison"_s, u"d-a"_s), u"cursor=%1"_s.arg(ChangeFeed::cursorAfter(1)));
        const QStringList statements = trace.statements();
        QCOMPARE(reply.status, 200);
        // START TRANSACTION, horizon and head, the page's rows, ROLLBACK.
        QVERIFY2(
            statements.size() <= 4, qPrintable(u"%1 round trips:\n"_s.arg(statements.size()) + statements.join(u'\n')));
    }

    void compaction_expiresOlderCursors_andKeepsEveryPost()
    {
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s), portalTestPost(u"p-2"_s, 1, u"appeal"_s) });
        write({ portalTestPost(u"p-1"_s, 2, u"appeal"_s) });
        write({ portalTestPost(u"p-1"_s, 3, u"appeal"_s) });
        const Actor staff = actor(u"column_staff"_s);
        qint64 deleted = -1;
        QString error;
        QVERIFY2(FeedCompactor(m_db->db()).compact(3, &deleted, &error), qPrintable(error));
        QCOMPARE(deleted, 2); // seq 1 and 3 (p-1 v1, v2); p-2's only row stays

        const PortalReply expired = get(staff, u"cursor="_s + ChangeFeed::cursorAfter(2));
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.object().value(u"error"_s).toObject().value(u"code"_s).toString(), u"cursor_expired"_s);
        QCOMPARE(summary(get(staff, {})), (QStringList { u"post p-2 v1"_s, u"post p-1 v3"_s }));
        QCOMPARE(summary(get(staff, u"cursor="_s + ChangeFeed::cursorAfter(3))), QStringList { u"post p-1 v3"_s });

        // Keeping the newest row compacts nothing more: p-1 and p-2 have one row each.
        QVERIFY2(FeedCompactor(m_db->db()).compactKeepingNewest(1, &deleted, &error), qPrintable(error));
        QCOMPARE(deleted, 0);
    }

    void longPoll_wokenWithinASecond_byACommitOfAnotherConnection()
    {
        const Actor liaison = actor(u"liaison"_s, u"d-a"_s);
        std::optional<PortalReply> liaisonAnswer;
        std::optional<PortalReply> staffAnswer;
        m_feed->serve(request(liaison, u"wait=30"_s), [&](const PortalReply &reply) { liaisonAnswer = reply; });
        m_feed->serve(
            request(actor(u"column_staff"_s), u"wait=30"_s), [&](const PortalReply &reply) { staffAnswer = reply; });
        QVERIFY(!liaisonAnswer && !staffAnswer);
        QCOMPARE(m_feed->waitingCount(), 2);

        // Another unit's post wakes staff, not the liaison (R10: and a report of its own unit
        // neither).
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s, { u"x-b"_s }),
                  portalTestPost(u"p-2"_s, 1, u"report"_s, { u"d-a"_s }) },
            m_otherProcess.get());
        QTRY_VERIFY_WITH_TIMEOUT(staffAnswer.has_value(), 1000);
        QCOMPARE(summary(*staffAnswer), (QStringList { u"post p-1 v1"_s, u"post p-2 v1"_s }));
        QVERIFY(!liaisonAnswer);

        QElapsedTimer sinceCommit;
        write({ portalTestPost(u"p-3"_s, 1, u"appeal"_s, { u"d-a"_s }) }, m_otherProcess.get());
        sinceCommit.start();
        QTRY_VERIFY_WITH_TIMEOUT(liaisonAnswer.has_value(), 1000);
        QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
        QCOMPARE(summary(*liaisonAnswer), QStringList { u"post p-3 v1"_s });
        QCOMPARE(m_feed->waitingCount(), 0);
    }

    // A wake reads one page for waiters who see the same feed from the same cursor; each of
    // them gets it, and a waiter of another unit or cursor is judged on its own (R10).
    void longPoll_waitersOfOneUnitAndCursor_allGetTheChange()
    {
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s, { u"x-b"_s }) });
        const QString afterIt = ChangeFeed::cursorAfter(1);
        std::optional<PortalReply> first;
        std::optional<PortalReply> second;
        std::optional<PortalReply> fromStart;
        std::optional<PortalReply> otherUnit;
        const Actor liaison = actor(u"liaison"_s, u"d-a"_s);
        m_feed->serve(request(liaison, u"wait=30&cursor="_s + afterIt), [&](const PortalReply &r) { first = r; });
        m_feed->serve(request(liaison, u"wait=30&cursor="_s + afterIt), [&](const PortalReply &r) { second = r; });
        m_feed->serve(request(liaison, u"wait=30"_s), [&](const PortalReply &r) { fromStart = r; });
        m_feed->serve(request(actor(u"liaison"_s, u"x-c"_s), u"wait=30&cursor="_s + afterIt),
            [&](const PortalReply &r) { otherUnit = r; });
        QCOMPARE(m_feed->waitingCount(), 4);

        write({ portalTestPost(u"p-2"_s, 1, u"appeal"_s, { u"d-a"_s }) }, m_otherProcess.get());
        QTRY_VERIFY_WITH_TIMEOUT(first && second && fromStart, 1000);
        QCOMPARE(summary(*first), QStringList { u"post p-2 v1"_s });
        QCOMPARE(summary(*second), QStringList { u"post p-2 v1"_s });
        QCOMPARE(first->object().value(u"next_cursor"_s).toString(), ChangeFeed::cursorAfter(2));
        QCOMPARE(summary(*fromStart), QStringList { u"post p-2 v1"_s });
        QVERIFY(!otherUnit);
        QCOMPARE(m_feed->waitingCount(), 1);
    }

    // The two endpoints as two serve processes wire them: an action through one wakes a
    // liaison's long poll on the other.
    void feedEndpoints_actionOfOneProcess_wakesALongPollOfAnother()
    {
        QSqlQuery query(m_db->db());
        QVERIFY2(query.exec(u"INSERT INTO users (id, name, display_name, role, unit_id, password_hash) VALUES"
                            " ('u-staff', 'staff', 'Staff', 'column_staff', NULL, 'x')"_s),
            qPrintable(sqlError(query)));
        QVERIFY2(
            query.exec(u"INSERT INTO units (id, position, doc) VALUES ('d-a', 1,"
                       " '{\"id\": \"d-a\", \"name\": \"Dept A\", \"kind\": \"department\", \"active\": true}')"_s),
            qPrintable(sqlError(query)));
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s) });
        const QString afterIt = get(actor(u"liaison"_s, u"d-a"_s), {}).object().value(u"next_cursor"_s).toString();

        FeedEndpoints polled;
        FeedEndpoints acting;
        QString error;
        QVERIFY2(polled.start(*m_db, m_connection, &error), qPrintable(error));
        QVERIFY2(acting.start(*m_otherProcess, m_connection, &error), qPrintable(error));
        std::optional<PortalReply> poll;
        polled.changes()(request(actor(u"liaison"_s, u"d-a"_s), u"wait=30&cursor="_s + afterIt),
            [&poll](const PortalReply &reply) { poll = reply; });
        QVERIFY(!poll);

        PortalRequest dispatch;
        dispatch.method = "POST";
        dispatch.path = u"/posts/p-1/actions"_s;
        dispatch.headers.insert("idempotency-key", "k-1");
        dispatch.body = R"({"type":"dispatch","base_version":1,"unit_ids":["d-a"]})";
        dispatch.json = QJsonDocument::fromJson(dispatch.body); // as the server hands it on
        dispatch.actor = Actor { u"u-staff"_s, Role::ColumnStaff, {} };
        std::optional<PortalReply> done;
        acting.actions()(dispatch, [&done](const PortalReply &reply) { done = reply; });
        QVERIFY(done);
        QCOMPARE(done->status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(poll.has_value(), 1000);
        QCOMPARE(summary(*poll), QStringList { u"post p-1 v2"_s });
    }

    void databaseGone_is503WithRetryAfter()
    {
        QString error;
        auto gone = PortalDatabase::open(m_connection, &error);
        QVERIFY2(gone, qPrintable(error));
        gone->db().close();
        ChangeFeed feed(gone->db(), *m_listener);
        PortalReply answer;
        feed.serve(
            request(actor(u"column_staff"_s), u"wait=30"_s), [&answer](const PortalReply &reply) { answer = reply; });
        QCOMPARE(answer.status, 503);
        QVERIFY(answer.headers.contains(qMakePair(QByteArray("Retry-After"), QByteArray("5"))));
        QCOMPARE(feed.waitingCount(), 0);
    }

    void listener_afterTheDatabaseRestarted_hearsChangesAgain()
    {
        QString error;
        QVERIFY2(m_cluster.restart(&error), qPrintable(error));
        auto reopened = PortalDatabase::open(m_connection, &error);
        QVERIFY2(reopened, qPrintable(error));
        ChangeFeed feed(reopened->db(), *m_listener);
        std::optional<PortalReply> answer;
        feed.serve(
            request(actor(u"column_staff"_s), u"wait=30"_s), [&answer](const PortalReply &reply) { answer = reply; });
        QVERIFY(!answer);

        // What the listener's timer does every few seconds.
        QVERIFY2(m_listener->keepListening(&error), qPrintable(error));
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s) }, reopened.get());
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 1000);
        QCOMPARE(summary(*answer), QStringList { u"post p-1 v1"_s });
    }

    void waitRunningOut_answersAnEmptyPage()
    {
        std::optional<PortalReply> answer;
        QElapsedTimer timer;
        timer.start();
        m_feed->serve(
            request(actor(u"column_staff"_s), u"wait=1"_s), [&](const PortalReply &reply) { answer = reply; });
        QVERIFY(!answer);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 3000);
        QVERIFY(timer.elapsed() >= 1000);
        QCOMPARE(answer->status, 200);
        QCOMPARE(summary(*answer), QStringList());
        QCOMPARE(answer->object().value(u"next_cursor"_s).toString(), ChangeFeed::cursorAfter(0));
    }

    void waiterWhoseConnectionClosed_isDropped()
    {
        auto connection = std::make_unique<QObject>();
        bool answered = false;
        m_feed->serve(request(actor(u"column_staff"_s), u"wait=30"_s, connection.get()),
            [&](const PortalReply &) { answered = true; });
        QCOMPARE(m_feed->waitingCount(), 1);
        connection.reset();
        QCOMPARE(m_feed->waitingCount(), 0);
        write({ portalTestPost(u"p-1"_s, 1, u"appeal"_s) }, m_otherProcess.get());
        // The listener has heard the change once another one, written after, has been served.
        std::optional<PortalReply> probe;
        m_feed->serve(request(actor(u"column_staff"_s), u"wait=30&cursor="_s + ChangeFeed::cursorAfter(1)),
            [&](const PortalReply &reply) { probe = reply; });
        write({ portalTestPost(u"p-2"_s, 1, u"appeal"_s) }, m_otherProcess.get());
        QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 2000);
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
