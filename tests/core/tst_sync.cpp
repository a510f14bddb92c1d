// Sync with the portal (issue 4) against the fake portal: every injected fault ends with the
// store equal to what the portal shows the user and every queued action applied exactly once;
// TLS, scope (R10), conflicts, refusals, sessions, Retry-After, cursor expiry, long polling.

#include "synctestsupport.h"

#include "rules/scopefilter.h"
#include "search/postsearch.h"
#include "store/unitstore.h"
#include "sync/changepage.h"
#include "sync/changepuller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

Q_DECLARE_METATYPE(bxt::Role)

namespace {

#define COMPARE_STORE_WITH_PORTAL(harness, userId)                                                                     \
    do {                                                                                                               \
        const QString difference                                                                                       \
            = firstDifference(storedPosts(*(harness).store.database), (harness).portal.postsVisibleTo(userId));        \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                                        \
    } while (false)

// Each key exactly once among the portal's applied actions.
#define VERIFY_APPLIED_ONCE(portal, keys)                                                                              \
    do {                                                                                                               \
        const QHash<QString, int> counts = appliedKeyCounts(portal);                                                   \
        for (const QString &key : (keys))                                                                              \
            QVERIFY2(counts.value(key) == 1,                                                                           \
                qPrintable(QStringLiteral("%1 applied %2 times").arg(key).arg(counts.value(key))));                    \
        QCOMPARE((portal).appliedActionCount(), int((keys).size()));                                                   \
    } while (false)

QStringList keysOf(const QList<OutboxEntry> &entries)
{
    QStringList keys;
    for (const OutboxEntry &entry : entries)
        keys.append(QString::fromLatin1(entry.idempotencyKey));
    return keys;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pull_storesTheUsersScopeInPages()
    {
        SyncHarness harness;
        harness.putSyntheticPosts(40, 3);
        QSignalSpy progress(harness.controller.get(), &SyncController::progress);
        QSignalSpy online(harness.controller.get(), &SyncController::onlineChanged);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.controller->lastSummary().pulled, 40);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 40);
        QCOMPARE(progress.last().at(1).toBool(), false); // has_more
        QCOMPARE(online.count(), 1);
        QVERIFY(harness.controller->isOnline());
        QVERIFY(harness.controller->lastSummary().inStep());
        QVERIFY(harness.portal.requestCount(QStringLiteral("/changes")) >= 6); // pages of 7
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
        // Running it again changes nothing.
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.controller->lastSummary().stored, 0);
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    void pull_withGzip_isTheSame()
    {
        SyncHarness harness;
        harness.portal.setGzip(true);
        harness.putSyntheticPosts(20, 4);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    void push_sendsQueuedActionsInOrderBeforePulling()
    {
        SyncHarness harness;
        harness.portal.putPost(newPost(QStringLiteral("p-1")));
        harness.portal.putPost(newPost(QStringLiteral("p-2")));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        harness.queue(QStringLiteral("p-1"), classify(QStringLiteral("appeal")));
        harness.queue(QStringLiteral("p-1"), dispatchTo({ QStringLiteral("x-daoli") }));
        harness.queue(QStringLiteral("p-2"), classify(QStringLiteral("suggestion")));
        const QStringList keys = keysOf(unanswered(*harness.store.database));
        QCOMPARE(keys.size(), 3);
        // The optimistic effect is local only: the stored version is still the portal's.
        QCOMPARE(storedPost(*harness.store.database, QStringLiteral("p-1"))->version(), 1);
        QCOMPARE(storedPost(*harness.store.database, QStringLiteral("p-1"))->status(), QStringLiteral("dispatched"));

        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.controller->lastSummary().pushed, 3);
        QStringList applied;
        for (const QJsonObject &action : harness.portal.appliedActions())
            applied.append(action.value(QLatin1String("idempotency_key")).toString());
        QCOMPARE(applied, keys);
        // base_version is the version the portal last sent: 1, then 2 after the classification.
        QCOMPARE(harness.portal.appliedActions()
                     .at(1)
                     .value(QLatin1String("body"))
                     .toObject()
                     .value(QLatin1String("base_version"))
                     .toInt(),
            2);
        QVERIFY(unanswered(*harness.store.database).isEmpty());
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
        // Written out by hand: classify makes a post triaged, dispatch adds a pending assignment;
        // each action the portal takes is one version more.
        QCOMPARE(postState(harness.portal.post(QStringLiteral("p-1"))),
            QStringLiteral("v3 dispatched appeal [x-daoli:pending]"));
        QCOMPARE(postState(harness.portal.post(QStringLiteral("p-2"))), QStringLiteral("v2 triaged suggestion []"));
    }

    // A run whose count of what still waits fails does not end "synced" with conflicts maybe
    // open: the run fails and says why (hostile6 F8).
    void countOfWhatWaitsFails_failsTheRun()
    {
        SyncHarness harness;
        harness.portal.putPost(newPost(QStringLiteral("p-1")));
        connect(harness.controller.get(), &SyncController::progress, this, [&harness](qint64, bool hasMore) {
            if (hasMore)
                return;
            QSqlQuery query(harness.store.database->connection());
            QVERIFY2(query.exec(QStringLiteral("ALTER TABLE sync_conflicts RENAME TO sync_conflicts_gone")),
                qPrintable(query.lastError().text()));
        });
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("Cannot count the conflicts")), qPrintable(message));
    }

    void faults_endWithStoreInStep_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("asLiaison");
        using F = FakePortal::Fault;
        QTest::addRow("cut mid page") << int(F::CutMidPage) << false;
        QTest::addRow("lost action response") << int(F::LoseActionResponse) << false;
        QTest::addRow("429 too many requests") << int(F::TooManyRequests) << false;
        QTest::addRow("503 service unavailable") << int(F::ServiceUnavailable) << false;
        QTest::addRow("500 server error") << int(F::ServerError) << false;
        QTest::addRow("410 cursor expired") << int(F::CursorExpired) << false;
        QTest::addRow("401 token expired") << int(F::TokenExpired) << false;
        QTest::addRow("page repeated") << int(F::RepeatPage) << false;
        QTest::addRow("body over 16 MiB") << int(F::OversizedBody) << false;
        QTest::addRow("malformed body") << int(F::MalformedBody) << false;
        QTest::addRow("invalid post") << int(F::InvalidPost) << false;
        QTest::addRow("gzip page cut short") << int(F::TruncatedGzip) << false;
        QTest::addRow("gzip page unpacking past 16 MiB") << int(F::CompressedOversizedBody) << false;
        QTest::addRow("has_more without moving on, once") << int(F::StuckCursor) << false;
        QTest::addRow("report leaked to a liaison (R10)") << int(F::LeakReport) << true;
        QTest::addRow("cut mid page, liaison") << int(F::CutMidPage) << true;
        QTest::addRow("lost action response, liaison") << int(F::LoseActionResponse) << true;
    }

    void faults_endWithStoreInStep()
    {
        QFETCH(int, fault);
        QFETCH(bool, asLiaison);
        const PortalUser &user = asLiaison ? daoliLiaison() : clerk();
        SyncHarness harness(user);
        harness.putSyntheticPosts(30, 5);
        harness.portal.putPost(newPost(QStringLiteral("p-new-1")));
        harness.portal.putPost(newPost(QStringLiteral("p-new-2")));
        harness.portal.putPost(dispatchedPost(QStringLiteral("p-daoli-1"), QStringLiteral("x-daoli")));
        harness.portal.putPost(dispatchedPost(QStringLiteral("p-daoli-2"), QStringLiteral("x-daoli")));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));

        if (asLiaison) {
            harness.queue(QStringLiteral("p-daoli-1"), accept(QStringLiteral("x-daoli")));
            harness.queue(QStringLiteral("p-daoli-2"), accept(QStringLiteral("x-daoli")));
        } else {
            harness.queue(QStringLiteral("p-new-1"), classify(QStringLiteral("appeal")));
            harness.queue(QStringLiteral("p-new-1"), dispatchTo({ QStringLiteral("x-daoli") }));
            harness.queue(QStringLiteral("p-new-2"), classify(QStringLiteral("consultation")));
        }
        const QStringList keys = keysOf(unanswered(*harness.store.database));
        harness.putSyntheticPosts(25, 6); // the portal changed meanwhile: several pages to pull
        harness.portal.injectFault(FakePortal::Fault(fault));

        if (!harness.sync(&message)) {
            // Faults that cannot be repaired by repeating the request end the run; the next one
            // finishes the work.
            QVERIFY2(!message.isEmpty(), "a failure needs a message");
            QVERIFY2(harness.sync(&message), qPrintable(message));
        }
        QVERIFY(harness.controller->lastSummary().inStep());
        COMPARE_STORE_WITH_PORTAL(harness, user.id);
        VERIFY_APPLIED_ONCE(harness.portal, keys);
        QVERIFY(unanswered(*harness.store.database).isEmpty());
        // Written out by hand, whatever the fault: every action taken once.
        const QStringList expected = asLiaison
            ? QStringList { QStringLiteral("p-daoli-1 v2 dispatched appeal [x-daoli:accepted]"),
                  QStringLiteral("p-daoli-2 v2 dispatched appeal [x-daoli:accepted]") }
            : QStringList { QStringLiteral("p-new-1 v3 dispatched appeal [x-daoli:pending]"),
                  QStringLiteral("p-new-2 v2 triaged consultation []") };
        for (const QString &line : expected) {
            const QString id = line.section(QLatin1Char(' '), 0, 0);
            const auto stored = storedPost(*harness.store.database, id);
            QVERIFY2(stored, qPrintable(id));
            QCOMPARE(id + QLatin1Char(' ') + postState(stored->json()), line);
        }
    }

    void faultsThatEndTheRun_applyNothingOfThePage_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("times");
        QTest::addColumn<QString>("words");
        using F = FakePortal::Fault;
        // A body that is not JSON may have been cut on the way: it is asked for again, 6 times in all.
        QTest::addRow("malformed body every time") << int(F::MalformedBody) << 6 << QStringLiteral("cannot read");
        QTest::addRow("invalid post") << int(F::InvalidPost) << 1 << QStringLiteral("with an error");
    }

    void faultsThatEndTheRun_applyNothingOfThePage()
    {
        QFETCH(int, fault);
        QFETCH(int, times);
        QFETCH(QString, words);
        SyncHarness harness;
        harness.controller->setPageSize(1000);
        harness.putSyntheticPosts(10, 7);
        harness.portal.injectFault(FakePortal::Fault(fault), times);
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(words), qPrintable(message));
        QCOMPARE(storedPostCount(*harness.store.database), 0);
        QVERIFY2(harness.sync(&message), qPrintable(message));
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    // The search index a pull writes answers as the one an import of the same posts writes:
    // the same hits in the same order.
    void pull_searchFindsWhatAnImportFinds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("a word of many titles") << QStringLiteral("供暖");
        QTest::addRow("a word of bodies") << QStringLiteral("部门");
        QTest::addRow("two words") << QStringLiteral("供暖 温度");
        QTest::addRow("a single character") << QStringLiteral("路");
    }

    void pull_searchFindsWhatAnImportFinds()
    {
        QFETCH(QString, query);
        SyncHarness harness;
        harness.putSyntheticPosts(60, 21);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        TemporaryStore imported;
        importPosts(*imported.database, harness.portal.postsVisibleTo(clerk().id));
        QList<SearchHit> pulledHits;
        QList<SearchHit> importedHits;
        QVERIFY2(PostSearch(*harness.store.database).search(query, 1000, &pulledHits, &message), qPrintable(message));
        QVERIFY2(PostSearch(*imported.database).search(query, 1000, &importedHits, &message), qPrintable(message));
        QStringList pulled;
        QStringList expected;
        for (const SearchHit &hit : std::as_const(pulledHits))
            pulled.append(hit.id);
        for (const SearchHit &hit : std::as_const(importedHits))
            expected.append(hit.id);
        QVERIFY2(!expected.isEmpty(), "a query that finds nothing checks nothing");
        QCOMPARE(pulled, expected);
    }

    // Each page is committed with its cursor (portal-api.md "Change feed"): a bad page ends the
    // run, and the good pages received before it stay stored.
    void invalidPage_keepsThePagesBeforeIt()
    {
        SyncHarness harness;
        harness.controller->setPageSize(3);
        for (int i = 1; i <= 10; ++i)
            harness.portal.putPost(newPost(QStringLiteral("p-%1").arg(i, 2, 10, QLatin1Char('0'))));
        // The invalid post goes to the end of the feed: page 4 holds p-10 and it.
        harness.portal.injectFault(FakePortal::Fault::InvalidPost);
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QStringLiteral("with an error")), qPrintable(message));
        QCOMPARE(storedPostCount(*harness.store.database), 9);
        QVERIFY(!storedPost(*harness.store.database, QStringLiteral("p-10")));
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.controller->lastSummary().pulled, 1); // from the cursor after page 3
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    // A page of the wrong shape is refused in its turn, as a page with a bad change is: the
    // pages received before it are stored with their cursor (portal-api.md, change feed).
    void shapelessPage_keepsThePagesBeforeIt()
    {
        SyncHarness harness;
        harness.controller->setPageSize(3);
        for (int i = 1; i <= 10; ++i)
            harness.portal.putPost(newPost(QStringLiteral("p-%1").arg(i, 2, 10, QLatin1Char('0'))));
        harness.portal.injectFault(FakePortal::Fault::ShapelessPage); // page 2, the first with a cursor
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QStringLiteral("next_cursor")), qPrintable(message));
        QCOMPARE(storedPostCount(*harness.store.database), 3);
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.controller->lastSummary().pulled, 7); // from the cursor after page 1
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    // A fault on page 3 after two good pages (portal-api.md, change feed): a new log-in or a
    // full pass finishes the run; a fault that stays ends it with pages 1 and 2 stored with
    // their cursor, and the next run goes on from there (hostile pass 5).
    void faultAfterTwoPages_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("firstRunSucceeds");
        QTest::addColumn<int>("storedAfterFirstRun");
        QTest::newRow("401 token_expired: logs in again, finishes") << "token" << true << 10;
        QTest::newRow("500 on every attempt: pages 1-2 kept") << "500" << false << 6;
        QTest::newRow("410 cursor_expired: full pass finishes") << "410" << true << 10;
        QTest::newRow("410 again in the full pass: pages kept") << "410 twice" << false << 6;
    }
    void faultAfterTwoPages()
    {
        QFETCH(QString, fault);
        QFETCH(bool, firstRunSucceeds);
        QFETCH(int, storedAfterFirstRun);
        SyncHarness harness;
        harness.controller->setPageSize(3);
        for (int i = 1; i <= 10; ++i)
            harness.portal.putPost(newPost(QStringLiteral("p-%1").arg(i, 2, 10, QLatin1Char('0'))));
        int goodPages = 0;
        QObject::connect(
            &harness.portal, &FakePortal::requestServed, [&](const QString &, const QString &path, int status) {
                if (!path.contains(QLatin1String("/changes")) || status != 200 || ++goodPages != 2)
                    return;
                if (fault == QLatin1String("token"))
                    harness.portal.expireTokens();
                else if (fault == QLatin1String("500"))
                    harness.portal.injectFault(FakePortal::Fault::ServerError, 6); // the harness's 6 attempts
                else if (fault == QLatin1String("410"))
                    harness.portal.expireCursors();
                else
                    harness.portal.injectFault(FakePortal::Fault::CursorExpired, 2);
            });
        QString message;
        QCOMPARE(harness.sync(&message), firstRunSucceeds);
        QCOMPARE(storedPostCount(*harness.store.database), storedAfterFirstRun);
        QVERIFY2(harness.sync(&message), qPrintable(message));
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    void pageTheStoreRefuses_keepsThePagesBeforeIt()
    {
        SyncHarness harness;
        harness.controller->setPageSize(3);
        for (int i = 1; i <= 10; ++i)
            harness.portal.putPost(newPost(QStringLiteral("p-%1").arg(i, 2, 10, QLatin1Char('0'))));
        QSqlQuery refuse(harness.store.database->connection());
        QVERIFY2(refuse.exec(QStringLiteral("CREATE TRIGGER refuse_p08 BEFORE INSERT ON posts WHEN NEW.id = 'p-08' "
                                            "BEGIN SELECT RAISE(ABORT, 'p-08 refused by the test'); END")),
            qPrintable(refuse.lastError().text()));
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QStringLiteral("p-08 refused by the test")), qPrintable(message));
        // Pages 1 and 2 are stored; page 3 (p-07 to p-09) is not, nor anything after it.
        QCOMPARE(storedPostCount(*harness.store.database), 6);
        QVERIFY(!storedPost(*harness.store.database, QStringLiteral("p-07")));
        QVERIFY2(refuse.exec(QStringLiteral("DROP TRIGGER refuse_p08")), qPrintable(refuse.lastError().text()));
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.controller->lastSummary().pulled, 4); // from the cursor after page 2
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    // Issue 13: the pages of the transaction being written no longer count as pages ahead, so
    // that fetching and preparing go on meanwhile; the pages ahead stay bounded all the same.
    void pull_fetchesAheadWhileATransactionIsWritten()
    {
        SyncHarness harness;
        harness.putSyntheticPosts(300, 11); // 43 pages of 7
        // Another connection holds the write lock: the applier waits inside its first transaction.
        QString error;
        const std::unique_ptr<Database> other = Database::open(harness.store.database->path(), &error);
        QVERIFY2(other, qPrintable(error));
        QSignalSpy finished(harness.controller.get(), &SyncController::finished);
        QSignalSpy failed(harness.controller.get(), &SyncController::failed);
        harness.controller->synchronize();
        // Once the pull has begun: the log-in before it writes on this thread.
        QTRY_VERIFY(harness.portal.requestCount(QStringLiteral("/changes")) >= 1);
        QSqlQuery lock(other->connection());
        QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));
        // The pages ahead of the transaction, which holds at least one and at most as many. Before,
        // the pages ahead counted the transaction's pages too.
        QTRY_VERIFY(harness.portal.requestCount(QStringLiteral("/changes")) >= ChangePuller::kMaxQueuedPages + 1);
        QVERIFY(harness.portal.requestCount(QStringLiteral("/changes")) <= 2 * ChangePuller::kMaxQueuedPages);
        QVERIFY2(lock.exec(QStringLiteral("COMMIT")), qPrintable(lock.lastError().text()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
        QCOMPARE(harness.controller->lastSummary().pulled, 300);
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    void unknownCa_isRefusedBeforeAnythingIsSent()
    {
        SyncHarness harness(clerk(), FakePortal::unknownCaCertificatePath());
        harness.putSyntheticPosts(5, 8);
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("certificate")), qPrintable(message));
        QCOMPARE(harness.portal.requestCount(QString()), 0);
        QCOMPARE(storedPostCount(*harness.store.database), 0);
        QVERIFY(!harness.controller->isOnline());
    }

    void systemTrustStore_doesNotKnowTheTestCa()
    {
        SyncHarness harness(clerk(), QString());
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("certificate")), qPrintable(message));
        QCOMPARE(harness.portal.requestCount(QString()), 0);
    }

    void addresses_httpOnlyToLoopbackWithTheSwitch_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowHttp");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("https") << QStringLiteral("https://portal.example.org/api/v1") << false << true;
        QTest::addRow("http without the switch") << QStringLiteral("http://127.0.0.1:8080/api/v1") << false << false;
        QTest::addRow("http to loopback with the switch")
            << QStringLiteral("http://127.0.0.1:8080/api/v1") << true << true;
        QTest::addRow("http to localhost with the switch") << QStringLiteral("http://localhost/api/v1") << true << true;
        QTest::addRow("http elsewhere with the switch")
            << QStringLiteral("http://portal.example.org/api/v1") << true << false;
        QTest::addRow("not a portal address") << QStringLiteral("ftp://portal.example.org/") << false << false;
    }

    void addresses_httpOnlyToLoopbackWithTheSwitch()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowHttp);
        QFETCH(bool, accepted);
        TemporaryStore store;
        QNetworkAccessManager network;
        SyncController controller(*store.database, &network);
        QString error;
        QCOMPARE(controller.configure({ QUrl(url), QStringLiteral("clerk"), {}, allowHttp }, &error), accepted);
        QCOMPARE(error.isEmpty(), accepted);
    }

    void caFileWithoutCertificate_isRefused()
    {
        TemporaryStore store;
        const QString path = store.dir.filePath(QStringLiteral("empty.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QNetworkAccessManager network;
        SyncController controller(*store.database, &network);
        QString error;
        QVERIFY(!controller.configure(
            { QUrl(QStringLiteral("https://portal.example.org/api/v1")), QStringLiteral("clerk"), path, false },
            &error));
        QVERIFY2(error.contains(QLatin1String("CA certificate")), qPrintable(error));
    }

    void leakedReport_neverStoredForLiaison() // R10
    {
        SyncHarness harness(daoliLiaison());
        harness.portal.putPost(dispatchedPost(QStringLiteral("p-daoli-1"), QStringLiteral("x-daoli")));
        harness.portal.injectFault(FakePortal::Fault::LeakReport);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.controller->lastSummary().withheld, 1);
        for (const QJsonObject &post : storedPosts(*harness.store.database))
            QVERIFY(post.value(QLatin1String("category")).toString() != QLatin1String("report"));
        COMPARE_STORE_WITH_PORTAL(harness, daoliLiaison().id);
    }

    // R10: the contact a liaison's store held while the post was its unit's goes once the unit
    // returned it (portal-api.md "the author's contact only for its own assignments").
    void returnedPost_liaisonsStoreDropsTheContact()
    {
        SyncHarness harness(daoliLiaison());
        QJsonObject post = dispatchedPost(QStringLiteral("p-daoli-1"), QStringLiteral("x-daoli"));
        harness.portal.putPost(post);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QVERIFY(storedPosts(*harness.store.database)
                    .value(0)
                    .value(QLatin1String("author"))
                    .toObject()
                    .contains(QLatin1String("phone")));
        post.insert(QStringLiteral("version"), 2);
        post.insert(QStringLiteral("assignments"),
            QJsonArray { assignment(QStringLiteral("x-daoli"), QStringLiteral("returned")) });
        harness.portal.putPost(post);
        QVERIFY2(harness.sync(&message), qPrintable(message));
        const QList<QJsonObject> stored = storedPosts(*harness.store.database);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(
            stored.first().value(QLatin1String("author")).toObject().keys(), QStringList { QStringLiteral("alias") });
    }

    void scopeFilter_whatEachRoleKeeps_data() // R10
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("assignedUnit");
        QTest::addColumn<QString>("assignmentStatus");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<bool>("contact");
        const QString daoli = QStringLiteral("x-daoli");
        const QString nangang = QStringLiteral("x-nangang");
        const QString pending = QStringLiteral("pending");
        const QString returned = QStringLiteral("returned");
        QTest::addRow("liaison, report of its unit: withheld")
            << Role::Liaison << QStringLiteral("report") << daoli << pending << false << false;
        QTest::addRow("liaison, other unit's post: withheld")
            << Role::Liaison << QStringLiteral("appeal") << nangang << pending << false << false;
        QTest::addRow("liaison, own unit's post: with contact")
            << Role::Liaison << QStringLiteral("appeal") << daoli << pending << true << true;
        QTest::addRow("column staff, report: with contact")
            << Role::ColumnStaff << QStringLiteral("report") << daoli << pending << true << true;
        QTest::addRow("supervisor, report: without contact")
            << Role::Supervisor << QStringLiteral("report") << daoli << pending << true << false;
        QTest::addRow("supervisor, appeal: with contact")
            << Role::Supervisor << QStringLiteral("appeal") << daoli << pending << true << true;
        QTest::addRow("leader: without contact")
            << Role::Leader << QStringLiteral("appeal") << daoli << pending << true << false;
        QTest::addRow("admin: without contact")
            << Role::Admin << QStringLiteral("appeal") << daoli << pending << true << false;
        // portal-api.md "the author's contact only for its own assignments": once the unit returned
        // the post it is no longer its own (R10); the liaison keeps the post without the contact.
        QTest::addRow("liaison, own unit's post it returned: without contact")
            << Role::Liaison << QStringLiteral("appeal") << daoli << returned << true << false;
        QTest::addRow("liaison, own unit's post it accepted: with contact")
            << Role::Liaison << QStringLiteral("appeal") << daoli << QStringLiteral("accepted") << true << true;
        QTest::addRow("column staff, a returned post: with contact")
            << Role::ColumnStaff << QStringLiteral("appeal") << daoli << returned << true << true;
        QTest::addRow("supervisor, a returned post: with contact")
            << Role::Supervisor << QStringLiteral("appeal") << daoli << returned << true << true;
    }

    void scopeFilter_whatEachRoleKeeps()
    {
        QFETCH(Role, role);
        QFETCH(QString, category);
        QFETCH(QString, assignedUnit);
        QFETCH(QString, assignmentStatus);
        QFETCH(bool, kept);
        QFETCH(bool, contact);
        QJsonObject post = dispatchedPost(QStringLiteral("p-1"), assignedUnit);
        post.insert(QStringLiteral("assignments"), QJsonArray { assignment(assignedUnit, assignmentStatus) });
        post.insert(QStringLiteral("category"), category);
        const ScopeFilter filter(
            Actor { QStringLiteral("u-1"), role, role == Role::Liaison ? QStringLiteral("x-daoli") : QString() });
        bool stripped = false;
        QCOMPARE(filter.apply(&post, &stripped) == ScopeFilter::Verdict::Keep, kept);
        if (!kept)
            return;
        const QJsonObject author = post.value(QLatin1String("author")).toObject();
        QCOMPARE(author.contains(QLatin1String("phone")), contact);
        QCOMPARE(stripped, !contact);
    }

    // A post the scope keeps whole is stored as the portal wrote it, not read and written out
    // again; wherever the text could be read otherwise than the parser read it (a key twice or
    // written with an escape), or the scope may change the post (R10), it is written out from
    // what was read and checked.
    void prepare_storesAPostKeptWholeAsThePortalWroteIt_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QByteArrayList>("stored");
        QJsonObject post = dispatchedPost(QStringLiteral("p-1"), QStringLiteral("x-daoli"));
        post.insert(QStringLiteral("body"), QStringLiteral("括号 \"}]\" 与 {[ 斜杠 \\\" 结尾\\"));
        const QByteArray compact = QJsonDocument(post).toJson(QJsonDocument::Compact);
        const QByteArray spaced = "{ " + compact.mid(1, compact.size() - 2) + " }";
        const QByteArray other
            = "{\n" + QJsonDocument(newPost(QStringLiteral("p-2"))).toJson(QJsonDocument::Compact).mid(1);
        const QByteArray removed = R"({"removed":{"id":"p-9","version":3}})";
        const QByteArray tail = R"(],"next_cursor":"c-1","has_more":false})";
        QTest::addRow("column staff: the portal's spacing")
            << Role::ColumnStaff << QByteArray(R"({"changes":[{"post":)" + spaced + "}" + tail)
            << QByteArrayList { spaced };
        QTest::addRow("column staff: changes, a removal between them, the list after the cursor")
            << Role::ColumnStaff
            << QByteArray(R"({ "next_cursor" : "c-1", "changes" : [ { "seq": 7, "post" : )" + spaced + " } , " + removed
                   + R"(, {"post":)" + other + R"(,"seq":9} ], "has_more": false })")
            << QByteArrayList { spaced, other };
        QTest::addRow("column staff: the post twice in a change")
            << Role::ColumnStaff << QByteArray(R"({"changes":[{"post":)" + spaced + R"(,"post":)" + spaced + "}" + tail)
            << QByteArrayList { compact };
        QTest::addRow("column staff: the post's key written with an escape")
            << Role::ColumnStaff << QByteArray(R"({"changes":[{"\u0070ost":)" + spaced + "}" + tail)
            << QByteArrayList { compact };
        QTest::addRow("column staff: the list twice")
            << Role::ColumnStaff
            << QByteArray(R"({"changes":[{"post":)" + spaced + R"(}],"changes":[{"post":)" + spaced + "}" + tail)
            << QByteArrayList { compact };
        // The import refuses such a post (validatePostText); SQLite's json_extract() would read
        // the first of two keys where the parser keeps one.
        QTest::addRow("column staff: a key twice in the post")
            << Role::ColumnStaff
            << QByteArray(R"({"changes":[{"post":)"
                   + QByteArray(spaced).replace("\"id\":\"p-1\"", "\"id\":\"p-1\",\"id\":\"p-1\"") + "}" + tail)
            << QByteArrayList { compact };
        QTest::addRow("column staff: a key twice in an assignment")
            << Role::ColumnStaff
            << QByteArray(R"({"changes":[{"post":)"
                   + QByteArray(spaced).replace(
                       "\"unit_id\":\"x-daoli\"", "\"unit_id\":\"x-daoli\",\"unit_id\":\"x-daoli\"")
                   + "}" + tail)
            << QByteArrayList { compact };
        QTest::addRow("column staff: a key of the post written with an escape")
            << Role::ColumnStaff
            << QByteArray(
                   R"({"changes":[{"post":)" + QByteArray(spaced).replace("\"body\":", "\"\\u0062ody\":") + "}" + tail)
            << QByteArrayList { compact };
        QTest::addRow("liaison (R10): written out from what the scope kept")
            << Role::Liaison << QByteArray(R"({"changes":[{"post":)" + spaced + "}" + tail)
            << QByteArrayList { compact };
    }

    void prepare_storesAPostKeptWholeAsThePortalWroteIt()
    {
        QFETCH(Role, role);
        QFETCH(QByteArray, page);
        QFETCH(QByteArrayList, stored);
        QJsonParseError parse;
        const QJsonObject body = QJsonDocument::fromJson(page, &parse).object();
        QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
        QJsonArray changes;
        PreparedPage prepared = PreparedPage::read(body, &changes);
        QVERIFY2(!prepared.error.isError(), qPrintable(prepared.error.message + prepared.error.detail));
        prepared.prepare(changes,
            ScopeFilter({ QStringLiteral("u-1"), role, role == Role::Liaison ? QStringLiteral("x-daoli") : QString() }),
            page);
        QVERIFY2(!prepared.error.isError(), qPrintable(prepared.error.message + prepared.error.detail));
        QByteArrayList raws;
        for (const PreparedChange &change : std::as_const(prepared.changes)) {
            if (change.kind == PreparedChange::Kind::Post)
                raws.append(change.raw);
        }
        QCOMPARE(raws, stored);
    }

    // QJsonDocument takes what JSON forbids in a string and reads it its own way: "\qp-1" as the
    // id "qp-1". Such a page is refused, whoever pulls it (hostile pass 12, F1).
    void prepare_refusesAPageWithAStringJsonForbids_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        for (const Role role : { Role::ColumnStaff, Role::Liaison }) {
            const char *name = role == Role::ColumnStaff ? "column staff" : "liaison";
            QTest::addRow("%s: a backslash before the id", name)
                << role << QByteArray("\"p-1\"") << QByteArray("\"\\qp-1\"");
            QTest::addRow("%s: \\q in the body", name) << role << QByteArray("括号") << QByteArray("括\\q号");
            QTest::addRow("%s: a raw tab in the body", name) << role << QByteArray("括号") << QByteArray("括\t号");
            QTest::addRow("%s: a backslash before a raw tab", name)
                << role << QByteArray("括号") << QByteArray("括\\\t号");
        }
    }

    void prepare_refusesAPageWithAStringJsonForbids()
    {
        QFETCH(Role, role);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QJsonObject post = dispatchedPost(QStringLiteral("p-1"), QStringLiteral("x-daoli"));
        post.insert(QStringLiteral("body"), QStringLiteral("括号"));
        const QByteArray page = R"({"changes":[{"post":)"
            + QJsonDocument(post).toJson(QJsonDocument::Compact).replace(from, to)
            + R"(}],"next_cursor":"c-1","has_more":false})";
        QVERIFY(page.contains(to));
        QJsonParseError parse;
        const QJsonObject body = QJsonDocument::fromJson(page, &parse).object();
        QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
        QJsonArray changes;
        PreparedPage prepared = PreparedPage::read(body, &changes);
        QVERIFY(!prepared.error.isError());
        prepared.prepare(changes,
            ScopeFilter({ QStringLiteral("u-1"), role, role == Role::Liaison ? QStringLiteral("x-daoli") : QString() }),
            page);
        QCOMPARE(prepared.error.kind, PortalError::Kind::Malformed);
        QVERIFY(prepared.changes.isEmpty());
    }

    void versionConflict409_keepsBothVersions()
    {
        SyncHarness harness;
        harness.portal.putPost(newPost(QStringLiteral("p-1")));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        harness.queue(QStringLiteral("p-1"), classify(QStringLiteral("appeal")));
        // Someone else changes the post on the portal first.
        harness.portal.putPost(newPost(QStringLiteral("p-1"), QStringLiteral("小区供暖温度不达标（补充说明）")));

        QSignalSpy conflictsChanged(harness.controller.get(), &SyncController::conflictsChanged);
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.controller->lastSummary().conflicts, 1);
        QVERIFY(!harness.controller->lastSummary().inStep());
        QVERIFY(conflictsChanged.count() >= 1);
        QList<SyncConflict> conflicts;
        QVERIFY(harness.controller->conflicts(&conflicts, &message));
        QCOMPARE(conflicts.size(), 1);
        const SyncConflict &conflict = conflicts.first();
        QCOMPARE(conflict.kind, SyncConflict::Kind::Version);
        QCOMPARE(conflict.local.value(QLatin1String("category")).toString(), QStringLiteral("appeal"));
        QCOMPARE(conflict.portal, harness.portal.post(QStringLiteral("p-1")));
        // Nothing was overwritten: the store still shows the local version, and the action waits.
        const auto stored = storedPost(*harness.store.database, QStringLiteral("p-1"));
        QCOMPARE(stored->categoryCode(), QStringLiteral("appeal"));
        QCOMPARE(harness.portal.appliedActionCount(), 0);

        // Keep mine: sent again, against the portal's version.
        QVERIFY2(
            harness.controller->resolveConflict(QStringLiteral("p-1"), SyncController::Resolution::KeepMine, &message),
            qPrintable(message));
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QVERIFY(harness.controller->lastSummary().inStep());
        QCOMPARE(harness.portal.appliedActionCount(), 1);
        QCOMPARE(harness.portal.appliedActions()
                     .first()
                     .value(QLatin1String("body"))
                     .toObject()
                     .value(QLatin1String("base_version"))
                     .toInt(),
            2);
        const QJsonObject portal = harness.portal.post(QStringLiteral("p-1"));
        QCOMPARE(portal.value(QLatin1String("category")).toString(), QStringLiteral("appeal"));
        QCOMPARE(portal.value(QLatin1String("title")).toString(), QStringLiteral("小区供暖温度不达标（补充说明）"));
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
        // By hand: the portal's own change made v2, the classification sent again v3.
        QCOMPARE(postState(portal), QStringLiteral("v3 triaged appeal []"));
    }

    void versionConflict_takePortal_dropsLocalWork()
    {
        SyncHarness harness;
        harness.portal.putPost(newPost(QStringLiteral("p-1")));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        harness.queue(QStringLiteral("p-1"), classify(QStringLiteral("appeal")));
        harness.queue(QStringLiteral("p-1"), dispatchTo({ QStringLiteral("x-daoli") }));
        harness.portal.putPost(newPost(QStringLiteral("p-1"), QStringLiteral("另一个标题")));
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.controller->lastSummary().conflicts, 1);
        QCOMPARE(harness.controller->lastSummary().heldByConflicts, 2); // the dispatch waits behind the conflict
        QVERIFY2(harness.controller->resolveConflict(
                     QStringLiteral("p-1"), SyncController::Resolution::TakePortal, &message),
            qPrintable(message));
        QVERIFY(unanswered(*harness.store.database).isEmpty());
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QVERIFY(harness.controller->lastSummary().inStep());
        QCOMPARE(harness.portal.appliedActionCount(), 0);
        QCOMPARE(postState(storedPost(*harness.store.database, QStringLiteral("p-1"))->json()),
            QStringLiteral("v2 new - []"));
    }

    void refusal422_undoesTheLocalEffect()
    {
        SyncHarness harness;
        harness.portal.putPost(newPost(QStringLiteral("p-1")));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        harness.storeUnitThePortalDoesNotKnow();
        harness.queue(QStringLiteral("p-1"), classify(QStringLiteral("appeal")));
        harness.queue(QStringLiteral("p-1"), dispatchTo({ QStringLiteral("d-ghost") }));
        QCOMPARE(storedPost(*harness.store.database, QStringLiteral("p-1"))->status(), QStringLiteral("dispatched"));

        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.controller->lastSummary().pushed, 1);
        QCOMPARE(harness.controller->lastSummary().failed, 1);
        QVERIFY(harness.controller->lastSummary().inStep());
        // The classification stands, the dispatch is undone.
        const auto stored = storedPost(*harness.store.database, QStringLiteral("p-1"));
        QCOMPARE(stored->status(), QStringLiteral("triaged"));
        QVERIFY(stored->assignments().isEmpty());
        QCOMPARE(postState(stored->json()), QStringLiteral("v2 triaged appeal []"));
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
        QList<OutboxEntry> failed;
        QVERIFY(harness.controller->failedActions(&failed, &message));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().body.value(QLatin1String("type")).toString(), QStringLiteral("dispatch"));
        QVERIFY2(failed.first().message.contains(QLatin1String("refused")), qPrintable(failed.first().message));
        QVERIFY(harness.controller->dismissFailedAction(failed.first().seq, &message));
        QVERIFY(harness.controller->failedActions(&failed, &message));
        QVERIFY(failed.isEmpty());
    }

    void tokenExpired_logsInAgainOnce()
    {
        SyncHarness harness;
        harness.putSyntheticPosts(5, 9);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        const int logIns = harness.portal.requestCount(QStringLiteral("/session"));
        harness.portal.expireTokens();
        harness.putSyntheticPosts(5, 10);
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(harness.portal.requestCount(QStringLiteral("/session")), logIns + 1);
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);

        // Expired again right after the new log-in: no endless loop, one clear failure.
        harness.portal.injectFault(FakePortal::Fault::TokenExpired, 2);
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("session")), qPrintable(message));
        QCOMPARE(harness.portal.requestCount(QStringLiteral("/session")), logIns + 2);
    }

    void wrongPassword_failsWithoutRetrying()
    {
        SyncHarness harness;
        harness.controller->setPassword(QStringLiteral("wrong"), false);
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("password")), qPrintable(message));
        QCOMPARE(harness.portal.requestCount(QStringLiteral("/session")), 1);
    }

    void retryAfter_isWaitedAtLeast()
    {
        SyncHarness harness;
        harness.putSyntheticPosts(5, 11);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        harness.portal.setRetryAfterSeconds(1);
        for (const auto fault : { FakePortal::Fault::TooManyRequests, FakePortal::Fault::ServiceUnavailable }) {
            harness.portal.injectFault(fault);
            QElapsedTimer clock;
            clock.start();
            QVERIFY2(harness.sync(&message), qPrintable(message));
            // The back-off alone would wait 10 ms: the second attempt waited for Retry-After.
            QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        }
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    void cursorExpired_fullPassRemovesWhatItDidNotReturn_keepsUnsentWork()
    {
        SyncHarness harness;
        harness.putSyntheticPosts(20, 12);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        // Posts the portal does not have: one plain, one with local work not sent yet.
        importPosts(*harness.store.database,
            { newPost(QStringLiteral("p-gone")), newPost(QStringLiteral("p-gone-with-work")) });
        harness.queue(QStringLiteral("p-gone-with-work"), classify(QStringLiteral("appeal")));
        // Only the feed is read while watching, so the work stays unsent.
        harness.portal.injectFault(FakePortal::Fault::CursorExpired);
        QSignalSpy conflictsChanged(harness.controller.get(), &SyncController::conflictsChanged);
        harness.controller->setWatching(true, 1);
        QTRY_VERIFY_WITH_TIMEOUT(conflictsChanged.count() >= 1, 20000);
        harness.controller->setWatching(false);
        QVERIFY(!storedPost(*harness.store.database, QStringLiteral("p-gone")));

        QList<SyncConflict> conflicts;
        QVERIFY(harness.controller->conflicts(&conflicts, &message));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().postId, QStringLiteral("p-gone-with-work"));
        QCOMPARE(conflicts.first().kind, SyncConflict::Kind::NotReturned);
        QVERIFY(conflicts.first().portal.isEmpty());
        QCOMPARE(conflicts.first().local.value(QLatin1String("category")).toString(), QStringLiteral("appeal"));
        // Everything else is as the portal shows it.
        QList<QJsonObject> expected = harness.portal.postsVisibleTo(clerk().id);
        expected.append(conflicts.first().local);
        std::sort(expected.begin(), expected.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("id")).toString() < b.value(QLatin1String("id")).toString();
        });
        const QString difference = firstDifference(storedPosts(*harness.store.database), expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        QVERIFY2(harness.controller->resolveConflict(
                     QStringLiteral("p-gone-with-work"), SyncController::Resolution::TakePortal, &message),
            qPrintable(message));
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    void longPoll_appliesChangesWhileWatching()
    {
        SyncHarness harness;
        harness.putSyntheticPosts(3, 13);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QSignalSpy postsChanged(harness.controller.get(), &SyncController::postsChanged);
        const int requests = harness.portal.requestCount(QStringLiteral("/changes"));
        harness.controller->setWatching(true, 20);
        QTRY_VERIFY(harness.portal.requestCount(QStringLiteral("/changes")) > requests); // held by the portal
        harness.portal.putPost(newPost(QStringLiteral("p-late")));
        QTRY_VERIFY_WITH_TIMEOUT(storedPost(*harness.store.database, QStringLiteral("p-late")).has_value(), 20000);
        QTRY_VERIFY(postsChanged.count() >= 1); // emitted once the page is stored, which the check above may see first
        harness.controller->setWatching(false);
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    void anotherUsersStore_isNotSynced()
    {
        SyncHarness harness;
        harness.putSyntheticPosts(3, 14);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QString error;
        QVERIFY(harness.controller->configure(
            { harness.portal.baseUrl(), daoliLiaison().name, FakePortal::caCertificatePath(), false }, &error));
        harness.controller->setPassword(daoliLiaison().password, false);
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(clerk().name), qPrintable(message));
        QCOMPARE(storedPostCount(*harness.store.database), 3);
    }

    void anotherPortal_sameUserId_isRefusedAndWipesNothing() // issue 11 item 4
    {
        SyncHarness harness;
        harness.putSyntheticPosts(4, 15);
        harness.portal.putPost(newPost(QStringLiteral("p-1")));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        harness.queue(QStringLiteral("p-1"), classify(QStringLiteral("appeal")));
        // Another portal whose clerk has the same user id and name, and other posts.
        FakePortal other;
        other.addUser(clerk().id, clerk().name, clerk().password, QStringLiteral("column_staff"));
        other.putPost(newPost(QStringLiteral("p-elsewhere")));
        QVERIFY2(other.start(&message), qPrintable(message));
        QVERIFY(harness.controller->configure(
            { other.baseUrl(), clerk().name, FakePortal::caCertificatePath(), false }, &message));
        harness.controller->setPassword(clerk().password, false);

        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("another portal")), qPrintable(message));
        QVERIFY2(message.contains(harness.portal.baseUrl().toString()), qPrintable(message));
        QCOMPARE(other.requestCount(QStringLiteral("/changes")), 0);
        QCOMPARE(other.requestCount(QStringLiteral("/units")), 0);
        QCOMPARE(storedPostCount(*harness.store.database), 5);
        QVERIFY(!storedPost(*harness.store.database, QStringLiteral("p-elsewhere")));
        QCOMPARE(unanswered(*harness.store.database).size(), 1);
    }

    void importedStore_isRefusedAndWipesNothing() // issue 12 finding 4
    {
        SyncHarness harness;
        harness.portal.putPost(newPost(QStringLiteral("p-portal")));
        // A store that never talked to a portal: its posts came from import only.
        importPosts(*harness.store.database,
            { newPost(QStringLiteral("p-imported-1")), newPost(QStringLiteral("p-imported-2")),
                newPost(QStringLiteral("p-imported-3")) });
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("not from a portal")), qPrintable(message));
        QCOMPARE(harness.portal.requestCount(QStringLiteral("/changes")), 0);
        QCOMPARE(storedPostCount(*harness.store.database), 3);
        QVERIFY(storedPost(*harness.store.database, QStringLiteral("p-imported-1")).has_value());
        QVERIFY(!storedPost(*harness.store.database, QStringLiteral("p-portal")));
    }

    void emptyUnitsAnswer_keepsTheUnits() // issue 11 item 4
    {
        SyncHarness harness;
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QHash<QString, Unit> before;
        QVERIFY2(UnitStore(*harness.store.database).all(&before, &message), qPrintable(message));
        QCOMPARE(before.size(), SyntheticPostGenerator::harbinUnits().size());
        harness.portal.setUnits({});
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("no units")), qPrintable(message));
        QHash<QString, Unit> after;
        QVERIFY2(UnitStore(*harness.store.database).all(&after, &message), qPrintable(message));
        QCOMPARE(after.keys(), before.keys());
    }

    void stuckCursor_endsWithAClearErrorNotALoop() // issue 11 item 8
    {
        SyncHarness harness;
        harness.putSyntheticPosts(10, 16);
        harness.portal.injectFault(FakePortal::Fault::StuckCursor, 1000000);
        QString message;
        QVERIFY(!harness.sync(&message, 20000));
        QVERIFY2(message.contains(QLatin1String("does not move on")), qPrintable(message));
        QVERIFY2(harness.portal.requestCount(QStringLiteral("/changes")) <= 6,
            qPrintable(QString::number(harness.portal.requestCount(QStringLiteral("/changes")))));
    }

    // A cursor that moves, but never a change with has_more true: ended too (hostile pass).
    void emptyPagesForever_endWithAClearErrorNotALoop()
    {
        SyncHarness harness;
        harness.putSyntheticPosts(10, 16);
        harness.portal.injectFault(FakePortal::Fault::EmptyPagesForever, 1000000);
        QString message;
        QVERIFY(!harness.sync(&message, 60000));
        QVERIFY2(message.contains(QLatin1String("does not move on")), qPrintable(message));
        QVERIFY2(harness.portal.requestCount(QStringLiteral("/changes")) <= 110,
            qPrintable(QString::number(harness.portal.requestCount(QStringLiteral("/changes")))));
    }

    void truncatedGzipPage_isRetriedLikeANetworkFailure() // issue 11 item 9
    {
        SyncHarness harness;
        harness.portal.setGzip(true);
        harness.putSyntheticPosts(20, 17);
        harness.portal.injectFault(FakePortal::Fault::TruncatedGzip, 2);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(storedPostCount(*harness.store.database), 20);
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    void unreadablePageEveryTime_failsAfterTheRetries() // issue 11 item 9
    {
        SyncHarness harness;
        harness.putSyntheticPosts(5, 18);
        harness.portal.injectFault(FakePortal::Fault::MalformedBody, 1000);
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("cannot read")), qPrintable(message));
        QCOMPARE(harness.portal.requestCount(QStringLiteral("/changes")), 6); // RetryPolicy::maxAttempts
    }

    void tricklingPortal_isCutOffAndAskedAgain() // issue 11 item 10
    {
        SyncHarness harness;
        RetryPolicy policy { 10, 50, 6, 300 };
        policy.attemptDeadlineMs = 2000; // room for a loaded machine's second, normal attempt
        harness.controller->setRetryPolicy(policy);
        harness.portal.setTrickleIntervalMs(100); // a page of 7 posts would take minutes
        harness.putSyntheticPosts(5, 19);
        harness.portal.injectFault(FakePortal::Fault::Trickle);
        QElapsedTimer clock;
        clock.start();
        QString message;
        QVERIFY2(harness.sync(&message, 30000), qPrintable(message));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(harness.portal.requestCount(QStringLiteral("/changes")), 2);
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    void tricklingPortalEveryTime_failsInTime() // issue 11 item 10
    {
        SyncHarness harness;
        RetryPolicy policy { 10, 50, 3, 300 };
        policy.attemptDeadlineMs = 500;
        harness.controller->setRetryPolicy(policy);
        harness.portal.setTrickleIntervalMs(100);
        harness.portal.injectFault(FakePortal::Fault::Trickle, 1000);
        QString message;
        QVERIFY(!harness.sync(&message, 30000));
        QVERIFY2(message.contains(QLatin1String("in time")), qPrintable(message));
        QCOMPARE(harness.portal.requestCount(QStringLiteral("/changes")), 3);
    }

    void compressedPageOver16MiB_isAskedForInSmallerPages() // issue 11 item 11
    {
        SyncHarness harness;
        harness.controller->setPageSize(1000);
        harness.putSyntheticPosts(10, 20);
        harness.portal.injectFault(FakePortal::Fault::CompressedOversizedBody, 2);
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        COMPARE_STORE_WITH_PORTAL(harness, clerk().id);
    }

    void compressedPageOver16MiBEveryTime_isReportedAsTooLarge() // issue 11 item 11
    {
        SyncHarness harness;
        harness.controller->setPageSize(4);
        harness.putSyntheticPosts(10, 21);
        harness.portal.injectFault(FakePortal::Fault::CompressedOversizedBody, 1000);
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("larger than 16 MiB")), qPrintable(message));
        QCOMPARE(harness.portal.requestCount(QStringLiteral("/changes")), 3); // limits 4, 2, 1
        QCOMPARE(storedPostCount(*harness.store.database), 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
