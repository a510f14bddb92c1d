// Triage queue benchmark (issue 3) on an existing store: time to the first screen, the full
// index load, sorting by each column, changing the filter, scrolling to the end, the saved
// views' live counts, refreshing posts, and peak memory. One line per figure.
//
//   build/tests/bench/bench_store --count 1000000 --dir /tmp/bench      (makes /tmp/bench/cases.sqlite)
//   build/tests/bench/bench_queue --db /tmp/bench/cases.sqlite [--today 2024-12-10] [--add-harbin-units]

#include "benchsupport.h"
#include "demo/syntheticpostgenerator.h"
#include "domain/post.h"
#include "queue/queueloader.h"
#include "queue/savedviews.h"
#include "store/database.h"
#include "store/unitstore.h"
#include "triage/queuemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <cstdio>

using namespace bxt;

namespace {

// What a view asks for to paint rows: every column's text, colour and alignment.
int touchRows(const QueueModel &model, int first, int count)
{
    int touched = 0;
    for (int row = first; row < std::min(first + count, model.rowCount()); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (const int role : { int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ForegroundRole),
                     int(Qt::TextAlignmentRole), int(Qt::ToolTipRole) })
                touched += model.data(index, role).isValid() ? 1 : 0;
        }
    }
    return touched;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("The case store to read."), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("today"), QStringLiteral("The day deadlines are counted from (YYYY-MM-DD)."),
        QStringLiteral("date") });
    parser.addOption({ QStringLiteral("add-harbin-units"),
        QStringLiteral("Store the synthetic Harbin units first when the store has none (it is changed).") });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db"))) {
        say(QStringLiteral("usage: bench_queue --db PATH [--today YYYY-MM-DD] [--add-harbin-units]"));
        return 2;
    }

    QString error;
    auto database = Database::open(parser.value(QStringLiteral("db")), &error);
    if (!database) {
        say(error);
        return 1;
    }
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
        sinceStart.restart();
    }

    QueueModel model;
    if (parser.isSet(QStringLiteral("today")))
        model.setToday(parseDate(parser.value(QStringLiteral("today"))));
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&model, &QueueModel::loadingFinished, &loop, &QEventLoop::quit);
    QObject::connect(&model, &QueueModel::loadFailed, &loop, [&](const QString &message) {
        say(message);
        loop.exit(1);
    });
    if (!model.open(*database, &error)) {
        say(error);
        return 1;
    }
    touchRows(model, 0, 50);
    say(QStringLiteral("first screen (store opened, 50 rows painted): %1 from start, %2 from open (target < 1 s)")
            .arg(milliseconds(sinceStart), milliseconds(timer)));
    if (model.isLoading() && loop.exec() != 0)
        return 1;
    say(QStringLiteral("full index loaded in the background: %1 posts, %2 from open")
            .arg(model.rowCount())
            .arg(milliseconds(timer)));

    const QList<SavedView> views = standardSavedViews();
    QList<QueueFilter> filters;
    for (const SavedView &view : views)
        filters.append(view.filter);
    timer.restart();
    const QList<qsizetype> counts = model.counts(filters);
    const QString countTime = milliseconds(timer);
    QStringList countTexts;
    for (qsizetype i = 0; i < views.size(); ++i)
        countTexts.append(QStringLiteral("%1 %2").arg(views.at(i).key).arg(counts.value(i)));
    say(QStringLiteral("live counts of %1 saved views: %2 (%3)")
            .arg(views.size())
            .arg(countTime, countTexts.join(QStringLiteral(", "))));

    const char *const columnNames[]
        = { "deadline", "category", "title", "submitted", "units", "status", "views", "flags" };
    double slowestSort = 0;
    for (int column = 0; column < kQueueColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            timer.restart();
            model.sort(column, order);
            touchRows(model, 0, 50);
            slowestSort = std::max(slowestSort, millisSince(timer));
            say(QStringLiteral("sort by %1 %2 and paint: %3")
                    .arg(QLatin1String(columnNames[column]),
                        order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"),
                        milliseconds(timer)));
        }
    }
    say(QStringLiteral("slowest sort: %1 ms (target < 100)").arg(slowestSort, 0, 'f', 1));
    model.sort(int(QueueColumn::Submitted), Qt::DescendingOrder);

    double slowestFilter = 0;
    for (const SavedView &view : views) {
        timer.restart();
        model.setFilter(view.filter);
        touchRows(model, 0, 50);
        slowestFilter = std::max(slowestFilter, millisSince(timer));
        say(QStringLiteral("filter %1 (%2 rows) and paint: %3")
                .arg(view.key)
                .arg(model.rowCount())
                .arg(milliseconds(timer)));
    }
    QueueFilter combined;
    combined.statuses = { QStringLiteral("dispatched") };
    combined.categories = { Category::Appeal, Category::MultiDepartment };
    combined.unitId = QStringLiteral("x-daoli");
    combined.due = QueueFilter::Due::Overdue;
    timer.restart();
    model.setFilter(combined);
    touchRows(model, 0, 50);
    slowestFilter = std::max(slowestFilter, millisSince(timer));
    say(QStringLiteral(
        "filter dispatched appeals and multi-department posts of x-daoli, overdue (%1 rows) and paint: %2")
            .arg(model.rowCount())
            .arg(milliseconds(timer)));
    QueueFilter inbox;
    inbox.unitId = QStringLiteral("d-housing");
    timer.restart();
    model.setFilter(inbox);
    model.sort(int(QueueColumn::Deadline), Qt::AscendingOrder);
    touchRows(model, 0, 50);
    slowestFilter = std::max(slowestFilter, millisSince(timer));
    say(QStringLiteral("liaison inbox: unit d-housing by nearest deadline (%1 rows) and paint: %2")
            .arg(model.rowCount())
            .arg(milliseconds(timer)));
    say(QStringLiteral("slowest filter change: %1 ms (target < 100)").arg(slowestFilter, 0, 'f', 1));

    model.setFilter(QueueFilter());
    model.sort(int(QueueColumn::Submitted), Qt::DescendingOrder);
    timer.restart();
    touchRows(model, model.rowCount() - 50, 50);
    say(QStringLiteral("scroll to the end (the last 50 of %1 rows painted): %2 (target < 100 ms)")
            .arg(model.rowCount())
            .arg(milliseconds(timer)));

    const QStringList refreshed
        = { model.postIdAt(0), model.postIdAt(model.rowCount() / 2), model.postIdAt(model.rowCount() - 1) };
    timer.restart();
    if (!model.refreshPosts(refreshed, &error))
        say(error);
    say(QStringLiteral("refresh of 3 posts (read, re-sort into 8 orders, rows updated): %1").arg(milliseconds(timer)));

    say(QStringLiteral("memory: peak %1 MB, now %2 MB (target < 400 MB for the whole program)")
            .arg(memoryMegabytes("VmHWM:"), 0, 'f', 0)
            .arg(memoryMegabytes("VmRSS:"), 0, 'f', 0));
    // The load's parts, measured alone on a second connection after the memory figure (a
    // second index would count in the peak).
    {
        auto second = Database::open(database->path(), &error);
        QueueReferenceData reference;
        readQueueReferenceData(*second, &reference, &error);
        timer.restart();
        std::unique_ptr<QueueIndex> index = loadQueueIndex(*second, reference, nullptr, &error);
        const QString read = milliseconds(timer);
        timer.restart();
        index->ordering().buildAll(*index);
        say(QStringLiteral(
            "full index load, parts: read posts and assignments, clocks %1; sort orders of all 8 columns %2")
                .arg(read, milliseconds(timer)));
    }

    return 0;
}
