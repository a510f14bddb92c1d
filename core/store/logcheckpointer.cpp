#include "store/logcheckpointer.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace bxt {

namespace {

int automaticCheckpointPages(const Database &database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next() ? query.value(0).toInt() : 1000;
}

void setAutomaticCheckpoint(const Database &database, int pages)
{
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(pages));
}

} // namespace

LogCheckpointer::LogCheckpointer(const Database &writer)
    : m_writer(writer)
    , m_automaticPages(automaticCheckpointPages(writer))
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // the copier's connection belongs to the thread
    setAutomaticCheckpoint(m_writer, 0);
    m_sinceGap.start();
}

LogCheckpointer::~LogCheckpointer()
{
    // After the copy under way, on the copier's thread: waiting for a QFuture could run a task
    // not started yet on this thread.
    m_thread.start([this]() { m_copier.reset(); });
    m_thread.waitForDone();
    setAutomaticCheckpoint(m_writer, m_automaticPages);
}

void LogCheckpointer::betweenTransactions()
{
    if (!m_copy.isRunning())
        startCopy();
    if (m_sinceGap.elapsed() < kMostWritingBetweenGapsMilliseconds)
        return;
    QThread::msleep(kLockFreeMilliseconds);
    m_sinceGap.start();
}

void LogCheckpointer::startCopy()
{
    m_copy = QtConcurrent::run(&m_thread, [this]() {
        // A copy that cannot be made now (the store busy, a failure) only leaves the log
        // longer: the next copy, or SQLite's automatic checkpoint once this object is gone,
        // takes it, so there is nothing to report.
        QString error;
        if (!m_copier)
            m_copier = Database::open(m_writer.path(), Database::Access::Write, &error);
        if (m_copier)
            QSqlQuery(m_copier->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    });
}

} // namespace bxt
