// The sync widgets offscreen, driven by a real SyncController against the fake portal: the
// offline indicator, the waiting actions (issue 5), the progress bar of a long pull, a 409
// conflict settled with either choice and a refused action dismissed (portal-api.md
// "Actions"), the settings dialog refusing plain http:// to another host, and the scheduler.
// Writes syncwidgets.png to build/screenshots/.

#include "synctestsupport.h"
#include "widgettexts.h"

#include "store/unitstore.h"
#include "sync/conflictsmodel.h"
#include "sync/conflictspanel.h"
#include "sync/outboxmodel.h"
#include "sync/outboxpanel.h"
#include "sync/syncscheduler.h"
#include "sync/syncsettingsdialog.h"
#include "sync/syncstatuswidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

template <typename Widget> Widget *named(QWidget &parent, const QString &accessibleName)
{
    for (auto *candidate : parent.findChildren<Widget *>()) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    qFatal("no widget named %s", qPrintable(accessibleName));
}

QPushButton *button(QWidget &parent, const QString &text)
{
    for (auto *candidate : parent.findChildren<QPushButton *>()) {
        if (candidate->text().remove(QLatin1Char('&')).startsWith(text))
            return candidate;
    }
    qFatal("no button %s", qPrintable(text));
}

// A local port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot find a free port");
    return server.serverPort();
}

// The intervals of the scheduler's timers that are running, shortest first.
QList<int> armedTimers(const SyncScheduler &scheduler)
{
    QList<int> intervals;
    for (const QTimer *timer : scheduler.findChildren<QTimer *>()) {
        if (timer->isActive())
            intervals.append(timer->interval());
    }
    std::sort(intervals.begin(), intervals.end());
    return intervals;
}

// A harness whose post p-1 has a queued classification the portal answers with 409.
void makeVersionConflict(SyncHarness &harness)
{
    harness.portal.putPost(newPost(QStringLiteral("p-1")));
    QString message;
    QVERIFY2(harness.sync(&message), qPrintable(message));
    harness.queue(QStringLiteral("p-1"), classify(QStringLiteral("appeal")));
    harness.portal.putPost(newPost(QStringLiteral("p-1"), QStringLiteral("小区供暖温度不达标（补充说明）")));
    QVERIFY2(harness.sync(&message), qPrintable(message));
    QCOMPARE(harness.controller->lastSummary().conflicts, 1);
}

// A harness with one dispatch the portal refuses with 422 (a unit it does not know).
void makeRefusedAction(SyncHarness &harness)
{
    harness.portal.putPost(newPost(QStringLiteral("p-2"), QStringLiteral("公交站牌损坏")));
    QString message;
    QVERIFY2(harness.sync(&message), qPrintable(message));
    harness.storeUnitThePortalDoesNotKnow();
    harness.queue(QStringLiteral("p-2"), classify(QStringLiteral("appeal")));
    harness.queue(QStringLiteral("p-2"), dispatchTo({ QStringLiteral("d-ghost") }));
    QVERIFY2(harness.sync(&message), qPrintable(message));
    QCOMPARE(harness.controller->lastSummary().failed, 1);
}

} // namespace

class TestSyncWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void models_passTheItemModelTester()
    {
        SyncHarness harness;
        const Database &database = *harness.store.database;
        ConflictsModel conflicts(*harness.controller, database);
        OutboxModel waiting(*harness.controller, database, OutboxModel::Entries::Waiting);
        OutboxModel failed(*harness.controller, database, OutboxModel::Entries::Failed);
        QAbstractItemModelTester conflictsTester(&conflicts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester waitingTester(&waiting, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester failedTester(&failed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY(conflicts.reload(&error) && waiting.reload(&error) && failed.reload(&error));
        QCOMPARE(conflicts.rowCount() + waiting.rowCount() + failed.rowCount(), 0);

        makeVersionConflict(harness);
        makeRefusedAction(harness);
        QVERIFY2(conflicts.reload(&error) && waiting.reload(&error) && failed.reload(&error), qPrintable(error));
        QCOMPARE(conflicts.rowCount(), 1);
        QCOMPARE(conflicts.index(0, ConflictsModel::PostColumn).data().toString(), QStringLiteral("p-1"));
        QVERIFY(conflicts.index(0, ConflictsModel::MineColumn).data().toString().contains(QLatin1String("classified")));
        QVERIFY(
            conflicts.index(0, ConflictsModel::PortalColumn).data().toString().contains(QStringLiteral("补充说明")));
        QCOMPARE(waiting.rowCount(), 1); // the classification, held by the conflict
        QCOMPARE(waiting.index(0, OutboxModel::NoteColumn).data().toString(),
            QStringLiteral("held: conflict with the portal"));
        QCOMPARE(failed.rowCount(), 1);
        QVERIFY(failed.index(0, OutboxModel::ActionColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("dispatched: d-ghost")));
        QVERIFY(failed.index(0, OutboxModel::NoteColumn).data().toString().contains(QLatin1String("refused")));
    }

    void hostileTitle_outboxAndConflictToolTipsShowItLiterally_data() { addHostileTextRows(); }

    void hostileTitle_outboxAndConflictToolTipsShowItLiterally() // issue 11, item 5
    {
        QFETCH(QString, text);
        SyncHarness harness;
        const Database &database = *harness.store.database;
        harness.portal.putPost(newPost(QStringLiteral("p-1"), text));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        harness.queue(QStringLiteral("p-1"), classify(QStringLiteral("appeal")));
        OutboxModel waiting(*harness.controller, database, OutboxModel::Entries::Waiting);
        QVERIFY2(waiting.reload(&message), qPrintable(message));
        QCOMPARE(waiting.rowCount(), 1);
        QCOMPARE(shownToolTip(waiting.index(0, OutboxModel::TitleColumn).data(Qt::ToolTipRole)), text);

        // The portal changed the title meanwhile: the conflict shows both titles.
        const QString changed = text + QStringLiteral("（补充）");
        harness.portal.putPost(newPost(QStringLiteral("p-1"), changed));
        QVERIFY2(harness.sync(&message), qPrintable(message));
        ConflictsModel conflicts(*harness.controller, database);
        QVERIFY2(conflicts.reload(&message), qPrintable(message));
        QCOMPARE(conflicts.rowCount(), 1);
        QCOMPARE(shownToolTip(conflicts.index(0, ConflictsModel::TitleColumn).data(Qt::ToolTipRole)), text);
        const QModelIndex portal = conflicts.index(0, ConflictsModel::PortalColumn);
        QVERIFY2(portal.data().toString().contains(changed), qPrintable(portal.data().toString()));
        QVERIFY2(shownToolTip(portal.data(Qt::ToolTipRole)).startsWith(portal.data().toString()),
            qPrintable(shownToolTip(portal.data(Qt::ToolTipRole))));
    }

    void statusWidget_unreachablePortal_showsOffline()
    {
        TemporaryStore store;
        QNetworkAccessManager network;
        SyncController controller(*store.database, &network);
        QString error;
        const QUrl deadPortal(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(closedPort()));
        QVERIFY(controller.configure({ deadPortal, clerk().name, FakePortal::caCertificatePath(), false }, &error));
        controller.setPassword(clerk().password, false);
        controller.setRetryPolicy({ 10, 50, 2, 300 });
        SyncStatusWidget status(controller);
        auto *indicator = named<QLabel>(status, QStringLiteral("Connection to the portal"));
        QCOMPARE(indicator->text(), QStringLiteral("Not connected yet"));

        QSignalSpy failed(&controller, &SyncController::failed);
        controller.synchronize();
        QVERIFY(failed.wait(20000));
        QCOMPARE(indicator->text(), QStringLiteral("Offline"));
        auto *result = named<QLabel>(status, QStringLiteral("Last synchronisation"));
        QVERIFY2(result->text().startsWith(QLatin1String("Synchronisation failed")), qPrintable(result->text()));
        QVERIFY2(result->toolTip().contains(QLatin1String("Cannot reach the portal")), qPrintable(result->toolTip()));
        QVERIFY(button(status, QStringLiteral("Sync now"))->isEnabled());
    }

    // Issue 5: an action made offline waits in the outbox, and the window says so.
    void queuedLocalAction_isCountedAndListed_untilSent()
    {
        SyncHarness harness;
        harness.portal.putPost(newPost(QStringLiteral("p-1")));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        SyncStatusWidget status(*harness.controller);
        OutboxPanel outbox(*harness.controller, *harness.store.database);
        auto *indicator = named<QLabel>(status, QStringLiteral("Connection to the portal"));
        auto *pending = named<QToolButton>(status, QStringLiteral("Actions waiting to be sent"));
        QCOMPARE(pending->text(), QStringLiteral("Nothing waiting to be sent"));

        harness.queue(QStringLiteral("p-1"), classify(QStringLiteral("appeal")));
        status.refresh();
        outbox.reload();
        QCOMPARE(pending->text(), QStringLiteral("1 action(s) waiting to be sent"));
        auto *table = named<QTableView>(outbox, QStringLiteral("Actions waiting to be sent"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, OutboxModel::PostColumn).data().toString(), QStringLiteral("p-1"));
        QCOMPARE(
            table->model()->index(0, OutboxModel::TitleColumn).data().toString(), QStringLiteral("小区供暖温度不达标"));

        QSignalSpy online(harness.controller.get(), &SyncController::onlineChanged);
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QCOMPARE(indicator->text(), QStringLiteral("Online"));
        QCOMPARE(pending->text(), QStringLiteral("Nothing waiting to be sent"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(named<QLabel>(status, QStringLiteral("Last synchronisation"))
                    ->text()
                    .startsWith(QLatin1String("Synchronised at")));
    }

    // Issue 13: an action queued while the sync pulled is not a problem; the window says it goes
    // with the next sync, as the CLI does.
    void actionQueuedWhilePulling_isSaidToGoWithTheNextSync()
    {
        SyncHarness harness;
        harness.portal.putPost(newPost(QStringLiteral("p-1")));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        SyncStatusWidget status(*harness.controller);
        bool queued = false;
        QObject::connect(&harness.portal, &FakePortal::requestServed, [&](const QString &, const QString &path, int) {
            if (queued || !path.contains(QLatin1String("/changes")))
                return;
            queued = true;
            harness.queue(QStringLiteral("p-1"), classify(QStringLiteral("appeal")));
        });
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QVERIFY(queued);
        auto *result = named<QLabel>(status, QStringLiteral("Last synchronisation"));
        QVERIFY2(result->text().startsWith(QLatin1String("Synchronised at")), qPrintable(result->text()));
        QVERIFY2(result->toolTip().contains(
                     QLatin1String("1 actions were queued during this sync; they go with the next sync")),
            qPrintable(result->toolTip()));
        QCOMPARE(named<QToolButton>(status, QStringLiteral("Actions waiting to be sent"))->text(),
            QStringLiteral("1 action(s) waiting to be sent"));
    }

    void longPull_showsTheProgressBar_thenHidesIt()
    {
        SyncHarness harness;
        harness.putSyntheticPosts(400, 17); // 58 pages of 7
        SyncStatusWidget status(*harness.controller);
        auto *bar = named<QProgressBar>(status, QStringLiteral("Receiving changes"));
        bool shownWhileMore = false;
        qint64 lastPulled = 0;
        // Connected after the widget: runs once it has handled the same signal.
        connect(harness.controller.get(), &SyncController::progress, this, [&](qint64 pulled, bool hasMore) {
            shownWhileMore = shownWhileMore || (hasMore && bar->isVisibleTo(&status));
            lastPulled = pulled;
        });
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QVERIFY(shownWhileMore);
        QCOMPARE(lastPulled, 400);
        QVERIFY(!bar->isVisibleTo(&status));
    }

    void conflict409_isShownSideBySide_andSettled_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine: sent again against the portal's version") << true;
        QTest::newRow("take the portal's: the local action is dropped") << false;
    }

    void conflict409_isShownSideBySide_andSettled()
    {
        QFETCH(bool, keepMine);
        SyncHarness harness;
        SyncStatusWidget status(*harness.controller);
        ConflictsPanel panel(*harness.controller, *harness.store.database);
        makeVersionConflict(harness);

        auto *conflictsButton = named<QToolButton>(status, QStringLiteral("Conflicts with the portal"));
        QVERIFY(conflictsButton->isVisibleTo(&status));
        QCOMPARE(conflictsButton->text(), QStringLiteral("1 conflict(s)"));
        auto *table = named<QTableView>(panel, QStringLiteral("Conflicts with the portal"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        // Both versions, the differing fields marked.
        auto *comparison = named<QTreeWidget>(panel, QStringLiteral("Both versions side by side"));
        QTreeWidgetItem *title = nullptr;
        QTreeWidgetItem *category = nullptr;
        for (int i = 0; i < comparison->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = comparison->topLevelItem(i);
            if (item->text(0) == QLatin1String("Title"))
                title = item;
            if (item->text(0) == QLatin1String("Category"))
                category = item;
        }
        QVERIFY(title && category);
        QCOMPARE(title->text(1), QStringLiteral("小区供暖温度不达标"));
        QCOMPARE(title->text(2), QStringLiteral("小区供暖温度不达标（补充说明）"));
        QVERIFY(title->font(1).bold());
        QVERIFY(category->text(1).startsWith(QLatin1String("Appeal")));
        QCOMPARE(category->text(2), QStringLiteral("unclassified"));

        QSignalSpy resolved(&panel, &ConflictsPanel::conflictResolved);
        button(panel, keepMine ? QStringLiteral("Keep mine") : QStringLiteral("Take the portal"))->click();
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(resolved.first().at(0).toString(), QStringLiteral("p-1"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!conflictsButton->isVisibleTo(&status));
        QVERIFY(!named<QLabel>(panel, QStringLiteral("Problem"))->isVisibleTo(&panel));

        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        QVERIFY(harness.controller->lastSummary().inStep());
        QCOMPARE(harness.portal.appliedActionCount(), keepMine ? 1 : 0);
        const QJsonObject portal = harness.portal.post(QStringLiteral("p-1"));
        QCOMPARE(portal.value(QLatin1String("category")).toString(), keepMine ? QStringLiteral("appeal") : QString());
        QCOMPARE(storedPost(*harness.store.database, QStringLiteral("p-1"))->json(), portal);
    }

    // 422: the action failed with the portal's message and its local effect is undone.
    void refusedAction_showsThePortalsMessage_andIsDismissed()
    {
        SyncHarness harness;
        ConflictsPanel panel(*harness.controller, *harness.store.database);
        makeRefusedAction(harness);
        auto *table = named<QTableView>(panel, QStringLiteral("Actions the portal refused"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(table->model()->index(0, OutboxModel::NoteColumn).data().toString().contains(QLatin1String("refused")));
        QPushButton *dismiss = button(panel, QStringLiteral("Dismiss"));
        QVERIFY(!dismiss->isEnabled());
        table->selectRow(0);
        QVERIFY(dismiss->isEnabled());
        dismiss->click();
        QCOMPARE(table->model()->rowCount(), 0);
        QList<OutboxEntry> failed;
        QString message;
        QVERIFY(harness.controller->failedActions(&failed, &message));
        QVERIFY(failed.isEmpty());
    }

    void settingsDialog_httpToAnotherHost_isRefusedAndNothingSaved()
    {
        SyncHarness harness;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        SyncSettingsDialog dialog(*harness.controller, settings, true); // even with the development switch
        named<QLineEdit>(dialog, QStringLiteral("Portal address"))
            ->setText(QStringLiteral("http://portal.example.org/api/v1"));
        named<QLineEdit>(dialog, QStringLiteral("User name"))->setText(QStringLiteral("clerk"));
        named<QLineEdit>(dialog, QStringLiteral("Password"))->setText(QStringLiteral("secret"));
        dialog.show();
        button(dialog, QStringLiteral("Save"))->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *problem = named<QLabel>(dialog, QStringLiteral("Problem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("https://")), qPrintable(problem->text()));
        settings.sync();
        QVERIFY(settings.allKeys().isEmpty());
        // The controller still talks to the portal it had.
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
    }

    void settingsDialog_acceptedSettings_areSavedWithoutThePassword()
    {
        SyncHarness harness;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            SyncSettingsDialog dialog(*harness.controller, settings, false);
            named<QLineEdit>(dialog, QStringLiteral("Portal address"))->setText(harness.portal.baseUrl().toString());
            named<QLineEdit>(dialog, QStringLiteral("User name"))->setText(clerk().name);
            named<QLineEdit>(dialog, QStringLiteral("Password"))->setText(QStringLiteral("typed-secret"));
            named<QLineEdit>(dialog, QStringLiteral("CA certificate file"))->setText(FakePortal::caCertificatePath());
            named<QSpinBox>(dialog, QStringLiteral("Automatic synchronisation interval"))->setValue(5);
            dialog.show();
            button(dialog, QStringLiteral("Save"))->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.preferences().intervalMinutes, 5);
        }
        QSettings settings(path, QSettings::IniFormat);
        const SyncPreferences saved = SyncPreferences::load(settings);
        QCOMPARE(saved.connection.portalUrl, harness.portal.baseUrl());
        QCOMPARE(saved.connection.userName, clerk().name);
        QCOMPARE(saved.connection.caFile, FakePortal::caCertificatePath());
        QCOMPARE(saved.intervalMinutes, 5);
        QVERIFY(!saved.connection.allowInsecureLoopback);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("typed-secret"));
        // The typed password went to the controller: the portal refuses it.
        QString message;
        QVERIFY(!harness.sync(&message));
        QVERIFY2(message.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(message));
    }

    void scheduler_intervalZero_synchronisesNothingOnItsOwn()
    {
        SyncHarness harness;
        SyncScheduler scheduler(*harness.controller);
        scheduler.setIntervalMinutes(0);
        QSignalSpy started(harness.controller.get(), &SyncController::started);
        scheduler.start();
        scheduler.actionQueued();
        QCOMPARE(started.count(), 0);
        QVERIFY(!harness.controller->isBusy());
        // Nor later: no timer is armed, where an automatic scheduler arms both.
        QCOMPARE(armedTimers(scheduler), QList<int>());
        QCOMPARE(harness.portal.requestCount(QString()), 0);

        SyncScheduler automatic(*harness.controller);
        automatic.setIntervalMinutes(30);
        automatic.start();
        automatic.actionQueued();
        QCOMPARE(armedTimers(automatic), (QList<int> { int(SyncScheduler::kActionDelay.count()), 30 * 60 * 1000 }));
        automatic.stop();
    }

    void scheduler_synchronisesAtStartAndEveryInterval_watchingInBetween()
    {
        SyncHarness harness;
        harness.putSyntheticPosts(3, 5);
        SyncScheduler scheduler(*harness.controller);
        scheduler.setInterval(std::chrono::milliseconds(400));
        scheduler.setWaitSeconds(1);
        QSignalSpy finished(harness.controller.get(), &SyncController::finished);
        scheduler.start();
        QVERIFY(harness.controller->isBusy()); // at start, at once
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 3, 20000);
        // Between runs the controller holds a long poll.
        QTRY_VERIFY_WITH_TIMEOUT(!harness.controller->isBusy(), 5000);
        scheduler.stop();
        const qsizetype runs = finished.count();
        QTest::qWait(600);
        QCOMPARE(finished.count(), runs);
    }

    void scheduler_sendsAQueuedActionSoon()
    {
        SyncHarness harness;
        harness.portal.putPost(newPost(QStringLiteral("p-1")));
        SyncScheduler scheduler(*harness.controller);
        scheduler.setIntervalMinutes(30);
        QSignalSpy finished(harness.controller.get(), &SyncController::finished);
        scheduler.start();
        QVERIFY(finished.wait(20000));
        harness.queue(QStringLiteral("p-1"), classify(QStringLiteral("appeal")));
        scheduler.actionQueued();
        QTRY_COMPARE_WITH_TIMEOUT(harness.portal.appliedActionCount(), 1, 20000);
    }

    void screenshot_statusBarAndConflictsPanel()
    {
        SyncHarness harness;
        QMainWindow window;
        auto *tabs = new QTabWidget(&window);
        auto *conflicts = new ConflictsPanel(*harness.controller, *harness.store.database, tabs);
        auto *outbox = new OutboxPanel(*harness.controller, *harness.store.database, tabs);
        tabs->addTab(conflicts, QStringLiteral("Conflicts"));
        tabs->addTab(outbox, QStringLiteral("Waiting to be sent"));
        window.setCentralWidget(tabs);
        auto *status = new SyncStatusWidget(*harness.controller, &window);
        window.statusBar()->addPermanentWidget(status);
        window.resize(1000, 700);
        makeVersionConflict(harness);
        makeRefusedAction(harness);
        harness.portal.putPost(newPost(QStringLiteral("p-3"), QStringLiteral("道里区某小区路灯不亮")));
        QString message;
        QVERIFY2(harness.sync(&message), qPrintable(message));
        harness.queue(QStringLiteral("p-3"), classify(QStringLiteral("appeal")));
        harness.queue(QStringLiteral("p-3"), dispatchTo({ QStringLiteral("x-daoli") }));
        status->refresh();
        outbox->reload();
        conflicts->reload();
        QDir().mkpath(QStringLiteral(BXT_SCREENSHOT_DIR));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(QStringLiteral(BXT_SCREENSHOT_DIR "/syncwidgets-conflicts.png")));
        tabs->setCurrentWidget(outbox);
        QVERIFY(window.grab().save(QStringLiteral(BXT_SCREENSHOT_DIR "/syncwidgets-outbox.png")));
    }
};

QTEST_MAIN(TestSyncWidgets)
#include "tst_syncwidgets.moc"
