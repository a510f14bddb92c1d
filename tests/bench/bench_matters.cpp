// Key-issues benchmark (issue 6, R22) on a store built by bench_store: grouping a period's
// posts into matters, and how long the key-issues window takes to open on it (offscreen).
//
//   build/tests/bench/bench_matters --db /tmp/judge-1m/cases.sqlite --from 2024-10-01 --to 2024-12-31
//       [--list matters.txt]
//
// --list writes the whole ranked list, one matter a line (its district, score and post ids, the
// representative first), to compare the grouping before and after a change.
//
// The store is only read: it is opened without bringing its schema up to date.

#include "benchsupport.h"
#include "common/deskreferencedata.h"
#include "demo/syntheticpostgenerator.h"
#include "domain/role.h"
#include "keyissues/keyissueswindow.h"
#include "matters/mattergrouper.h"
#include "store/database.h"
#include "store/unitstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTextStream>
#include <cstdio>

using namespace bxt;

namespace {

int fail(const QString &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("The case store."), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("date") });
    parser.addOption({ QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD."), QStringLiteral("date") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("Groupings to time."), QStringLiteral("n"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("threshold"), QStringLiteral("Similarity a post needs to join a matter."),
        QStringLiteral("cosine"), QString::number(MatterGrouper::kDefaultThreshold) });
    parser.addOption(
        { QStringLiteral("list"), QStringLiteral("Write the ranked matters to this file."), QStringLiteral("file") });
    parser.process(app);
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!parser.isSet(QStringLiteral("db")) || !from.isValid() || !to.isValid()) {
        std::fprintf(stderr, "usage: bench_matters --db PATH --from YYYY-MM-DD --to YYYY-MM-DD\n");
        return 2;
    }
    QString error;
    const auto database = Database::open(parser.value(QStringLiteral("db")), &error, 0);
    if (!database)
        return fail(error);

    // bench_store keeps no units; without them no post is placed in a district. This connection
    // gets the synthetic Harbin units in a temporary table, which leaves the file untouched.
    QHash<QString, Unit> units;
    if (!UnitStore(*database).all(&units, &error))
        return fail(error);
    if (units.isEmpty()) {
        if (!database->execute({ QStringLiteral("CREATE TEMP TABLE units(id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                                                "kind TEXT NOT NULL, active INTEGER NOT NULL, raw TEXT NOT NULL)") },
                &error)
            || !UnitStore(*database).replaceAll(SyntheticPostGenerator::harbinUnits(), &error)
            || !UnitStore(*database).all(&units, &error))
            return fail(error);
    }
    MatterGrouper grouper(*database, units);
    grouper.setThreshold(parser.value(QStringLiteral("threshold")).toDouble());
    MatterGrouping grouping;
    QList<double> times, cpuTimes;
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuMillis();
        if (!grouper.group(from, to, &grouping, &error))
            return fail(error);
        times.append(millisSince(timer));
        cpuTimes.append(cpuMillis() - cpuBefore);
    }
    int several = 0, inMatters = 0;
    for (const Matter &matter : std::as_const(grouping.matters)) {
        if (matter.volume() >= 3) {
            ++several;
            inMatters += matter.volume();
        }
    }
    say(QStringLiteral("grouping %1 to %2: %3 posts into %4 matters (%5 of 3 posts or more, holding %6 posts)")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
            .arg(grouping.posts.size())
            .arg(grouping.matters.size())
            .arg(several)
            .arg(inMatters));
    for (qsizetype i = 0; i < times.size(); ++i)
        say(QStringLiteral("  grouping time %1 ms (CPU %2 ms)")
                .arg(times.at(i), 0, 'f', 0)
                .arg(cpuTimes.at(i), 0, 'f', 0));
    for (qsizetype i = 0; i < std::min<qsizetype>(10, grouping.matters.size()); ++i) {
        const Matter &matter = grouping.matters.at(i);
        say(QStringLiteral("  #%1 %2 posts, growth %3, %4 views: %5")
                .arg(i + 1)
                .arg(matter.volume())
                .arg(matter.growth(), 0, 'f', 2)
                .arg(matter.views)
                .arg(grouping.title(matter)));
    }

    if (parser.isSet(QStringLiteral("list"))) {
        QFile list(parser.value(QStringLiteral("list")));
        if (!list.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return fail(list.errorString());
        QTextStream out(&list);
        for (const Matter &matter : std::as_const(grouping.matters)) {
            out << matter.placeUnitId << ' ' << QString::number(matter.score, 'g', 17);
            for (const quint32 member : matter.members)
                out << ' ' << grouping.post(member).id;
            out << '\n';
        }
        if (out.status() != QTextStream::Ok || !list.flush())
            return fail(list.errorString());
    }
    // The window opens at once and groups on a worker thread: the time until it shows, and until
    // the matters are in it.
    QElapsedTimer open;
    open.start();
    DeskReferenceData reference(*database); // read in the window's time, as the main window reads it
    QString referenceError;
    if (!reference.load(&referenceError))
        return fail(referenceError);
    KeyIssuesWindow window(*database, reference, Actor { QStringLiteral("bench"), Role::Leader, {} });
    window.setPeriod(from, to);
    window.show();
    QCoreApplication::processEvents();
    const double shown = millisSince(open);
    QSignalSpy ready(&window, &KeyIssuesWindow::mattersShown);
    ready.wait(60000);
    say(QStringLiteral("key-issues window: shown after %1 ms, matters in it after %2 ms")
            .arg(shown, 0, 'f', 0)
            .arg(millisSince(open), 0, 'f', 0));
    say(QStringLiteral("peak memory %1 MB").arg(memoryMegabytes("VmHWM:"), 0, 'f', 0));
    return 0;
}
