// The open window while the real SyncController syncs with the fake portal (issue 13): the
// posts a push and a pull changed reach the queue by id, so only their rows change, appear or
// go, and the saved views' live counts follow; the queue is never reset (reloaded whole).

#include "synctestsupport.h"

#include "common/itemroles.h"
#include "mainwindow.h"
#include "triage/queuemodel.h"
#include "triage/savedviewmodel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSet>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

// The post ids of the queue's rows first..last, read when a signal names them.
QStringList postsInRows(const QueueModel &queue, int first, int last)
{
    QStringList ids;
    for (int row = first; row <= last; ++row)
        ids.append(queue.postIdAt(row));
    return ids;
}

QString categoryCode(const QueueModel &queue, const QString &postId)
{
    const int row = queue.rowOfPost(postId);
    return row < 0 ? QStringLiteral("(not shown)") : queue.index(row, 0).data(CategoryCodeRole).toString();
}

QString viewText(MainWindow &window, const QString &key)
{
    auto *views = qobject_cast<SavedViewModel *>(window.findChild<QListView *>()->model());
    for (int row = 0; row < views->rowCount(); ++row) {
        if (views->views().at(row).key == key)
            return views->index(row).data().toString();
    }
    return QStringLiteral("(no view %1)").arg(key);
}

} // namespace

class TestWindowSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Issue 13: changed ids from a sync refresh exactly those rows.
    void changedIdsFromASync_refreshExactlyThoseRows()
    {
        SyncHarness harness;
        for (const char *id : { "p-1", "p-2", "p-3", "p-4", "p-5" })
            harness.portal.putPost(newPost(QString::fromLatin1(id)));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        harness.queue(QStringLiteral("p-3"), classify(QStringLiteral("appeal"))); // pushed by the window's sync

        MainWindow window(harness.store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QueueModel &queue = *window.queueModel();
        QTRY_VERIFY(!queue.isLoading());
        QCOMPARE(queue.rowCount(), 5);
        QTRY_COMPARE(viewText(window, QStringLiteral("unclassified")), QStringLiteral("Unclassified (4)"));

        auto *sync = window.findChild<SyncController *>();
        QVERIFY(sync);
        QString error;
        QVERIFY2(
            sync->configure({ harness.portal.baseUrl(), clerk().name, FakePortal::caCertificatePath(), false }, &error),
            qPrintable(error));
        sync->setPassword(clerk().password, false);
        sync->setPageSize(2);

        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&queue, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&queue, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&queue, &QAbstractItemModel::rowsInserted);
        QSet<QString> touched;
        // A refreshed row changes whole; the flag column alone changes when the window's scan for
        // flagged terms ends, whenever that is.
        connect(&queue, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
            if (from.column() != 0)
                return;
            const QStringList ids = postsInRows(queue, from.row(), to.row());
            touched += QSet(ids.cbegin(), ids.cend());
        });
        connect(&queue, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
            const QStringList ids = postsInRows(queue, first, last);
            touched += QSet(ids.cbegin(), ids.cend());
        });
        connect(&queue, &QAbstractItemModel::rowsAboutToBeMoved, this, [&](const QModelIndex &, int first, int last) {
            const QStringList ids = postsInRows(queue, first, last);
            touched += QSet(ids.cbegin(), ids.cend());
        });

        // On the portal: p-4 classified by someone else, p-2 withdrawn, p-6 new; p-1 and p-5 unchanged.
        // (p-2, not the last stored, so that p-6 does not take its local id.)
        harness.portal.putPost(samplePost(QStringLiteral("p-4"), 2, QStringLiteral("小区供暖温度不达标"),
            QStringLiteral("家里只有十四度，请尽快处理。"),
            { { QStringLiteral("category"), QStringLiteral("consultation") },
                { QStringLiteral("status"), QStringLiteral("triaged") } }));
        harness.portal.withdrawPost(QStringLiteral("p-2"));
        harness.portal.putPost(newPost(QStringLiteral("p-6"), QStringLiteral("楼道灯坏了无人修")));

        QSignalSpy finished(sync, &SyncController::finished);
        QSignalSpy failed(sync, &SyncController::failed);
        sync->synchronize();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(sync->lastSummary().pushed, 1);

        QTRY_COMPARE(categoryCode(queue, QStringLiteral("p-4")), QStringLiteral("consultation"));
        QTRY_COMPARE(categoryCode(queue, QStringLiteral("p-2")), QStringLiteral("(not shown)"));
        QTRY_COMPARE(categoryCode(queue, QStringLiteral("p-6")), QString());
        QCOMPARE(categoryCode(queue, QStringLiteral("p-1")), QString());
        QCOMPARE(categoryCode(queue, QStringLiteral("p-3")), QStringLiteral("appeal"));
        QCOMPARE(categoryCode(queue, QStringLiteral("p-5")), QString());
        QCOMPARE(queue.rowCount(), 5);
        QCOMPARE(resets.count(), 0); // never a full reload
        QCOMPARE(removed.count(), 1); // p-2's row
        QCOMPARE(inserted.count(), 1); // p-6's row
        for (const QString &untouched : { QStringLiteral("p-1"), QStringLiteral("p-5") })
            QVERIFY2(
                !touched.contains(untouched), qPrintable(untouched + QStringLiteral(" was not changed by the sync")));
        QVERIFY(touched.contains(QStringLiteral("p-3")) && touched.contains(QStringLiteral("p-4"))
            && touched.contains(QStringLiteral("p-6")));
        // The live counts follow: p-1, p-5 and p-6 are left unclassified.
        QTRY_COMPARE(viewText(window, QStringLiteral("unclassified")), QStringLiteral("Unclassified (3)"));
    }
};
QTEST_MAIN(TestWindowSync)
#include "tst_windowsync.moc"
