// The main window offscreen, in Chinese: a clerk triages a post from unclassified to dispatched
// with the keyboard only (R1, R8, R11); search and saved views filter the queue; what the rules
// do not allow is disabled with the reason; a liaison's window never shows a report's contact
// (R10). Writes mainwindow-zh_CN.png and mainwindow-liaison-zh_CN.png to build/screenshots/.

#include "storetestsupport.h"
#include "triagetestsupport.h"
#include "widgettexts.h"

#include "common/itemroles.h"
#include "liaison/replyeditor.h"
#include "mainwindow.h"
#include "triage/judgementpanel.h"
#include "triage/queuemodel.h"
#include "triage/savedviewmodel.h"

#include "demo/syntheticpostgenerator.h"
#include "judgement/backgroundduplicates.h"
#include "store/auditlog.h"
#include "store/currentuserstore.h"
#include "store/database.h"
#include "store/unitstore.h"
#include "sync/synccontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>
#include <functional>

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

// Selects the posts' rows, the first one current, as a click and Ctrl+clicks would.
void selectPosts(MainWindow &window, const QStringList &postIds)
{
    QueueModel *queue = window.queueModel();
    QItemSelection rows;
    for (const QString &postId : postIds) {
        const int row = queue->rowOfPost(postId);
        QVERIFY2(row >= 0, qPrintable(postId));
        rows.select(queue->index(row, 0), queue->index(row, queue->columnCount() - 1));
    }
    QItemSelectionModel *selection = window.queueView()->selectionModel();
    selection->setCurrentIndex(queue->index(queue->rowOfPost(postIds.first()), 0), QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    window.queueView()->setFocus();
}

// Presses the key on the queue and answers the modal dialog it opens; false when none opened.
// The window is active again afterwards, for the next key.
[[nodiscard]] bool pressAndAnswer(MainWindow &window, QKeyCombination key, const std::function<void(QWidget &)> &answer)
{
    bool answered = false;
    QTimer::singleShot(0, &window, [&answered, &answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        answered = true;
        answer(*dialog);
        if (QTest::currentTestFailed())
            dialog->close(); // a failed check in the answer must not leave the test waiting on the dialog
    });
    QTest::keyClick(window.queueView(), key.key(), key.keyboardModifiers());
    window.activateWindow();
    return answered && QTest::qWaitForWindowActive(&window);
}

// The dialog's button with the role; fails the test when there is none or several.
QAbstractButton *buttonWithRole(QWidget &dialog, QDialogButtonBox::ButtonRole role, const QString &text = {})
{
    QList<QAbstractButton *> found;
    for (QDialogButtonBox *box : dialog.findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role && (text.isEmpty() || button->text() == text))
                found.append(button);
        }
    }
    if (found.size() != 1)
        qFatal("%lld buttons of role %d in %s", qlonglong(found.size()), int(role), dialog.metaObject()->className());
    return found.first();
}

QString assignmentStatus(Database &database, const QString &postId)
{
    const std::optional<Post> post = storedPost(database, postId);
    return post->assignments().first().toObject().value(QLatin1String("status")).toString();
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

    // Issue 12 finding 20: a mistyped --db creates no folder and no store; the window names the
    // missing store. Only the default store is made on the first start.
    void missingStore_isNamed_andNothingIsCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo/cases.sqlite"));
        MainWindow window(path);
        const auto *label = qobject_cast<QLabel *>(window.centralWidget());
        QVERIFY(label);
        QVERIFY2(label->text().contains(path), qPrintable(label->text()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    }

    // R1, R8, R11: classify with a digit, dispatch with D, choose the unit by its pinyin
    // initials, confirm with Enter — no mouse.
    void keyboardOnlyTriage_unclassifiedToDispatched()
    {
        TemporaryStore store;
        prepareStore(
            *store.database, { { QStringLiteral("clerk-1"), Role::ColumnStaff, {} }, QStringLiteral("张科员") });
        importPosts(*store.database,
            { samplePost(QStringLiteral("p-1"), 1, QStringLiteral("南岗区学府路供暖温度不达标"),
                  QStringLiteral("家里只有十四度，请尽快处理。")),
                samplePost(QStringLiteral("p-2"), 1, QStringLiteral("物业费上涨没有公示"),
                    QStringLiteral("请问物业费上涨是否合规？")) });

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
        prepareStore(
            *store.database, { { QStringLiteral("clerk-1"), Role::ColumnStaff, {} }, QStringLiteral("张科员") });
        importPosts(*store.database,
            { samplePost(QStringLiteral("r-1"), 1, QStringLiteral("举报某单位违规收费"),
                QStringLiteral("有人违规收费。"),
                { { QStringLiteral("category"), QStringLiteral("report") },
                    { QStringLiteral("status"), QStringLiteral("triaged") } }) });
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
        prepareStore(
            *store.database, { { QStringLiteral("clerk-1"), Role::ColumnStaff, {} }, QStringLiteral("张科员") });
        importPosts(*store.database,
            { samplePost(QStringLiteral("p-1"), 1, QStringLiteral("道里区安静街小区供暖温度不达标"),
                  QStringLiteral("家里只有十四度。"),
                  { { QStringLiteral("category"), QStringLiteral("appeal") },
                      { QStringLiteral("status"), QStringLiteral("triaged") } }),
                samplePost(
                    QStringLiteral("p-2"), 1, QStringLiteral("物业费上涨没有公示"), QStringLiteral("冬天供暖也不好。")),
                samplePost(QStringLiteral("p-3"), 1, QStringLiteral("公交线路调整建议"),
                    QStringLiteral("希望增加早班车。")) });
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
        QTRY_COMPARE(window.queueModel()->rowCount(), 2); // searched in the background
        QVERIFY(window.queueModel()->rowOfPost(QStringLiteral("p-3")) < 0);
        searchBox->clear();
        QTest::keyClick(searchBox, Qt::Key_Return);
        QCOMPARE(window.queueModel()->rowCount(), 3); // an empty search clears at once
    }

    // R10: nothing in a liaison's window shows a report's contact, even a report that reached
    // the store against the rules; the unit's own post shows its author's contact.
    void liaisonWindow_neverShowsAReportsContact()
    {
        TemporaryStore store;
        prepareStore(*store.database,
            { { QStringLiteral("liaison-1"), Role::Liaison, QStringLiteral("x-nangang") },
                QStringLiteral("南岗区联络员") });
        const QJsonObject reportAuthor { { QStringLiteral("alias"), QStringLiteral("知情人") },
            { QStringLiteral("phone"), kReportPhone }, { QStringLiteral("email"), kReportEmail } };
        importPosts(*store.database,
            { samplePost(QStringLiteral("r-1"), 1, QStringLiteral("举报南岗区某单位违规收费"),
                  QStringLiteral("联系电话 见作者信息。"),
                  { { QStringLiteral("category"), QStringLiteral("report") },
                      { QStringLiteral("status"), QStringLiteral("dispatched") },
                      { QStringLiteral("author"), reportAuthor },
                      { QStringLiteral("assignments"),
                          QJsonArray { pendingAssignment(QStringLiteral("x-nangang")) } } }),
                samplePost(QStringLiteral("p-1"), 1, QStringLiteral("南岗区学府路道路破损"),
                    QStringLiteral("路面坑洼。"),
                    { { QStringLiteral("category"), QStringLiteral("appeal") },
                        { QStringLiteral("status"), QStringLiteral("dispatched") },
                        { QStringLiteral("assignments"),
                            QJsonArray { pendingAssignment(QStringLiteral("x-nangang")) } } }) });
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
        QCOMPARE(counts.mid(0, 3), (QList<qsizetype> { 1, 1, 0 }));
        selectPost(window, QStringLiteral("p-1"));
        QVERIFY(allTexts(&window).join(QLatin1Char('\n')).contains(QStringLiteral("13800000000")));
        QAction *accept = actionWithShortcut(window, QKeySequence(Qt::Key_A));
        QVERIFY(accept && accept->isEnabled());
        QVERIFY(saveScreenshot(window, QStringLiteral("mainwindow-liaison-zh_CN.png")));
    }

    // The README: several selected rows take classify, dispatch, shield and close together; S
    // shields, U undoes a shield and Shift+C closes. A row left out keeps its state.
    void bulkActions_applyToEverySelectedRow()
    {
        TemporaryStore store;
        prepareStore(
            *store.database, { { QStringLiteral("clerk-1"), Role::ColumnStaff, {} }, QStringLiteral("张科员") });
        const QJsonObject commentary { { QStringLiteral("category"), QStringLiteral("commentary") },
            { QStringLiteral("status"), QStringLiteral("triaged") } };
        importPosts(*store.database,
            { samplePost(QStringLiteral("p-1"), 1, QStringLiteral("南岗区红军街路灯不亮"),
                  QStringLiteral("一到晚上整条街漆黑。")),
                samplePost(QStringLiteral("p-2"), 1, QStringLiteral("南岗区红军街井盖松动"),
                    QStringLiteral("车压过去咣当响。")),
                samplePost(QStringLiteral("p-3"), 1, QStringLiteral("道里区中央大街垃圾桶满溢"),
                    QStringLiteral("两天没人清。")),
                samplePost(QStringLiteral("c-1"), 1, QStringLiteral("点赞公交新线路"), QStringLiteral("方便多了。"),
                    commentary),
                samplePost(
                    QStringLiteral("c-2"), 1, QStringLiteral("夸一夸社区医生"), QStringLiteral("很耐心。"), commentary),
                samplePost(QStringLiteral("c-3"), 1, QStringLiteral("冰雪大世界很好看"), QStringLiteral("值得一去。"),
                    commentary) });
        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.queueModel()->isLoading());
        Database &database = *store.database;
        const auto statusOf
            = [&database](const char *id) { return storedPost(database, QString::fromLatin1(id))->status(); };
        const QStringList two { QStringLiteral("p-1"), QStringLiteral("p-2") };

        selectPosts(window, two);
        QTest::keyClick(window.queueView(), Qt::Key_2); // 诉求 (appeal)
        for (const QString &id : two)
            QCOMPARE(storedPost(database, id)->categoryCode(), QStringLiteral("appeal"));
        QCOMPARE(statusOf("p-2"), QStringLiteral("triaged"));
        QCOMPARE(storedPost(database, QStringLiteral("p-3"))->categoryCode(), QString());

        selectPosts(window, two);
        QVERIFY(pressAndAnswer(window, Qt::Key_S, [](QWidget &dialog) { // the first reason, spam
            buttonWithRole(dialog, QDialogButtonBox::AcceptRole)->click();
        }));
        QCOMPARE(statusOf("p-1"), QStringLiteral("shielded"));
        QCOMPARE(statusOf("p-2"), QStringLiteral("shielded"));
        QCOMPARE(statusOf("p-3"), QStringLiteral("new"));

        selectPosts(window, two);
        QTest::keyClick(window.queueView(), Qt::Key_U);
        QCOMPARE(statusOf("p-1"), QStringLiteral("triaged"));
        QCOMPARE(statusOf("p-2"), QStringLiteral("triaged"));

        selectPosts(window, two);
        QVERIFY(pressAndAnswer(window, Qt::Key_D, [](QWidget &dialog) {
            QWidget *search = dialog.focusWidget();
            QTest::keyClicks(search, QStringLiteral("ngq")); // 南岗区
            QTest::keyClick(search, Qt::Key_Space);
            QTest::keyClick(search, Qt::Key_Return);
        }));
        for (const QString &id : two) {
            QCOMPARE(storedPost(database, id)->status(), QStringLiteral("dispatched"));
            QCOMPARE(
                storedPost(database, id)->assignments().first().toObject().value(QLatin1String("unit_id")).toString(),
                QStringLiteral("x-nangang"));
        }
        QCOMPARE(statusOf("p-3"), QStringLiteral("new"));

        selectPosts(window, { QStringLiteral("c-1"), QStringLiteral("c-2") });
        QVERIFY(pressAndAnswer(window, Qt::SHIFT | Qt::Key_C, [](QWidget &dialog) {
            auto *question = qobject_cast<QMessageBox *>(&dialog);
            QVERIFY(question);
            question->button(QMessageBox::Yes)->click();
        }));
        QCOMPARE(statusOf("c-1"), QStringLiteral("closed"));
        QCOMPARE(statusOf("c-2"), QStringLiteral("closed"));
        QCOMPARE(statusOf("c-3"), QStringLiteral("triaged"));
    }

    // The README: a liaison returns a post with T, promises a date with P and replies with
    // Ctrl+R; a reply sent despite the quality check's advice is recorded in the audit log (R19).
    void liaisonKeys_returnPromiseReply_andAdviceSentPastIsAudited()
    {
        TemporaryStore store;
        prepareStore(*store.database,
            { { QStringLiteral("liaison-1"), Role::Liaison, QStringLiteral("x-nangang") },
                QStringLiteral("南岗区联络员") });
        const auto accepted = [](const char *id, const QString &title) {
            return samplePost(QString::fromLatin1(id), 1, title, QStringLiteral("请尽快处理。"),
                { { QStringLiteral("category"), QStringLiteral("appeal") },
                    { QStringLiteral("status"), QStringLiteral("dispatched") },
                    { QStringLiteral("assignments"),
                        QJsonArray { assignment(QStringLiteral("x-nangang"),
                            QStringLiteral("2025-03-03T10:00:00+08:00"), QStringLiteral("accepted")) } } });
        };
        importPosts(*store.database,
            { accepted("t-1", QStringLiteral("市属公园门票涨价")),
                accepted("p-1", QStringLiteral("南岗区某小区电梯停运")),
                accepted("r-1", QStringLiteral("南岗区学府路路灯不亮")) });
        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.queueModel()->isLoading());
        Database &database = *store.database;

        selectPost(window, QStringLiteral("t-1"));
        QVERIFY(pressAndAnswer(window, Qt::Key_T, [](QWidget &dialog) {
            dialog.findChild<QPlainTextEdit *>()->setPlainText(
                QStringLiteral("公园门票由市园林局定价，不属区政府职责。"));
            buttonWithRole(dialog, QDialogButtonBox::AcceptRole)->click();
        }));
        QCOMPARE(assignmentStatus(database, QStringLiteral("t-1")), QStringLiteral("returned"));

        selectPost(window, QStringLiteral("p-1"));
        QVERIFY(pressAndAnswer(window, Qt::Key_P, [](QWidget &dialog) {
            dialog.findChild<QLineEdit *>()->setText(QStringLiteral("需要电梯公司检修后答复。"));
            buttonWithRole(dialog, QDialogButtonBox::AcceptRole)->click();
        }));
        QCOMPARE(assignmentStatus(database, QStringLiteral("p-1")), QStringLiteral("promised"));

        selectPost(window, QStringLiteral("r-1"));
        QVERIFY(pressAndAnswer(window, Qt::CTRL | Qt::Key_R, [](QWidget &dialog) {
            auto *editor = qobject_cast<ReplyEditor *>(&dialog);
            QVERIFY(editor);
            editor->setText(QStringLiteral("经核查，学府路路灯线路老化，区城管局已于三月五日更换线路，路灯已恢复照明。"
                                           "路灯杆迁移不属我局管辖范围。"));
            QCOMPARE(editor->overriddenAdvice().size(), 1);
            buttonWithRole(dialog, QDialogButtonBox::AcceptRole,
                QCoreApplication::translate("bxt::ReplyEditor", "Send &despite advice"))
                ->click();
        }));
        QCOMPARE(assignmentStatus(database, QStringLiteral("r-1")), QStringLiteral("replied"));
        QList<AuditLog::Entry> entries;
        QString error;
        QVERIFY2(AuditLog(database).entriesFor(QStringLiteral("r-1"), &entries, &error), qPrintable(error));
        const auto overridden = std::find_if(entries.cbegin(), entries.cend(),
            [](const AuditLog::Entry &entry) { return entry.action == QLatin1String("advice_overridden"); });
        QVERIFY2(overridden != entries.cend(), "no audit entry for the advice sent past");
        QCOMPARE(overridden->actor, QStringLiteral("liaison-1"));
        const QJsonArray findings = overridden->after.value(QLatin1String("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().toObject().value(QLatin1String("rule")).toString(), QStringLiteral("R19"));
    }

    // Issue 11, item 5: the user's name comes from the portal; the status bar shows it literally.
    void hostileUserName_shownLiterally()
    {
        const QString name = QStringLiteral("<h1 style=\"color:red\">张科员</h1>");
        TemporaryStore store;
        prepareStore(*store.database, { { QStringLiteral("clerk-1"), Role::ColumnStaff, {} }, name });
        MainWindow window(store.path());
        const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
        const auto shown = std::find_if(
            labels.cbegin(), labels.cend(), [&name](const QLabel *label) { return label->text().contains(name); });
        QVERIFY2(shown != labels.cend(), "the user's name is not in the status bar");
        QCOMPARE((*shown)->textFormat(), Qt::PlainText);
    }

    // The README: F5 synchronises now. With no portal set up, the run fails at once and says so.
    void f5_synchronisesNow()
    {
        TemporaryStore store;
        prepareStore(
            *store.database, { { QStringLiteral("clerk-1"), Role::ColumnStaff, {} }, QStringLiteral("张科员") });
        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *sync = window.findChild<SyncController *>();
        QVERIFY(sync);
        QSignalSpy failed(sync, &SyncController::failed);
        window.queueView()->setFocus();
        QTest::keyClick(window.queueView(), Qt::Key_F5);
        QTRY_COMPARE(failed.count(), 1);
    }

    // R20–R23: a supervisor's window opens on the supervision desk, with the key issues, the
    // reports and the posts beside it; a leader gets no supervision desk.
    void supervisorAndLeader_getTheirDesks()
    {
        TemporaryStore store;
        prepareStore(*store.database, { { QStringLiteral("sup-1"), Role::Supervisor, {} }, QStringLiteral("督办员") });
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
        prepareStore(*store.database, { { QStringLiteral("lead-1"), Role::Leader, {} }, QStringLiteral("王市长") });
        MainWindow window(store.path());
        auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("要事"));
    }

    // Issue 13: the likely duplicates beside the post are looked for in the background and
    // shown when they arrive; an answer for a post the clerk has moved on from is not shown
    // beside the next one.
    void duplicates_arriveInTheBackgroundForThePostShown()
    {
        TemporaryStore store;
        prepareStore(
            *store.database, { { QStringLiteral("clerk-1"), Role::ColumnStaff, {} }, QStringLiteral("张科员") });
        const QString title = QStringLiteral("南岗区和平路十二号院垃圾站三天没有清运");
        const QString body = QStringLiteral("和平路十二号院的垃圾站已经三天没人清运了，袋子堆到路边，天一热味道很大，"
                                            "野猫把垃圾翻得到处都是。物业说环卫没来车，请有关部门尽快安排。");
        importPosts(*store.database,
            { samplePost(QStringLiteral("p-first"), 1, title, body),
                samplePost(QStringLiteral("p-again"), 1, title + QStringLiteral("（再次反映）"), body),
                samplePost(QStringLiteral("p-other"), 1, QStringLiteral("道外区公交站牌字迹看不清"),
                    QStringLiteral("北新街公交站的站牌褪色严重，老年人根本看不清线路和首末班时间。")) });
        MainWindow window(store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.queueModel()->isLoading());
        QTreeWidget *list = nullptr;
        for (auto *tree : window.findChildren<QTreeWidget *>()) {
            if (tree->accessibleName() == JudgementPanel::tr("Likely duplicates"))
                list = tree;
        }
        QVERIFY(list);
        QAbstractItemModelTester tester(list->model());
        auto *duplicates = window.findChild<BackgroundDuplicates *>();
        QVERIFY(duplicates);
        QSignalSpy found(duplicates, &BackgroundDuplicates::found);

        selectPosts(window, { QStringLiteral("p-first") });
        QTRY_VERIFY(!found.isEmpty() && found.last().at(0).toString() == QLatin1String("p-first"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), title + QStringLiteral("（再次反映）"));

        selectPosts(window, { QStringLiteral("p-other") });
        QCOMPARE(list->topLevelItemCount(), 0);
        // p-first's answer again, late, as if it had been under way when the clerk moved on.
        emit duplicates->found(QStringLiteral("p-first"), found.last().at(1).value<QList<DuplicateCandidate>>());
        QCOMPARE(list->topLevelItemCount(), 0);
        QTRY_COMPARE(found.last().at(0).toString(), QStringLiteral("p-other"));
        QCOMPARE(list->topLevelItemCount(), 0);
    }

    void screenshot_demoStoreInChinese()
    {
        TemporaryStore store;
        prepareStore(
            *store.database, { { QStringLiteral("clerk-1"), Role::ColumnStaff, {} }, QStringLiteral("张科员") });
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
    LanguageChooser m_language { *qApp };
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
