// A liaison works offline (issue 5): signs for a post and replies with no connection; the work
// waits in the outbox, survives the program being closed, and reaches the portal exactly once
// when a connection comes back (R2, R13, R19; portal-api.md "Actions").

#include "synctestsupport.h"

#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

QJsonObject reply(const QString &unitId, const QString &text)
{
    return { { QStringLiteral("type"), QStringLiteral("reply") }, { QStringLiteral("unit_id"), unitId },
        { QStringLiteral("kind"), QStringLiteral("final") }, { QStringLiteral("text"), text },
        { QStringLiteral("doc_refs"), QJsonArray() }, { QStringLiteral("visibility"), QStringLiteral("public") } };
}

int portalReplies(const FakePortal &portal, const QString &text)
{
    int count = 0;
    for (const QJsonObject &action : portal.appliedActions()) {
        const QJsonObject body = action.value(QLatin1String("body")).toObject();
        count += body.value(QLatin1String("type")).toString() == QLatin1String("reply")
            && body.value(QLatin1String("text")).toString() == text;
    }
    return count;
}

} // namespace

class TestOfflineWork : public QObject
{
    Q_OBJECT

private slots:
    void offlineReply_syncsLaterExactlyOnce()
    {
        SyncHarness harness(daoliLiaison());
        harness.portal.putPost(dispatchedPost(QStringLiteral("p-1"), QStringLiteral("x-daoli")));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));

        // The laptop goes offline: the portal is out of reach.
        QString error;
        QVERIFY2(harness.controller->configure({ QUrl(QStringLiteral("https://127.0.0.1:9/api/v1")),
                                                   daoliLiaison().name, FakePortal::caCertificatePath(), false },
                     &error),
            qPrintable(error));
        harness.controller->setPassword(daoliLiaison().password, false);
        const QString text = QStringLiteral("经核查，该路段路灯线路老化，已于3月5日更换，现已恢复照明。感谢您的监督。");
        harness.queue(QStringLiteral("p-1"), accept(QStringLiteral("x-daoli")));
        harness.queue(QStringLiteral("p-1"), reply(QStringLiteral("x-daoli"), text));
        QVERIFY(!harness.sync(&message));
        QVERIFY(!harness.controller->isOnline());
        QCOMPARE(unanswered(*harness.store.database).size(), 2);
        QCOMPARE(portalReplies(harness.portal, text), 0);
        // Shown in the store at once: the post is replied to locally.
        QCOMPARE(storedPost(*harness.store.database, QStringLiteral("p-1"))->status(), QStringLiteral("replied"));

        // The program is closed and started again: a new controller on the same store.
        harness.controller = std::make_unique<SyncController>(*harness.store.database, &harness.network);
        QVERIFY(harness.controller->configure(
            { harness.portal.baseUrl(), daoliLiaison().name, FakePortal::caCertificatePath(), false }, &error));
        harness.controller->setPassword(daoliLiaison().password, false);
        harness.controller->setRetryPolicy({ 10, 50, 6, 300 });
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QVERIFY(harness.controller->isOnline());
        QCOMPARE(portalReplies(harness.portal, text), 1);
        QVERIFY(unanswered(*harness.store.database).isEmpty());

        // Syncing again sends nothing twice.
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(portalReplies(harness.portal, text), 1);
        const QHash<QString, int> keys = appliedKeyCounts(harness.portal);
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            QCOMPARE(it.value(), 1);
        const QString difference
            = firstDifference(storedPosts(*harness.store.database), harness.portal.postsVisibleTo(daoliLiaison().id));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // Written out by hand: signed for (v2), then a final reply (v3) makes the assignment and
        // the post replied.
        QCOMPARE(postState(storedPost(*harness.store.database, QStringLiteral("p-1"))->json()),
            QStringLiteral("v3 replied appeal [x-daoli:replied]"));
    }
};

QTEST_GUILESS_MAIN(TestOfflineWork)
#include "tst_offlinework.moc"
