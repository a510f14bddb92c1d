// Deadline benchmark: both clocks (R16) for a million dispatches spread over 2024–2026,
// alternating departments and districts.
//
//   build/tests/bench/bench_deadlines [--count N]

#include "calendar/deadlinecalculator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <cstdio>

using namespace bxt;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("count"), QStringLiteral("Dispatches."), QStringLiteral("n"), QStringLiteral("1000000") });
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("count")).toLongLong();
    const DeadlineCalculator calculator(WorkCalendar::builtIn(), DeadlineRules::notice());
    const QDateTime first(QDate(2024, 1, 1), QTime(9, 0), QTimeZone(8 * 3600));
    QElapsedTimer timer;
    timer.start();
    qint64 checksum = 0;
    for (qint64 i = 0; i < count; ++i) {
        const QDateTime dispatched = first.addSecs(i * 97 % (3 * 365 * 86400 - 60 * 86400));
        const Deadlines deadlines = calculator.compute(i % 2 ? UnitKind::District : UnitKind::Department, dispatched);
        checksum += deadlines.firstAnswerDue.toJulianDay() + deadlines.finalLimit.toJulianDay();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("%lld deadline pairs in %.2f s = %.0f per second (checksum %lld)\n", static_cast<long long>(count),
        seconds, count / seconds, static_cast<long long>(checksum));
    return 0;
}
