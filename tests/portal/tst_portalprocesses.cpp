// Several baixingtan-portal processes on one database (issue 15): an Idempotency-Key is applied
// once whichever process gets it and whenever the process dies; a long poll is woken by an
// action committed through another process.

#include "portalclient.h"
#include "portalprocess.h"
#include "postgrescluster.h"
#include "storetestsupport.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QUuid>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

const PortalAccount staff { QStringLiteral("clerk"), QStringLiteral("column_staff"), {}, QStringLiteral("clerk-pw-1") };
const PortalAccount daoli { QStringLiteral("daoli"), QStringLiteral("liaison"), QStringLiteral("x-daoli"),
    QStringLiteral("daoli-pw-1") };

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QJsonObject triagedPost(const QString &id)
{
    return samplePost(id, 1, QStringLiteral("公交站台的顶棚漏雨"), QStringLiteral("下雨天等车的人都被淋湿。"),
        { { QStringLiteral("category"), QStringLiteral("appeal") },
            { QStringLiteral("status"), QStringLiteral("triaged") } });
}

QJsonObject newPost(const QString &id)
{
    return samplePost(id, 1, QStringLiteral("小区门口的路灯坏了"), QStringLiteral("晚上回家看不见路。"));
}

} // namespace

class TestPortalProcesses : public QObject
{
    Q_OBJECT

private:
    PostgresCluster m_cluster;
    QString m_connection;
    std::unique_ptr<PortalProcess> m_first;
    std::unique_ptr<PortalProcess> m_second;

    // A post's version as the user's whole feed shows it; -1 when the feed does not hold it.
    static qint64 versionInFeed(PortalClient &client, const QString &postId, QString *error)
    {
        QList<QJsonObject> changes;
        if (!client.wholeFeed(&changes, error))
            return -1;
        for (const QJsonObject &post : PortalClient::postsInScope(changes)) {
            if (post.value(QLatin1String("id")).toString() == postId)
                return post.value(QLatin1String("version")).toInteger();
        }
        return -1;
    }

    std::unique_ptr<PortalClient> loggedIn(const PortalProcess &portal, const PortalAccount &account)
    {
        auto client = std::make_unique<PortalClient>(portal.baseUrl(), PortalProcess::caCertificatePath());
        QString error;
        if (!client->logIn(account.name, account.password, &error))
            qWarning("%s", qPrintable(error));
        return client;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("processes"), &m_connection, &error), qPrintable(error));
        m_first = std::make_unique<PortalProcess>(m_connection);
        m_second = std::make_unique<PortalProcess>(m_connection);
        QList<QJsonObject> posts;
        for (int i = 0; i < 10; ++i) {
            posts.append(newPost(QStringLiteral("p-new-%1").arg(i)));
            posts.append(triagedPost(QStringLiteral("p-triaged-%1").arg(i)));
        }
        posts.append(newPost(QStringLiteral("p-killed")));
        QVERIFY2(m_first->prepare(SyntheticPostGenerator::harbinUnits(), { staff, daoli }, posts, &error),
            qPrintable(error));
        QVERIFY2(m_first->start(&error), qPrintable(error));
        QVERIFY2(m_second->start(&error), qPrintable(error));
    }

    // Both requests are on their way before either is answered; repeated on five posts so that
    // the two transactions really meet. A state-changing action (with base_version) and an
    // appending one (without: a second application would not conflict, it would add a reply).
    void sameKey_toTwoProcessesAtOnce_isAppliedOnce_data()
    {
        QTest::addColumn<QString>("postPrefix");
        QTest::addColumn<QJsonObject>("action");
        QTest::addColumn<QString>("expectedStatus");
        QTest::newRow("classify") << QStringLiteral("p-new-")
                                  << QJsonObject { { QStringLiteral("type"), QStringLiteral("classify") },
                                         { QStringLiteral("category"), QStringLiteral("suggestion") },
                                         { QStringLiteral("base_version"), 1 } }
                                  << QStringLiteral("triaged");
        QTest::newRow("reply, appending")
            << QStringLiteral("p-triaged-")
            << QJsonObject { { QStringLiteral("type"), QStringLiteral("reply") },
                   { QStringLiteral("unit_id"), QJsonValue() }, { QStringLiteral("kind"), QStringLiteral("initial") },
                   { QStringLiteral("text"), QStringLiteral("已转交相关部门核实处理。") },
                   { QStringLiteral("doc_refs"), QJsonArray() },
                   { QStringLiteral("visibility"), QStringLiteral("public") } }
            << QStringLiteral("triaged");
    }

    void sameKey_toTwoProcessesAtOnce_isAppliedOnce()
    {
        QFETCH(QString, postPrefix);
        QFETCH(QJsonObject, action);
        QFETCH(QString, expectedStatus);
        const auto viaFirst = loggedIn(*m_first, staff);
        const auto viaSecond = loggedIn(*m_second, staff);
        for (int i = 0; i < 5; ++i) {
            const QString postId = postPrefix + QString::number(i);
            const QByteArray key = newKey();
            const auto first = viaFirst->sendAction(postId, action, key);
            const auto second = viaSecond->sendAction(postId, action, key);
            QTRY_VERIFY_WITH_TIMEOUT(first->has_value() && second->has_value(), 20000);
            const PortalAnswer a = **first;
            const PortalAnswer b = **second;
            QVERIFY2(a.status == 200, qPrintable(postId + QLatin1Char(' ') + describe(a)));
            QVERIFY2(b.status == 200, qPrintable(postId + QLatin1Char(' ') + describe(b)));
            QCOMPARE(a.json, b.json); // the second is the stored first answer
            const QJsonObject post = a.json.value(QLatin1String("post")).toObject();
            QCOMPARE(post.value(QLatin1String("version")).toInteger(), 2);
            QCOMPARE(post.value(QLatin1String("status")).toString(), expectedStatus);
            QString error;
            QCOMPARE(versionInFeed(*viaFirst, postId, &error), 2); // one version more, not two
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    // The action's transaction commits; the process dies before its answer is written (held
    // back by answer_delay_ms, a test-only setting). The retry, to the restarted process and to
    // another, gets the stored answer and changes nothing.
    void killedBetweenCommitAndAnswer_retryGetsTheStoredAnswer()
    {
        PortalProcess slow(m_connection, { { QStringLiteral("answer_delay_ms"), QStringLiteral("4000") } });
        QString error;
        QVERIFY2(slow.start(&error), qPrintable(error));
        const auto viaSlow = loggedIn(slow, staff);
        const auto viaOther = loggedIn(*m_second, staff);
        const QString postId = QStringLiteral("p-killed");
        const QJsonObject action { { QStringLiteral("type"), QStringLiteral("classify") },
            { QStringLiteral("category"), QStringLiteral("consultation") }, { QStringLiteral("base_version"), 1 } };
        const QByteArray key = newKey();
        const auto lost = viaSlow->sendAction(postId, action, key);
        // Committed: the other process serves the new version.
        QTRY_VERIFY_WITH_TIMEOUT(versionInFeed(*viaOther, postId, &error) == 2, 3000);
        QVERIFY2(!lost->has_value(), "the answer came before the kill: the window was missed");
        QVERIFY2(slow.kill(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(lost->has_value(), 10000);
        QCOMPARE((*lost)->status, 0); // the client never had an answer

        QVERIFY2(slow.start(&error), qPrintable(error));
        const auto afterRestart = loggedIn(slow, staff);
        const auto retry = afterRestart->sendAction(postId, action, key);
        QTRY_VERIFY_WITH_TIMEOUT(retry->has_value(), 20000);
        const PortalAnswer stored = **retry;
        QVERIFY2(stored.status == 200, qPrintable(describe(stored)));
        const QJsonObject post = stored.json.value(QLatin1String("post")).toObject();
        QCOMPARE(post.value(QLatin1String("version")).toInteger(), 2);
        QCOMPARE(post.value(QLatin1String("category")).toString(), QStringLiteral("consultation"));

        const auto elsewhere = viaOther->sendAction(postId, action, key);
        QTRY_VERIFY_WITH_TIMEOUT(elsewhere->has_value(), 20000);
        const PortalAnswer again = **elsewhere;
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json, stored.json);
        QCOMPARE(versionInFeed(*viaOther, postId, &error), 2);
        // A new key with the stale base_version is a new action: 409, so the key was the only guard.
        const PortalAnswer conflict
            = viaOther->call("POST", QStringLiteral("/posts/p-killed/actions"), action, newKey());
        QVERIFY2(conflict.status == 409, qPrintable(describe(conflict)));
    }

    // The liaison's long poll waits on the first process; column staff dispatch a post to its
    // unit through the second. Measured from sending the action, so the time to its commit is
    // inside the second.
    void longPoll_wakesWithinASecondOfAnActionThroughAnotherProcess()
    {
        const auto liaison = loggedIn(*m_first, daoli);
        const auto clerk = loggedIn(*m_second, staff);
        const PortalAnswer head = liaison->call("GET", QStringLiteral("/changes?limit=1000"));
        QVERIFY2(head.status == 200, qPrintable(describe(head)));
        QVERIFY(!head.json.value(QLatin1String("has_more")).toBool());
        const QString cursor = head.json.value(QLatin1String("next_cursor")).toString();

        QNetworkReply *poll = liaison->send("GET",
            QStringLiteral("/changes?limit=100&wait=20&cursor=")
                + QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        QElapsedTimer clock;
        clock.start();
        qint64 answeredAt = -1;
        PortalAnswer page;
        connect(poll, &QNetworkReply::finished, this, [&]() {
            answeredAt = clock.elapsed();
            page = PortalTestClient::answerOf(poll);
        });
        QVERIFY(!poll->isFinished());
        const qint64 sentAt = clock.elapsed();
        const PortalAnswer dispatched = clerk->call("POST", QStringLiteral("/posts/p-triaged-9/actions"),
            { { QStringLiteral("type"), QStringLiteral("dispatch") },
                { QStringLiteral("unit_ids"), QJsonArray { QStringLiteral("x-daoli") } },
                { QStringLiteral("base_version"), 1 } },
            newKey());
        QVERIFY2(dispatched.status == 200, qPrintable(describe(dispatched)));
        QTRY_VERIFY_WITH_TIMEOUT(answeredAt >= 0, 20000);
        QVERIFY2(page.status == 200, qPrintable(describe(page)));
        QVERIFY2(answeredAt - sentAt < 1000,
            qPrintable(
                QStringLiteral("the long poll answered %1 ms after the action was sent").arg(answeredAt - sentAt)));
        const QList<QJsonObject> posts = PortalClient::postsInScope(PortalClient::changesOf(page));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().value(QLatin1String("id")).toString(), QStringLiteral("p-triaged-9"));
        QCOMPARE(posts.first().value(QLatin1String("version")).toInteger(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPortalProcesses)
#include "tst_portalprocesses.moc"
