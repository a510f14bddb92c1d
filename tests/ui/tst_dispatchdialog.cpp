// The dispatch dialog offscreen: the multi-unit rule (R11) decided by ActionPolicy, the unit
// search by name and pinyin initials, a keyboard-only dispatch, and a report never offered for
// dispatch (R10). Writes dispatchdialog-zh_CN.png to build/screenshots/.

#include "triagetestsupport.h"

#include "triage/dispatchdialog.h"
#include "triage/unitfiltermodel.h"
#include "triage/unitpickermodel.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

const Actor kColumnStaff { QStringLiteral("u-1"), Role::ColumnStaff, QString() };

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList idsOf(const QJsonObject &body)
{
    QStringList ids;
    for (const QJsonValue &id : body.value(QLatin1String("unit_ids")).toArray())
        ids.append(id.toString());
    return ids;
}

QPushButton *okButton(DispatchDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QLabel *reasonLabel(DispatchDialog &dialog)
{
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->accessibleName() == DispatchDialog::tr("Why the post cannot be dispatched yet"))
            return label;
    }
    qFatal("no reason label");
}

// The unit names the view shows, in order.
QStringList shownUnits(DispatchDialog &dialog)
{
    const QAbstractItemModel *model = dialog.findChild<QTreeView *>()->model();
    QStringList names;
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row)
            names.append(model->index(row, 0, parent).data().toString());
    }
    return names;
}

std::unique_ptr<DispatchDialog> open(const Post &post, const Actor &actor = kColumnStaff)
{
    QString refusal;
    auto dialog = DispatchDialog::create(actor, post, harbinUnitTable(), noticeDeadlines(), nullptr, &refusal);
    if (!dialog)
        qFatal("the dispatch dialog refused to open: %s", qPrintable(refusal));
    return dialog;
}

} // namespace

class TestDispatchDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void models_passTheModelTester()
    {
        UnitPickerModel units;
        QAbstractItemModelTester unitsTester(&units, QAbstractItemModelTester::FailureReportingMode::QtTest);
        UnitFilterModel filter(&units);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("dispatched"),
            { assignment(QStringLiteral("x-nangang"), QStringLiteral("2025-03-03T10:00:00+08:00"),
                QStringLiteral("returned")) });
        units.setUnits(harbinUnitTable(), post);
        QCOMPARE(units.rowCount(), 2);
        QCOMPARE(units.rowCount(units.index(0, 0)) + units.rowCount(units.index(1, 0)), harbinUnitTable().size());
        for (const char *query : { "ngq", "zj", "南岗", "rmzf", "nothing", "" })
            filter.setQuery(QString::fromUtf8(query));
        units.setChecked(QStringLiteral("d-housing"), true);
        units.setChecked(QStringLiteral("x-nangang"), true); // returned it (R15): cannot be chosen
        QCOMPARE(units.checkedUnitIds(), QStringList { QStringLiteral("d-housing") });
    }

    // R11: a multi-department post goes to two or more units at once; the others to one or more
    // (portal-api.md). The dialog asks ActionPolicy, so the two never disagree.
    void multiUnitRule_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("holding"); // units the post is with already
        QTest::addColumn<QStringList>("chosen");
        QTest::addColumn<bool>("allowed");
        const QString housing = QStringLiteral("d-housing");
        const QString urban = QStringLiteral("d-urban");
        const QString nangang = QStringLiteral("x-nangang");
        QTest::newRow("multi_department, one unit: refused")
            << QStringLiteral("multi_department") << QStringList() << QStringList { housing } << false;
        QTest::newRow("multi_department, two units: dispatched")
            << QStringLiteral("multi_department") << QStringList() << QStringList { housing, nangang } << true;
        QTest::newRow("multi_department, three units: dispatched")
            << QStringLiteral("multi_department") << QStringList() << QStringList { housing, urban, nangang } << true;
        QTest::newRow("multi_department, one more beside one holding it")
            << QStringLiteral("multi_department") << QStringList { urban } << QStringList { nangang } << true;
        QTest::newRow("appeal, one unit: dispatched")
            << QStringLiteral("appeal") << QStringList() << QStringList { nangang } << true;
        QTest::newRow("appeal, two units: dispatched")
            << QStringLiteral("appeal") << QStringList() << QStringList { housing, nangang } << true;
        QTest::newRow("consultation, none chosen: refused")
            << QStringLiteral("consultation") << QStringList() << QStringList() << false;
    }

    void multiUnitRule()
    {
        QFETCH(QString, category);
        QFETCH(QStringList, holding);
        QFETCH(QStringList, chosen);
        QFETCH(bool, allowed);
        QJsonArray assignments;
        for (const QString &unit : std::as_const(holding))
            assignments.append(
                assignment(unit, QStringLiteral("2025-03-03T10:00:00+08:00"), QStringLiteral("pending")));
        const Post post = triagePost(QStringLiteral("p-1"), category,
            holding.isEmpty() ? QStringLiteral("triaged") : QStringLiteral("dispatched"), assignments);
        auto dialog = open(post);
        dialog->setChosen(chosen);
        QCOMPARE(sorted(dialog->chosenUnitIds()), sorted(chosen));
        QCOMPARE(sorted(idsOf(dialog->actionBody())), sorted(chosen));
        QCOMPARE(dialog->actionBody().value(QLatin1String("type")).toString(), QStringLiteral("dispatch"));

        QString error;
        const auto action = Action::fromJson(dialog->actionBody(), &error);
        QVERIFY(action);
        const QString policyRefusal
            = ActionPolicy(noticeDeadlines(), harbinUnitTable()).refusal(kColumnStaff, post, *action);
        QCOMPARE(dialog->refusal(), policyRefusal);
        QCOMPARE(dialog->refusal().isEmpty(), allowed);
        QCOMPARE(okButton(*dialog)->isEnabled(), allowed);
        // The reason is on screen, not only in a tooltip.
        QCOMPARE(reasonLabel(*dialog)->text(), policyRefusal);
        QCOMPARE(reasonLabel(*dialog)->isVisibleTo(dialog.get()), !allowed);
        if (category == QLatin1String("multi_department") && !allowed)
            QVERIFY(dialog->refusal().contains(QLatin1String("R11")));
    }

    void unitsHoldingThePost_cannotBeChosenAgain()
    {
        const Post post
            = triagePost(QStringLiteral("p-1"), QStringLiteral("multi_department"), QStringLiteral("dispatched"),
                { assignment(QStringLiteral("d-urban"), QStringLiteral("2025-03-03T10:00:00+08:00"),
                    QStringLiteral("accepted")) });
        auto dialog = open(post);
        dialog->setChosen({ QStringLiteral("d-urban") });
        QVERIFY(dialog->chosenUnitIds().isEmpty());
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("current"); // the best match, which Space would check
        QTest::addColumn<QString>("alsoShown");
        QTest::addColumn<int>("atMost");
        const QString nangang = QStringLiteral("南岗区人民政府");
        const QString housing = QStringLiteral("市住房和城乡建设局");
        QTest::newRow("ngq: initials of 南岗区") << QStringLiteral("ngq") << nangang << nangang << 1;
        QTest::newRow("NGQ: case does not matter") << QStringLiteral("NGQ") << nangang << nangang << 1;
        QTest::newRow("Chinese part of a name")
            << QStringLiteral("道外") << QStringLiteral("道外区人民政府") << QStringLiteral("道外区人民政府") << 1;
        QTest::newRow("zjj: 住建局 abbreviated") << QStringLiteral("zjj") << housing << housing << 1;
        // 政局 and 障局 are runs of z j, so they come first; 住建 is still offered.
        QTest::newRow("zj: runs first, 住建 offered")
            << QStringLiteral("zj") << QStringLiteral("市民政局") << housing << 8;
        QTest::newRow("js: 建设, the runs first")
            << QStringLiteral("js") << QStringLiteral("市营商环境建设监督局") << housing << 3;
        QTest::newRow("dl: the run 道里 before abbreviations")
            << QStringLiteral("dl") << QStringLiteral("道里区人民政府") << QStringLiteral("道里区人民政府") << 38;
        QTest::newRow("gr: 供热") << QStringLiteral("gr") << QStringLiteral("市供热办公室")
                                  << QStringLiteral("市供热办公室") << 2;
        QTest::newRow("hebdt: 哈尔滨地铁")
            << QStringLiteral("hebdt") << QStringLiteral("哈尔滨地铁集团") << QStringLiteral("哈尔滨地铁集团") << 1;
        QTest::newRow("wcs: 五常市") << QStringLiteral("wcs") << QStringLiteral("五常市人民政府")
                                     << QStringLiteral("五常市人民政府") << 1;
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QString, current);
        QFETCH(QString, alsoShown);
        QFETCH(int, atMost);
        auto dialog = open(triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("triaged")));
        dialog->setQuery(query);
        const QStringList shown = shownUnits(*dialog);
        QVERIFY2(shown.size() <= atMost, qPrintable(shown.join(QLatin1Char(' '))));
        QVERIFY2(shown.contains(alsoShown), qPrintable(shown.join(QLatin1Char(' '))));
        QCOMPARE(dialog->findChild<QTreeView *>()->currentIndex().data().toString(), current);
    }

    void keyboardOnly_typeSpaceEnter_dispatchesToOneUnit()
    {
        auto dialog = open(triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("triaged")));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *search = dialog->findChild<QLineEdit *>();
        QTRY_VERIFY(search->hasFocus());
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        QTest::keyClick(search, Qt::Key_Return); // nothing chosen yet: Enter does nothing
        QCOMPARE(accepted.count(), 0);
        QTest::keyClicks(search, QStringLiteral("ngq"));
        QTest::keyClick(search, Qt::Key_Space);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(idsOf(dialog->actionBody()), QStringList { QStringLiteral("x-nangang") });
    }

    void keyboardOnly_multiDepartment_arrowsAndSpace()
    {
        auto dialog
            = open(triagePost(QStringLiteral("p-1"), QStringLiteral("multi_department"), QStringLiteral("triaged")));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *search = dialog->findChild<QLineEdit *>();
        QTRY_VERIFY(search->hasFocus());
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);

        QTest::keyClicks(search, QStringLiteral("zjj"));
        QTest::keyClick(search, Qt::Key_Space);
        QCOMPARE(dialog->chosenUnitIds(), QStringList { QStringLiteral("d-housing") });
        QTest::keyClick(search, Qt::Key_Return); // one unit is not enough (R11)
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!okButton(*dialog)->isEnabled());

        // The text is selected after Space, so the next letters start a new search.
        QTest::keyClicks(search, QStringLiteral("qrmzf"));
        QCOMPARE(search->text(), QStringLiteral("qrmzf"));
        const QString first
            = dialog->findChild<QTreeView *>()->currentIndex().data(UnitPickerModel::UnitIdRole).toString();
        QTest::keyClick(search, Qt::Key_Down);
        const QString second
            = dialog->findChild<QTreeView *>()->currentIndex().data(UnitPickerModel::UnitIdRole).toString();
        QVERIFY(first != second);
        QTest::keyClick(search, Qt::Key_Up);
        QTest::keyClick(search, Qt::Key_Space);
        QCOMPARE(sorted(dialog->chosenUnitIds()), sorted({ QStringLiteral("d-housing"), first }));
        QVERIFY(okButton(*dialog)->isEnabled());
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(sorted(idsOf(dialog->actionBody())), sorted({ QStringLiteral("d-housing"), first }));
    }

    void keyboardOnly_spaceInTheListTogglesTheUnit()
    {
        auto dialog = open(triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("triaged")));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *search = dialog->findChild<QLineEdit *>();
        auto *view = dialog->findChild<QTreeView *>();
        QTest::keyClicks(search, QStringLiteral("ngq"));
        QTest::keyClick(search, Qt::Key_Tab);
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(dialog->chosenUnitIds(), QStringList { QStringLiteral("x-nangang") });
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(dialog->chosenUnitIds().isEmpty());
    }

    // R10: a report never goes to a department or district; the dialog does not open for one.
    void reportPost_neverOfferedForDispatch()
    {
        QString refusal;
        const Post report = triagePost(QStringLiteral("p-1"), QStringLiteral("report"), QStringLiteral("triaged"));
        QVERIFY(!DispatchDialog::create(kColumnStaff, report, harbinUnitTable(), noticeDeadlines(), nullptr, &refusal));
        QVERIFY2(refusal.contains(QLatin1String("R10")), qPrintable(refusal));
    }

    void dispatchRefused_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("role");
        QTest::newRow("petition goes to the mayor's mailbox (R9)")
            << QStringLiteral("petition") << QStringLiteral("triaged") << int(Role::ColumnStaff);
        QTest::newRow("other is shielded (R12)")
            << QStringLiteral("other") << QStringLiteral("triaged") << int(Role::ColumnStaff);
        QTest::newRow("unclassified") << QString() << QStringLiteral("new") << int(Role::ColumnStaff);
        QTest::newRow("a liaison does not dispatch (R1)")
            << QStringLiteral("appeal") << QStringLiteral("triaged") << int(Role::Liaison);
    }

    void dispatchRefused()
    {
        QFETCH(QString, category);
        QFETCH(QString, status);
        QFETCH(int, role);
        const Actor actor { QStringLiteral("u-2"), Role(role),
            role == int(Role::Liaison) ? QStringLiteral("x-daoli") : QString() };
        QString refusal;
        QVERIFY(!DispatchDialog::create(actor, triagePost(QStringLiteral("p-1"), category, status), harbinUnitTable(),
            noticeDeadlines(), nullptr, &refusal));
        QVERIFY(!refusal.isEmpty());
    }

    void screenshot_inChinese()
    {
        LanguageChooser language(*qApp);
        language.apply(QStringLiteral("zh_CN"));
        auto dialog = open(triagePost(
            QStringLiteral("p-20250303-0001"), QStringLiteral("multi_department"), QStringLiteral("triaged")));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *search = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(search, QStringLiteral("zjj"));
        QTest::keyClick(search, Qt::Key_Space);
        QTest::keyClick(search, Qt::Key_Backspace); // the whole list again, with 住建 checked
        QVERIFY(saveScreenshot(*dialog, QStringLiteral("dispatchdialog-zh_CN.png")));
        language.apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDispatchDialog)
#include "tst_dispatchdialog.moc"
