// The reports window (R21, R23): the report's table model (checked by QAbstractItemModelTester),
// its charts, and its exports. Writes reportswindow-zh_CN.png to build/screenshots/.

#include "common/languagechooser.h"
#include "reports/reportswindow.h"
#include "reporttestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace bxt;
using namespace bxt::test;

class TestReportsWindow : public QObject
{
    Q_OBJECT

private:
    TemporaryStore m_store;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        storeReportUnits(*m_store.database);
        QList<QJsonObject> posts;
        const QStringList titles { QStringLiteral("道里区安静街供暖温度不达标"),
            QStringLiteral("南岗区学府路小区停车难"), QStringLiteral("香坊区公滨路公交线路调整") };
        for (int i = 0; i < 30; ++i) {
            const QString day = QStringLiteral("2025-%1-%2")
                                    .arg(4 + i % 3, 2, 10, QLatin1Char('0'))
                                    .arg(1 + i % 27, 2, 10, QLatin1Char('0'));
            const QString unit = i % 2 ? QStringLiteral("x-b") : QStringLiteral("d-a");
            QJsonObject answered;
            if (i % 3 != 0)
                answered.insert(QStringLiteral("replies"),
                    QJsonArray { reply(QStringLiteral("r-%1").arg(i), QStringLiteral("initial"),
                        day + QStringLiteral("T18:00:00+08:00")) });
            QJsonObject post = dispatchedPost(QStringLiteral("p-%1").arg(i),
                i % 4 ? QStringLiteral("appeal") : QStringLiteral("consultation"),
                day + QStringLiteral("T08:00:00+08:00"),
                QJsonArray { assignment(unit, day + QStringLiteral("T09:00:00+08:00"),
                    i % 3 ? QStringLiteral("replied") : QStringLiteral("accepted"), answered) });
            post.insert(QStringLiteral("title"), titles.at(i % 3));
            posts.append(post);
        }
        importPosts(*m_store.database, posts);
    }

    void model_passesTheModelTester_andShowsEveryUnitThenTotal()
    {
        ReportsWindow window(*m_store.database);
        QAbstractItemModelTester tester(window.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&window, &ReportsWindow::reportShown);
        window.showReport(ReportsWindow::Kind::Quarterly, 2025, 2);
        QVERIFY(shown.wait(10000));
        const ReportTableModel *model = window.tableModel();
        QCOMPARE(model->rowCount(), 3); // d-a, x-b, total
        QCOMPARE(model->columnCount(), 10);
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("total"));
        QCOMPARE(model->index(2, 2).data().toString(), QStringLiteral("30"));
        QVERIFY(model->index(2, 2).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(window.document().charts.size(), 3);

        window.showReport(ReportsWindow::Kind::Assessment, 2025, 1);
        QVERIFY(shown.wait(10000));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("1"));
    }

    void export_writesThePdf()
    {
        ReportsWindow window(*m_store.database);
        QSignalSpy shown(&window, &ReportsWindow::reportShown);
        window.showReport(ReportsWindow::Kind::Quarterly, 2025, 2);
        QVERIFY(shown.wait(10000));
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(window.exportTo(ReportExport::Format::Pdf, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
    }

    void screenshot_inChinese()
    {
        LanguageChooser language(*qApp);
        language.apply(QStringLiteral("zh_CN"));
        ReportsWindow window(*m_store.database);
        QSignalSpy shown(&window, &ReportsWindow::reportShown);
        window.showReport(ReportsWindow::Kind::Quarterly, 2025, 2);
        QVERIFY(shown.wait(10000));
        QDir().mkpath(QStringLiteral(BXT_SCREENSHOT_DIR));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(QStringLiteral(BXT_SCREENSHOT_DIR "/reportswindow-zh_CN.png")));
        language.apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestReportsWindow)
#include "tst_reportswindow.moc"
