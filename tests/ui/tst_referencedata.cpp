// The reference data of an open window follows the store: units and calendar years a real
// SyncController brings from the fake portal, or an import by the CLI, reach the dispatch
// dialog, the supervision desk's unit list and the queue's deadlines without a restart (R1,
// R16–R18, R20; portal-api.md "Reference data").

#include "synctestsupport.h"

#include "common/itemroles.h"
#include "mainwindow.h"
#include "triage/queuemodel.h"

#include "domain/post.h"
#include "store/unitstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

const QString kNewUnitId = QStringLiteral("d-newbureau");
const QString kNewUnitName = QStringLiteral("市新设数据管理局");

const PortalUser &supervisor()
{
    static const PortalUser user { QStringLiteral("u-supervisor"), QStringLiteral("supervisor"),
        QStringLiteral("supervisor-pw") };
    return user;
}

// The store of the portal's user (the column staff member unless told), with the demo's units.
void prepareStore(Database &database, const PortalUser &user = clerk(), Role role = Role::ColumnStaff)
{
    storeHarbinUnits(database);
    QString error;
    QVERIFY2(CurrentUserStore(database).save({ { user.id, role, {} }, user.name }, &error), qPrintable(error));
}

// The portal's fake, with the clerk and a supervisor; started, or the test fails.
void startPortal(FakePortal &portal)
{
    portal.addUser(clerk().id, clerk().name, clerk().password, QStringLiteral("column_staff"));
    portal.addUser(supervisor().id, supervisor().name, supervisor().password, QStringLiteral("supervisor"));
    QString error;
    QVERIFY2(portal.start(&error), qPrintable(error));
}

// Points the window's own SyncController at the portal and runs one synchronisation as user.
void syncWindow(MainWindow &window, FakePortal &portal, const PortalUser &user = clerk())
{
    auto *sync = window.findChild<SyncController *>();
    QVERIFY(sync);
    QString error;
    QVERIFY2(sync->configure({ portal.baseUrl(), user.name, FakePortal::caCertificatePath(), false }, &error),
        qPrintable(error));
    sync->setPassword(user.password, false);
    QSignalSpy finished(sync, &SyncController::finished);
    QSignalSpy failed(sync, &SyncController::failed);
    sync->synchronize();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
}

void waitForPost(MainWindow &window, const QString &postId)
{
    QTRY_VERIFY(!window.queueModel()->isLoading() && window.queueModel()->rowOfPost(postId) >= 0);
}

// Every name in the model's tree, depth first.
QStringList namesIn(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        names.append(index.data().toString());
        names += namesIn(model, index);
    }
    return names;
}

// The first Monday of March of this year, China time: a week with no holiday in any
// arrangement so far, and the one the calendar sent below changes.
QDate mondayInMarch()
{
    QDate day(cstDate(QDateTime::currentDateTimeUtc()).year(), 3, 1);
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(1);
    return day;
}

QJsonArray unitsWithANewOne()
{
    QJsonArray units = SyntheticPostGenerator::harbinUnits();
    units.append(QJsonObject { { QStringLiteral("id"), kNewUnitId }, { QStringLiteral("name"), kNewUnitName },
        { QStringLiteral("kind"), QStringLiteral("department") }, { QStringLiteral("active"), true } });
    return units;
}

QJsonObject triagedPost(const QString &id)
{
    return samplePost(id, 1, QStringLiteral("小区门前道路积水"), QStringLiteral("下雨后积水没过脚踝。"),
        { { QStringLiteral("category"), QStringLiteral("appeal") },
            { QStringLiteral("status"), QStringLiteral("triaged") } });
}

void selectPost(MainWindow &window, const QString &postId)
{
    QueueModel *queue = window.queueModel();
    window.queueView()->setCurrentIndex(queue->index(queue->rowOfPost(postId), 0));
    window.queueView()->setFocus();
}

// Opens the dispatch dialog with D on the selected post: the names of the units it offers.
QStringList unitsOfferedForDispatch(MainWindow &window)
{
    QStringList offered;
    bool dialogSeen = false;
    QTimer::singleShot(0, &window, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        dialogSeen = true;
        for (const QTreeView *view : dialog->findChildren<QTreeView *>())
            offered += namesIn(*view->model());
        dialog->close();
    });
    QTest::keyClick(window.queueView(), Qt::Key_D);
    if (!dialogSeen)
        qWarning("D opened no dialog");
    return offered;
}

QJsonObject postDispatchedOn(const QString &id, const QDate &day, const QString &unitId)
{
    const QString at = day.toString(Qt::ISODate) + QStringLiteral("T10:00:00+08:00");
    return samplePost(id, 1, QStringLiteral("社区门口井盖缺失"), QStringLiteral("夜里路过很危险，请尽快补上。"),
        { { QStringLiteral("submitted_at"), day.toString(Qt::ISODate) + QStringLiteral("T08:00:00+08:00") },
            { QStringLiteral("category"), QStringLiteral("appeal") },
            { QStringLiteral("status"), QStringLiteral("dispatched") },
            { QStringLiteral("assignments"), QJsonArray { pendingAssignment(unitId, at) } } });
}

QDate dueDateShown(MainWindow &window, const QString &postId)
{
    QueueModel *queue = window.queueModel();
    return queue->index(queue->rowOfPost(postId), int(QueueColumn::Deadline)).data(DueDateRole).toDate();
}

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // R1: a unit the portal adds while the window is open can be dispatched to at once.
    void unitAddedBySync_appearsInTheDispatchDialog()
    {
        FakePortal portal;
        startPortal(portal);
        portal.setUnits(unitsWithANewOne());
        portal.putPost(triagedPost(QStringLiteral("p-1")));

        TemporaryStore store;
        prepareStore(*store.database);
        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        syncWindow(window, portal);
        waitForPost(window, QStringLiteral("p-1"));
        selectPost(window, QStringLiteral("p-1"));

        const QStringList offered = unitsOfferedForDispatch(window);
        QVERIFY2(offered.contains(kNewUnitName), qPrintable(offered.join(QLatin1Char(','))));
    }

    // R1, R20: a unit the portal adds while a supervisor's window is open can be chosen in the
    // supervision desk's list of units at once.
    void unitAddedBySync_appearsInTheSupervisionDesk()
    {
        FakePortal portal;
        startPortal(portal);
        portal.setUnits(unitsWithANewOne());

        TemporaryStore store;
        prepareStore(*store.database, supervisor(), Role::Supervisor);
        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QComboBox *units = nullptr;
        for (const auto *combo : window.findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QLatin1String("Unit"))
                units = combo;
        }
        QVERIFY2(units, "the supervision desk has no unit list");
        QCOMPARE(units->findText(kNewUnitName), -1);

        syncWindow(window, portal, supervisor());
        QTRY_VERIFY(units->findText(kNewUnitName) >= 0);
    }

    // R1: `baixingtan-cli units import` while the window is open (another process, the same
    // store): the window reads the units again when the user comes back to it.
    void unitImportedWhileOpen_appearsOnReturningToTheWindow()
    {
        TemporaryStore store;
        prepareStore(*store.database);
        importPosts(*store.database, { triagedPost(QStringLiteral("p-1")) });
        MainWindow window(store.path());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        waitForPost(window, QStringLiteral("p-1"));

        QWidget elsewhere; // the terminal the import ran in
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QString error;
        const std::unique_ptr<Database> cli = Database::open(store.path(), &error);
        QVERIFY2(cli, qPrintable(error));
        QVERIFY2(inTransaction(
                     *cli, [&](QString *failure) { return UnitStore(*cli).replaceAll(unitsWithANewOne(), failure); },
                     &error),
            qPrintable(error));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        selectPost(window, QStringLiteral("p-1"));
        const QStringList offered = unitsOfferedForDispatch(window);
        QVERIFY2(offered.contains(kNewUnitName), qPrintable(offered.join(QLatin1Char(','))));
    }

    // The desks hold prepared queries on the window's store: closing the window ends them
    // before the store's connection, which Qt would otherwise warn is still in use.
    void closedWindow_leavesNoQueryOnTheStore()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase")));
        TemporaryStore store;
        prepareStore(*store.database);
        importPosts(*store.database, { triagedPost(QStringLiteral("p-1")), triagedPost(QStringLiteral("p-2")) });
        auto window = std::make_unique<MainWindow>(store.path());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        waitForPost(*window, QStringLiteral("p-2"));
        selectPost(*window, QStringLiteral("p-1"));
        const QTreeWidget *duplicates = nullptr;
        for (const auto *list : window->findChildren<QTreeWidget *>()) {
            if (list->accessibleName() == QLatin1String("Likely duplicates"))
                duplicates = list;
        }
        QVERIFY(duplicates);
        QTRY_COMPARE(duplicates->topLevelItemCount(), 1); // p-2, found by a query on the store
        window.reset();
    }

    // R16–R17: a department's first answer is due 3 working days after dispatch. A post
    // dispatched on a Monday is due on Thursday; when the portal publishes this year with that
    // Tuesday to Thursday off, it is due on Friday, Monday, Tuesday: the next Tuesday.
    void calendarYearBroughtBySync_changesTheDeadlineShown()
    {
        FakePortal portal;
        startPortal(portal);
        const QDate monday = mondayInMarch();
        portal.putPost(postDispatchedOn(QStringLiteral("p-2"), monday, QStringLiteral("d-heating")));

        TemporaryStore store;
        prepareStore(*store.database);
        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(window.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        syncWindow(window, portal);
        waitForPost(window, QStringLiteral("p-2"));
        QCOMPARE(dueDateShown(window, QStringLiteral("p-2")), monday.addDays(3));

        CalendarYear year;
        year.year = monday.year();
        year.holidays = { monday.addDays(1), monday.addDays(2), monday.addDays(3) };
        portal.setCalendar(year.toJson());
        syncWindow(window, portal);
        QTRY_COMPARE(dueDateShown(window, QStringLiteral("p-2")), monday.addDays(8));
    }
};

QTEST_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
