// The supervision desk (R20) and the key-issues window (R22) offscreen: their models, a
// supervision from candidate to result through the desk, the dialogs, the PDF exports (the
// supervision notice and the special report open as PDF), and screenshots in Chinese
// (supervisiondesk-zh_CN.png, supervisionnotice-zh_CN.png, keyissueswindow-zh_CN.png in
// build/screenshots/).

#include "storetestsupport.h"
#include "widgettexts.h"

#include "common/deskreferencedata.h"
#include "common/languagechooser.h"
#include "demo/syntheticpostgenerator.h"
#include "keyissues/keyissueswindow.h"
#include "reports/reportexport.h"
#include "store/unitstore.h"
#include "supervision/opensupervisionsmodel.h"
#include "supervision/supervisioncandidatesmodel.h"
#include "supervision/supervisiondesk.h"
#include "supervision/supervisiondialogs.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2025, 3, 20);
const Actor kSupervisor { u"u-supervisor"_s, Role::Supervisor, {} };
const Actor kLeader { u"u-leader"_s, Role::Leader, {} };

const char *const kHeating[][3] = {
    { "南岗区学府路小区供暖不热",
        "南岗区学府路阳光小区今年供暖以来室内温度只有十五度，暖气片摸着不热，老人孩子都冻感冒了。",
        "2025-03-06T08:00:00+08:00" },
    { "学府路供暖温度不达标", "我家住南岗区学府路，这几天暖气不热，室内温度十四度左右，打供热公司电话一直没人管。",
        "2025-03-08T09:30:00+08:00" },
    { "南岗区学府路暖气不热问题", "学府路一带居民都说供暖不热，室内温度达不到十八度，请有关部门督促供热公司。",
        "2025-03-12T10:00:00+08:00" },
    { "关于南岗区学府路供暖的反映", "南岗区学府路的供暖温度一直不达标，暖气不热，晚上只能开电暖器，希望供热公司重视。",
        "2025-03-14T19:00:00+08:00" },
    { "学府路小区暖气温度太低", "南岗区学府路小区供暖温度太低，家里冷得穿棉袄，暖气不热，希望供热公司派人检查管网。",
        "2025-03-15T07:45:00+08:00" },
};

// Synthetic Harbin posts of early 2025 and five posts on one matter.
void fillStore(Database &database)
{
    storeHarbinUnits(database);
    SyntheticPostGenerator generator(7, QDateTime(QDate(2025, 1, 2), QTime(8, 0), QTimeZone(8 * 3600)), 200);
    generator.setNow(QDateTime(kToday, QTime(8, 0), QTimeZone(8 * 3600)));
    QList<QJsonObject> posts;
    for (int i = 0; i < 500; ++i)
        posts.append(generator.next());
    for (int i = 0; i < 5; ++i) {
        const QJsonObject assignment { { u"unit_id"_s, u"d-heating"_s },
            { u"dispatched_at"_s, QString::fromUtf8(kHeating[i][2]) },
            { u"status"_s, i < 2 ? u"replied"_s : u"accepted"_s }, { u"replies"_s, QJsonArray() } };
        posts.append(samplePost(u"p-heat-%1"_s.arg(i + 1), 1, QString::fromUtf8(kHeating[i][0]),
            QString::fromUtf8(kHeating[i][1]),
            { { u"submitted_at"_s, QString::fromUtf8(kHeating[i][2]) }, { u"category"_s, u"appeal"_s },
                { u"status"_s, u"dispatched"_s }, { u"views"_s, 800 + 300 * i },
                { u"assignments"_s, QJsonArray { assignment } } }));
    }
    importPosts(database, posts);
}

void waitUntilIdle(SupervisionDesk &desk)
{
    QTRY_VERIFY_WITH_TIMEOUT(!desk.isBusy(), 20000);
    QCoreApplication::processEvents();
}

void waitUntilIdle(KeyIssuesWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QCoreApplication::processEvents();
}

void screenshot(QWidget &widget, const char *name)
{
    QDir().mkpath(QStringLiteral(BXT_SCREENSHOT_DIR));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.grab().save(QStringLiteral(BXT_SCREENSHOT_DIR "/") + QLatin1String(name)));
}

QWidget *findToolTip()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            return widget;
    }
    return nullptr;
}

bool isPdf(const QByteArray &bytes)
{
    return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
}

SupervisionNotice sampleNotice()
{
    return { u"督〔2025〕7号"_s, u"p-heat-3"_s, u"南岗区学府路暖气不热问题"_s,
        u"学府路一带居民都说供暖不热，室内温度达不到十八度，请有关部门督促供热公司。"_s,
        parseRfc3339(u"2025-03-12T10:00:00+08:00"_s), u"s-9"_s, u"d-heating"_s, u"市供热办公室"_s, u"overdue"_s, kToday,
        kToday.addDays(5), u"依法依规调查处理，在网上答复网民"_s, u"市信息化工作办公室"_s };
}

} // namespace

class TestSupervisionDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        fillStore(*m_store.database);
        m_reference = std::make_unique<DeskReferenceData>(*m_store.database);
        QString error;
        QVERIFY2(m_reference->load(&error), qPrintable(error));
    }

    void desk_listsCandidates_andSupervisesToResult() // R20
    {
        SupervisionDesk desk(*m_store.database, *m_reference, kSupervisor);
        QAbstractItemModelTester candidatesTester(desk.candidatesModel());
        QAbstractItemModelTester openTester(desk.openSupervisionsModel());
        desk.setToday(kToday);
        waitUntilIdle(desk);
        SupervisionCandidatesModel *candidates = desk.candidatesModel();
        QVERIFY(candidates->rowCount() > 0);
        const SupervisionCandidate *first = candidates->candidate(0);
        QCOMPARE(first->reason, u"overdue"_s);
        QVERIFY(!candidates->data(candidates->index(0, SupervisionCandidatesModel::Reason), Qt::DisplayRole)
                     .toString()
                     .isEmpty());
        const int openBefore = desk.openSupervisionsModel()->rowCount();

        QString error;
        const QString postId = first->postId;
        const QString unitId = first->unitIds.first();
        QVERIFY2(desk.perform(postId,
                     { { u"type"_s, u"supervise"_s }, { u"unit_id"_s, unitId }, { u"method"_s, u"phone"_s },
                         { u"reason"_s, u"overdue"_s }, { u"note"_s, u"电话督办"_s } },
                     &error),
            qPrintable(error));
        desk.refresh();
        waitUntilIdle(desk);
        QCOMPARE(desk.openSupervisionsModel()->rowCount(), openBefore + 1);
        const OpenSupervision *opened = nullptr;
        for (int row = 0; row < desk.openSupervisionsModel()->rowCount(); ++row) {
            const OpenSupervision *supervision = desk.openSupervisionsModel()->supervision(row);
            if (supervision->postId == postId && supervision->note == u"电话督办"_s)
                opened = supervision;
        }
        QVERIFY(opened);
        for (int row = 0; row < candidates->rowCount(); ++row) {
            const SupervisionCandidate *candidate = candidates->candidate(row);
            QVERIFY(candidate->postId != postId || !candidate->unitIds.contains(unitId));
        }
        SupervisionResultDialog result(*opened, u"单位"_s);
        QPushButton *ok = nullptr;
        for (QPushButton *button : result.findChildren<QPushButton *>()) {
            if (button->text() == u"Record result"_s)
                ok = button;
        }
        QVERIFY(ok && !ok->isEnabled());
        result.findChild<QPlainTextEdit *>()->setPlainText(u"已答复网民。"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY2(desk.perform(postId, result.actionBody(), &error), qPrintable(error));
        desk.refresh();
        waitUntilIdle(desk);
        QCOMPARE(desk.openSupervisionsModel()->rowCount(), openBefore);
    }

    void leaderDesk_cannotSupervise()
    {
        SupervisionDesk desk(*m_store.database, *m_reference, kLeader);
        waitUntilIdle(desk);
        QString error;
        QVERIFY(!desk.perform(u"p-heat-3"_s,
            { { u"type"_s, u"supervise"_s }, { u"unit_id"_s, u"d-heating"_s }, { u"method"_s, u"phone"_s },
                { u"reason"_s, u"overdue"_s }, { u"note"_s, QString() } },
            &error));
        QVERIFY(!error.isEmpty());
    }

    void superviseDialog_startsFromTheCandidate()
    {
        const SupervisionCandidate candidate { u"p-heat-3"_s, u"南岗区学府路暖气不热问题"_s, u"concentrated"_s, u"5"_s,
            { u"d-heating"_s, u"x-nangang"_s }, 0, 0, 5 };
        QHash<QString, Unit> units;
        QString error;
        QVERIFY(UnitStore(*m_store.database).all(&units, &error));
        SuperviseDialog dialog(candidate, units);
        QJsonObject body = dialog.actionBody();
        QCOMPARE(body.value(u"reason"_s).toString(), u"concentrated"_s);
        QCOMPARE(body.value(u"unit_id"_s).toString(), u"d-heating"_s);
        QCOMPARE(body.value(u"method"_s).toString(), u"phone"_s);
        for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
            if (combo->accessibleName() == u"How to supervise"_s)
                combo->setCurrentIndex(1);
        }
        QCOMPARE(dialog.actionBody().value(u"method"_s).toString(), u"notice"_s);
    }

    void thresholdsDialog_readOnlyButForAnAdministrator() // R20
    {
        SupervisionThresholds thresholds;
        thresholds.attentionViews = 777;
        SupervisionThresholdsDialog readOnly(thresholds, false);
        for (QSpinBox *spin : readOnly.findChildren<QSpinBox *>())
            QVERIFY(!spin->isEnabled());
        SupervisionThresholdsDialog editable(thresholds, true);
        QCOMPARE(editable.thresholds().toJson(), thresholds.toJson());
        editable.findChildren<QSpinBox *>().at(2)->setValue(1500);
        QCOMPARE(editable.thresholds().attentionViews, 1500);
    }

    void noticeAndSpecialReport_exportAsPdf() // R20, R22
    {
        QBuffer notice;
        notice.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(sampleNotice().writePdf(&notice, &error), qPrintable(error));
        QVERIFY(isPdf(notice.data()));

        KeyIssuesWindow window(*m_store.database, *m_reference, kSupervisor);
        window.setPeriod(QDate(2025, 3, 1), kToday);
        waitUntilIdle(window);
        KeyIssuesReport report = window.draftReport(); // the first matter is selected
        QCOMPARE(report.matters.size(), 1);
        report.situation = u"三月以来南岗区学府路供暖不热问题集中。"_s;
        report.suggestedAction = u"建议市供热办督促供热企业限期整改。"_s;
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        QVERIFY2(ReportExport::writePdf(report.document(), &pdf, &error), qPrintable(error));
        QVERIFY(isPdf(pdf.data()));

        SupervisionNoticeDialog dialog(*m_store.database, sampleNotice());
        QTemporaryDir dir;
        QVERIFY2(dialog.savePdf(dir.filePath(u"notice.pdf"_s), &error), qPrintable(error));
        QFile saved(dir.filePath(u"notice.pdf"_s));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(isPdf(saved.readAll()));
    }

    void keyIssues_ranksMatters_leaderReadsOnly() // R22
    {
        KeyIssuesWindow window(*m_store.database, *m_reference, kLeader);
        QAbstractItemModelTester tester(window.mattersModel());
        window.setPeriod(QDate(2025, 3, 1), kToday);
        waitUntilIdle(window);
        MattersModel *matters = window.mattersModel();
        QVERIFY(matters->rowCount() > 1);
        bool heatingFound = false;
        for (int row = 0; row < matters->rowCount(); ++row) {
            const Matter *matter = matters->matter(row);
            QStringList ids;
            for (const quint32 member : matter->members)
                ids.append(matters->grouping()->post(member).id);
            if (ids.contains(u"p-heat-1"_s)) {
                heatingFound = true;
                for (int i = 1; i <= 5; ++i)
                    QVERIFY2(ids.contains(u"p-heat-%1"_s.arg(i)), qPrintable(ids.join(u' ')));
            }
        }
        QVERIFY(heatingFound);
        QPushButton *compose = nullptr;
        for (QPushButton *button : window.findChildren<QPushButton *>()) {
            if (button->text() == u"Compose special report…"_s)
                compose = button;
        }
        QVERIFY(compose);
        QVERIFY(!compose->isEnabled()); // leaders read (R22)
        QVERIFY(!compose->toolTip().isEmpty());
    }

    void hostileText_toolTipsShowItLiterally_data() { addHostileTextRows(); }

    void hostileText_toolTipsShowItLiterally() // issue 11, item 5
    {
        QFETCH(QString, text);
        SupervisionCandidate candidate;
        candidate.postId = u"p-1"_s;
        candidate.title = text;
        candidate.reason = u"overdue"_s;
        candidate.unitIds = { u"d-heating"_s };
        SupervisionCandidatesModel candidates;
        candidates.setCandidates({ candidate }, { { u"d-heating"_s, text } }); // a unit's name comes from the portal
        QCOMPARE(shownToolTip(candidates.index(0, SupervisionCandidatesModel::Title).data(Qt::ToolTipRole)), text);
        QCOMPARE(shownToolTip(candidates.index(0, SupervisionCandidatesModel::Units).data(Qt::ToolTipRole)), text);

        OpenSupervisionsModel open;
        open.setSupervisions({ { u"p-1"_s, text, u"s-1"_s, u"d-heating"_s, u"2025-03-12T10:00:00+08:00"_s, u"phone"_s,
                                 u"overdue"_s, text } },
            {}, {});
        QCOMPARE(shownToolTip(open.index(0, OpenSupervisionsModel::Title).data(Qt::ToolTipRole)), text);
        QCOMPARE(shownToolTip(open.index(0, OpenSupervisionsModel::Note).data(Qt::ToolTipRole)), text);

        auto grouping = std::make_shared<MatterGrouping>();
        MatterPost post;
        post.id = u"p-1"_s;
        post.title = text;
        grouping->posts.push_back(post);
        Matter matter;
        matter.members = { 0 };
        grouping->matters.append(matter);
        MattersModel matters;
        matters.setGrouping(grouping);
        QCOMPARE(shownToolTip(matters.index(0, MattersModel::Title).data(Qt::ToolTipRole)), text);
    }

    void screenshot_hostileTitleToolTip()
    {
        SupervisionCandidate candidate;
        candidate.postId = u"p-1"_s;
        candidate.title = u"<h1 style=\"color:red\">暖气片整夜冰凉</h1><img src=\"file:///etc/passwd\">"_s;
        candidate.reason = u"overdue"_s;
        SupervisionCandidatesModel candidates;
        candidates.setCandidates({ candidate }, {});
        QTableView table;
        table.setModel(&candidates);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QToolTip::showText(table.mapToGlobal(QPoint(20, 20)),
            candidates.index(0, SupervisionCandidatesModel::Title).data(Qt::ToolTipRole).toString(), &table);
        QWidget *tip = nullptr;
        QTRY_VERIFY((tip = findToolTip()) != nullptr);
        QDir().mkpath(QStringLiteral(BXT_SCREENSHOT_DIR));
        QVERIFY(tip->grab().save(QStringLiteral(BXT_SCREENSHOT_DIR "/hostile-title-tooltip.png")));
        QToolTip::hideText();
    }

    void keyIssues_stateTheRankingRule_andRankByScore() // R22
    {
        KeyIssuesWindow window(*m_store.database, *m_reference, kLeader);
        window.setPeriod(QDate(2025, 3, 1), kToday);
        waitUntilIdle(window);
        QComboBox *ranking = nullptr;
        for (QComboBox *box : window.findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"Rank by"_s)
                ranking = box;
        }
        QVERIFY(ranking);
        QCOMPARE(ranking->currentText(), u"Key-issue score"_s);
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        const auto rule = std::find_if(labels.cbegin(), labels.cend(),
            [](const QLabel *label) { return label->text() == MatterGrouper::rankingRule(); });
        QVERIFY2(rule != labels.cend(), qPrintable(MatterGrouper::rankingRule()));
        QCOMPARE((*rule)->textFormat(), Qt::PlainText);
        QVERIFY(MatterGrouper::rankingRule().contains(u"Shielded posts, reports"_s));
        QCOMPARE(window.whatsThis(), MatterGrouper::rankingRule());
        const MattersModel *matters = window.mattersModel();
        QVERIFY(matters->rowCount() > 1);
        for (int row = 1; row < matters->rowCount(); ++row)
            QVERIFY2(matters->matter(row - 1)->score >= matters->matter(row)->score, qPrintable(QString::number(row)));
    }

    void screenshots_inChinese()
    {
        LanguageChooser language(*qApp);
        QVERIFY(language.apply(u"zh_CN"_s));
        {
            SupervisionDesk desk(*m_store.database, *m_reference, kSupervisor);
            desk.resize(1200, 640);
            desk.setToday(kToday);
            waitUntilIdle(desk);
            screenshot(desk, "supervisiondesk-zh_CN.png");
        }
        {
            SupervisionNoticeDialog notice(*m_store.database, sampleNotice());
            screenshot(notice, "supervisionnotice-zh_CN.png");
        }
        {
            KeyIssuesWindow window(*m_store.database, *m_reference, kSupervisor);
            window.resize(1280, 760);
            window.setPeriod(QDate(2025, 3, 1), kToday);
            waitUntilIdle(window);
            QTableView *matters = window.findChild<QTableView *>();
            for (int row = 0; row < window.mattersModel()->rowCount(); ++row) {
                if (window.mattersModel()->matter(row)->volume() >= 5)
                    matters->selectRow(row);
            }
            screenshot(window, "keyissueswindow-zh_CN.png");
        }
        language.apply(u"en"_s);
    }

private:
    TemporaryStore m_store;
    std::unique_ptr<DeskReferenceData> m_reference; // the units, as the main window hands them on
};

QTEST_MAIN(TestSupervisionDesk)
#include "tst_supervisiondesk.moc"
