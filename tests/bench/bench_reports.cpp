// Reports benchmark (issue 6) on an existing store: the quarterly report (R21, target < 2 s
// with a million posts) and the annual assessment (R23), each computed twice (the second run
// finds the store in the page cache), and writing the quarterly report as HTML, PDF and CSV.
// Opening a store of an older schema migrates it (the supervisions' index is filled once), so
// run it on a copy:
//
//   cp /tmp/judge-1m/cases.sqlite /tmp/reports-1m.sqlite
//   build/tests/bench/bench_reports --db /tmp/reports-1m.sqlite --year 2024 --quarter 4 [--add-harbin-units]

#include "benchsupport.h"
#include "demo/syntheticpostgenerator.h"
#include "reports/assessmentreport.h"
#include "reports/quarterlyreport.h"
#include "reports/reportdocument.h"
#include "reports/reportexport.h"
#include "store/database.h"
#include "store/unitstore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>

using namespace bxt;

namespace {

// Wall time, and the process's CPU time since cpuStart (cpuMillis()).
QString wallAndCpu(const QElapsedTimer &timer, double cpuStart)
{
    return QStringLiteral("%1 (CPU %2)").arg(milliseconds(timer), milliseconds(cpuMillis() - cpuStart));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF export needs fonts, not a screen
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("The case store to read."), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("year"), QStringLiteral("The report's year."), QStringLiteral("year"),
        QStringLiteral("2024") });
    parser.addOption({ QStringLiteral("quarter"), QStringLiteral("The report's quarter."), QStringLiteral("q"),
        QStringLiteral("4") });
    parser.addOption({ QStringLiteral("add-harbin-units"),
        QStringLiteral("Store the synthetic Harbin units first when the store has none (it is changed).") });
    parser.process(app);
    const auto quarter = ReportPeriod::quarter(
        parser.value(QStringLiteral("year")).toInt(), parser.value(QStringLiteral("quarter")).toInt());
    const auto year = ReportPeriod::year(parser.value(QStringLiteral("year")).toInt());
    if (!parser.isSet(QStringLiteral("db")) || !quarter || !year) {
        say(QStringLiteral("usage: bench_reports --db PATH [--year Y] [--quarter Q] [--add-harbin-units]"));
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    auto database = Database::open(parser.value(QStringLiteral("db")), &error);
    if (!database) {
        say(error);
        return 1;
    }
    say(QStringLiteral("store opened (and migrated if it was older): %1").arg(milliseconds(timer)));
    if (parser.isSet(QStringLiteral("add-harbin-units"))) {
        QHash<QString, Unit> units;
        if (UnitStore(*database).all(&units, &error) && units.isEmpty()) {
            if (!inTransaction(
                    *database,
                    [&](QString *failure) {
                        return UnitStore(*database).replaceAll(SyntheticPostGenerator::harbinUnits(), failure);
                    },
                    &error)) {
                say(error);
                return 1;
            }
            say(QStringLiteral("added the synthetic Harbin units to the store"));
        }
    }

    QuarterlyReport report;
    for (const char *run : { "first", "second" }) {
        timer.restart();
        const double cpu = cpuMillis();
        if (!QuarterlyReportBuilder(*database).build(*quarter, &report, &error)) {
            say(error);
            return 1;
        }
        say(QStringLiteral("quarterly report %1, %2 run: %3 (target < 2 s); %4 assignments dispatched, %5 units, "
                           "%6 supervisions, %7 matters")
                .arg(quarter->label(), QLatin1String(run), wallAndCpu(timer, cpu))
                .arg(report.total.dispatched)
                .arg(report.units.size())
                .arg(report.total.supervisions)
                .arg(report.topics.size()));
    }
    const ReportDocument document = ReportDocument::quarterly(report);
    for (const auto &[name, format] : { std::pair { "HTML", ReportExport::Format::Html },
             std::pair { "PDF", ReportExport::Format::Pdf }, std::pair { "CSV", ReportExport::Format::Csv } }) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        timer.restart();
        if (!ReportExport::write(document, format, &buffer, &error)) {
            say(error);
            return 1;
        }
        say(QStringLiteral("quarterly report as %1: %2, %3 bytes")
                .arg(QLatin1String(name), milliseconds(timer))
                .arg(bytes.size()));
    }

    AssessmentReport assessment;
    for (const char *run : { "first", "second" }) {
        timer.restart();
        const double cpu = cpuMillis();
        if (!AssessmentReportBuilder(*database).build(*year, &assessment, &error)) {
            say(error);
            return 1;
        }
        qint64 checked = 0;
        for (const UnitAssessment &unit : std::as_const(assessment.units))
            checked += unit.repliesChecked;
        say(QStringLiteral("annual assessment %1, %2 run: %3; %4 replies checked")
                .arg(year->label(), QLatin1String(run), wallAndCpu(timer, cpu))
                .arg(checked));
    }
    say(QStringLiteral("peak memory: %1 MB").arg(memoryMegabytes("VmHWM:"), 0, 'f', 0));
    return 0;
}
