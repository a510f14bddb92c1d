// The triage desk's window on an existing store (issue 3), measured as a user meets it: from
// the start of the process to the first painted screen of the queue, then each of scrolling to
// the end of the queue, choosing another saved view (a filter), and sorting by another column,
// until the window has painted again; the saved views' counts once the whole queue is loaded;
// peak memory. Run offscreen; one line per figure.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_mainwindow --db /tmp/judge-1m/cases.sqlite --as-demo-clerk
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_mainwindow --db /tmp/judge-1m/cases.sqlite [--settle 20]
//
// --as-demo-clerk first gives a store made by bench_store (posts only) the demo's units and
// column staff member, as `baixingtan-cli demo` does; use it on a copy.

#include "benchsupport.h"
#include "demo/syntheticpostgenerator.h"
#include "mainwindow.h"
#include "queue/queueordering.h"
#include "store/currentuserstore.h"
#include "store/database.h"
#include "store/unitstore.h"
#include "triage/queuemodel.h"
#include "triage/savedviewmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QListView>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace bxt;

namespace {

// Handles what the change posted, then paints the queue the way the screen would.
double repaintMilliseconds(QTableView *table, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    QCoreApplication::processEvents();
    table->viewport()->repaint();
    return millisSince(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("The case store to open."), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("settle"),
        QStringLiteral("Seconds to wait after the load for the background work (default 20)."), QStringLiteral("s"),
        QStringLiteral("20") });
    parser.addOption({ QStringLiteral("as-demo-clerk"), QStringLiteral("Give the store the demo's units and clerk.") });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db")))
        parser.showHelp(2);
    if (parser.isSet(QStringLiteral("as-demo-clerk"))) {
        QString error;
        const auto database = Database::open(parser.value(QStringLiteral("db")), &error);
        const CurrentUser clerk { { QStringLiteral("demo"), Role::ColumnStaff, {} }, QStringLiteral("demo") };
        if (!database
            || !inTransaction(
                *database,
                [&](QString *failure) {
                    return UnitStore(*database).replaceAll(SyntheticPostGenerator::harbinUnits(), failure)
                        && CurrentUserStore(*database).save(clerk, failure);
                },
                &error)) {
            say(error);
            return 1;
        }
        say(QStringLiteral("store prepared; run again without --as-demo-clerk"));
        return 0;
    }

    const int settleSeconds = parser.value(QStringLiteral("settle")).toInt();
    MainWindow window(parser.value(QStringLiteral("db")));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTableView *table = window.queueView();
    table->viewport()->repaint();
    say(QStringLiteral("first screen: %1 from the start of the process (%2 rows shown)")
            .arg(milliseconds(sinceStart))
            .arg(window.queueModel()->rowCount()));

    QElapsedTimer loading;
    loading.start();
    while (window.queueModel()->isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    say(QStringLiteral("whole queue loaded: %1 after the first screen (%L2 posts); peak memory %3 MB")
            .arg(milliseconds(loading))
            .arg(window.queueModel()->rowCount())
            .arg(memoryMegabytes("VmHWM:"), 0, 'f', 0));

    // Once the queue is in, the window flags words and learns from past triage on a worker
    // thread; the figures below are those of the window a clerk works in after that.
    QElapsedTimer settling;
    settling.start();
    while (settling.elapsed() < settleSeconds * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    say(QStringLiteral("scroll to the end: %1").arg(milliseconds(repaintMilliseconds(table, [table] {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    }))));
    say(QStringLiteral("scroll back to the top: %1").arg(milliseconds(repaintMilliseconds(table, [table] {
        table->verticalScrollBar()->setValue(0);
    }))));

    auto *sideBar = window.findChild<QListView *>();
    auto *savedViews = qobject_cast<SavedViewModel *>(sideBar->model());
    QElapsedTimer counting;
    counting.start();
    const QList<qsizetype> counts = window.queueModel()->counts(savedViews->filters());
    say(QStringLiteral("live counts of the %1 saved views: %2").arg(counts.size()).arg(milliseconds(counting)));
    const int views = sideBar->model()->rowCount();
    for (int row = 1; row < views; ++row) {
        const QString name = sideBar->model()->index(row, 0).data().toString();
        say(QStringLiteral("filter \"%1\": %2").arg(name, milliseconds(repaintMilliseconds(table, [sideBar, row] {
            sideBar->setCurrentIndex(sideBar->model()->index(row, 0));
        }))));
    }
    sideBar->setCurrentIndex(sideBar->model()->index(0, 0));
    QCoreApplication::processEvents();

    for (int column = 0; column < kQueueColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const QString name = window.queueModel()->headerData(column, Qt::Horizontal).toString();
            say(QStringLiteral("sort by %1 %2: %3")
                    .arg(name, order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"),
                        milliseconds(repaintMilliseconds(
                            table, [table, column, order] { table->sortByColumn(column, order); }))));
        }
    }
    say(QStringLiteral("peak memory: %1 MB").arg(memoryMegabytes("VmHWM:"), 0, 'f', 0));
    return 0;
}
