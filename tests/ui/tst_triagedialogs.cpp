// The forward and shield dialogs and the judgement panel offscreen: forwarding a petition to the
// mayor's mailbox (R9) and a report to the discipline mailbox with an author-only notice (R10),
// shielding with a reason and, for a duplicate, the original (R12); suggestions applied only on
// a click. Writes forwarddialog-zh_CN.png, shielddialog-zh_CN.png and judgementpanel-zh_CN.png.

#include "triagetestsupport.h"

#include "triage/forwarddialog.h"
#include "triage/judgementpanel.h"
#include "triage/shielddialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

const Actor kColumnStaff { QStringLiteral("u-1"), Role::ColumnStaff, QString() };

template <typename Widget> Widget *named(QWidget &parent, const QString &accessibleName)
{
    for (Widget *candidate : parent.findChildren<Widget *>()) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    qFatal("no widget named %s", qPrintable(accessibleName));
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QPushButton *button(QWidget &parent, const QString &text)
{
    for (QPushButton *candidate : parent.findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    qFatal("no button %s", qPrintable(text));
}

std::unique_ptr<ForwardDialog> openForward(const Post &post)
{
    QString refusal;
    auto dialog = ForwardDialog::create(kColumnStaff, post, harbinUnitTable(), noticeDeadlines(), nullptr, &refusal);
    if (!dialog)
        qFatal("the forward dialog refused to open: %s", qPrintable(refusal));
    return dialog;
}

std::unique_ptr<ShieldDialog> openShield(const Post &post)
{
    QString refusal;
    auto dialog = ShieldDialog::create(kColumnStaff, post, harbinUnitTable(), noticeDeadlines(), nullptr, &refusal);
    if (!dialog)
        qFatal("the shield dialog refused to open: %s", qPrintable(refusal));
    return dialog;
}

} // namespace

class TestTriageDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // R9: a petition goes to the mayor's mailbox; column staff tell the author so, in public.
    void petition_forwardedToMayorWithPublicNotice()
    {
        const Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("petition"), QStringLiteral("triaged"));
        auto dialog = openForward(post);
        named<QLineEdit>(*dialog, ForwardDialog::tr("Note for the mailbox"))->setText(QStringLiteral("请核处"));
        QVERIFY(okButton(*dialog)->isEnabled());
        QCOMPARE(dialog->forwardAction(),
            (QJsonObject { { QStringLiteral("type"), QStringLiteral("forward") },
                { QStringLiteral("mailbox"), QStringLiteral("mayor_mailbox") },
                { QStringLiteral("note"), QStringLiteral("请核处") } }));
        const QJsonObject reply = dialog->replyAction();
        QCOMPARE(reply.value(QLatin1String("type")).toString(), QStringLiteral("reply"));
        QVERIFY(reply.value(QLatin1String("unit_id")).isNull());
        QCOMPARE(reply.value(QLatin1String("kind")).toString(), QStringLiteral("initial"));
        QCOMPARE(reply.value(QLatin1String("visibility")).toString(), QStringLiteral("public"));
        QCOMPARE(reply.value(QLatin1String("text")).toString(), ForwardDialog::noticeTemplate(post));
        QVERIFY(reply.value(QLatin1String("text")).toString().contains(QStringLiteral("市长信箱")));
        QVERIFY(reply.value(QLatin1String("doc_refs")).isArray());
    }

    // R10: a report goes to the discipline mailbox only, and the notice is for the author only.
    void report_forwardedToDisciplineWithAuthorOnlyNotice()
    {
        const Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("report"), QStringLiteral("triaged"));
        auto dialog = openForward(post);
        QVERIFY(okButton(*dialog)->isEnabled());
        QCOMPARE(
            dialog->forwardAction().value(QLatin1String("mailbox")).toString(), QStringLiteral("discipline_mailbox"));
        QCOMPARE(dialog->replyAction().value(QLatin1String("visibility")).toString(), QStringLiteral("submitter"));
        auto *visibility = named<QComboBox>(*dialog, ForwardDialog::tr("Who sees the notice"));
        QVERIFY(!visibility->isEnabled());
        QVERIFY(visibility->toolTip().contains(QLatin1String("R10")));

        // Choosing the mayor's mailbox for a report is refused by the rules, with the reason shown.
        auto *mailbox = named<QComboBox>(*dialog, ForwardDialog::tr("Mailbox"));
        mailbox->setCurrentIndex(mailbox->findData(QStringLiteral("mayor_mailbox")));
        QVERIFY(!okButton(*dialog)->isEnabled());
        QVERIFY(dialog->refusal().contains(QLatin1String("R10")));
        QCOMPARE(named<QLabel>(*dialog, ForwardDialog::tr("Why the post cannot be forwarded yet"))->text(),
            dialog->refusal());
    }

    void emptyNotice_refused()
    {
        auto dialog
            = openForward(triagePost(QStringLiteral("p-1"), QStringLiteral("petition"), QStringLiteral("triaged")));
        named<QPlainTextEdit>(*dialog, ForwardDialog::tr("Notice to the author"))->clear();
        QVERIFY(!okButton(*dialog)->isEnabled());
        QVERIFY(!dialog->refusal().isEmpty());
    }

    void forwardRefused_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("status");
        QTest::newRow("an appeal is dispatched, not forwarded")
            << QStringLiteral("appeal") << QStringLiteral("triaged");
        QTest::newRow("already forwarded") << QStringLiteral("petition") << QStringLiteral("forwarded");
        QTest::newRow("unclassified") << QString() << QStringLiteral("new");
    }

    void forwardRefused()
    {
        QFETCH(QString, category);
        QFETCH(QString, status);
        QString refusal;
        QVERIFY(!ForwardDialog::create(kColumnStaff, triagePost(QStringLiteral("p-1"), category, status),
            harbinUnitTable(), noticeDeadlines(), nullptr, &refusal));
        QVERIFY(!refusal.isEmpty());
    }

    // R12: a shield keeps the reason.
    void shield_withReasonAndNote()
    {
        auto dialog = openShield(triagePost(QStringLiteral("p-2"), QString(), QStringLiteral("new")));
        dialog->setReason(QStringLiteral("advertising"));
        named<QLineEdit>(*dialog, ShieldDialog::tr("Note"))->setText(QStringLiteral("招聘广告"));
        QVERIFY(okButton(*dialog)->isEnabled());
        QCOMPARE(dialog->actionBody(),
            (QJsonObject { { QStringLiteral("type"), QStringLiteral("shield") },
                { QStringLiteral("reason"), QStringLiteral("advertising") },
                { QStringLiteral("note"), QStringLiteral("招聘广告") } }));
        QVERIFY(!named<QLineEdit>(*dialog, ShieldDialog::tr("Duplicate of"))->isEnabled());
    }

    void shieldReasons_translatedLabelsForEveryCode()
    {
        auto dialog = openShield(triagePost(QStringLiteral("p-2"), QString(), QStringLiteral("new")));
        auto *reasons = named<QComboBox>(*dialog, ShieldDialog::tr("Reason"));
        QStringList codes;
        for (int i = 0; i < reasons->count(); ++i) {
            codes.append(reasons->itemData(i).toString());
            QVERIFY(!reasons->itemText(i).isEmpty());
        }
        QCOMPARE(codes,
            (QStringList { QStringLiteral("spam"), QStringLiteral("duplicate"), QStringLiteral("advertising"),
                QStringLiteral("abusive"), QStringLiteral("illegal") }));
    }

    void duplicate_needsTheOriginal()
    {
        auto dialog = openShield(triagePost(QStringLiteral("p-2"), QStringLiteral("other"), QStringLiteral("triaged")));
        dialog->setReason(QStringLiteral("duplicate"));
        QVERIFY(named<QLineEdit>(*dialog, ShieldDialog::tr("Duplicate of"))->isEnabled());
        QVERIFY(!okButton(*dialog)->isEnabled());
        QVERIFY(!dialog->refusal().isEmpty());
        dialog->setDuplicateOf(QStringLiteral("p-2")); // itself
        QVERIFY(!okButton(*dialog)->isEnabled());
        dialog->setDuplicateOf(QStringLiteral("p-1"));
        QVERIFY(okButton(*dialog)->isEnabled());
        QCOMPARE(dialog->actionBody(),
            (QJsonObject { { QStringLiteral("type"), QStringLiteral("shield") },
                { QStringLiteral("reason"), QStringLiteral("duplicate") }, { QStringLiteral("note"), QString() },
                { QStringLiteral("duplicate_of"), QStringLiteral("p-1") } }));
    }

    // Why OK is refused stays readable when the desktop's theme is dark as when it is light.
    void refusalReason_readableOnLightAndDarkWindows_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("expected");
        QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(0xa4, 0x00, 0x00);
        QTest::newRow("dark") << QColor(0x20, 0x20, 0x20) << QColor(0xff, 0x8a, 0x80);
    }

    void refusalReason_readableOnLightAndDarkWindows()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, expected);
        const QPalette original = QApplication::palette();
        QPalette themed = original;
        themed.setColor(QPalette::Window, window);
        QApplication::setPalette(themed);
        auto dialog = openShield(triagePost(QStringLiteral("p-1"), QStringLiteral("other"), QStringLiteral("triaged")));
        QApplication::setPalette(original);
        dialog->setReason(QStringLiteral("duplicate"));
        QVERIFY(!dialog->refusal().isEmpty());
        const QLabel *reason = named<QLabel>(*dialog, ShieldDialog::tr("Why the post cannot be shielded yet"));
        QCOMPARE(reason->text(), dialog->refusal());
        QCOMPARE(reason->palette().color(QPalette::WindowText), expected);
    }

    void shieldRefused_forADispatchedPost()
    {
        QString refusal;
        const Post post = triagePost(QStringLiteral("p-1"), QStringLiteral("appeal"), QStringLiteral("dispatched"),
            { assignment(
                QStringLiteral("d-urban"), QStringLiteral("2025-03-03T10:00:00+08:00"), QStringLiteral("pending")) });
        QVERIFY(!ShieldDialog::create(kColumnStaff, post, harbinUnitTable(), noticeDeadlines(), nullptr, &refusal));
        QVERIFY(!refusal.isEmpty());
    }

    // Suggestions are applied only when the clerk clicks.
    void judgementPanel_appliesNothingWithoutAClick()
    {
        JudgementPanel panel;
        QSignalSpy categories(&panel, &JudgementPanel::categoryAccepted);
        QSignalSpy units(&panel, &JudgementPanel::unitsAccepted);
        QSignalSpy marked(&panel, &JudgementPanel::duplicateMarked);
        QSignalSpy opened(&panel, &JudgementPanel::postOpened);
        panel.showSuggestions({ { QStringLiteral("appeal"), 0.82, QStringLiteral("供暖 温度") },
                                  { QStringLiteral("consultation"), 0.11, QStringLiteral("请问") } },
            { { QStringLiteral("d-heating"), 0.7, QStringLiteral("供暖") },
                { QStringLiteral("x-nangang"), 0.2, QStringLiteral("南岗区") } },
            harbinUnitTable());
        panel.showDuplicates({ { QStringLiteral("p-9"), QStringLiteral("供暖温度不达标"), QStringLiteral("市民王先生"),
            QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone(8 * 3600)), true, 0.934, QStringLiteral("appeal") } });
        QCOMPARE(categories.count() + units.count() + marked.count() + opened.count(), 0);

        auto *categoryList = named<QTreeWidget>(panel, JudgementPanel::tr("Suggested categories"));
        QCOMPARE(categoryList->topLevelItem(0)->text(1), QStringLiteral("82%"));
        QTest::mouseClick(button(panel, JudgementPanel::tr("Accept &category")), Qt::LeftButton);
        QCOMPARE(categories.count(), 1);
        QCOMPARE(categories.at(0).at(0).toString(), QStringLiteral("appeal"));

        auto *unitList = named<QTreeWidget>(panel, JudgementPanel::tr("Suggested units"));
        QCOMPARE(unitList->topLevelItem(0)->text(0), QStringLiteral("市供热办公室"));
        unitList->topLevelItem(1)->setCheckState(0, Qt::Checked);
        QTest::mouseClick(button(panel, JudgementPanel::tr("Dispatch to &checked units")), Qt::LeftButton);
        QCOMPARE(units.count(), 1);
        QCOMPARE(units.at(0).at(0).toStringList(),
            (QStringList { QStringLiteral("d-heating"), QStringLiteral("x-nangang") }));

        auto *duplicates = named<QTreeWidget>(panel, JudgementPanel::tr("Likely duplicates"));
        QCOMPARE(duplicates->topLevelItem(0)->text(0), QStringLiteral("93%"));
        QCOMPARE(duplicates->topLevelItem(0)->text(4), JudgementPanel::tr("same author"));
        QTest::mouseClick(button(panel, JudgementPanel::tr("&Mark as duplicate of it")), Qt::LeftButton);
        QCOMPARE(marked.count(), 1);
        QCOMPARE(marked.at(0).at(0).toString(), QStringLiteral("p-9"));
        QTest::mouseClick(button(panel, JudgementPanel::tr("&Open")), Qt::LeftButton);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("p-9"));
    }

    void judgementPanel_refusedActionsDisabledWithTheReason()
    {
        JudgementPanel panel;
        panel.showSuggestions({ { QStringLiteral("appeal"), 0.8, QString() } },
            { { QStringLiteral("d-heating"), 0.7, QString() } }, harbinUnitTable());
        panel.setRefusals(QStringLiteral("classify refused"), QStringLiteral("dispatch refused"), QString());
        QPushButton *accept = button(panel, JudgementPanel::tr("Accept &category"));
        QVERIFY(!accept->isEnabled());
        QCOMPARE(accept->toolTip(), QStringLiteral("classify refused"));
        QVERIFY(!button(panel, JudgementPanel::tr("Dispatch to &checked units"))->isEnabled());
        panel.setRefusals({}, {}, {});
        QVERIFY(accept->isEnabled());
    }

    void screenshots_inChinese()
    {
        LanguageChooser language(*qApp);
        language.apply(QStringLiteral("zh_CN"));
        {
            auto dialog
                = openForward(triagePost(QStringLiteral("p-1"), QStringLiteral("report"), QStringLiteral("triaged")));
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            QVERIFY(saveScreenshot(*dialog, QStringLiteral("forwarddialog-zh_CN.png")));
        }
        {
            auto dialog = openShield(triagePost(QStringLiteral("p-2"), QString(), QStringLiteral("new")));
            dialog->setReason(QStringLiteral("duplicate"));
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            QVERIFY(saveScreenshot(*dialog, QStringLiteral("shielddialog-zh_CN.png")));
        }
        JudgementPanel panel;
        panel.showSuggestions({ { QStringLiteral("appeal"), 0.82, QStringLiteral("“供暖”“温度”多见于诉求") },
                                  { QStringLiteral("consultation"), 0.11, QStringLiteral("“请问”") } },
            { { QStringLiteral("d-heating"), 0.7, QStringLiteral("“供暖”") },
                { QStringLiteral("x-nangang"), 0.2, QStringLiteral("“南岗区”") } },
            harbinUnitTable());
        panel.showDuplicates(
            { { QStringLiteral("p-9"), QStringLiteral("南岗区供暖温度不达标"), QStringLiteral("市民王先生"),
                  QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone(8 * 3600)), true, 0.934,
                  QStringLiteral("appeal") },
                { QStringLiteral("p-4"), QStringLiteral("家里暖气不热"), QStringLiteral("网友1234"),
                    QDateTime(QDate(2025, 2, 27), QTime(20, 15), QTimeZone(8 * 3600)), false, 0.61, QString() } });
        panel.resize(640, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(saveScreenshot(panel, QStringLiteral("judgementpanel-zh_CN.png")));
        language.apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTriageDialogs)
#include "tst_triagedialogs.moc"
