#include "sync/changepuller.h"

#include "rules/scopefilter.h"
#include "search/searchindexmaintenance.h"
#include "store/database.h"
#include "store/logcheckpointer.h"
#include "sync/portalsession.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <QFutureWatcher>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangePuller)
};

// Pages served again that are asked for once more, at most, in one run.
constexpr int kMaxReplays = 3;
// Pages in a row with no change that still say has_more: a portal may send a few (the contract
// does not forbid them), but one that sends them without end would be asked for ever.
constexpr int kMaxEmptyPages = 100;
// Changes applied in one transaction at most. A transaction has a large fixed cost (the search
// index writes a chunk for every term it saw), so pages are gathered: 5 pages of 1000 are
// written 3 times faster together than one by one, and 16 pages about a tenth faster than 10.
constexpr qint64 kMaxChangesPerTransaction = 16000;
// How long the applier waits for more pages before it writes what it has.
constexpr int kGatherMs = 200;

// The pages in one transaction; when the store refuses it, page by page, each with its cursor,
// so that the pages before the one refused are kept.
bool applyPages(PullApplier &applier, const QList<PreparedPage> &pages, PullCounts *counts, QString *error)
{
    if (applier.apply(pages, counts, error))
        return true;
    if (pages.size() == 1)
        return false;
    for (const PreparedPage &page : pages) {
        if (!applier.apply({ page }, counts, error))
            return false;
    }
    return true;
}

} // namespace

// The thread that applies pages, with its own connection to the store. Work comes in order
// through a queue; results go back to the puller's thread as queued calls.
class PullApplierThread final
{
public:
    Q_DISABLE_COPY_MOVE(PullApplierThread)

    struct Work
    {
        quint64 run = 0;
        bool restartFullPass = false; // else: apply page
        PreparedPage page;
    };

    PullApplierThread(QString databasePath, ChangePuller *receiver)
        : m_databasePath(std::move(databasePath))
        , m_receiver(receiver)
    {
        m_thread.reset(QThread::create([this]() { run(); }));
        m_thread->start();
    }

    ~PullApplierThread()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_work.clear();
        }
        m_wake.wakeAll();
        m_thread->wait();
    }

    void enqueue(Work work)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_work.append(std::move(work));
        }
        m_wake.wakeAll();
    }

    void dropQueued()
    {
        QMutexLocker lock(&m_mutex);
        m_work.clear();
    }

private:
    // A restart or a refused page is work of its own, never part of a batch of pages.
    static bool standsAlone(const Work &work) { return work.restartFullPass || work.page.error.isError(); }

    // Whether the queued work is worth a transaction now: enough changes, the end of a pass, a
    // restart, a refused page, or as many pages as the puller sends ahead.
    bool batchIsReady() const
    {
        qint64 changes = 0;
        for (const Work &work : m_work) {
            if (standsAlone(work) || work.run != m_work.first().run || !work.page.hasMore)
                return true;
            changes += work.page.changes.size();
        }
        return changes >= kMaxChangesPerTransaction || m_work.size() >= ChangePuller::kMaxQueuedPages;
    }

    void run()
    {
        QString error;
        std::unique_ptr<Database> database = Database::open(m_databasePath, &error);
        std::optional<LogCheckpointer> checkpointer;
        if (database)
            checkpointer.emplace(*database);
        while (true) {
            QList<Work> batch;
            {
                QMutexLocker lock(&m_mutex);
                while (m_work.isEmpty() && !m_stop)
                    m_wake.wait(&m_mutex);
                // Pages that follow soon share the transaction.
                const QDeadlineTimer gathering(kGatherMs);
                while (!m_stop && !batchIsReady() && m_wake.wait(&m_mutex, gathering)) { }
                if (m_stop)
                    return;
                // Consecutive pages of one run go into one transaction, up to a size.
                qint64 changes = 0;
                do {
                    changes += m_work.first().page.changes.size();
                    batch.append(m_work.takeFirst());
                } while (!m_work.isEmpty() && !standsAlone(batch.first()) && !standsAlone(m_work.first())
                    && m_work.first().run == batch.first().run && changes < kMaxChangesPerTransaction);
            }
            const quint64 run = batch.first().run;
            ChangePuller *receiver = m_receiver;
            const int pages = batch.first().restartFullPass ? 0 : int(batch.size());
            QMetaObject::invokeMethod(
                receiver, [receiver, run, pages]() { receiver->taken(run, pages); }, Qt::QueuedConnection);
            PullCounts counts;
            QStringList changed;
            PortalError runError = batch.first().page.error;
            bool done = database != nullptr && !runError.isError();
            if (done && batch.first().restartFullPass) {
                done = inTransaction(
                    *database, [&](QString *failure) { return SyncState(*database).restartFullPass(failure); }, &error);
            } else if (done) {
                QList<PreparedPage> pages;
                pages.reserve(batch.size());
                for (Work &work : batch)
                    pages.append(std::move(work.page));
                PullApplier applier(*database);
                done = applyPages(applier, pages, &counts, &error);
                changed = applier.changedPosts();
                // The index's upkeep between pages, never inside a page's transaction.
                done = done && SearchIndexMaintenance(*database).run(&error);
                // Freeing the pages' thousands of small blocks is left to a worker: this thread
                // writes, and the pages after these wait for it.
                QThreadPool::globalInstance()->start([freed = std::move(pages)]() {});
            }
            if (done) {
                QMetaObject::invokeMethod(
                    receiver,
                    [receiver, run, pages, counts, changed]() { receiver->applied(run, pages, counts, changed); },
                    Qt::QueuedConnection);
            } else {
                dropQueued();
                if (!runError.isError())
                    runError = PortalError::of(PortalError::Kind::Store, error);
                QMetaObject::invokeMethod(
                    receiver,
                    [receiver, run, runError, changed]() {
                        receiver->postsApplied(changed);
                        receiver->applyFailed(run, runError);
                    },
                    Qt::QueuedConnection);
            }
            if (checkpointer)
                checkpointer->betweenTransactions();
        }
    }

    const QString m_databasePath;
    ChangePuller *const m_receiver;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<Work> m_work;
    bool m_stop = false;
};

ChangePuller::ChangePuller(const Database &database, PortalSession &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

ChangePuller::~ChangePuller() = default;

void ChangePuller::start(const Actor &actor, int waitSeconds)
{
    if (!m_applier)
        m_applier = std::make_unique<PullApplierThread>(m_database.path(), this);
    ++m_run;
    m_running = true;
    m_fetching = false;
    m_lastReceived = false;
    m_restarted = false;
    m_restartWaits = false;
    m_refusedPageQueued = false;
    m_replays = 0;
    m_emptyPagesInARow = 0;
    m_preparing = 0;
    m_queuedPages = 0;
    m_writingPages = 0;
    m_pagesReceived = 0;
    m_pagesQueued = 0;
    m_ready.clear();
    m_counts = {};
    m_limit = m_pageSize;
    m_waitSeconds = waitSeconds;
    m_scope = std::make_unique<ScopeFilter>(actor);
    QString error;
    if (!SyncState(m_database).cursor(&m_cursor, &error)) {
        fail(PortalError::of(PortalError::Kind::Store, error));
        return;
    }
    fetch();
}

void ChangePuller::cancel()
{
    ++m_run;
    m_running = false;
    if (m_applier)
        m_applier->dropQueued();
}

bool ChangePuller::mayFetch() const
{
    return m_running && !m_fetching && !m_restartWaits && !m_lastReceived && !m_refusedPageQueued
        && m_preparing + m_queuedPages + int(m_ready.size()) < kMaxQueuedPages;
}

void ChangePuller::fetch()
{
    PortalRequest request;
    request.path = QStringLiteral("/changes");
    if (!m_cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(m_cursor)));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    if (m_waitSeconds > 0) {
        request.query.addQueryItem(QStringLiteral("wait"), QString::number(m_waitSeconds));
        request.heldSeconds = m_waitSeconds;
    }
    m_requestedCursor = m_cursor;
    m_fetching = true;
    const quint64 run = m_run;
    m_session.call(request, this, [this, run](const PortalResponse &response) {
        if (run == m_run)
            received(response);
    });
}

void ChangePuller::received(const PortalResponse &response)
{
    m_fetching = false;
    if (response.error.isHttp(410, "cursor_expired") && !m_restarted) {
        // Start again from the beginning; the pass removes at its end what it did not return.
        m_restarted = true;
        m_restartWaits = true;
        m_cursor.clear();
        restartFullPass();
        return;
    }
    if (response.error.kind == PortalError::Kind::TooLarge && m_limit > 1) {
        m_limit = std::max(1, m_limit / 2);
        fetch();
        return;
    }
    if (response.error.isError()) {
        refuse(response.error);
        return;
    }
    QJsonArray changes;
    PreparedPage page = PreparedPage::read(response.json, &changes);
    if (page.error.isError()) {
        refuse(page.error);
        return;
    }
    // A page that does not move the cursor is a page served again (a cache, a retry on the
    // way): it says nothing about what comes after, so ask once more, a few times. A portal
    // that goes on saying has_more without moving on would be asked for ever.
    const bool stuck = !m_requestedCursor.isEmpty() && page.nextCursor == m_requestedCursor;
    const bool replayed = stuck && (!changes.isEmpty() || page.hasMore) && m_replays++ < kMaxReplays;
    m_emptyPagesInARow = changes.isEmpty() && page.hasMore ? m_emptyPagesInARow + 1 : 0;
    if ((stuck && page.hasMore && !replayed) || m_emptyPagesInARow > kMaxEmptyPages) {
        fail(PortalError::of(PortalError::Kind::StuckFeed, page.nextCursor));
        return;
    }
    m_cursor = page.nextCursor;
    m_lastReceived = !page.hasMore && !replayed;
    ++m_preparing;
    const quint64 run = m_run;
    const quint64 number = m_pagesReceived++;
    auto *watcher = new QFutureWatcher<PreparedPage>(this);
    connect(watcher, &QFutureWatcher<PreparedPage>::finished, this, [this, watcher, run, number]() {
        watcher->deleteLater();
        if (run == m_run)
            prepared(number, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([page = std::move(page), changes, text = response.body, scope = *m_scope]() mutable {
            page.prepare(changes, scope, text);
            return page;
        }));
    if (mayFetch())
        fetch();
}

void ChangePuller::refuse(const PortalError &error)
{
    // In its turn, as a page with a bad change: the pages received before it are stored first.
    PreparedPage refused;
    refused.error = error;
    ++m_preparing;
    prepared(m_pagesReceived++, std::move(refused));
}

void ChangePuller::prepared(quint64 number, PreparedPage page)
{
    --m_preparing;
    // Pages are applied in the order they were received, whichever was ready first. A refused
    // page goes the same way and ends the run once the pages before it are stored, and nothing
    // after it is applied.
    m_ready.emplace(number, std::move(page));
    for (auto next = m_ready.find(m_pagesQueued); next != m_ready.end() && !m_refusedPageQueued;
         next = m_ready.find(m_pagesQueued)) {
        ++m_pagesQueued;
        ++m_queuedPages;
        m_refusedPageQueued = next->second.error.isError();
        m_applier->enqueue({ m_run, false, std::move(next->second) });
        m_ready.erase(next);
    }
    if (m_refusedPageQueued)
        return;
    if (m_restartWaits)
        restartFullPass();
    else if (mayFetch())
        fetch();
}

void ChangePuller::restartFullPass()
{
    if (m_preparing > 0)
        return; // once the pages received before are queued
    m_restartWaits = false;
    m_applier->enqueue({ m_run, true, {} });
    fetch();
}

void ChangePuller::postsApplied(const QStringList &postIds)
{
    // Stored is stored, whether this run still counts or not.
    if (!postIds.isEmpty())
        emit postsChanged(postIds);
}

void ChangePuller::taken(quint64 run, int pages)
{
    if (run != m_run || !m_running)
        return;
    m_queuedPages -= pages;
    m_writingPages += pages;
    if (mayFetch())
        fetch();
}

void ChangePuller::applied(quint64 run, int pages, const PullCounts &counts, const QStringList &changed)
{
    postsApplied(changed);
    if (run != m_run || !m_running)
        return;
    m_writingPages -= pages;
    m_counts += counts;
    const bool hasMore = !m_lastReceived || m_queuedPages > 0 || m_writingPages > 0 || m_preparing > 0;
    emit progress(m_counts.changes, hasMore);
    if (!hasMore) {
        m_running = false;
        emit finished(m_counts);
        return;
    }
    if (mayFetch())
        fetch();
}

void ChangePuller::applyFailed(quint64 run, const PortalError &error)
{
    if (run == m_run && m_running)
        fail(error);
}

void ChangePuller::fail(const PortalError &error)
{
    cancel(); // answers and results of this run are ignored from now on
    emit failed(error);
}

} // namespace bxt
