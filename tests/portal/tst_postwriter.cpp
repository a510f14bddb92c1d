#include "portaltestdatabase.h"

#include "feed/postwriter.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

using bxt::portal::PortalDatabase;
using bxt::portal::PortalTransaction;
using bxt::portal::PostWriter;
using bxt::test::portalTestPost;
using bxt::test::PostgresCluster;
using namespace Qt::StringLiterals;

// PostWriter: posts, their derived rows and the change feed's scope columns (R10), in the
// caller's transaction, with NOTIFY on commit.
class TestPostWriter : public QObject
{
    Q_OBJECT

private:
    PostgresCluster m_cluster;
    std::unique_ptr<PortalDatabase> m_db;
    QString m_connection;
    int m_databases = 0;

    // A fresh database for each test function.
    bool freshDatabase(QString *error)
    {
        m_db.reset();
        m_db = bxt::test::migratedPortalDatabase(
            m_cluster, QStringLiteral("writer%1").arg(++m_databases), &m_connection, error);
        return m_db != nullptr;
    }

    bool writeInOneTransaction(const QList<QJsonObject> &posts, QString *error)
    {
        PortalTransaction transaction(m_db->db());
        return PostWriter(m_db->db()).write(posts, error) && transaction.commit(error);
    }

    QString single(const QString &sql)
    {
        QSqlQuery query(m_db->db());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("error: ") + bxt::portal::sqlError(query);
        return query.value(0).toString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(freshDatabase(&error), qPrintable(error));
    }

    // The planner cannot count a jsonb array's elements, guesses millions of rows, and would spend
    // longer compiling a statement than running it (issue 15): every portal connection runs without JIT.
    void portalConnection_runsWithoutJit() { QCOMPARE(single(QStringLiteral("SHOW jit")), QStringLiteral("off")); }

    void scopeOfTheLastChange_data()
    {
        QTest::addColumn<QStringList>("categories"); // one write of p-1 each
        QTest::addColumn<QList<QStringList>>("units"); // its assignments' units, each write
        QTest::addColumn<QString>("inScope");
        QTest::addColumn<QString>("left");
        QTest::newRow("new post, two units")
            << QStringList { u"appeal"_s } << QList<QStringList> { { u"x-b"_s, u"d-a"_s } } << u"d-a,x-b"_s << u""_s;
        QTest::newRow("unclassified, no unit") << QStringList { u""_s } << QList<QStringList> { {} } << u""_s << u""_s;
        QTest::newRow("R10: a report is in no unit's scope")
            << QStringList { u"report"_s } << QList<QStringList> { { u"d-a"_s } } << u""_s << u""_s;
        QTest::newRow("reassigned away") << QStringList { u"appeal"_s, u"appeal"_s }
                                         << QList<QStringList> { { u"d-a"_s }, { u"x-b"_s } } << u"x-b"_s << u"d-a"_s;
        QTest::newRow("R10: reclassified as a report")
            << QStringList { u"appeal"_s, u"report"_s } << QList<QStringList> { { u"d-a"_s }, { u"d-a"_s } } << u""_s
            << u"d-a"_s;
        QTest::newRow("a report reclassified")
            << QStringList { u"report"_s, u"appeal"_s } << QList<QStringList> { { u"d-a"_s }, { u"d-a"_s } } << u"d-a"_s
            << u""_s;
        QTest::newRow("a unit added") << QStringList { u"appeal"_s, u"appeal"_s }
                                      << QList<QStringList> { { u"d-a"_s }, { u"d-a"_s, u"x-b"_s } } << u"d-a,x-b"_s
                                      << u""_s;
        QTest::newRow("one of two removed")
            << QStringList { u"appeal"_s, u"appeal"_s, u"appeal"_s }
            << QList<QStringList> { { u"d-a"_s, u"x-b"_s }, { u"d-a"_s, u"x-b"_s }, { u"x-b"_s } } << u"x-b"_s
            << u"d-a"_s;
    }

    void scopeOfTheLastChange()
    {
        QFETCH(QStringList, categories);
        QFETCH(QList<QStringList>, units);
        QFETCH(QString, inScope);
        QFETCH(QString, left);
        for (int i = 0; i < categories.size(); ++i) {
            QString error;
            QVERIFY2(writeInOneTransaction(
                         { portalTestPost(QStringLiteral("p-1"), i + 1, categories.at(i), units.at(i)) }, &error),
                qPrintable(error));
        }
        QCOMPARE(single(QStringLiteral("SELECT count(*) FROM changes")), QString::number(categories.size()));
        QCOMPARE(single(QStringLiteral("SELECT array_to_string(ARRAY(SELECT unnest(units_in_scope) ORDER BY 1), ',')"
                                       " FROM changes ORDER BY seq DESC LIMIT 1")),
            inScope);
        QCOMPARE(single(QStringLiteral("SELECT array_to_string(ARRAY(SELECT unnest(units_left) ORDER BY 1), ',')"
                                       " FROM changes ORDER BY seq DESC LIMIT 1")),
            left);
    }

    void derivedRowsFollowTheDocument()
    {
        QJsonObject post = portalTestPost(QStringLiteral("p-7"), 4, QStringLiteral("appeal"), { u"d-a"_s, u"x-b"_s });
        QJsonArray assignments = post.value(QLatin1String("assignments")).toArray();
        QJsonObject first = assignments.at(0).toObject();
        first.insert(QStringLiteral("status"), QStringLiteral("replied"));
        first.insert(QStringLiteral("replies"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("r-1") },
                { QStringLiteral("kind"), QStringLiteral("final") },
                { QStringLiteral("text"), QStringLiteral("Done.") },
                { QStringLiteral("published_at"), QStringLiteral("2026-03-03T09:00:00+08:00") } } });
        assignments.replace(0, first);
        post.insert(QStringLiteral("assignments"), assignments);
        post.insert(QStringLiteral("replies"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("r-2") },
                { QStringLiteral("kind"), QStringLiteral("initial") },
                { QStringLiteral("published_at"), QStringLiteral("2026-03-03T10:00:00+08:00") } } });
        post.insert(QStringLiteral("supervisions"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("s-1") },
                { QStringLiteral("unit_id"), QStringLiteral("x-b") },
                { QStringLiteral("opened_at"), QStringLiteral("2026-03-04T09:00:00+08:00") },
                { QStringLiteral("closed_at"), QJsonValue() } } });
        post.insert(QStringLiteral("unknown_field"), QStringLiteral("kept"));
        QString error;
        QVERIFY2(writeInOneTransaction({ post }, &error), qPrintable(error));

        QCOMPARE(
            single(QStringLiteral("SELECT version || ' ' || category || ' ' || status || ' ' || (doc->>'unknown_field')"
                                  " FROM posts WHERE id = 'p-7'")),
            QStringLiteral("4 appeal dispatched kept"));
        QCOMPARE(single(QStringLiteral(
                     "SELECT string_agg(unit_id || ':' || status, ',' ORDER BY unit_id) FROM assignments")),
            QStringLiteral("d-a:replied,x-b:pending"));
        QCOMPARE(
            single(QStringLiteral(
                "SELECT string_agg(id || ':' || coalesce(unit_id, '-') || ':' || kind, ',' ORDER BY id) FROM replies")),
            QStringLiteral("r-1:d-a:final,r-2:-:initial"));
        QCOMPARE(single(QStringLiteral("SELECT string_agg(id || ':' || unit_id, ',') FROM supervisions")),
            QStringLiteral("s-1:x-b"));

        // The next version has one assignment, no replies and no supervisions: the rows follow.
        QVERIFY2(writeInOneTransaction(
                     { portalTestPost(QStringLiteral("p-7"), 5, QStringLiteral("appeal"), { u"x-b"_s }) }, &error),
            qPrintable(error));
        QCOMPARE(single(QStringLiteral("SELECT version FROM posts WHERE id = 'p-7'")), QStringLiteral("5"));
        QCOMPARE(single(QStringLiteral("SELECT string_agg(unit_id, ',') FROM assignments")), QStringLiteral("x-b"));
        QCOMPARE(single(QStringLiteral("SELECT count(*) FROM replies")), QStringLiteral("0"));
        QCOMPARE(single(QStringLiteral("SELECT count(*) FROM supervisions")), QStringLiteral("0"));
    }

    // Migrated history may number replies and supervisions per post.
    void sameReplyAndSupervisionIds_inTwoPosts_areStored()
    {
        QList<QJsonObject> posts;
        for (const QString &id : { u"p-1"_s, u"p-2"_s }) {
            QJsonObject post = portalTestPost(id, 1, QStringLiteral("appeal"));
            post.insert(u"replies"_s,
                QJsonArray { QJsonObject { { u"id"_s, u"r-1"_s }, { u"kind"_s, u"initial"_s },
                    { u"published_at"_s, u"2026-03-03T10:00:00+08:00"_s } } });
            post.insert(u"supervisions"_s,
                QJsonArray { QJsonObject { { u"id"_s, u"s-1"_s }, { u"unit_id"_s, u"d-a"_s },
                    { u"opened_at"_s, u"2026-03-04T09:00:00+08:00"_s } } });
            posts.append(post);
        }
        QString error;
        QVERIFY2(writeInOneTransaction(posts, &error), qPrintable(error));
        QCOMPARE(single(QStringLiteral("SELECT count(*) FROM replies WHERE id = 'r-1'")), QStringLiteral("2"));
        QCOMPARE(single(QStringLiteral("SELECT count(*) FROM supervisions WHERE id = 's-1'")), QStringLiteral("2"));
    }

    void batch_oneChangePerPost_inTheOrderGiven()
    {
        QList<QJsonObject> posts;
        for (const QString &id : { u"p-3"_s, u"p-1"_s, u"p-2"_s })
            posts.append(portalTestPost(id, 1, QStringLiteral("appeal"), { u"d-a"_s }));
        QString error;
        QVERIFY2(writeInOneTransaction(posts, &error), qPrintable(error));
        QCOMPARE(single(QStringLiteral("SELECT string_agg(post_id, ',' ORDER BY seq) FROM changes")),
            QStringLiteral("p-3,p-1,p-2"));
    }

    void badBatch_isRefusedWhole_andWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no id") << u"id"_s << QJsonValue() << u"no id"_s;
        QTest::newRow("id given twice") << u"id"_s << QJsonValue(u"p-1"_s) << u"given twice"_s;
        QTest::newRow("version 0") << u"version"_s << QJsonValue(0) << u"no version"_s;
        QTest::newRow("version as text") << u"version"_s << QJsonValue(u"2"_s) << u"no version"_s;
        QTest::newRow("version 1.5") << u"version"_s << QJsonValue(1.5) << u"no version"_s;
        QTest::newRow("no status") << u"status"_s << QJsonValue() << u"no status"_s;
        QTest::newRow("time without offset")
            << u"submitted_at"_s << QJsonValue(u"2026-03-02T08:15:00"_s) << u"submitted_at"_s;
        QTest::newRow("assignments not a list") << u"assignments"_s << QJsonValue(QJsonObject()) << u"must be lists"_s;
        QTest::newRow("assignment without unit")
            << u"assignments"_s << QJsonValue(QJsonArray { QJsonObject { { u"status"_s, u"pending"_s } } })
            << u"unit_id"_s;
    }

    void badBatch_isRefusedWhole_andWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject bad = portalTestPost(QStringLiteral("p-2"), 1, QStringLiteral("appeal"));
        if (value.isNull())
            bad.remove(field);
        else
            bad.insert(field, value);
        QString error;
        QVERIFY(!writeInOneTransaction(
            { portalTestPost(QStringLiteral("p-1"), 1, QStringLiteral("appeal"), { u"d-a"_s }), bad }, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(single(QStringLiteral("SELECT count(*) FROM posts")), QStringLiteral("0"));
        QCOMPARE(single(QStringLiteral("SELECT count(*) FROM changes")), QStringLiteral("0"));
    }

    // writeNewer() sends its lines as they are (binary COPY): one PostgreSQL refuses fails the
    // batch with PostgreSQL's reason, and the connection goes on serving the next transaction.
    void writeNewer_lineThatIsNotJson_isRefused_andTheConnectionGoesOn()
    {
        const QByteArray good = QJsonDocument(portalTestPost(u"p-1"_s, 1, u"appeal"_s)).toJson(QJsonDocument::Compact);
        QString error;
        {
            PortalTransaction transaction(m_db->db());
            QList<PostWriter::Held> held;
            QVERIFY(!PostWriter(m_db->db()).writeNewer(good + "\n{\"id\": \"p-2\",\n", &held, &error));
        }
        QVERIFY2(error.startsWith(u"Cannot write the posts: "_s) && error.contains(u"json"_s), qPrintable(error));
        QCOMPARE(single(QStringLiteral("SELECT count(*) FROM posts")), QStringLiteral("0"));
        QVERIFY2(writeInOneTransaction({ portalTestPost(u"p-3"_s, 1, u"appeal"_s) }, &error), qPrintable(error));
        QCOMPARE(single(QStringLiteral("SELECT string_agg(id, ',') FROM posts")), QStringLiteral("p-3"));
    }

    void notification_namesTheUnitsOfTheBatch_atCommit()
    {
        QString error;
        auto listener = PortalDatabase::open(m_connection, &error);
        QVERIFY2(listener, qPrintable(error));
        QSqlDriver *driver = listener->db().driver();
        QVERIFY(driver->subscribeToNotification(QLatin1String(PostWriter::notifyChannel)));
        QSignalSpy spy(driver, &QSqlDriver::notification);

        {
            PortalTransaction transaction(m_db->db());
            QVERIFY2(PostWriter(m_db->db())
                         .write({ portalTestPost(QStringLiteral("p-1"), 1, QStringLiteral("appeal"), { u"x-b"_s }),
                                    portalTestPost(QStringLiteral("p-2"), 1, QStringLiteral("report"), { u"d-c"_s }),
                                    portalTestPost(
                                        QStringLiteral("p-3"), 1, QStringLiteral("appeal"), { u"d-a"_s, u"x-b"_s }) },
                             &error),
                qPrintable(error));
            QVERIFY2(transaction.commit(&error), qPrintable(error));
        }
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("d-a,x-b"));

        // R10: a report's units are not woken; only staff look.
        QVERIFY2(writeInOneTransaction(
                     { portalTestPost(QStringLiteral("p-4"), 1, QStringLiteral("report"), { u"d-c"_s }) }, &error),
            qPrintable(error));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(2).toString(), QString());

        // Rolled back: nothing is announced.
        {
            PortalTransaction transaction(m_db->db());
            QVERIFY2(PostWriter(m_db->db())
                         .write({ portalTestPost(QStringLiteral("p-5"), 1, QStringLiteral("appeal"), { u"d-a"_s }) },
                             &error),
                qPrintable(error));
        }
        QVERIFY2(writeInOneTransaction(
                     { portalTestPost(QStringLiteral("p-6"), 1, QStringLiteral("appeal"), { u"d-e"_s }) }, &error),
            qPrintable(error));
        QTRY_COMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(2).toString(), QStringLiteral("d-e"));
    }
};

QTEST_GUILESS_MAIN(TestPostWriter)
#include "tst_postwriter.moc"
