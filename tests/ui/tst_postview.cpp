// The post view offscreen: a report's contact never reaches any widget for a liaison, a leader or
// anyone else but column staff (R10); a body is shown as plain text, never as HTML; flagged terms
// are highlighted; both clocks with working days left, and "calendar incomplete" where a year's
// calendar is not known (R16–R18). Writes postview-zh_CN.png to build/screenshots/.

#include "triagetestsupport.h"
#include "widgettexts.h"

#include "triage/postview.h"

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

const QString kPhone = QStringLiteral("13912345678");
const QString kEmail = QStringLiteral("wang@example.com");

Post reportPost()
{
    Post post = triagePost(QStringLiteral("p-20250303-0007"), QStringLiteral("report"), QStringLiteral("triaged"));
    post.json().insert(QStringLiteral("title"), QStringLiteral("举报某局工作人员收受好处费"));
    return post;
}

// The audit log keeps the whole post before and after, contact included.
QList<AuditLog::Entry> historyOf(const Post &post)
{
    QJsonObject before = post.json();
    before.insert(QStringLiteral("category"), QJsonValue());
    before.insert(QStringLiteral("status"), QStringLiteral("new"));
    return { AuditLog::Entry { QStringLiteral("2025-03-03T09:00:00+08:00"), QStringLiteral("u-1"),
        QStringLiteral("classify"), post.id(), before, post.json() } };
}

QTreeWidget *tree(PostView &view, const QString &accessibleName)
{
    for (QTreeWidget *candidate : view.findChildren<QTreeWidget *>()) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    qFatal("no tree %s", qPrintable(accessibleName));
}

QPlainTextEdit *textBox(PostView &view, const QString &accessibleName)
{
    for (QPlainTextEdit *candidate : view.findChildren<QPlainTextEdit *>()) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    qFatal("no text box %s", qPrintable(accessibleName));
}

QPlainTextEdit *bodyOf(PostView &view)
{
    return textBox(view, PostView::tr("Post text"));
}

QLabel *label(PostView &view, const QString &accessibleName)
{
    for (QLabel *candidate : view.findChildren<QLabel *>()) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    qFatal("no label %s", qPrintable(accessibleName));
}

} // namespace

class TestPostView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // R10: a report's contact is for column staff only. Every text of every widget is read, as
    // a person or a screen reader could.
    void reportPost_contactNeverInAnyWidget_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("unitId");
        QTest::newRow("liaison") << int(Role::Liaison) << QStringLiteral("x-nangang");
        QTest::newRow("leader") << int(Role::Leader) << QString();
        QTest::newRow("supervisor") << int(Role::Supervisor) << QString();
        QTest::newRow("admin") << int(Role::Admin) << QString();
    }

    void reportPost_contactNeverInAnyWidget()
    {
        QFETCH(int, role);
        QFETCH(QString, unitId);
        Post report = reportPost();
        // Even a report wrongly carrying the liaison's assignment shows no contact.
        report.json().insert(QStringLiteral("assignments"),
            QJsonArray { assignment(
                QStringLiteral("x-nangang"), QStringLiteral("2025-03-03T10:00:00+08:00"), QStringLiteral("pending")) });
        PostView view;
        view.setContext(Actor { QStringLiteral("u-9"), Role(role), unitId }, harbinUnitTable(), noticeDeadlines());
        view.showPost(report, historyOf(report));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList texts = allTexts(&view);
        QVERIFY(texts.size() > 20);
        QVERIFY(texts.contains(report.title()));
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(kPhone), qPrintable(text));
            QVERIFY2(!text.contains(kEmail), qPrintable(text));
        }
    }

    void noContext_showsNoContact()
    {
        PostView view;
        const Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("triaged"));
        view.showPost(post, historyOf(post));
        QVERIFY(!anyTextContains(&view, kPhone));
    }

    void columnStaff_seeTheContact()
    {
        PostView view;
        view.setContext(
            Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() }, harbinUnitTable(), noticeDeadlines());
        const Post report = reportPost();
        view.showPost(report, historyOf(report));
        QVERIFY(anyTextContains(&view, kPhone));
        QVERIFY(anyTextContains(&view, kEmail));
        // The next post's view starts from nothing.
        view.setContext(Actor { QStringLiteral("u-9"), Role::Leader, QString() }, harbinUnitTable(), noticeDeadlines());
        view.showPost(report, {});
        QVERIFY(!anyTextContains(&view, kPhone));
    }

    void liaison_seesContactOfOwnAssignmentOnly()
    {
        const Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("dispatched"),
            { assignment(QStringLiteral("x-nangang"), QStringLiteral("2025-03-03T10:00:00+08:00"),
                QStringLiteral("accepted")) });
        PostView view;
        view.setContext(Actor { QStringLiteral("u-5"), Role::Liaison, QStringLiteral("x-nangang") }, harbinUnitTable(),
            noticeDeadlines());
        view.showPost(post, historyOf(post));
        QVERIFY(anyTextContains(&view, kPhone));
        view.setContext(Actor { QStringLiteral("u-6"), Role::Liaison, QStringLiteral("x-daoli") }, harbinUnitTable(),
            noticeDeadlines());
        view.showPost(post, historyOf(post));
        QVERIFY(!anyTextContains(&view, kPhone));
    }

    void reportPost_markedConfidential()
    {
        PostView view;
        view.setContext(
            Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() }, harbinUnitTable(), noticeDeadlines());
        const Post report = reportPost();
        view.showPost(report, {});
        QLabel *banner = label(view, PostView::tr("Confidential report"));
        QVERIFY(banner->isVisibleTo(&view));
        QVERIFY(banner->text().contains(QLatin1String("R10")));
        view.showPost(triagePost(QStringLiteral("p-2"), QStringLiteral("appeal"), QStringLiteral("triaged")), {});
        QVERIFY(!banner->isVisibleTo(&view));
    }

    void htmlInAPost_isShownLiterally()
    {
        const QString html = QStringLiteral("<img src=\"http://example.com/track.png\"><b>加粗</b>\r\n"
                                            "<a href=\"http://example.com\">链接</a>");
        Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("triaged"));
        post.json().insert(QStringLiteral("body"), html);
        post.json().insert(QStringLiteral("title"), QStringLiteral("<h1>标题</h1>"));
        PostView view;
        view.showPost(post, {});
        QCOMPARE(bodyOf(view)->toPlainText(), QString(html).replace(QLatin1String("\r\n"), QLatin1String("\n")));
        // Held as text: the document has no image or anchor of its own.
        const QString asHtml = bodyOf(view)->document()->toHtml();
        QVERIFY(!asHtml.contains(QLatin1String("<img")));
        QVERIFY(!asHtml.contains(QLatin1String("<a ")));
        QLabel *title = label(view, PostView::tr("Title"));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), QStringLiteral("<h1>标题</h1>"));
        for (QLabel *shown : view.findChildren<QLabel *>())
            QCOMPARE(shown->textFormat(), Qt::PlainText);
    }

    void flaggedTerms_highlightedAndNamed()
    {
        Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("triaged"));
        post.json().insert(QStringLiteral("body"), QStringLiteral("第一行\r\n这些狗官只知道收钱，还有人卖冰毒。"));
        PostView view;
        view.showPost(post, {});
        const QList<QTextEdit::ExtraSelection> selections = bodyOf(view)->extraSelections();
        QCOMPARE(selections.size(), 2);
        QCOMPARE(selections.at(0).cursor.selectedText(), QStringLiteral("狗官"));
        QCOMPARE(selections.at(1).cursor.selectedText(), QStringLiteral("冰毒"));
        QLabel *flags = label(view, PostView::tr("Flagged terms"));
        QVERIFY(flags->isVisibleTo(&view));
        QVERIFY(flags->text().contains(QStringLiteral("狗官")));
        QVERIFY(flags->text().contains(QStringLiteral("冰毒")));
    }

    void categoryHandlingRule_shownInOneLine()
    {
        PostView view;
        view.showPost(
            triagePost(QStringLiteral("p-1"), QStringLiteral("multi_department"), QStringLiteral("triaged")), {});
        const QString line = label(view, PostView::tr("Category and handling"))->text();
        QVERIFY(line.contains(Categories::handlingRule(Category::MultiDepartment)));
        QVERIFY(line.contains(QLatin1String("R11")));
        QVERIFY(!line.contains(QLatin1Char('\n')));
    }

    void handlingRule_citesTheNoticesRule_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("rule");
        const char *rules[] = { "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12" };
        for (int category = 0; category < 8; ++category) {
            QTest::addRow("%s", qPrintable(Categories::code(Category(category))))
                << category << QString::fromLatin1(rules[category]);
        }
    }

    void handlingRule_citesTheNoticesRule()
    {
        QFETCH(int, category);
        QFETCH(QString, rule);
        const QString line = Categories::handlingRule(Category(category));
        QVERIFY(line.contains(QLatin1Char('(') + rule + QLatin1Char(')')));
        QVERIFY(!line.contains(QLatin1Char('\n')));
    }

    // R16, R17: a department has 3 working days for the first answer, 20 for the final reply.
    void assignment_showsBothClocksAndDaysLeft()
    {
        const Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("dispatched"),
            { assignment(
                  QStringLiteral("d-housing"), QStringLiteral("2025-03-03T10:00:00+08:00"), QStringLiteral("accepted")),
                assignment(QStringLiteral("x-nangang"), QStringLiteral("2025-03-03T10:00:00+08:00"),
                    QStringLiteral("pending")) });
        PostView view;
        view.setContext(
            Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() }, harbinUnitTable(), noticeDeadlines());
        view.setToday(QDate(2025, 3, 4));
        view.showPost(post, {});
        QTreeWidget *assignments = tree(view, PostView::tr("Assignments"));
        QCOMPARE(assignments->topLevelItemCount(), 2);
        QTreeWidgetItem *housing = assignments->topLevelItem(0);
        QCOMPARE(housing->text(0), QStringLiteral("市住房和城乡建设局"));
        QCOMPARE(housing->text(1), PostView::tr("department"));
        QCOMPARE(
            housing->text(4), QStringLiteral("2025-03-06 · ") + PostView::tr("%n working day(s) left", nullptr, 3));
        QVERIFY(housing->text(5).startsWith(QStringLiteral("2025-03-31 · ")));
        QVERIFY(!housing->text(4).contains(QLatin1String("R18")));

        view.setToday(QDate(2025, 3, 10));
        view.showPost(post, {});
        QCOMPARE(assignments->topLevelItem(0)->text(4),
            QStringLiteral("2025-03-06 · ") + PostView::tr("overdue by %n day(s)", nullptr, 4));
    }

    // R18: where a year's calendar is not known, the view says so instead of pretending.
    void unknownCalendarYear_markedIncomplete()
    {
        const Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("dispatched"),
            { assignment(QStringLiteral("d-housing"), QStringLiteral("2026-12-21T10:00:00+08:00"),
                QStringLiteral("accepted")) });
        PostView view;
        view.setContext(
            Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() }, harbinUnitTable(), noticeDeadlines());
        view.setToday(QDate(2026, 12, 22));
        view.showPost(post, {});
        QTreeWidgetItem *item = tree(view, PostView::tr("Assignments"))->topLevelItem(0);
        QVERIFY2(item->text(5).contains(PostView::tr("calendar incomplete (R18)")), qPrintable(item->text(5)));
        QVERIFY(item->toolTip(5).contains(QLatin1String("R18")));
    }

    void repliesSupervisionsAndHistory_shown()
    {
        const QJsonArray replies { QJsonObject { { QStringLiteral("id"), QStringLiteral("r-1") },
            { QStringLiteral("kind"), QStringLiteral("final") },
            { QStringLiteral("text"), QStringLiteral("已安排维修。") },
            { QStringLiteral("doc_refs"),
                QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("道路管理办法") },
                    { QStringLiteral("number"), QStringLiteral("哈政发〔2020〕1号") } } } },
            { QStringLiteral("visibility"), QStringLiteral("public") },
            { QStringLiteral("published_at"), QStringLiteral("2025-03-05T09:00:00+08:00") } } };
        Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("replied"),
            { assignment(QStringLiteral("x-nangang"), QStringLiteral("2025-03-03T10:00:00+08:00"),
                QStringLiteral("replied"), replies) });
        post.json().insert(QStringLiteral("supervisions"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("s-1") },
                { QStringLiteral("unit_id"), QStringLiteral("x-nangang") },
                { QStringLiteral("opened_at"), QStringLiteral("2025-03-04T09:00:00+08:00") },
                { QStringLiteral("method"), QStringLiteral("phone") },
                { QStringLiteral("reason"), QStringLiteral("overdue") },
                { QStringLiteral("note"), QStringLiteral("电话督办") }, { QStringLiteral("result"), QJsonValue() },
                { QStringLiteral("closed_at"), QJsonValue() } } });
        PostView view;
        view.setContext(
            Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() }, harbinUnitTable(), noticeDeadlines());
        view.setToday(QDate(2025, 3, 6));
        view.showPost(post, historyOf(post));

        const QString repliesText = textBox(view, PostView::tr("Replies"))->toPlainText();
        QVERIFY(repliesText.contains(QStringLiteral("南岗区人民政府")));
        QVERIFY(repliesText.contains(QStringLiteral("已安排维修。")));
        QVERIFY(repliesText.contains(QStringLiteral("哈政发〔2020〕1号")));
        QTreeWidgetItem *assignmentItem = tree(view, PostView::tr("Assignments"))->topLevelItem(0);
        QVERIFY(assignmentItem->text(4).endsWith(PostView::tr("answered")));
        QVERIFY(assignmentItem->text(5).endsWith(PostView::tr("answered")));
        QCOMPARE(tree(view, PostView::tr("Supervisions"))->topLevelItemCount(), 1);
        QCOMPARE(tree(view, PostView::tr("Supervisions"))->topLevelItem(0)->text(4), QStringLiteral("电话督办"));
        QTreeWidgetItem *history = tree(view, PostView::tr("History"))->topLevelItem(0);
        QCOMPARE(history->text(0), QStringLiteral("2025-03-03 09:00"));
        QCOMPARE(history->text(1), QStringLiteral("u-1"));
        QVERIFY(history->text(3).contains(Categories::displayName(Category::Appeal)));
    }

    void clear_leavesNothingOfThePost()
    {
        PostView view;
        view.setContext(
            Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() }, harbinUnitTable(), noticeDeadlines());
        const Post report = reportPost();
        view.showPost(report, historyOf(report));
        view.clear();
        QVERIFY(view.postId().isEmpty());
        QVERIFY(!anyTextContains(&view, kPhone));
        QVERIFY(!anyTextContains(&view, report.title()));
    }

    void screenshot_inChinese()
    {
        LanguageChooser language(*qApp);
        language.apply(QStringLiteral("zh_CN"));
        Post post = triagePost(QStringLiteral("p-20250303-0001"), QStringLiteral("multi_department"),
            QStringLiteral("dispatched"),
            { assignment(
                  QStringLiteral("d-urban"), QStringLiteral("2025-03-03T10:00:00+08:00"), QStringLiteral("accepted")),
                assignment(QStringLiteral("x-nangang"), QStringLiteral("2025-03-03T10:00:00+08:00"),
                    QStringLiteral("pending")) });
        post.json().insert(QStringLiteral("body"),
            QStringLiteral("南岗区学府路路面坑洼不平，雨天积水很深，车辆行人通行困难。\n"
                           "已经有电动车摔倒，存在很大的安全隐患。这些狗官只知道推诿！\n"
                           "希望尽快修补路面，恢复正常通行。"));
        PostView view;
        view.setContext(
            Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() }, harbinUnitTable(), noticeDeadlines());
        view.setToday(QDate(2025, 3, 5));
        view.showPost(post, historyOf(post));
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(saveScreenshot(view, QStringLiteral("postview-zh_CN.png")));
        const Post report = reportPost();
        view.setContext(Actor { QStringLiteral("u-9"), Role::Leader, QString() }, harbinUnitTable(), noticeDeadlines());
        view.showPost(report, historyOf(report));
        QVERIFY(saveScreenshot(view, QStringLiteral("postview-report-zh_CN.png")));
        language.apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestPostView)
#include "tst_postview.moc"
