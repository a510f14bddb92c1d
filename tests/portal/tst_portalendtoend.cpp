// The desk's own sync code (LocalActions, SyncController, case stores) against the real
// baixingtan-portal on PostgreSQL (issue 15): three desks working one post through, the faults
// that can really be produced (the portal killed, PostgreSQL restarted), and scope (R10).

#include "portalclient.h"
#include "portalprocess.h"
#include "postgrescluster.h"
#include "synctestsupport.h"

#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

const PortalAccount staff { QStringLiteral("clerk"), QStringLiteral("column_staff"), {}, QStringLiteral("clerk-pw-2") };
const PortalAccount daoli { QStringLiteral("daoli"), QStringLiteral("liaison"), QStringLiteral("x-daoli"),
    QStringLiteral("daoli-pw-2") };
const PortalAccount nangang { QStringLiteral("nangang"), QStringLiteral("liaison"), QStringLiteral("x-nangang"),
    QStringLiteral("nangang-pw-2") };
const PortalAccount supervisor { QStringLiteral("chief"), QStringLiteral("supervisor"), {},
    QStringLiteral("chief-pw-2") };

// One desk: a case store and the desk's SyncController, logged in as one portal user.
struct Desk
{
    TemporaryStore store;
    QNetworkAccessManager network;
    std::unique_ptr<SyncController> controller;

    Desk(const PortalProcess &portal, const PortalAccount &account)
    {
        controller = std::make_unique<SyncController>(*store.database, &network);
        QString error;
        if (!controller->configure(
                { portal.baseUrl(), account.name, PortalProcess::caCertificatePath(), false }, &error))
            qFatal("cannot configure the desk of %s: %s", qPrintable(account.name), qPrintable(error));
        controller->setPassword(account.password, false);
        // Enough patience for a portal restart, little enough for a test.
        controller->setRetryPolicy({ 50, 1000, 10, 300 });
        controller->setPageSize(20);
    }

    bool sync(QString *message) { return runSynchronisation(*controller, message); }
    void queue(const QString &postId, const QJsonObject &action)
    {
        performAsStoreUser(*store.database, postId, action);
    }
};

bool hasContact(const QJsonObject &post)
{
    const QJsonObject author = post.value(QLatin1String("author")).toObject();
    return author.value(QLatin1String("phone")).isString() || author.value(QLatin1String("email")).isString();
}

// "p-1 v6 replied appeal [x-daoli:replied] s1 contact": what a desk and the portal must agree on.
QStringList summaries(const QList<QJsonObject> &posts)
{
    QStringList lines;
    for (const QJsonObject &post : posts) {
        lines.append(QStringLiteral("%1 %2 s%3 %4")
                         .arg(post.value(QLatin1String("id")).toString(), postState(post))
                         .arg(post.value(QLatin1String("supervisions")).toArray().size())
                         .arg(hasContact(post) ? QStringLiteral("contact") : QStringLiteral("no-contact")));
    }
    return lines;
}

QStringList idsOf(const QList<QJsonObject> &posts)
{
    QStringList ids;
    for (const QJsonObject &post : posts)
        ids.append(post.value(QLatin1String("id")).toString());
    return ids;
}

QJsonObject withContact(const QString &id, const QJsonObject &overrides)
{
    return samplePost(
        id, 1, QStringLiteral("楼道里的消防通道被杂物堵住"), QStringLiteral("物业一直不清理，请督促。"), overrides);
}

QJsonObject dispatchedTo(const QString &id, const QString &category, const QStringList &unitIds,
    const QString &unitStatus = QStringLiteral("pending"))
{
    QJsonArray assignments;
    for (const QString &unitId : unitIds)
        assignments.append(assignment(unitId, unitStatus));
    return withContact(id,
        { { QStringLiteral("category"), category }, { QStringLiteral("status"), QStringLiteral("dispatched") },
            { QStringLiteral("assignments"), assignments } });
}

QJsonObject replyAction(const QString &unitId, const QString &text)
{
    return { { QStringLiteral("type"), QStringLiteral("reply") }, { QStringLiteral("unit_id"), unitId },
        { QStringLiteral("kind"), QStringLiteral("final") }, { QStringLiteral("text"), text },
        { QStringLiteral("doc_refs"), QJsonArray() }, { QStringLiteral("visibility"), QStringLiteral("public") } };
}

QJsonObject superviseAction(const QString &unitId)
{
    return { { QStringLiteral("type"), QStringLiteral("supervise") }, { QStringLiteral("unit_id"), unitId },
        { QStringLiteral("method"), QStringLiteral("phone") },
        { QStringLiteral("reason"), QStringLiteral("public_attention") },
        { QStringLiteral("note"), QStringLiteral("电话询问办理进度") } };
}

// The next count posts of the generator (its ids, reply and supervision ids never repeat).
QList<QJsonObject> syntheticPosts(SyntheticPostGenerator &generator, int count)
{
    QList<QJsonObject> posts;
    for (int i = 0; i < count; ++i)
        posts.append(generator.next());
    return posts;
}

} // namespace

#define VERIFY_DESK_EQUALS_ITS_VIEW(desk, portal, account)                                                             \
    do {                                                                                                               \
        PortalClient reader((portal).baseUrl(), PortalProcess::caCertificatePath());                                   \
        QString readError;                                                                                             \
        QVERIFY2(reader.logIn((account).name, (account).password, &readError), qPrintable(readError));                 \
        QList<QJsonObject> changes;                                                                                    \
        QVERIFY2(reader.wholeFeed(&changes, &readError), qPrintable(readError));                                       \
        QCOMPARE(summaries(storedPosts(*(desk).store.database)), summaries(PortalClient::postsInScope(changes)));      \
    } while (false)

class TestPortalEndToEnd : public QObject
{
    Q_OBJECT

private:
    PostgresCluster m_cluster;
    int m_databases = 0;

    // A new database with the Harbin units, the four accounts and these posts, served.
    std::unique_ptr<PortalProcess> servedPortal(const QList<QJsonObject> &posts, QString *error)
    {
        QString connection;
        if (!m_cluster.createDatabase(QStringLiteral("e2e%1").arg(++m_databases), &connection, error))
            return nullptr;
        auto portal = std::make_unique<PortalProcess>(connection);
        if (!portal->prepare(SyntheticPostGenerator::harbinUnits(), { staff, daoli, nangang, supervisor }, posts, error)
            || !portal->start(error))
            return nullptr;
        return portal;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }

    // Column staff triage and dispatch, the liaison signs for it and replies, the supervisor
    // supervises; every step through a desk's LocalActions and SyncController. Around the post:
    // a report wrongly assigned to the liaison's unit, another unit's post, a post shared by
    // two units (R10).
    void threeDesks_workAPostThrough_andEachEndsEqualToItsView()
    {
        QString error;
        const auto portal = servedPortal(
            { withContact(QStringLiteral("p-work"), {}),
                dispatchedTo(QStringLiteral("p-report"), QStringLiteral("report"), { QStringLiteral("x-daoli") }),
                dispatchedTo(QStringLiteral("p-nangang"), QStringLiteral("appeal"), { QStringLiteral("x-nangang") }),
                dispatchedTo(QStringLiteral("p-shared"), QStringLiteral("multi_department"),
                    { QStringLiteral("x-daoli"), QStringLiteral("x-nangang") }) },
            &error);
        QVERIFY2(portal, qPrintable(error));
        Desk column(*portal, staff);
        Desk unit(*portal, daoli);
        Desk chief(*portal, supervisor);
        QVERIFY2(column.sync(&error), qPrintable(error));
        QVERIFY2(unit.sync(&error), qPrintable(error));
        QVERIFY2(chief.sync(&error), qPrintable(error));
        QCOMPARE(idsOf(storedPosts(*unit.store.database)), QStringList { QStringLiteral("p-shared") });

        column.queue(QStringLiteral("p-work"), classify(QStringLiteral("appeal")));
        column.queue(QStringLiteral("p-work"), dispatchTo({ QStringLiteral("x-daoli") }));
        QVERIFY2(column.sync(&error), qPrintable(error));
        QVERIFY(column.controller->lastSummary().inStep());

        QVERIFY2(unit.sync(&error), qPrintable(error));
        QCOMPARE(postState(storedPost(*unit.store.database, QStringLiteral("p-work"))->json()),
            QStringLiteral("v3 dispatched appeal [x-daoli:pending]"));
        unit.queue(QStringLiteral("p-work"), accept(QStringLiteral("x-daoli")));
        unit.queue(QStringLiteral("p-work"),
            replyAction(QStringLiteral("x-daoli"), QStringLiteral("经现场核查，杂物已于本周清理完毕，物业已整改。")));
        QVERIFY2(unit.sync(&error), qPrintable(error));
        QVERIFY(unit.controller->lastSummary().inStep());

        QVERIFY2(chief.sync(&error), qPrintable(error));
        chief.queue(QStringLiteral("p-work"), superviseAction(QStringLiteral("x-daoli")));
        QVERIFY2(chief.sync(&error), qPrintable(error));
        QVERIFY(chief.controller->lastSummary().inStep());

        QVERIFY2(column.sync(&error), qPrintable(error));
        QVERIFY2(unit.sync(&error), qPrintable(error));

        // Written out by hand: imported as v1; classify, dispatch, accept, reply, supervise are
        // one version each; the final reply of the only unit makes the post replied.
        const QString worked = QStringLiteral("p-work v6 replied appeal [x-daoli:replied] s1 contact");
        QVERIFY(summaries(storedPosts(*column.store.database)).contains(worked));
        QVERIFY(summaries(storedPosts(*chief.store.database)).contains(worked));
        QCOMPARE(summaries(storedPosts(*unit.store.database)),
            (QStringList { QStringLiteral("p-shared v1 dispatched multi_department [x-daoli:pending x-nangang:pending] "
                                          "s0 contact"),
                worked }));
        QCOMPARE(idsOf(storedPosts(*column.store.database)),
            (QStringList { QStringLiteral("p-nangang"), QStringLiteral("p-report"), QStringLiteral("p-shared"),
                QStringLiteral("p-work") }));
        VERIFY_DESK_EQUALS_ITS_VIEW(column, *portal, staff);
        VERIFY_DESK_EQUALS_ITS_VIEW(unit, *portal, daoli);
        VERIFY_DESK_EQUALS_ITS_VIEW(chief, *portal, supervisor);
    }

    // The portal is killed (SIGKILL) and started again while a desk synchronises: after the
    // first of its actions was answered, or after a page of the pull with more to come.
    void killedPortal_midSync_deskRetriesAndEndsComplete_data()
    {
        QTest::addColumn<bool>("duringPush");
        QTest::newRow("during the push") << true;
        QTest::newRow("during the pull") << false;
    }

    void killedPortal_midSync_deskRetriesAndEndsComplete()
    {
        QFETCH(bool, duringPush);
        QString error;
        SyntheticPostGenerator generator(21);
        QList<QJsonObject> posts = syntheticPosts(generator, 60);
        posts.append(withContact(QStringLiteral("p-a"), {}));
        posts.append(withContact(QStringLiteral("p-b"), {}));
        const auto portal = servedPortal(posts, &error);
        QVERIFY2(portal, qPrintable(error));
        Desk column(*portal, staff);
        QVERIFY2(column.sync(&error), qPrintable(error));
        column.queue(QStringLiteral("p-a"), classify(QStringLiteral("appeal")));
        column.queue(QStringLiteral("p-a"), dispatchTo({ QStringLiteral("x-daoli") }));
        column.queue(QStringLiteral("p-b"), classify(QStringLiteral("consultation")));
        QVERIFY2(portal->importPosts(syntheticPosts(generator, 600), &error), qPrintable(error)); // 30 pages to pull

        int restarts = 0;
        QString restartError;
        const auto restartOnce = [&]() {
            if (restarts++ == 0 && !portal->restart(&restartError))
                qWarning("%s", qPrintable(restartError));
        };
        if (duringPush) {
            connect(column.controller.get(), &SyncController::pendingCountChanged, this, [&](qint64 pending) {
                if (pending == 2)
                    restartOnce();
            });
        } else {
            // The puller fetches ahead and applies pages in batches: a page applied while
            // more are to come is the middle of the pull.
            connect(column.controller.get(), &SyncController::progress, this, [&](qint64, bool hasMore) {
                if (hasMore)
                    restartOnce();
            });
        }
        QVERIFY2(column.sync(&error), qPrintable(error));
        QVERIFY2(restartError.isEmpty(), qPrintable(restartError));
        QVERIFY2(restarts > 0, "the portal was never killed");
        QVERIFY(column.controller->lastSummary().inStep());
        QVERIFY(unanswered(*column.store.database).isEmpty());
        // Each action once, written out by hand.
        QCOMPARE(postState(storedPost(*column.store.database, QStringLiteral("p-a"))->json()),
            QStringLiteral("v3 dispatched appeal [x-daoli:pending]"));
        QCOMPARE(postState(storedPost(*column.store.database, QStringLiteral("p-b"))->json()),
            QStringLiteral("v2 triaged consultation []"));
        QCOMPARE(storedPostCount(*column.store.database), 662);
        VERIFY_DESK_EQUALS_ITS_VIEW(column, *portal, staff);
    }

    // PostgreSQL goes down (immediate shutdown, as a crash) and comes back in the middle of a
    // pull: the portal reconnects, the desk retries and ends complete.
    void postgresRestartedMidPull_deskEndsComplete()
    {
        QString error;
        SyntheticPostGenerator generator(23);
        const auto portal = servedPortal(syntheticPosts(generator, 600), &error);
        QVERIFY2(portal, qPrintable(error));
        Desk column(*portal, staff);
        int restarts = 0;
        QString restartError;
        connect(column.controller.get(), &SyncController::progress, this, [&](qint64, bool hasMore) {
            if (hasMore && restarts++ == 0 && !m_cluster.restart(&restartError))
                qWarning("%s", qPrintable(restartError));
        });
        QVERIFY2(column.sync(&error), qPrintable(error));
        QVERIFY2(restartError.isEmpty(), qPrintable(restartError));
        QVERIFY2(restarts > 0, "PostgreSQL was never restarted");
        QCOMPARE(storedPostCount(*column.store.database), 600);
        VERIFY_DESK_EQUALS_ITS_VIEW(column, *portal, staff);
    }

    // R10 whatever the data: each row a post the portal was given, and what the liaison of
    // x-daoli may receive of it (worked out by hand from portal-api.md "Change feed"). One
    // portal holds every row's post.
    void liaisonScope_whateverTheData_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("received");
        QTest::addColumn<bool>("contact");
        for (const ScopeCase &scopeCase : scopeCases())
            QTest::newRow(scopeCase.name)
                << scopeCase.post.value(QLatin1String("id")).toString() << scopeCase.received << scopeCase.contact;
    }

    void liaisonScope_whateverTheData()
    {
        QFETCH(QString, id);
        QFETCH(bool, received);
        QFETCH(bool, contact);
        QString error;
        // Made once for every row; kept only when it all worked, so that a row never checks a
        // feed that was not read.
        if (!m_scopeDesk) {
            QList<QJsonObject> posts;
            for (const ScopeCase &scopeCase : scopeCases())
                posts.append(scopeCase.post);
            auto portal = servedPortal(posts, &error);
            QVERIFY2(portal, qPrintable(error));
            auto desk = std::make_unique<Desk>(*portal, daoli);
            QVERIFY2(desk->sync(&error), qPrintable(error));
            PortalClient reader(portal->baseUrl(), PortalProcess::caCertificatePath());
            QVERIFY2(reader.logIn(daoli.name, daoli.password, &error), qPrintable(error));
            QList<QJsonObject> feed;
            QVERIFY2(reader.wholeFeed(&feed, &error), qPrintable(error));
            m_scopePortal = std::move(portal);
            m_scopeDesk = std::move(desk);
            m_scopeFeed = feed;
        }
        QCOMPARE(m_scopeDesk->controller->lastSummary().withheld, 0); // the portal sent nothing to withhold
        for (const QJsonObject &change : std::as_const(m_scopeFeed)) {
            const QJsonObject served = change.value(QLatin1String("post")).toObject();
            QVERIFY2(served.value(QLatin1String("category")).toString() != QLatin1String("report"),
                "a report in a liaison's feed");
        }
        const auto find = [&id](const QList<QJsonObject> &posts) -> std::optional<QJsonObject> {
            for (const QJsonObject &post : posts) {
                if (post.value(QLatin1String("id")).toString() == id)
                    return post;
            }
            return std::nullopt;
        };
        const auto served = find(PortalClient::postsInScope(m_scopeFeed));
        const auto stored = find(storedPosts(*m_scopeDesk->store.database));
        QCOMPARE(served.has_value(), received);
        QCOMPARE(stored.has_value(), received);
        if (received) {
            QCOMPARE(hasContact(*served), contact);
            QCOMPARE(hasContact(*stored), contact);
        }
    }

private:
    struct ScopeCase
    {
        const char *name;
        QJsonObject post;
        bool received;
        bool contact;
    };

    static QList<ScopeCase> scopeCases()
    {
        const QString daoliUnit = QStringLiteral("x-daoli");
        const QString nangangUnit = QStringLiteral("x-nangang");
        const QString report = QStringLiteral("report");
        return {
            { "report assigned to the unit", dispatchedTo(QStringLiteral("p-s1"), report, { daoliUnit }), false,
                false },
            { "report the unit accepted",
                dispatchedTo(QStringLiteral("p-s2"), report, { daoliUnit }, QStringLiteral("accepted")), false, false },
            { "report the unit replied to",
                dispatchedTo(QStringLiteral("p-s3"), report, { daoliUnit }, QStringLiteral("replied")), false, false },
            { "report of two units", dispatchedTo(QStringLiteral("p-s4"), report, { daoliUnit, nangangUnit }), false,
                false },
            { "report forwarded, with an assignment",
                withContact(QStringLiteral("p-s5"),
                    { { QStringLiteral("category"), report }, { QStringLiteral("status"), QStringLiteral("forwarded") },
                        { QStringLiteral("forwarded_to"), QStringLiteral("discipline_mailbox") },
                        { QStringLiteral("assignments"), QJsonArray { assignment(daoliUnit) } } }),
                false, false },
            { "another unit's post", dispatchedTo(QStringLiteral("p-s6"), QStringLiteral("appeal"), { nangangUnit }),
                false, false },
            { "a new post", withContact(QStringLiteral("p-s7"), {}), false, false },
            { "its own post", dispatchedTo(QStringLiteral("p-s8"), QStringLiteral("appeal"), { daoliUnit }), true,
                true },
            { "shared with another unit",
                dispatchedTo(QStringLiteral("p-s9"), QStringLiteral("multi_department"), { nangangUnit, daoliUnit }),
                true, true },
        };
    }

    std::unique_ptr<PortalProcess> m_scopePortal;
    std::unique_ptr<Desk> m_scopeDesk;
    QList<QJsonObject> m_scopeFeed;
};

QTEST_GUILESS_MAIN(TestPortalEndToEnd)
#include "tst_portalendtoend.moc"
