// The window while it is used (issue 13), offscreen: (a) 供暖 typed into the search box one
// character at a time: the longest stall of the GUI thread and the time from the last keystroke
// until the first hits are shown; (b) a sync that pushes 1,000 queued actions and pulls 10,000
// changed posts while the window is open: the longest stall and the full reloads of the queue
// (model resets); (c) a bulk classify and dispatch of 500 selected posts as the window does
// them (PostActions). A stall is measured by a 5 ms timer that records its own lateness.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_worklife --posts 100000 [--dir DIR]
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_worklife --store COPY.sqlite
//
// By default the fake portal (on a thread of its own, as a separate server would be) serves N
// posts of the demo generator and the store is made by pulling them, so that (b) syncs with the
// portal the store belongs to. With --store the window opens that store (use a copy of
// bench_store's 1M store: the benchmark binds it to the fake portal and changes it): the portal
// holds, at the store's versions, the posts that actions are queued on and the posts it then
// changes, and the store's cursor is the portal's latest change, as if the store had been pulled
// from it.

#include "benchsupport.h"
#include "fakeportal.h"

#include "actions/localactions.h"
#include "demo/syntheticpostgenerator.h"
#include "mainwindow.h"
#include "postactions.h"
#include "search/backgroundsearch.h"
#include "store/currentuserstore.h"
#include "store/database.h"
#include "store/poststore.h"
#include "sync/synccontroller.h"
#include "sync/syncstate.h"
#include "triage/postrefreshqueue.h"
#include "triage/queuemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <functional>

using namespace bxt;
using bxt::test::FakePortal;

namespace {

const QString kUser = QStringLiteral("bench");
const QString kUserId = QStringLiteral("u-bench");
// The posts actions are queued on: the oldest that are not shielded.
const QString kQueuedPosts
    = QStringLiteral("SELECT id FROM posts WHERE status <> 'shielded' ORDER BY local_id LIMIT %1");
// The posts the portal changes (b): the newest without queued actions.
const QString kChangedPosts = QStringLiteral(
    "SELECT id FROM posts WHERE id NOT IN (SELECT post_id FROM outbox) ORDER BY local_id DESC LIMIT %1");

// A 5 ms timer on the GUI thread that records how late it fires: the longest time the thread
// was busy with something else.
class StallMonitor final : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, double(now - m_last) / 1e6 - kTickMs);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    static constexpr int kTickMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longest = 0;
};

// Runs the event loop until done() or the timeout; false on the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void runEventLoop(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

// The fake portal on its own thread: the server's work must not count as the window's.
class PortalThread final
{
public:
    PortalThread()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        run([this] { m_portal = std::make_unique<FakePortal>(); });
    }
    ~PortalThread()
    {
        run([this] { m_portal.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    // Runs work on the portal's thread and waits for it.
    void run(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(&m_context, work, Qt::BlockingQueuedConnection);
    }
    FakePortal &portal() { return *m_portal; }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<FakePortal> m_portal;
};

bool synchronize(SyncController &controller, QString *error)
{
    bool finished = false;
    bool ended = false;
    const auto connections = {
        QObject::connect(&controller, &SyncController::finished, [&] { finished = ended = true; }),
        QObject::connect(&controller, &SyncController::failed,
            [&](const QString &message) {
                *error = message;
                ended = true;
            }),
    };
    controller.synchronize();
    waitFor([&] { return ended; }, 3600 * 1000);
    for (const auto &connection : connections)
        QObject::disconnect(connection);
    return finished;
}

QStringList postIds(Database &database, const QString &sql)
{
    QStringList ids;
    QSqlQuery query(database.connection());
    query.exec(sql);
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

// Queues an action on each post as this store's user: a classification of a post that has
// none, else a follow-up for the author.
bool queueActions(Database &database, const QStringList &ids, QString *error)
{
    std::optional<CurrentUser> user;
    if (!CurrentUserStore(database).load(&user, error) || !user)
        return false;
    LocalActions actions(database);
    for (const QString &id : ids) {
        std::optional<Post> post;
        if (!PostStore(database).find(id, &post, error) || !post)
            return false;
        const QJsonObject action = post->status() == QLatin1String("new")
            ? QJsonObject { { QStringLiteral("type"), QStringLiteral("classify") },
                  { QStringLiteral("category"), QStringLiteral("appeal") } }
            : QJsonObject { { QStringLiteral("type"), QStringLiteral("reply") },
                  { QStringLiteral("unit_id"), QJsonValue() }, { QStringLiteral("kind"), QStringLiteral("followup") },
                  { QStringLiteral("text"), QStringLiteral("已转交办理，请等待答复。") },
                  { QStringLiteral("doc_refs"), QJsonArray() },
                  { QStringLiteral("visibility"), QStringLiteral("submitter") } };
        Post changed;
        if (!actions.perform(user->actor, id, action, &changed, error)) {
            *error = id + QStringLiteral(": ") + *error;
            return false;
        }
    }
    return true;
}

// Binds a store of no portal (bench_store's) to the fake portal as if it had been pulled from
// it, and queues the actions: the portal gets the posts that actions are queued on and those it
// will change, each at the store's version (a put makes the portal's version one more), and the
// store gets the portal's user and its latest change as its cursor.
bool bindStore(const QString &storePath, PortalThread &portal, int pushes, int pulls, QString *error)
{
    const auto database = Database::open(storePath, Database::Access::Write, error);
    if (!database)
        return false;
    const QStringList queued = postIds(*database, kQueuedPosts.arg(pushes));
    const QStringList held = queued + postIds(*database, kChangedPosts.arg(pulls));
    QList<QJsonObject> posts;
    for (const QString &id : held) {
        std::optional<Post> post;
        if (!PostStore(*database).find(id, &post, error) || !post)
            return false;
        posts.append(post->json());
    }
    QUrl url;
    QString cursor;
    bool started = false;
    portal.run([&] {
        FakePortal &fake = portal.portal();
        for (const QJsonObject &post : std::as_const(posts)) {
            for (int version = 0; version < post.value(QLatin1String("version")).toInt(); ++version)
                fake.putPost(post);
        }
        started = fake.start(error);
        url = fake.baseUrl();
        cursor = fake.cursorAtHead();
    });
    if (!started)
        return false;
    // As SyncController binds a store to one user of one portal.
    const CurrentUser user { { kUserId, Role::ColumnStaff, {} }, kUser };
    const QString source = url.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char(' ') + kUserId;
    return inTransaction(
               *database,
               [&](QString *failure) {
                   SyncState state(*database);
                   return CurrentUserStore(*database).save(user, failure) && state.setSource(source, failure)
                       && state.setCursor(cursor, failure) && state.setPass(SyncState::Pass::None, failure);
               },
               error)
        && queueActions(*database, queued, error);
}

// Selects the posts' rows in the window, the first one current, as clicks would.
bool selectPosts(MainWindow &window, const QStringList &ids)
{
    QueueModel *queue = window.queueModel();
    QItemSelection rows;
    for (const QString &id : ids) {
        const int row = queue->rowOfPost(id);
        if (row < 0)
            return false;
        rows.select(queue->index(row, 0), queue->index(row, queue->columnCount() - 1));
    }
    QItemSelectionModel *selection = window.queueView()->selectionModel();
    selection->setCurrentIndex(queue->index(queue->rowOfPost(ids.first()), 0), QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void measureSearch(MainWindow &window, StallMonitor &stalls)
{
    auto *searchBox = window.findChild<QLineEdit *>();
    auto *search = window.findChild<BackgroundSearch *>();
    QueueModel *queue = window.queueModel();
    QElapsedTimer sinceLastKey;
    double firstShown = -1;
    double complete = -1;
    qsizetype hits = 0;
    const auto shown = QObject::connect(search, &BackgroundSearch::hitsFound, queue,
        [&](const QString &query, const QList<qint64> &localIds, bool done) {
            if (query != QStringLiteral("供暖"))
                return;
            if (firstShown < 0)
                firstShown = millisSince(sinceLastKey); // the queue is filtered right after this signal
            if (done) {
                complete = millisSince(sinceLastKey);
                hits = localIds.size();
            }
        });
    searchBox->setFocus();
    stalls.start();
    for (const QString &key : { QStringLiteral("供"), QStringLiteral("暖") }) {
        // A key with its text, as a keyboard layout delivers a character.
        QTest::sendKeyEvent(QTest::Press, searchBox, Qt::Key_unknown, key, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, searchBox, Qt::Key_unknown, key, Qt::NoModifier);
        sinceLastKey.start();
        runEventLoop(150); // a typist's pace
    }
    waitFor([&] { return complete >= 0; }, 600000);
    QCoreApplication::processEvents();
    const double longest = stalls.stop();
    QObject::disconnect(shown);
    say(QStringLiteral("(a) search 供暖 typed: longest GUI-thread stall %1 (target < 50 ms)")
            .arg(milliseconds(longest)));
    say(QStringLiteral("(a) first hits shown %1 after the last keystroke (target < 150 ms); all %L2 hits %3 after it; "
                       "%L4 rows shown")
            .arg(milliseconds(firstShown))
            .arg(hits)
            .arg(milliseconds(complete))
            .arg(queue->rowCount()));
    searchBox->clear();
    QCoreApplication::processEvents();
}

bool measureSync(MainWindow &window, PortalThread &portal, Database &database, StallMonitor &stalls, int pulls)
{
    // Posts the portal changes on its own, apart from those with queued actions.
    const QStringList changed = postIds(database, kChangedPosts.arg(pulls));
    portal.run([&] {
        for (const QString &id : changed) {
            QJsonObject post = portal.portal().post(id);
            post.insert(QStringLiteral("views"), post.value(QLatin1String("views")).toInt() + 1);
            portal.portal().putPost(post);
        }
    });
    auto *sync = window.findChild<SyncController *>();
    QUrl url;
    portal.run([&] { url = portal.portal().baseUrl(); });
    QString error;
    if (!sync->configure({ url, kUser, FakePortal::caCertificatePath(), false }, &error)) {
        say(error);
        return false;
    }
    sync->setPassword(kUser, false);
    QueueModel *queue = window.queueModel();
    int resets = 0;
    const auto counting = QObject::connect(queue, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    auto *refreshes = window.findChild<PostRefreshQueue *>();
    QElapsedTimer timer;
    timer.start();
    stalls.start();
    const bool synced = synchronize(*sync, &error);
    const double syncMs = millisSince(timer);
    waitFor([refreshes] { return refreshes->isEmpty(); }, 600000);
    QCoreApplication::processEvents();
    const double refreshedMs = millisSince(timer);
    const double longest = stalls.stop();
    QObject::disconnect(counting);
    if (!synced) {
        say(QStringLiteral("(b) the sync failed: %1").arg(error));
        return false;
    }
    const SyncSummary summary = sync->lastSummary();
    say(QStringLiteral("(b) sync with the window open: %L1 actions pushed, %L2 changes pulled in %3; rows refreshed "
                       "%4 after the start")
            .arg(summary.pushed)
            .arg(summary.pulled)
            .arg(milliseconds(syncMs))
            .arg(milliseconds(refreshedMs)));
    say(QStringLiteral("(b) longest GUI-thread stall during the sync: %1 (target < 100 ms)")
            .arg(milliseconds(longest)));
    say(QStringLiteral("(b) full reloads of the queue (model resets): %1 (target 0)").arg(resets));
    return true;
}

void measureBulk(MainWindow &window, Database &database, int count)
{
    const QStringList ids = postIds(database,
        QStringLiteral("SELECT id FROM posts WHERE status = 'new' AND category IS NULL AND id NOT IN (SELECT post_id "
                       "FROM outbox) ORDER BY local_id DESC LIMIT %1")
            .arg(count));
    if (ids.size() < count || !selectPosts(window, ids)) {
        say(QStringLiteral("(c) only %1 unclassified posts shown; bulk actions left out").arg(ids.size()));
        return;
    }
    QCoreApplication::processEvents();
    auto *actions = window.findChild<PostActions *>();
    QElapsedTimer timer;
    timer.start();
    actions->classifyAs(QStringLiteral("appeal"));
    QCoreApplication::processEvents();
    say(QStringLiteral("(c) bulk classify of %1 selected posts: %2 (target < 1 s)")
            .arg(ids.size())
            .arg(milliseconds(timer)));

    if (!selectPosts(window, ids)) {
        say(QStringLiteral("(c) the classified posts left the view; dispatch left out"));
        return;
    }
    QCoreApplication::processEvents();
    // The dispatch dialog opens with the unit chosen; the clerk presses Enter.
    QTimer::singleShot(0, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->accept();
    });
    timer.restart();
    actions->dispatchTo({ QStringLiteral("d-heating") });
    QCoreApplication::processEvents();
    say(QStringLiteral("(c) bulk dispatch of %1 selected posts: %2 (target < 1 s)")
            .arg(ids.size())
            .arg(milliseconds(timer)));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("posts"), QStringLiteral("Posts the fake portal serves (default 100000)."),
        QStringLiteral("n"), QStringLiteral("100000") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("store"),
        QStringLiteral(
            "Open this store instead (a copy of bench_store's: it is bound to the fake portal and changed)."),
        QStringLiteral("path") });
    parser.addOption({ QStringLiteral("settle"),
        QStringLiteral("Seconds for the window's background work after the load (default 10)."), QStringLiteral("s"),
        QStringLiteral("10") });
    parser.process(app);
    const int posts = parser.value(QStringLiteral("posts")).toInt();
    constexpr int kPushes = 1000;
    constexpr int kPulls = 10000;
    constexpr int kBulk = 500;

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    if (!QDir().mkpath(dir)) {
        say(QStringLiteral("cannot create the work folder %1").arg(dir));
        return 1;
    }
    QString error;
    PortalThread portal;
    portal.run([&] { portal.portal().addUser(kUserId, kUser, kUser, QStringLiteral("column_staff")); });
    QString storePath = parser.value(QStringLiteral("store"));
    if (!storePath.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        if (!bindStore(storePath, portal, kPushes, kPulls, &error)) {
            say(QStringLiteral("the store was not bound to the fake portal: %1").arg(error));
            return 1;
        }
        say(QStringLiteral("store bound to the fake portal and %1 actions queued in %2")
                .arg(kPushes)
                .arg(milliseconds(timer)));
    } else {
        portal.run([&] {
            FakePortal &fake = portal.portal();
            SyntheticPostGenerator generator(1);
            for (int i = 0; i < posts; ++i)
                fake.putPost(generator.next());
            if (!fake.start(&error))
                say(error);
        });
        storePath = dir + QStringLiteral("/worklife.sqlite");
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(storePath + suffix);
        auto database = Database::open(storePath, &error);
        QNetworkAccessManager network;
        SyncController controller(*database, &network);
        QUrl url;
        portal.run([&] { url = portal.portal().baseUrl(); });
        QElapsedTimer timer;
        timer.start();
        if (!controller.configure({ url, kUser, FakePortal::caCertificatePath(), false }, &error)
            || (controller.setPassword(kUser, false), !synchronize(controller, &error))) {
            say(QStringLiteral("the store was not made: %1").arg(error));
            return 1;
        }
        say(QStringLiteral("store of %L1 posts pulled from the fake portal in %2")
                .arg(controller.lastSummary().stored)
                .arg(milliseconds(timer)));
        timer.restart();
        const QStringList queued = postIds(*database, kQueuedPosts.arg(kPushes));
        if (!queueActions(*database, queued, &error)) {
            say(error);
            return 1;
        }
        say(QStringLiteral("%1 actions queued for the portal in %2").arg(queued.size()).arg(milliseconds(timer)));
    }

    auto database = Database::open(storePath, Database::Access::Write, &error);
    if (!database) {
        say(error);
        return 1;
    }
    // The window's warnings would wait for a click: each is counted and closed.
    int warnings = 0;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&warnings] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            say(QStringLiteral("the window warned: %1").arg(box->text()));
            ++warnings;
            box->close();
        }
    });
    closer.start(100);

    QElapsedTimer opening;
    opening.start();
    MainWindow window(storePath);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    waitFor([&] { return !window.queueModel()->isLoading(); }, 3600 * 1000);
    say(QStringLiteral("window open with the whole queue (%L1 posts) in %2")
            .arg(window.queueModel()->rowCount())
            .arg(milliseconds(opening)));
    runEventLoop(parser.value(QStringLiteral("settle")).toInt() * 1000);

    StallMonitor stalls;
    measureSearch(window, stalls);
    measureSync(window, portal, *database, stalls, kPulls);
    measureBulk(window, *database, kBulk);
    say(QStringLiteral("window warnings: %1; peak memory %2 MB")
            .arg(warnings)
            .arg(memoryMegabytes("VmHWM:"), 0, 'f', 0));
    return 0;
}
