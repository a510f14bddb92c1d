// The main window offscreen, in Chinese: a clerk triages a post from unclassified to dispatched
// with the keyboard only (R1, R8, R11); search and saved views filter the queue; what the rules
// do not allow is disabled with the reason; a liaison's window never shows a report's contact
// (R10). Writes mainwindow-zh_CN.png and mainwindow-liaison-zh_CN.png to build/screenshots/.

#include "storetestsupport.h"
#include "triagetestsupport.h"
#include "widgettexts.h"

#include "common/itemroles.h"
#include "mainwindow.h"
#include "triage/queuemodel.h"
#include "triage/savedviewmodel.h"

#include "demo/syntheticpostgenerator.h"
#include "store/currentuserstore.h"
#include "store/database.h"
#include "store/unitstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

const QString kReportPhone = QStringLiteral("13566667777");
const QString kReportEmail = QStringLiteral("whistle@example.com");

void prepareStore(Database &database, const CurrentUser &user)
{
    storeHarbinUnits(database);
    QString error;
    QVERIFY2(CurrentUserStore(database).save(user, &error), qPrintable(error));
}

QJsonObject pendingAssignment(const QString &unitId)
{
    return assignment(unitId, QStringLiteral("2025-03-03T10:00:00+08:00"), QStringLiteral("pending"));
}

QAction *actionWithShortcut(QWidget &window, const QKeySequence &shortcut)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut() == shortcut)
            return action;
    }
    return nullptr;
}

void selectPost(MainWindow &window, const QString &postId)
{
    const int row = window.queueModel()->rowOfPost(postId);
    QVERIFY2(row >= 0, qPrintable(postId));
    window.queueView()->setCurrentIndex(window.queueModel()->index(row, 0));
    window.queueView()->setFocus();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_language.apply(QStringLiteral("zh_CN")));
    }

    void cleanupTestCase() { m_language.apply(QStringLiteral("en")); }

    // R1, R8, R11: classify with a digit, dispatch with D, choose the unit by its pinyin
    // initials, confirm with Enter — no mouse.
    void keyboardOnlyTriage_unclassifiedToDispatched()
    {
        TemporaryStore store;
        prepareStore(*store.database, {{QStringLiteral("clerk-1"), Role::ColumnStaff, {}}, QStringLiteral("张科员")});
        importPosts(*store.database,
                    {samplePost(QStringLiteral("p-1"), 1, QStringLiteral("南岗区学府路供暖温度不达标"),
                                QStringLiteral("家里只有十四度，请尽快处理。")),
                     samplePost(QStringLiteral("p-2"), 1, QStringLiteral("物业费上涨没有公示"),
                                QStringLiteral("请问物业费上涨是否合规？"))});

        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.queueModel()->isLoading());
        QAbstractItemModelTester tester(window.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        selectPost(window, QStringLiteral("p-1"));

        QTest::keyClick(window.queueView(), Qt::Key_2); // 诉求 (appeal) is the second category
        std::optional<Post> post = storedPost(*store.database, QStringLiteral("p-1"));
        QCOMPARE(post->categoryCode(), QStringLiteral("appeal"));
        QCOMPARE(post->status(), QStringLiteral("triaged"));
        QCOMPARE(window.queueView()->currentIndex().data(PostIdRole).toString(), QStringLiteral("p-1"));

        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&dialogSeen] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialogSeen = true;
            QVERIFY(saveScreenshot(*dialog, QStringLiteral("mainwindow-dispatch-zh_CN.png")));
            QWidget *search = dialog->focusWidget();
            QVERIFY(qobject_cast<QLineEdit *>(search));
            QTest::keyClicks(search, QStringLiteral("ngq")); // 南岗区
            QTest::keyClick(search, Qt::Key_Space);
            QTest::keyClick(search, Qt::Key_Return);
        });
        QTest::keyClick(window.queueView(), Qt::Key_D);
        QVERIFY(dialogSeen);

        post = storedPost(*store.database, QStringLiteral("p-1"));
        QCOMPARE(post->status(), QStringLiteral("dispatched"));
        QCOMPARE(post->assignments().size(), 1);
        QCOMPARE(post->assignments().first().toObject().value(QLatin1String("unit_id")).toString(),
                 QStringLiteral("x-nangang"));
        QCOMPARE(storedPost(*store.database, QStringLiteral("p-2"))->status(), QStringLiteral("new"));
        const QModelIndex row = window.queueModel()->index(window.queueModel()->rowOfPost(QStringLiteral("p-1")), 0);
        QCOMPARE(row.data(StatusCodeRole).toString(), QStringLiteral("dispatched"));
    }

    // R10: a report is never offered for dispatch; the action says why.
    void disallowedActions_areDisabledWithTheReason()
    {
        TemporaryStore store;
        prepareStore(*store.database, {{QStringLiteral("clerk-1"), Role::ColumnStaff, {}}, QStringLiteral("张科员")});
        importPosts(*store.database,
                    {samplePost(QStringLiteral("r-1"), 1, QStringLiteral("举报某单位违规收费"),
                                QStringLiteral("有人违规收费。"),
                                {{QStringLiteral("category"), QStringLiteral("report")},
                                 {QStringLiteral("status"), QStringLiteral("triaged")}})});
        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.queueModel()->isLoading());
        selectPost(window, QStringLiteral("r-1"));
        QAction *dispatch = actionWithShortcut(window, QKeySequence(Qt::Key_D));
        QVERIFY(dispatch);
        QVERIFY(!dispatch->isEnabled());
        QVERIFY(!dispatch->toolTip().isEmpty());
        QAction *forward = actionWithShortcut(window, QKeySequence(Qt::Key_F));
        QVERIFY(forward->isEnabled());
    }

    // Search narrows the queue to the hits; a saved view sets the filters and counts live.
    void searchAndSavedViews_filterTheQueue()
    {
        TemporaryStore store;
        prepareStore(*store.database, {{QStringLiteral("clerk-1"), Role::ColumnStaff, {}}, QStringLiteral("张科员")});
        importPosts(*store.database,
                    {samplePost(QStringLiteral("p-1"), 1, QStringLiteral("道里区安静街小区供暖温度不达标"),
                                QStringLiteral("家里只有十四度。"),
                                {{QStringLiteral("category"), QStringLiteral("appeal")},
                                 {QStringLiteral("status"), QStringLiteral("triaged")}}),
                     samplePost(QStringLiteral("p-2"), 1, QStringLiteral("物业费上涨没有公示"),
                                QStringLiteral("冬天供暖也不好。")),
                     samplePost(QStringLiteral("p-3"), 1, QStringLiteral("公交线路调整建议"),
                                QStringLiteral("希望增加早班车。"))});
        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.queueModel()->isLoading());
        QCOMPARE(window.queueModel()->rowCount(), 3);

        auto *sideBar = window.findChild<QListView *>();
        auto *views = qobject_cast<SavedViewModel *>(sideBar->model());
        QAbstractItemModelTester tester(views, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(views->index(1).data().toString(), QStringLiteral("未分类（2）"));
        sideBar->setCurrentIndex(views->index(1));
        QCOMPARE(window.queueModel()->rowCount(), 2);

        sideBar->setCurrentIndex(views->index(0));
        auto *searchBox = window.findChild<QLineEdit *>();
        searchBox->setFocus();
        searchBox->insert(QStringLiteral("供暖")); // what an input method commits
        QTest::keyClick(searchBox, Qt::Key_Return);
        QCOMPARE(window.queueModel()->rowCount(), 2);
        QVERIFY(window.queueModel()->rowOfPost(QStringLiteral("p-3")) < 0);
        searchBox->clear();
        QTest::keyClick(searchBox, Qt::Key_Return);
        QCOMPARE(window.queueModel()->rowCount(), 3);
    }

    // R10: nothing in a liaison's window shows a report's contact, even a report that reached
    // the store against the rules; the unit's own post shows its author's contact.
    void liaisonWindow_neverShowsAReportsContact()
    {
        TemporaryStore store;
        prepareStore(*store.database, {{QStringLiteral("liaison-1"), Role::Liaison, QStringLiteral("x-nangang")},
                                       QStringLiteral("南岗区联络员")});
        const QJsonObject reportAuthor{{QStringLiteral("alias"), QStringLiteral("知情人")},
                                       {QStringLiteral("phone"), kReportPhone},
                                       {QStringLiteral("email"), kReportEmail}};
        importPosts(*store.database,
                    {samplePost(QStringLiteral("r-1"), 1, QStringLiteral("举报南岗区某单位违规收费"),
                                QStringLiteral("联系电话 见作者信息。"),
                                {{QStringLiteral("category"), QStringLiteral("report")},
                                 {QStringLiteral("status"), QStringLiteral("dispatched")},
                                 {QStringLiteral("author"), reportAuthor},
                                 {QStringLiteral("assignments"), QJsonArray{pendingAssignment(QStringLiteral("x-nangang"))}}}),
                     samplePost(QStringLiteral("p-1"), 1, QStringLiteral("南岗区学府路道路破损"),
                                QStringLiteral("路面坑洼。"),
                                {{QStringLiteral("category"), QStringLiteral("appeal")},
                                 {QStringLiteral("status"), QStringLiteral("dispatched")},
                                 {QStringLiteral("assignments"), QJsonArray{pendingAssignment(QStringLiteral("x-nangang"))}}})});
        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.queueModel()->isLoading());
        QAbstractItemModelTester tester(window.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Whatever the queue shows, one post after the other.
        for (int row = 0; row < window.queueModel()->rowCount(); ++row) {
            window.queueView()->setCurrentIndex(window.queueModel()->index(row, 0));
            const QStringList texts = allTexts(&window);
            QVERIFY(!texts.join(QLatin1Char('\n')).contains(kReportPhone));
            QVERIFY(!texts.join(QLatin1Char('\n')).contains(kReportEmail));
        }
        QCOMPARE(window.queueModel()->rowOfPost(QStringLiteral("r-1")), -1);
        QVERIFY(window.queueModel()->rowOfPost(QStringLiteral("p-1")) >= 0);
        // The inbox's views: all, to sign for, to answer, … — the report counts in none (R10).
        auto *views = qobject_cast<SavedViewModel *>(window.findChild<QListView *>()->model());
        const QList<qsizetype> counts = window.queueModel()->counts(views->filters());
        QCOMPARE(counts.mid(0, 3), (QList<qsizetype>{1, 1, 0}));
        selectPost(window, QStringLiteral("p-1"));
        QVERIFY(allTexts(&window).join(QLatin1Char('\n')).contains(QStringLiteral("13800000000")));
        QAction *accept = actionWithShortcut(window, QKeySequence(Qt::Key_A));
        QVERIFY(accept && accept->isEnabled());
        QVERIFY(saveScreenshot(window, QStringLiteral("mainwindow-liaison-zh_CN.png")));
    }

    // R20–R23: a supervisor's window opens on the supervision desk, with the key issues, the
    // reports and the posts beside it; a leader gets no supervision desk.
    void supervisorAndLeader_getTheirDesks()
    {
        TemporaryStore store;
        prepareStore(*store.database, {{QStringLiteral("sup-1"), Role::Supervisor, {}}, QStringLiteral("督办员")});
        {
            MainWindow window(store.path());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
            QVERIFY(tabs);
            QCOMPARE(tabs->count(), 4);
            QCOMPARE(tabs->tabText(0), QStringLiteral("督办"));
            QVERIFY(saveScreenshot(window, QStringLiteral("mainwindow-supervisor-zh_CN.png")));
        }
        prepareStore(*store.database, {{QStringLiteral("lead-1"), Role::Leader, {}}, QStringLiteral("王市长")});
        MainWindow window(store.path());
        auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("要事"));
    }

    void screenshot_demoStoreInChinese()
    {
        TemporaryStore store;
        prepareStore(*store.database, {{QStringLiteral("clerk-1"), Role::ColumnStaff, {}}, QStringLiteral("张科员")});
        SyntheticPostGenerator generator(20251126);
        QList<QJsonObject> posts;
        for (int i = 0; i < 400; ++i)
            posts.append(generator.next());
        importPosts(*store.database, posts);
        MainWindow window(store.path());
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.queueModel()->isLoading());
        QCOMPARE(window.queueModel()->rowCount(), 400);
        QTest::qWait(400); // the judgement panel looks for duplicates once the selection settles
        QVERIFY(saveScreenshot(window, QStringLiteral("mainwindow-zh_CN.png")));
    }

private:
    LanguageChooser m_language{*qApp};
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
