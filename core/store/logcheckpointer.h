#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QThreadPool>
#include <memory>

namespace bxt {

class Database;

// Copies the store's write-ahead log into the database file on a thread of its own while the
// writer goes on with its next transaction. SQLite's automatic checkpoint does that inside the
// writer's commit: a bulk writer (an import, a pull) commits tens of megabytes a second, and
// copying them there stalls it about as long as the commit itself. While it lives, the writer's
// connection does no automatic checkpoint; other connections are not touched.
class LogCheckpointer final
{
public:
    Q_DISABLE_COPY_MOVE(LogCheckpointer)
    static constexpr int kLockFreeMilliseconds = 20;
    static constexpr int kMostWritingBetweenGapsMilliseconds = 1000;

    explicit LogCheckpointer(const Database &writer);
    // Waits for the copy under way; the writer's automatic checkpoint is back as it was.
    ~LogCheckpointer();

    // Call between two transactions of the writer: starts copying what is committed, unless a
    // copy is under way (the next call takes what this one would have). Then, once the writer has
    // written for kMostWritingBetweenGapsMilliseconds, leaves the write lock free for
    // kLockFreeMilliseconds, as the automatic checkpoint did while it copied, so that another
    // writer waiting for the lock (a local action) gets it: a store's connection tries again
    // every 2 ms while it waits (Database::open). A pull's many short transactions so pay for one
    // gap a second, not one each.
    void betweenTransactions();

private:
    void startCopy();

    const Database &m_writer;
    int m_automaticPages = 0; // the writer's wal_autocheckpoint before
    QThreadPool m_thread;
    std::unique_ptr<Database> m_copier; // opened, used and closed on m_thread only
    QFuture<void> m_copy;
    QElapsedTimer m_sinceGap;
};

} // namespace bxt
