#include "portaltestdatabase.h"
#include "roundtriptrace.h"

#include "actions/postactions.h"
#include "feed/postwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace bxt;
using namespace bxt::portal;
using namespace Qt::StringLiterals;
using bxt::test::portalTestPost;

// POST /posts/{id}/actions: every action type, every error code, and exactly once per
// Idempotency-Key, also for two connections racing with the same key.
class TestPostActions : public QObject
{
    Q_OBJECT

private:
    test::PostgresCluster m_cluster;
    std::unique_ptr<PortalDatabase> m_db;
    QString m_connection;
    int m_databases = 0;
    int m_keys = 0;

    static Actor who(const QString &name)
    {
        if (name == u"staff"_s)
            return { u"u-staff"_s, Role::ColumnStaff, {} };
        if (name == u"liaison d-a"_s)
            return { u"u-da"_s, Role::Liaison, u"d-a"_s };
        if (name == u"liaison x-b"_s)
            return { u"u-xb"_s, Role::Liaison, u"x-b"_s };
        if (name == u"supervisor"_s)
            return { u"u-super"_s, Role::Supervisor, {} };
        return { u"u-leader"_s, Role::Leader, {} };
    }

    // The post each row starts from, as version 1.
    static QJsonObject startingPost(const QString &state)
    {
        if (state == u"new"_s) {
            QJsonObject post = portalTestPost(u"p-1"_s, 1, {});
            post.insert(u"status"_s, u"new"_s);
            return post;
        }
        if (state == u"triaged petition"_s)
            return portalTestPost(u"p-1"_s, 1, u"petition"_s);
        if (state == u"triaged appeal"_s)
            return portalTestPost(u"p-1"_s, 1, u"appeal"_s);
        if (state == u"shielded"_s) {
            QJsonObject post = portalTestPost(u"p-1"_s, 1, u"appeal"_s);
            post.insert(u"status"_s, u"shielded"_s);
            post.insert(u"shield_reason"_s, u"spam"_s);
            return post;
        }
        if (state == u"report of d-a"_s)
            return portalTestPost(u"p-1"_s, 1, u"report"_s, { u"d-a"_s });
        if (state == u"d-a and x-b"_s)
            return portalTestPost(u"p-1"_s, 1, u"multi_department"_s, { u"d-a"_s, u"x-b"_s });
        QJsonObject post = portalTestPost(u"p-1"_s, 1, u"appeal"_s, { u"d-a"_s });
        if (state == u"supervised d-a"_s) {
            post.insert(u"supervisions"_s,
                QJsonArray { QJsonObject { { u"id"_s, u"s-7"_s }, { u"unit_id"_s, u"d-a"_s },
                    { u"opened_at"_s, u"2026-03-04T09:00:00+08:00"_s }, { u"method"_s, u"phone"_s },
                    { u"reason"_s, u"overdue"_s }, { u"note"_s, u"n"_s }, { u"result"_s, QJsonValue() },
                    { u"closed_at"_s, QJsonValue() } } });
        } else if (state == u"replied d-a"_s) {
            QJsonArray assignments = post.value(u"assignments"_s).toArray();
            QJsonObject assignment = assignments.at(0).toObject();
            assignment.insert(u"status"_s, u"replied"_s);
            assignments.replace(0, assignment);
            post.insert(u"assignments"_s, assignments);
            post.insert(u"status"_s, u"replied"_s);
        }
        return post; // "dispatched d-a"
    }

    void write(const QJsonObject &post)
    {
        PortalTransaction transaction(m_db->db());
        QString error;
        QVERIFY2(PostWriter(m_db->db()).write({ post }, &error) && transaction.commit(&error), qPrintable(error));
    }

    static PortalRequest request(const Actor &actor, const QString &postId, const QString &key, const QByteArray &body)
    {
        PortalRequest request;
        request.method = "POST";
        request.path = u"/posts/%1/actions"_s.arg(postId);
        if (!key.isNull())
            request.headers.insert("idempotency-key", key.toUtf8());
        request.body = body;
        request.json = QJsonDocument::fromJson(body); // as the server hands it on
        request.actor = actor;
        return request;
    }

    PortalReply act(const Actor &actor, const QString &postId, const QString &key, const QByteArray &body)
    {
        PortalReply answer;
        answer.status = -1;
        PostActions(m_db->db()).serve(request(actor, postId, key, body), [&answer](const PortalReply &reply) {
            answer = reply;
        });
        return answer;
    }

    QString newKey() { return u"key-%1"_s.arg(++m_keys); }

    QString single(const QString &sql)
    {
        QSqlQuery query(m_db->db());
        if (!query.exec(sql) || !query.next())
            return u"error: "_s + sqlError(query);
        return query.value(0).toString();
    }

    // The stored post in one line: version, status, category, each assignment's unit and
    // status, the reply ids, each supervision's id and result.
    QString storedState()
    {
        const QJsonObject post
            = QJsonDocument::fromJson(single(u"SELECT doc::text FROM posts WHERE id = 'p-1'"_s).toUtf8()).object();
        QStringList parts { u"v%1"_s.arg(post.value(u"version"_s).toInteger()), post.value(u"status"_s).toString(),
            post.value(u"category"_s).toString(u"-"_s) };
        QStringList replies;
        for (const QJsonValue &value : post.value(u"assignments"_s).toArray()) {
            const QJsonObject assignment = value.toObject();
            parts.append(assignment.value(u"unit_id"_s).toString() + u':' + assignment.value(u"status"_s).toString());
            for (const QJsonValue &reply : assignment.value(u"replies"_s).toArray())
                replies.append(reply.toObject().value(u"id"_s).toString());
        }
        for (const QJsonValue &reply : post.value(u"replies"_s).toArray())
            replies.append(u"column "_s + reply.toObject().value(u"id"_s).toString());
        parts.append(replies);
        for (const QJsonValue &value : post.value(u"supervisions"_s).toArray()) {
            const QJsonObject supervision = value.toObject();
            parts.append(
                supervision.value(u"id"_s).toString() + u':' + supervision.value(u"result"_s).toString(u"open"_s));
        }
        return parts.join(u' ');
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }

    void init()
    {
        m_db.reset();
        QString error;
        m_db = test::migratedPortalDatabase(m_cluster, u"actions%1"_s.arg(++m_databases), &m_connection, &error);
        QVERIFY2(m_db, qPrintable(error));
        QSqlQuery query(m_db->db());
        QVERIFY2(query.exec(u"INSERT INTO users (id, name, display_name, role, unit_id, password_hash) VALUES"
                            " ('u-staff', 'staff', 'Staff', 'column_staff', NULL, 'x'),"
                            " ('u-da', 'da', 'Liaison A', 'liaison', 'd-a', 'x'),"
                            " ('u-xb', 'xb', 'Liaison B', 'liaison', 'x-b', 'x'),"
                            " ('u-super', 'super', 'Supervisor', 'supervisor', NULL, 'x'),"
                            " ('u-leader', 'leader', 'Leader', 'leader', NULL, 'x')"_s),
            qPrintable(sqlError(query)));
        QVERIFY2(
            query.exec(
                u"INSERT INTO units (id, position, doc) VALUES"
                " ('d-a', 1, '{\"id\": \"d-a\", \"name\": \"Dept A\", \"kind\": \"department\", \"active\": true}'),"
                " ('x-b', 2, '{\"id\": \"x-b\", \"name\": \"District B\", \"kind\": \"district\", \"active\": true}')"_s),
            qPrintable(sqlError(query)));
    }

    void everyActionType_isApplied_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("classify") << "staff"
                                  << "new"
                                  << R"({"type":"classify","base_version":1,"category":"appeal"})"
                                  << "v2 triaged appeal";
        QTest::newRow("dispatch") << "staff"
                                  << "triaged appeal"
                                  << R"({"type":"dispatch","base_version":1,"unit_ids":["d-a"]})"
                                  << "v2 dispatched appeal d-a:pending";
        QTest::newRow("forward") << "staff"
                                 << "triaged petition"
                                 << R"({"type":"forward","base_version":1,"mailbox":"mayor_mailbox","note":"n"})"
                                 << "v2 forwarded petition";
        QTest::newRow("shield") << "staff"
                                << "triaged appeal"
                                << R"({"type":"shield","base_version":1,"reason":"spam","note":"n"})"
                                << "v2 shielded appeal";
        QTest::newRow("unshield") << "staff"
                                  << "shielded"
                                  << R"({"type":"unshield","base_version":1})"
                                  << "v2 triaged appeal";
        QTest::newRow("accept") << "liaison d-a"
                                << "dispatched d-a"
                                << R"({"type":"accept","base_version":1,"unit_id":"d-a"})"
                                << "v2 dispatched appeal d-a:accepted";
        QTest::newRow("return") << "liaison d-a"
                                << "dispatched d-a"
                                << R"({"type":"return","base_version":1,"unit_id":"d-a","reason":"not ours"})"
                                << "v2 dispatched appeal d-a:returned";
        QTest::newRow("promise without base_version")
            << "liaison d-a"
            << "dispatched d-a"
            << R"({"type":"promise","unit_id":"d-a","due":"2026-03-09","note":"n"})"
            << "v2 dispatched appeal d-a:promised";
        QTest::newRow("reply of a liaison")
            << "liaison d-a"
            << "dispatched d-a"
            << R"({"type":"reply","unit_id":"d-a","kind":"final","text":"The pipe was mended on 5 March.","doc_refs":[],"visibility":"public"})"
            << "v2 replied appeal d-a:replied r-1";
        QTest::newRow("reply quoting like SQL")
            << "liaison d-a"
            << "dispatched d-a"
            << "{\"type\":\"reply\",\"unit_id\":\"d-a\",\"kind\":\"final\",\"text\":\"It's mended; C:\\\\pipes 'done' "
               "$$ ? %1\",\"doc_refs\":[],\"visibility\":\"public\"}"
            << "v2 replied appeal d-a:replied r-1";
        QTest::newRow("reply of the column")
            << "staff"
            << "dispatched d-a"
            << R"({"type":"reply","unit_id":null,"kind":"initial","text":"We passed it on.","doc_refs":[],"visibility":"public"})"
            << "v2 dispatched appeal d-a:pending column r-1";
        QTest::newRow("supervise")
            << "supervisor"
            << "dispatched d-a"
            << R"({"type":"supervise","unit_id":"d-a","method":"phone","reason":"overdue","note":"n"})"
            << "v2 dispatched appeal d-a:pending s-1:open";
        QTest::newRow("supervision_result") << "supervisor"
                                            << "supervised d-a"
                                            << R"({"type":"supervision_result","supervision_id":"s-7","result":"done"})"
                                            << "v2 dispatched appeal d-a:pending s-7:done";
        QTest::newRow("close") << "staff"
                               << "replied d-a"
                               << R"({"type":"close","base_version":1})"
                               << "v2 closed appeal d-a:replied";
    }

    void everyActionType_isApplied()
    {
        QFETCH(QString, actor);
        QFETCH(QString, start);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        write(startingPost(start));
        const PortalReply reply = act(who(actor), u"p-1"_s, newKey(), body.toUtf8());
        QVERIFY2(reply.status == 200, QJsonDocument(reply.body).toJson().constData());
        QCOMPARE(storedState(), expected);
        QCOMPARE(reply.body.value(u"post"_s).toObject().value(u"version"_s).toInteger(), 2);
        QCOMPARE(single(u"SELECT count(*) FROM changes WHERE post_id = 'p-1'"_s), u"2"_s);
        QCOMPARE(single(u"SELECT action || ' ' || user_id FROM audit_log"_s),
            QJsonDocument::fromJson(body.toUtf8()).object().value(u"type"_s).toString() + u' ' + who(actor).userId);
    }

    // Issue 15: an action is as fast as its round trips to PostgreSQL are few.
    void oneAction_takesFewRoundTrips()
    {
        write(startingPost(u"dispatched d-a"_s));
        test::RoundTripTrace trace(m_db->db());
        QVERIFY(trace.started());
        const PortalReply reply = act(who(u"liaison d-a"_s), u"p-1"_s, newKey(),
            R"({"type":"reply","unit_id":"d-a","kind":"final","text":"Mended.","doc_refs":[],"visibility":"public"})");
        const QStringList statements = trace.statements();
        QVERIFY2(reply.status == 200, QJsonDocument(reply.body).toJson().constData());
        // BEGIN, the key, the post with units and calendar, the reply's number, four writes of
        // PostWriter (stage, rewrite, children, feed row), the answer with the audit row, COMMIT.
        QVERIFY2(statements.size() <= 12,
            qPrintable(u"%1 round trips:\n"_s.arg(statements.size()) + statements.join(u'\n')));
    }

    void refusals_changeNothing_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("postId");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QString accept = u"{\"type\":\"accept\",\"base_version\":1,\"unit_id\":\"d-a\"}"_s;
        const QString classify = u"{\"type\":\"classify\",\"base_version\":1,\"category\":\"appeal\"}"_s;
        QTest::newRow("no Idempotency-Key") << "liaison d-a"
                                            << "dispatched d-a"
                                            << "p-1" << QString() << accept << 422 << "invalid"
                                            << "Idempotency-Key";
        QTest::newRow("Idempotency-Key with a space") << "liaison d-a"
                                                      << "dispatched d-a"
                                                      << "p-1"
                                                      << "a b" << accept << 422 << "invalid"
                                                      << "Idempotency-Key";
        QTest::newRow("body not JSON") << "liaison d-a"
                                       << "dispatched d-a"
                                       << "p-1"
                                       << "k"
                                       << "{accept" << 422 << "invalid"
                                       << "body";
        QTest::newRow("a reply that would make the post over 1 MiB")
            << "liaison d-a"
            << "dispatched d-a"
            << "p-1"
            << "k"
            << u"{\"type\":\"reply\",\"unit_id\":\"d-a\",\"kind\":\"initial\",\"doc_refs\":[],"
               u"\"visibility\":\"public\",\"text\":\""_s
                + QString(1024 * 1024, QLatin1Char('x')) + u"\"}"_s
            << 422 << "invalid"
            << "text";
        QTest::newRow("unknown type") << "staff"
                                      << "triaged appeal"
                                      << "p-1"
                                      << "k"
                                      << R"({"type":"delete","base_version":1})" << 422 << "invalid"
                                      << "type";
        QTest::newRow("unknown post") << "staff"
                                      << "triaged appeal"
                                      << "p-9"
                                      << "k" << classify << 404 << "not_found"
                                      << "";
        QTest::newRow("R10: liaison, a report of its unit") << "liaison d-a"
                                                            << "report of d-a"
                                                            << "p-1"
                                                            << "k" << accept << 404 << "not_found"
                                                            << "";
        QTest::newRow("R10: liaison, a report, an action of staff") << "liaison d-a"
                                                                    << "report of d-a"
                                                                    << "p-1"
                                                                    << "k" << classify << 404 << "not_found"
                                                                    << "";
        QTest::newRow("liaison, another unit's post")
            << "liaison x-b"
            << "dispatched d-a"
            << "p-1"
            << "k"
            << R"({"type":"accept","base_version":1,"unit_id":"x-b"})" << 404 << "not_found"
            << "";
        QTest::newRow("liaison, staff's action") << "liaison d-a"
                                                 << "dispatched d-a"
                                                 << "p-1"
                                                 << "k" << classify << 403 << "forbidden"
                                                 << "";
        QTest::newRow("leader") << "leader"
                                << "triaged appeal"
                                << "p-1"
                                << "k" << classify << 403 << "forbidden"
                                << "";
        QTest::newRow("supervisor dispatching")
            << "supervisor"
            << "triaged appeal"
            << "p-1"
            << "k"
            << R"({"type":"dispatch","base_version":1,"unit_ids":["d-a"]})" << 403 << "forbidden"
            << "";
        QTest::newRow("liaison for another unit")
            << "liaison d-a"
            << "d-a and x-b"
            << "p-1"
            << "k"
            << R"({"type":"accept","base_version":1,"unit_id":"x-b"})" << 403 << "forbidden"
            << "";
        QTest::newRow("stale base_version")
            << "liaison d-a"
            << "dispatched d-a"
            << "p-1"
            << "k"
            << R"({"type":"accept","base_version":0,"unit_id":"d-a"})" << 409 << "version_conflict"
            << "";
        QTest::newRow("no base_version") << "liaison d-a"
                                         << "dispatched d-a"
                                         << "p-1"
                                         << "k"
                                         << R"({"type":"accept","unit_id":"d-a"})" << 422 << "invalid"
                                         << "base_version";
        QTest::newRow("unknown category")
            << "staff"
            << "new"
            << "p-1"
            << "k"
            << R"({"type":"classify","base_version":1,"category":"gossip"})" << 422 << "invalid"
            << "category";
        QTest::newRow("no unit to dispatch to")
            << "staff"
            << "triaged appeal"
            << "p-1"
            << "k"
            << R"({"type":"dispatch","base_version":1,"unit_ids":[]})" << 422 << "invalid"
            << "unit_ids";
        QTest::newRow("unknown shield reason")
            << "staff"
            << "triaged appeal"
            << "p-1"
            << "k"
            << R"({"type":"shield","base_version":1,"reason":"bored"})" << 422 << "invalid"
            << "reason";
        QTest::newRow("promise past the final deadline")
            << "liaison d-a"
            << "dispatched d-a"
            << "p-1"
            << "k"
            << R"({"type":"promise","unit_id":"d-a","due":"2027-03-09","note":"n"})" << 422 << "invalid"
            << "due";
        QTest::newRow("closing an unanswered post") << "staff"
                                                    << "dispatched d-a"
                                                    << "p-1"
                                                    << "k"
                                                    << R"({"type":"close","base_version":1})" << 422 << "invalid"
                                                    << "type";
    }

    void refusals_changeNothing()
    {
        QFETCH(QString, actor);
        QFETCH(QString, start);
        QFETCH(QString, postId);
        QFETCH(QString, key);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        write(startingPost(start));
        const QString before = storedState();
        const PortalReply reply = act(who(actor), postId, key, body.toUtf8());
        QVERIFY2(reply.status == status, QJsonDocument(reply.body).toJson().constData());
        const QJsonObject error = reply.body.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QCOMPARE(error.value(u"field"_s).toString(), field);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QCOMPARE(storedState(), before);
        QCOMPARE(single(u"SELECT count(*) FROM changes"_s), u"1"_s);
        QCOMPARE(single(u"SELECT count(*) FROM audit_log"_s), u"0"_s);
        if (status == 409)
            QCOMPARE(reply.body.value(u"post"_s).toObject().value(u"version"_s).toInteger(), 1);
    }

    void databaseGone_is503WithRetryAfter_andStoresNothing()
    {
        write(startingPost(u"dispatched d-a"_s));
        QString error;
        auto gone = PortalDatabase::open(m_connection, &error);
        QVERIFY2(gone, qPrintable(error));
        gone->db().close();
        PortalReply answer;
        PostActions(gone->db())
            .serve(request(who(u"liaison d-a"_s), u"p-1"_s, u"k"_s,
                       R"({"type":"accept","base_version":1,"unit_id":"d-a"})"),
                [&answer](const PortalReply &reply) { answer = reply; });
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.body.value(u"error"_s).toObject().value(u"code"_s).toString(), u"unavailable"_s);
        QVERIFY(answer.headers.contains(qMakePair(QByteArray("Retry-After"), QByteArray("5"))));
        QCOMPARE(single(u"SELECT count(*) FROM idempotency_keys"_s), u"0"_s);
        // The same key later is a first request.
        QCOMPARE(act(who(u"liaison d-a"_s), u"p-1"_s, u"k"_s, R"({"type":"accept","base_version":1,"unit_id":"d-a"})")
                     .status,
            200);
    }

    // R10: the answer shows the post as the feed shows it to that user.
    void answer_isScopedLikeTheFeed()
    {
        write(startingPost(u"report of d-a"_s)); // a report with an assignment: bad data
        const PortalReply reply = act(who(u"supervisor"_s), u"p-1"_s, newKey(),
            R"({"type":"supervise","unit_id":"d-a","method":"phone","reason":"overdue","note":"n"})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            reply.body.value(u"post"_s).toObject().value(u"author"_s).toObject().keys(), QStringList { u"alias"_s });
        QCOMPARE(single(u"SELECT doc->'author'->>'phone' FROM posts"_s), u"13900000001"_s);
    }

    void sameKeyTwice_appliesOnce_andAnswersTheSame()
    {
        write(startingPost(u"dispatched d-a"_s));
        const QByteArray body
            = R"({"type":"reply","unit_id":"d-a","kind":"initial","text":"We are on it.","doc_refs":[],"visibility":"public"})";
        const PortalReply first = act(who(u"liaison d-a"_s), u"p-1"_s, u"same"_s, body);
        QCOMPARE(first.status, 200);
        const PortalReply again = act(who(u"liaison d-a"_s), u"p-1"_s, u"same"_s, body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        // Another body under the same key: the first answer, as the fake portal gives it.
        const PortalReply other
            = act(who(u"liaison d-a"_s), u"p-1"_s, u"same"_s, R"({"type":"accept","base_version":2,"unit_id":"d-a"})");
        QCOMPARE(other.status, 200);
        QCOMPARE(other.body, first.body);
        QCOMPARE(storedState(), u"v2 replied appeal d-a:replied r-1"_s);
        QCOMPARE(single(u"SELECT count(*) FROM audit_log"_s), u"1"_s);
        // A refusal is an answer too: kept for its key.
        const PortalReply refused = act(
            who(u"liaison d-a"_s), u"p-1"_s, u"refused"_s, R"({"type":"accept","base_version":1,"unit_id":"d-a"})");
        QCOMPARE(refused.status, 409);
        QCOMPARE(
            act(who(u"liaison d-a"_s), u"p-1"_s, u"refused"_s, R"({"type":"accept","base_version":2,"unit_id":"d-a"})")
                .status,
            409);
        QCOMPARE(storedState(), u"v2 replied appeal d-a:replied r-1"_s);
    }

    // Keys are per user: another user's action under the same key is its own.
    void sameKey_ofAnotherUser_isAnotherAction()
    {
        write(startingPost(u"d-a and x-b"_s));
        QCOMPARE(
            act(who(u"liaison d-a"_s), u"p-1"_s, u"same"_s, R"({"type":"accept","base_version":1,"unit_id":"d-a"})")
                .status,
            200);
        QCOMPARE(
            act(who(u"liaison x-b"_s), u"p-1"_s, u"same"_s, R"({"type":"accept","base_version":2,"unit_id":"x-b"})")
                .status,
            200);
        QCOMPARE(storedState(), u"v3 dispatched multi_department d-a:accepted x-b:accepted"_s);
    }

    // Two connections, as two portal processes, with the same key at the same moment: the
    // second waits on the first's key row and then answers what the first stored.
    void sameKeyFromTwoConnections_isAppliedOnce()
    {
        write(startingPost(u"dispatched d-a"_s));
        // Holding the post keeps the first request inside its transaction until both wait.
        QSqlQuery hold(m_db->db());
        QVERIFY(m_db->db().transaction());
        QVERIFY2(hold.exec(u"SELECT 1 FROM posts WHERE id = 'p-1' FOR UPDATE"_s), qPrintable(sqlError(hold)));

        const QByteArray body = R"({"type":"accept","base_version":1,"unit_id":"d-a"})";
        PortalReply answers[2];
        QString errors[2];
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads.append(QThread::create([this, i, &answers, &errors, body] {
                auto connection = PortalDatabase::open(m_connection, &errors[i]);
                if (!connection)
                    return;
                PostActions(connection->db())
                    .serve(request(who(u"liaison d-a"_s), u"p-1"_s, u"raced"_s, body),
                        [&answers, i](const PortalReply &reply) { answers[i] = reply; });
            }));
            threads.last()->start();
        }
        // Both wait on a lock: one on the post, the other on the first one's key.
        // (Read outside the holding transaction, which would see one snapshot of the statistics.)
        QString error;
        auto observer = PortalDatabase::open(m_connection, &error);
        QVERIFY2(observer, qPrintable(error));
        const auto waiting = [&observer] {
            QSqlQuery query(observer->db());
            return query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"_s) && query.next()
                ? query.value(0).toInt()
                : -1;
        };
        QTRY_COMPARE(waiting(), 2);
        QVERIFY(m_db->db().rollback());
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(20000));
            delete thread;
        }
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        QCOMPARE(answers[0].status, 200);
        QCOMPARE(answers[1].status, 200);
        QCOMPARE(answers[0].body, answers[1].body);
        QCOMPARE(storedState(), u"v2 dispatched appeal d-a:accepted"_s);
        QCOMPARE(single(u"SELECT count(*) FROM audit_log"_s), u"1"_s);
        QCOMPARE(single(u"SELECT count(*) FROM changes"_s), u"2"_s);
    }
};

QTEST_GUILESS_MAIN(TestPostActions)
#include "tst_postactions.moc"
