// The liaison's dialogs offscreen: returning a post (R3, R15), promising a date (R16) and the
// reply editor with its quality check (R5, R10, R13, R19). Screenshots in Chinese go to
// build/screenshots/.

#include "calendar/deadlinerules.h"
#include "common/languagechooser.h"
#include "liaison/promisedialog.h"
#include "liaison/replyeditor.h"
#include "liaison/returndialog.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace bxt;
using namespace Qt::StringLiterals;

namespace {

const Unit kHousing { u"d-housing"_s, u"市住房和城乡建设局"_s, UnitKind::Department, true };
const Unit kDaoli { u"x-daoli"_s, u"道里区人民政府"_s, UnitKind::District, true };

Post postFor(const Unit &unit, const QString &category, const QString &dispatchedAt)
{
    const QJsonObject assignment { { u"unit_id"_s, unit.id }, { u"dispatched_at"_s, dispatchedAt },
        { u"status"_s, u"accepted"_s }, { u"replies"_s, QJsonArray() } };
    return Post(QJsonObject { { u"id"_s, u"p-20250303-0001"_s }, { u"version"_s, 3 },
        { u"title"_s, u"道里区某小区供暖温度不达标"_s }, { u"body"_s, u"室内温度只有十四度。"_s },
        { u"author"_s, QJsonObject { { u"alias"_s, u"市民李先生"_s } } }, { u"category"_s, category },
        { u"status"_s, u"dispatched"_s }, { u"assignments"_s, QJsonArray { assignment } } });
}

DeadlineCalculator calculator()
{
    return DeadlineCalculator(WorkCalendar::builtIn(), DeadlineRules::notice());
}

QPushButton *button(QWidget &dialog, const QString &text)
{
    for (auto *candidate : dialog.findChildren<QPushButton *>()) {
        if (candidate->text().remove(u'&') == text)
            return candidate;
    }
    qFatal("no button %s", qPrintable(text));
}

QComboBox *combo(QWidget &dialog, const QString &accessibleName)
{
    for (auto *candidate : dialog.findChildren<QComboBox *>()) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    qFatal("no combo box %s", qPrintable(accessibleName));
}

void screenshot(QWidget &widget, const char *name)
{
    QDir().mkpath(QStringLiteral(BXT_SCREENSHOT_DIR));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.grab().save(QStringLiteral(BXT_SCREENSHOT_DIR "/") + QLatin1String(name)));
}

} // namespace

class TestLiaisonDialogs : public QObject
{
    Q_OBJECT

private slots:
    void returnDialog_saysOnTimeOrLate_data()
    {
        QTest::addColumn<QString>("dispatched");
        QTest::addColumn<QString>("now");
        QTest::addColumn<bool>("late");
        QTest::newRow("same day (R15)") << "2025-03-03T10:00:00+08:00"
                                        << "2025-03-03T23:59:00+08:00" << false;
        QTest::newRow("past midnight (R15)") << "2025-03-03T23:50:00+08:00"
                                             << "2025-03-04T00:05:00+08:00" << true;
        QTest::newRow("after a weekend (R15)") << "2025-03-07T16:00:00+08:00"
                                               << "2025-03-10T08:30:00+08:00" << true;
    }

    void returnDialog_saysOnTimeOrLate()
    {
        QFETCH(QString, dispatched);
        QFETCH(QString, now);
        QFETCH(bool, late);
        ReturnDialog dialog(postFor(kHousing, u"appeal"_s, dispatched), kHousing, parseRfc3339(now));
        QString timing;
        for (const auto *label : dialog.findChildren<QLabel *>()) {
            if (label->accessibleName() == u"Return timing"_s)
                timing = label->text();
        }
        QCOMPARE(timing.contains(u"late"_s), late);
        QCOMPARE(timing.contains(u"on time"_s), !late);
        auto *reason = dialog.findChild<QPlainTextEdit *>();
        auto *ok = button(dialog, u"Return to column staff"_s);
        QVERIFY(!ok->isEnabled()); // a reason is required (R15)
        reason->setPlainText(u"供暖由市供热办负责，不属于本局职责。"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.actionBody().value(u"reason"_s).toString(), u"供暖由市供热办负责，不属于本局职责。"_s);
    }

    // A late return (R15) is said in the warning colour of the window's theme, light or dark.
    void returnDialog_lateInTheThemesWarningColour_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("expected");
        QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(0xa4, 0x00, 0x00);
        QTest::newRow("dark") << QColor(0x20, 0x20, 0x20) << QColor(0xff, 0x8a, 0x80);
    }

    void returnDialog_lateInTheThemesWarningColour()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, expected);
        const QPalette original = QApplication::palette();
        QPalette themed = original;
        themed.setColor(QPalette::Window, window);
        QApplication::setPalette(themed);
        ReturnDialog dialog(postFor(kHousing, u"appeal"_s, u"2025-03-03T23:50:00+08:00"_s), kHousing,
            parseRfc3339(u"2025-03-04T00:05:00+08:00"_s));
        QApplication::setPalette(original);
        const QLabel *timing = nullptr;
        for (const auto *label : dialog.findChildren<QLabel *>()) {
            if (label->accessibleName() == u"Return timing"_s)
                timing = label;
        }
        QVERIFY(timing);
        QVERIFY(timing->text().contains(u"late"_s));
        QCOMPARE(timing->palette().color(QPalette::WindowText), expected);
    }
    void returnDialog_refusesHigherAuthorityAndDistrictBureaus() // R3
    {
        ReturnDialog department(postFor(kHousing, u"appeal"_s, u"2025-03-03T10:00:00+08:00"_s), kHousing,
            parseRfc3339(u"2025-03-03T11:00:00+08:00"_s));
        auto *kind = combo(department, u"Why the post is returned"_s);
        department.findChild<QPlainTextEdit *>()->setPlainText(u"需省厅审批"_s);
        QCOMPARE(kind->count(), 2); // a department has no bureaus of its own to point at
        kind->setCurrentIndex(1);
        QVERIFY(!button(department, u"Return to column staff"_s)->isEnabled());
        QVERIFY(button(department, u"Return to column staff"_s)->toolTip().contains(u"R3"_s));

        ReturnDialog district(postFor(kDaoli, u"appeal"_s, u"2025-03-03T10:00:00+08:00"_s), kDaoli,
            parseRfc3339(u"2025-03-03T11:00:00+08:00"_s));
        auto *districtKind = combo(district, u"Why the post is returned"_s);
        district.findChild<QPlainTextEdit *>()->setPlainText(u"属区城管局职责"_s);
        QCOMPARE(districtKind->count(), 3);
        districtKind->setCurrentIndex(2);
        QVERIFY(!button(district, u"Return to column staff"_s)->isEnabled());
        districtKind->setCurrentIndex(0);
        QVERIFY(button(district, u"Return to column staff"_s)->isEnabled());
    }

    void promiseDialog_offersDatesUpToTheFinalDeadline_data() // R16, R17
    {
        QTest::addColumn<bool>("district");
        QTest::addColumn<QDate>("latest");
        // Dispatched Mon 2025-03-03: department 20 working days -> 03-31, district 30 -> 04-15.
        QTest::newRow("department") << false << QDate(2025, 3, 31);
        QTest::newRow("district") << true << QDate(2025, 4, 15);
    }

    void promiseDialog_offersDatesUpToTheFinalDeadline()
    {
        QFETCH(bool, district);
        QFETCH(QDate, latest);
        const Unit unit = district ? kDaoli : kHousing;
        PromiseDialog dialog(postFor(unit, u"appeal"_s, u"2025-03-03T10:00:00+08:00"_s), unit, calculator());
        auto *calendar = dialog.findChild<QCalendarWidget *>();
        QCOMPARE(calendar->maximumDate(), latest);
        QCOMPARE(calendar->minimumDate(), QDate(2025, 3, 4));
        dialog.setDate(latest.addDays(1));
        QCOMPARE(calendar->selectedDate(), latest); // the widget will not go past the limit
        auto *promise = button(dialog, u"Promise this date"_s);
        QVERIFY(!promise->isEnabled()); // the note says why more time is needed
        dialog.findChild<QLineEdit *>()->setText(u"需协调供热公司检修管网"_s);
        QVERIFY(promise->isEnabled());
        dialog.setDate(QDate(2025, 3, 10));
        QCOMPARE(dialog.actionBody().value(u"due"_s).toString(), u"2025-03-10"_s);
        QString text;
        for (const auto *label : dialog.findChildren<QLabel *>())
            text += label->text();
        QVERIFY2(text.contains(u"5 working day"_s), qPrintable(text)); // 03-04 … 03-10
    }

    void replyEditor_blocksAndAdvises() // R5, R19
    {
        ReplyEditor editor(postFor(kHousing, u"consultation"_s, u"2025-03-03T10:00:00+08:00"_s), kHousing);
        auto *send = button(editor, u"Send reply"_s);
        auto *sendAnyway = button(editor, u"Send despite advice"_s);
        QVERIFY(!send->isEnabled()); // the template's placeholders and no document (R5, R19)
        editor.setText(u"经核查，该小区供暖温度不达标问题属实。根据供热管理的有关规定，我局已责成供热公司检修管网，"
                       "目前室温已达到十八摄氏度。"_s);
        QVERIFY(!send->isEnabled()); // R5: a consultation names its documents
        editor.addDocumentReference(u"哈尔滨市住房公积金提取管理办法"_s, u"哈政办发〔2019〕12号"_s);
        QVERIFY(send->isEnabled());
        QVERIFY(sendAnyway->isHidden());
        const QString answer = editor.actionBody().value(u"text"_s).toString();
        editor.setText(answer + u"请不要无理取闹。"_s);
        QVERIFY(!send->isEnabled()); // rude wording blocks (R19)
        QVERIFY(sendAnyway->isHidden());
        editor.setText(answer + u"室外管线改造不属我局管辖范围。"_s);
        QVERIFY(!send->isEnabled());
        QVERIFY(!sendAnyway->isHidden() && sendAnyway->isEnabled()); // advice: one click to override
        QCOMPARE(editor.overriddenAdvice().size(), 1);
        QCOMPARE(editor.overriddenAdvice().first().rule, u"R19"_s);
    }

    void replyEditor_visibilityRules() // R10, R13
    {
        ReplyEditor report(postFor(kHousing, u"report"_s, u"2025-03-03T10:00:00+08:00"_s), kHousing);
        QCOMPARE(report.actionBody().value(u"visibility"_s).toString(), u"submitter"_s);
        QVERIFY(!combo(report, u"Who sees the reply"_s)->isEnabled());
        QVERIFY(!report.findChild<QCheckBox *>()->isEnabled());

        ReplyEditor appeal(postFor(kHousing, u"appeal"_s, u"2025-03-03T10:00:00+08:00"_s), kHousing);
        auto *visibility = combo(appeal, u"Who sees the reply"_s);
        visibility->setCurrentIndex(1);
        QCOMPARE(appeal.actionBody().value(u"visibility"_s).toString(), u"submitter"_s);
        appeal.findChild<QCheckBox *>()->setChecked(true);
        QCOMPARE(appeal.actionBody().value(u"visibility"_s).toString(), u"public"_s);
        QVERIFY(!visibility->isEnabled());
    }

    void screenshots_inChinese()
    {
        LanguageChooser language(*qApp);
        QVERIFY(language.apply(u"zh_CN"_s));
        ReplyEditor editor(postFor(kHousing, u"consultation"_s, u"2025-03-03T10:00:00+08:00"_s), kHousing);
        screenshot(editor, "replyeditor-zh_CN.png");
        PromiseDialog promise(postFor(kDaoli, u"appeal"_s, u"2025-03-03T10:00:00+08:00"_s), kDaoli, calculator());
        screenshot(promise, "promisedialog-zh_CN.png");
        ReturnDialog returnDialog(postFor(kDaoli, u"appeal"_s, u"2025-03-03T10:00:00+08:00"_s), kDaoli,
            parseRfc3339(u"2025-03-04T09:00:00+08:00"_s));
        screenshot(returnDialog, "returndialog-zh_CN.png");
        language.apply(u"en"_s);
    }
};

QTEST_MAIN(TestLiaisonDialogs)
#include "tst_liaisondialogs.moc"
