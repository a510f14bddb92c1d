#pragma once

#include "search/searchpostings.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace bxt {

class Database;

// Keeps the search index quick to read and small, between the transactions that write posts
// (never inside one, so that no action or page waits for it): moves the recent small writes
// into the per-term chunks, merges the chunks of a term once it has many, and rewrites the
// index without stale postings once they pass a twentieth of the posts. Searches are complete
// and correct before and after; each step is its own transaction.
class SearchIndexMaintenance final
{
public:
    Q_DISABLE_COPY_MOVE(SearchIndexMaintenance)
    explicit SearchIndexMaintenance(const Database &database);

    // Does whatever is due. False with *error on a database failure (nothing of the failed step
    // is written).
    bool run(QString *error);
    // The same, only once enough recent writes have gathered: cheap to call after every action.
    bool runIfDue(QString *error);

private:
    void prepareStatements();
    bool recentWrites(qint64 *count, QString *error) const;
    // *stale: the stale postings, read when first needed.
    bool moveRecentIntoChunks(std::optional<StalePostings> *stale, QString *error);
    bool mergeChunks(quint64 term, std::optional<StalePostings> *stale, qint64 *nextChunk, QString *error);
    bool compactIfMuchIsStale(QString *error);
    bool insertChunk(quint64 term, qint64 chunk, const QByteArray &postings, QString *error);

    const Database &m_database;
    QSqlDatabase m_db;
    QSqlQuery m_insertChunk;
    QSqlQuery m_chunkSizes;
    QSqlQuery m_readChunk;
    QSqlQuery m_removeChunk;
    bool m_prepared = false;
};

} // namespace bxt
