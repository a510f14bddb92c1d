#pragma once

#include "domain/role.h"
#include "sync/pullapplier.h"

#include <QObject>
#include <algorithm>
#include <map>
#include <memory>

namespace bxt {

class Database;
class PortalSession;
class PullApplierThread;
struct PortalResponse;

// Reads the change feed (portal-api.md "Change feed") from the stored cursor until has_more
// is false. The stages overlap: the next page is asked for as soon as a page's cursor is read,
// worker threads validate pages and make their records, and a thread with its own connection
// applies them in order, several in one transaction with the cursor after the last
// (sync/pullapplier.h); the caller's thread stays free. A page refused, by its check or by the
// store, ends the run after the pages before it are stored, each with its cursor.
// 410 cursor_expired starts a full pass once; a page over 16 MiB is asked for again in
// smaller pieces.
class ChangePuller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePuller)

public:
    static constexpr int kDefaultPageSize = 1000; // the contract's largest
    // Pages received but not yet taken into a transaction (about 5 MB each); more would only hold
    // memory. The pages of the transaction being written do not count, so that the next ones are
    // fetched and prepared meanwhile: a transaction takes at most as many, so at most twice this
    // many pages are held.
    static constexpr int kMaxQueuedPages = 16;

    ChangePuller(const Database &database, PortalSession &session, QObject *parent = nullptr);
    ~ChangePuller() override;

    void setPageSize(int limit) { m_pageSize = std::clamp(limit, 1, kDefaultPageSize); }
    // waitSeconds > 0: a long poll, the portal may hold each request until something changes.
    void start(const Actor &actor, int waitSeconds);
    // Stops without a signal; what was applied stays applied.
    void cancel();

signals:
    void progress(qint64 pulled, bool hasMore);
    void finished(const bxt::PullCounts &counts);
    // Posts a committed transaction stored, changed or removed; also of a cancelled run.
    void postsChanged(const QStringList &postIds);
    void failed(const bxt::PortalError &error);

private:
    void fetch();
    void received(const PortalResponse &response);
    void refuse(const PortalError &error);
    void prepared(quint64 number, PreparedPage page);
    void restartFullPass();
    void taken(quint64 run, int pages);
    void applied(quint64 run, int pages, const PullCounts &counts, const QStringList &changed);
    void postsApplied(const QStringList &postIds);
    void applyFailed(quint64 run, const PortalError &error);
    void fail(const PortalError &error);
    bool mayFetch() const;

    friend class PullApplierThread;

    const Database &m_database;
    PortalSession &m_session;
    std::unique_ptr<PullApplierThread> m_applier;
    int m_pageSize = kDefaultPageSize;
    int m_limit = kDefaultPageSize;
    int m_waitSeconds = 0;
    std::unique_ptr<class ScopeFilter> m_scope;
    QString m_cursor;
    QString m_requestedCursor;
    int m_replays = 0;
    int m_emptyPagesInARow = 0;
    quint64 m_run = 0;
    bool m_running = false;
    bool m_fetching = false;
    bool m_lastReceived = false;
    bool m_restarted = false;
    bool m_restartWaits = false; // until the pages received before the 410 are queued
    bool m_refusedPageQueued = false; // the run ends when the applier reaches that page
    int m_preparing = 0; // pages on worker threads
    int m_queuedPages = 0; // pages given to the applier, not yet in a transaction
    int m_writingPages = 0; // pages in the transaction the applier writes
    quint64 m_pagesReceived = 0;
    quint64 m_pagesQueued = 0;
    std::map<quint64, PreparedPage> m_ready; // prepared, waiting for an earlier page
    PullCounts m_counts;
};

} // namespace bxt
