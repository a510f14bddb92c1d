// Publishing the reports (R21, R23): the CSV's exact header, a self-contained HTML page, a PDF
// that opens, and the CLI's report commands with their exit codes for bad arguments.

#include "clitestsupport.h"
#include "reports/assessmentreport.h"
#include "reports/quarterlyreport.h"
#include "reports/reportdocument.h"
#include "reports/reportexport.h"
#include "reporttestsupport.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPicture>
#include <QTest>

using namespace bxt;
using namespace bxt::test;

namespace {

const QByteArray kQuarterlyHeader
    = "unit_id,unit_name,dispatched,answered,answered_on_time,answered_late,overdue_open,returned,returned_late,"
      "supervisions";

QByteArray firstLine(const QByteArray &text)
{
    return text.left(text.indexOf("\r\n"));
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private:
    TemporaryStore m_store;
    QTemporaryDir m_dir;

    ReportDocument quarterly()
    {
        QuarterlyReport report;
        QString error;
        if (!QuarterlyReportBuilder(*m_store.database).build(*ReportPeriod::quarter(2025, 2), &report, &error))
            qFatal("report failed: %s", qPrintable(error));
        return ReportDocument::quarterly(report);
    }

    CliRun cli(const QStringList &arguments)
    {
        return runCli(
            QStringList { QStringLiteral("--db"), m_store.path(), QStringLiteral("--user"), QStringLiteral("督办员甲") }
            + arguments);
    }

private slots:
    void initTestCase()
    {
        storeReportUnits(*m_store.database);
        importPosts(*m_store.database,
            { dispatchedPost(QStringLiteral("p-1"), QStringLiteral("appeal"),
                QStringLiteral("2025-04-02T09:00:00+08:00"),
                QJsonArray { assignment(QStringLiteral("d-a"), QStringLiteral("2025-04-02T10:00:00+08:00"),
                                 QStringLiteral("replied"),
                                 { { QStringLiteral("replies"),
                                     QJsonArray { reply(QStringLiteral("r-1"), QStringLiteral("initial"),
                                         QStringLiteral("2025-04-08T20:00:00+08:00")) } } }),
                    assignment(QStringLiteral("x-b"), QStringLiteral("2025-04-02T10:00:00+08:00"),
                        QStringLiteral("accepted")) },
                { { QStringLiteral("category"), QStringLiteral("multi_department") } }) });
    }

    void csv_hasTheExactHeader_aRowPerUnit_thenTotal() // R21
    {
        const QList<QByteArray> lines = ReportExport::csv(quarterly()).split('\n');
        QCOMPARE(firstLine(lines.at(0) + '\n'), kQuarterlyHeader);
        QCOMPARE(lines.at(0), kQuarterlyHeader + '\r');
        QCOMPARE(lines.at(1), QByteArray("d-a,市甲局,1,1,1,0,0,0,0,0\r"));
        QCOMPARE(lines.at(2), QByteArray("x-b,乙区人民政府,1,0,0,0,1,0,0,0\r"));
        QVERIFY(lines.at(3).startsWith("total,"));
        QCOMPARE(lines.at(3), QByteArray("total,Total,2,1,1,0,1,0,0,0\r"));
        QCOMPARE(lines.size(), 5); // and the empty rest after the last line break
    }

    void csv_quotesFieldsWithCommasAndQuotes()
    {
        ReportDocument document;
        document.table.keys = QStringList { QStringLiteral("a"), QStringLiteral("b") };
        document.table.rows = { { QStringLiteral("x,y"), QStringLiteral("say \"hi\"") } };
        QCOMPARE(ReportExport::csv(document), QByteArray("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n"));
    }

    // A spreadsheet runs a cell starting with = + - @ (also after spaces, or after a TAB or CR)
    // as a formula: every cell, unit ids and names included, starts with ' then. Plain numbers
    // stay numbers.
    void csv_neutralisesFormulaStartsInEveryCell_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("written");
        QTest::addRow("equals") << QStringLiteral("=1+1") << QByteArray("'=1+1");
        QTest::addRow("plus") << QStringLiteral("+SUM(A1)") << QByteArray("'+SUM(A1)");
        QTest::addRow("minus formula") << QStringLiteral("-2+3") << QByteArray("'-2+3");
        QTest::addRow("at") << QStringLiteral("@cmd") << QByteArray("'@cmd");
        QTest::addRow("spaces then equals") << QStringLiteral("  =1+1") << QByteArray("'  =1+1");
        QTest::addRow("tab then equals") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        QTest::addRow("tab alone first") << QStringLiteral("\tx") << QByteArray("'\tx");
        QTest::addRow("carriage return first") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
        QTest::addRow("formula with a comma") << QStringLiteral("=A1,B1") << QByteArray("\"'=A1,B1\"");
        // Issue 12 finding 17: any white space or invisible character before the formula.
        QTest::addRow("space, tab, equals") << QStringLiteral(" \t=1") << QByteArray("' \t=1");
        QTest::addRow("newline, equals") << QStringLiteral("\n=1") << QByteArray("\"'\n=1\"");
        QTest::addRow("no-break space, equals") << QStringLiteral("\u00A0=1") << QByteArray("'\xC2\xA0=1");
        QTest::addRow("ideographic space, plus") << QStringLiteral("\u3000+1") << QByteArray("'\xE3\x80\x80+1");
        QTest::addRow("byte order mark, at") << QStringLiteral("\uFEFF@x") << QByteArray("'\xEF\xBB\xBF@x");
        QTest::addRow("ideographic space, text")
            << QStringLiteral("\u3000市甲局") << QByteArray("\xE3\x80\x80\xE5\xB8\x82\xE7\x94\xB2\xE5\xB1\x80");
        QTest::addRow("negative number") << QStringLiteral("-12") << QByteArray("-12");
        QTest::addRow("decimal") << QStringLiteral("87.5") << QByteArray("87.5");
        QTest::addRow("equals inside") << QStringLiteral("a=b") << QByteArray("a=b");
        QTest::addRow("Chinese name") << QStringLiteral("市甲局") << QByteArray("市甲局");
        QTest::addRow("empty") << QString() << QByteArray();
    }

    void csv_neutralisesFormulaStartsInEveryCell()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, written);
        ReportDocument document;
        document.table.keys = QStringList { cell, QStringLiteral("n") };
        document.table.rows = { { cell, QStringLiteral("1") } };
        QCOMPARE(ReportExport::csv(document), written + ",n\r\n" + written + ",1\r\n");
    }

    // The quarterly CSV through the command line: a unit's id and name from the portal are cells too.
    void cli_quarterlyCsv_neutralisesUnitIdsAndNames()
    {
        TemporaryStore store;
        const QJsonArray units { QJsonObject { { QStringLiteral("id"), QStringLiteral("=d") },
            { QStringLiteral("name"), QStringLiteral("@HYPERLINK(1)") },
            { QStringLiteral("kind"), QStringLiteral("department") } } };
        QString error;
        QVERIFY2(inTransaction(
                     *store.database,
                     [&](QString *failure) { return UnitStore(*store.database).replaceAll(units, failure); }, &error),
            qPrintable(error));
        const QString out = m_dir.filePath(QStringLiteral("hostile.csv"));
        const CliRun run = runCli({ QStringLiteral("--db"), store.path(), QStringLiteral("report"),
            QStringLiteral("quarterly"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--quarter"),
            QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().split('\n').value(1), QByteArray("'=d,'@HYPERLINK(1),0,0,0,0,0,0,0,0\r"));
    }

    void html_isSelfContained_withInlineSvgCharts()
    {
        const QByteArray html = ReportExport::html(quarterly());
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("<meta charset=\"utf-8\">"));
        QCOMPARE(html.count("<svg "), 3); // volume per week, on-time rates, category shares
        QVERIFY(html.contains("市甲局"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("<link"));
        QVERIFY(!html.contains("src=\"http"));
    }

    void pdf_opensAsValidPdf_withTheFontEmbedded()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(ReportExport::writePdf(quarterly(), &buffer, &error), qPrintable(error));
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.size() > 20000); // text, tables, three chart images and a font
        QVERIFY(bytes.contains("/FontFile2"));
        QVERIFY(bytes.contains("/Type /Page"));
    }

    void chart_oneGeometry_forSvgAndPainter()
    {
        const ChartData chart { ChartData::Style::Bars, QStringLiteral("On time"),
            { QStringLiteral("市甲局"), QStringLiteral("乙区人民政府") }, { 0.5, 1.0 }, true };
        const QList<ChartShape> shapes = ReportChart::shapes(chart, QSizeF(600, 120));
        const auto bars = std::count_if(shapes.cbegin(), shapes.cend(),
            [](const ChartShape &shape) { return shape.kind == ChartShape::Kind::Rectangle; });
        QCOMPARE(bars, 2);
        const QString svg = ReportChart::svg(chart, QSizeF(600, 120));
        QCOMPARE(svg.count(QStringLiteral("<rect ")), 2);
        QVERIFY(svg.contains(QStringLiteral("50.0%")));
        QPicture picture;
        QPainter painter(&picture);
        ReportChart::paint(&painter, chart, QRectF(0, 0, 600, 120));
        painter.end();
        QVERIFY(picture.size() > 0);
    }

    void cli_quarterly_writesEachFormat()
    {
        for (const QString &format : { QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("pdf") }) {
            const QString out = m_dir.filePath(QStringLiteral("q.") + format);
            const CliRun run = cli({ QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--quarter"), QStringLiteral("2"), QStringLiteral("--format"),
                format, QStringLiteral("--out"), out });
            QVERIFY2(run.exitCode == CommandLine::Success, run.err.constData());
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (format == QLatin1String("csv"))
                QCOMPARE(firstLine(bytes), kQuarterlyHeader);
            if (format == QLatin1String("pdf"))
                QVERIFY(bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF"));
        }
    }

    void cli_assessment_andWeights()
    {
        const QString out = m_dir.filePath(QStringLiteral("a.csv"));
        CliRun run = cli({ QStringLiteral("report"), QStringLiteral("assessment"), QStringLiteral("--year"),
            QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out });
        QVERIFY2(run.exitCode == CommandLine::Success, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(firstLine(file.readAll()),
            QByteArray("rank,unit_id,unit_name,assigned,replied,reply_rate,lint_score,rating_score,"
                       "satisfaction_score,quality_score"));

        run = cli({ QStringLiteral("report"), QStringLiteral("weights"), QStringLiteral("--lint"), QStringLiteral("1"),
            QStringLiteral("--satisfaction"), QStringLiteral("0") });
        QCOMPARE(run.exitCode, int(CommandLine::Success));
        QCOMPARE(run.out, QByteArray("lint 1\nratings 0.4\nsatisfaction 0\n"));
        AssessmentWeights weights;
        QString error;
        QVERIFY(AssessmentWeights::load(*m_store.database, &weights, &error));
        QCOMPARE(weights.lint, 1.0);
    }

    void cli_rate_storesARating()
    {
        const CliRun run = cli({ QStringLiteral("report"), QStringLiteral("rate"), QStringLiteral("p-1"),
            QStringLiteral("r-1"), QStringLiteral("--unit"), QStringLiteral("d-a"), QStringLiteral("--substance"),
            QStringLiteral("4"), QStringLiteral("--responsibility"), QStringLiteral("5"), QStringLiteral("--form"),
            QStringLiteral("3") });
        QVERIFY2(run.exitCode == CommandLine::Success, run.err.constData());
    }

    void cli_badArguments_areUsageErrors_andWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString out = QStringLiteral("OUT");
        QTest::newRow("no verb") << QStringList { QStringLiteral("report") } << int(CommandLine::UsageError);
        QTest::newRow("unknown verb") << QStringList { QStringLiteral("report"), QStringLiteral("monthly") }
                                      << int(CommandLine::UsageError);
        QTest::newRow("no year") << QStringList { QStringLiteral("report"), QStringLiteral("quarterly"),
            QStringLiteral("--quarter"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), out }
                                 << int(CommandLine::UsageError);
        QTest::newRow("year not a number") << QStringList { QStringLiteral("report"), QStringLiteral("quarterly"),
            QStringLiteral("--year"), QStringLiteral("twenty"), QStringLiteral("--quarter"), QStringLiteral("1"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out }
                                           << int(CommandLine::UsageError);
        QTest::newRow("quarter 5") << QStringList { QStringLiteral("report"), QStringLiteral("quarterly"),
            QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--quarter"), QStringLiteral("5"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out }
                                   << int(CommandLine::UsageError);
        QTest::newRow("format docx") << QStringList { QStringLiteral("report"), QStringLiteral("assessment"),
            QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("docx"),
            QStringLiteral("--out"), out }
                                     << int(CommandLine::UsageError);
        QTest::newRow("no format") << QStringList { QStringLiteral("report"), QStringLiteral("assessment"),
            QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), out }
                                   << int(CommandLine::UsageError);
        QTest::newRow("no out") << QStringList { QStringLiteral("report"), QStringLiteral("assessment"),
            QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("pdf") }
                                << int(CommandLine::UsageError);
        QTest::newRow("weights all zero") << QStringList { QStringLiteral("report"), QStringLiteral("weights"),
            QStringLiteral("--lint"), QStringLiteral("0"), QStringLiteral("--ratings"), QStringLiteral("0"),
            QStringLiteral("--satisfaction"), QStringLiteral("0") }
                                          << int(CommandLine::UsageError);
        QTest::newRow("negative weight") << QStringList { QStringLiteral("report"), QStringLiteral("weights"),
            QStringLiteral("--lint"), QStringLiteral("-1") }
                                         << int(CommandLine::UsageError);
        QTest::newRow("rating 6") << QStringList { QStringLiteral("report"), QStringLiteral("rate"),
            QStringLiteral("p-1"), QStringLiteral("r-1"), QStringLiteral("--unit"), QStringLiteral("d-a"),
            QStringLiteral("--substance"), QStringLiteral("6"), QStringLiteral("--responsibility"), QStringLiteral("5"),
            QStringLiteral("--form"), QStringLiteral("3") }
                                  << int(CommandLine::UsageError);
        // Issue 12 finding 21: the rater is the --user given, never blank or taken from elsewhere.
        for (const QString &rater : { QString(), QStringLiteral("  ") })
            QTest::addRow("rater \"%s\"", qPrintable(rater)) << QStringList { QStringLiteral("report"),
                QStringLiteral("rate"), QStringLiteral("p-1"), QStringLiteral("r-1"), QStringLiteral("--unit"),
                QStringLiteral("d-a"), QStringLiteral("--substance"), QStringLiteral("4"),
                QStringLiteral("--responsibility"), QStringLiteral("5"), QStringLiteral("--form"), QStringLiteral("3"),
                QStringLiteral("--user"), rater } << int(CommandLine::UsageError);
        QTest::newRow("rating an unknown reply") << QStringList { QStringLiteral("report"), QStringLiteral("rate"),
            QStringLiteral("p-1"), QStringLiteral("r-none"), QStringLiteral("--unit"), QStringLiteral("d-a"),
            QStringLiteral("--substance"), QStringLiteral("4"), QStringLiteral("--responsibility"), QStringLiteral("5"),
            QStringLiteral("--form"), QStringLiteral("3") }
                                                 << int(CommandLine::Failure);
    }

    void cli_badArguments_areUsageErrors_andWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString out = m_dir.filePath(QStringLiteral("bad.csv"));
        arguments.replaceInStrings(QStringLiteral("OUT"), out);
        AssessmentWeights before;
        QString error;
        QVERIFY(AssessmentWeights::load(*m_store.database, &before, &error));
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.err.startsWith("baixingtan-cli: "));
        QVERIFY(!QFile::exists(out));
        AssessmentWeights after;
        QVERIFY(AssessmentWeights::load(*m_store.database, &after, &error));
        QCOMPARE(after.lint, before.lint);
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
