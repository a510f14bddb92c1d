#include "search/searchindexmaintenance.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace bxt {

namespace {

constexpr int kMaxChunksPerTerm = 16;
constexpr int kChunksAfterMerge = 8;
constexpr qint64 kMinStaleForCompaction = 1000;
// Recent writes (about one per local action) gathered before they are moved into the chunks:
// every search reads them all.
constexpr qint64 kRecentWritesDue = 200;

} // namespace

SearchIndexMaintenance::SearchIndexMaintenance(const Database &database)
    : m_database(database)
    , m_db(database.connection())
    , m_insertChunk(m_db)
    , m_chunkSizes(m_db)
    , m_readChunk(m_db)
    , m_removeChunk(m_db)
{ }

// Prepared once for all the terms of a run, and only for a run: most calls of runIfDue() have
// nothing to do.
void SearchIndexMaintenance::prepareStatements()
{
    if (m_prepared)
        return;
    m_prepared = true;
    m_insertChunk.prepare(QStringLiteral("INSERT INTO search_postings(term, chunk, postings) VALUES(?, ?, ?)"));
    // The sizes alone decide whether to merge; length() of a blob is read from the record
    // header, without the blob.
    m_chunkSizes.setForwardOnly(true);
    m_chunkSizes.prepare(
        QStringLiteral("SELECT chunk, length(postings) FROM search_postings WHERE term = ? ORDER BY chunk"));
    m_readChunk.prepare(QStringLiteral("SELECT postings FROM search_postings WHERE term = ? AND chunk = ?"));
    m_removeChunk.prepare(QStringLiteral("DELETE FROM search_postings WHERE term = ? AND chunk = ?"));
}

bool SearchIndexMaintenance::run(QString *error)
{
    prepareStatements();
    // The stale set is read inside each step's transaction: another writer may add to it in between.
    return inTransaction(
               m_database,
               [this](QString *failure) {
                   std::optional<StalePostings> stale;
                   return moveRecentIntoChunks(&stale, failure);
               },
               error)
        && inTransaction(
            m_database, [this](QString *failure) { return compactIfMuchIsStale(failure); }, error);
}

bool SearchIndexMaintenance::insertChunk(quint64 term, qint64 chunk, const QByteArray &postings, QString *error)
{
    m_insertChunk.bindValue(0, qint64(term));
    m_insertChunk.bindValue(1, chunk);
    m_insertChunk.bindValue(2, postings);
    if (!m_insertChunk.exec()) {
        *error = sqlError(m_insertChunk);
        return false;
    }
    return true;
}

bool SearchIndexMaintenance::runIfDue(QString *error)
{
    qint64 recent = 0;
    if (!recentWrites(&recent, error))
        return false;
    return recent < kRecentWritesDue || run(error);
}

bool SearchIndexMaintenance::recentWrites(qint64 *count, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM search_recent")) || !query.next()) {
        *error = sqlError(query);
        return false;
    }
    *count = query.value(0).toLongLong();
    return true;
}

bool SearchIndexMaintenance::moveRecentIntoChunks(std::optional<StalePostings> *stale, QString *error)
{
    TermPostings recent;
    if (!loadRecentPostings(m_db, &recent, error))
        return false;
    if (recent.empty())
        return true;
    qint64 nextChunk = readMetaNumber(m_db, "search_next_chunk");
    for (const auto &[term, postings] : recent) {
        if (!insertChunk(term, nextChunk++, encodePostings(postings), error)
            || !mergeChunks(term, stale, &nextChunk, error))
            return false;
    }
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM search_recent"))) {
        *error = sqlError(clear);
        return false;
    }
    return writeMetaText(m_db, QStringLiteral("search_next_chunk"), QString::number(nextChunk), error);
}

bool SearchIndexMaintenance::mergeChunks(
    quint64 term, std::optional<StalePostings> *stale, qint64 *nextChunk, QString *error)
{
    QSqlQuery &sizes = m_chunkSizes;
    sizes.bindValue(0, qint64(term));
    if (!sizes.exec()) {
        *error = sqlError(sizes);
        return false;
    }
    QList<std::pair<qint64, qint64>> chunks; // chunk, size
    while (sizes.next())
        chunks.append({ sizes.value(0).toLongLong(), sizes.value(1).toLongLong() });
    sizes.finish();
    if (chunks.size() <= kMaxChunksPerTerm)
        return true;
    if (!*stale && !loadStalePostings(m_db, &stale->emplace(), error))
        return false;
    // The smallest chunks (recent writes, merged ones) become one and the large ones (an
    // import's) stay as they are: a merge reads little, and a term keeps a few chunks.
    std::sort(chunks.begin(), chunks.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    chunks.resize(chunks.size() - kChunksAfterMerge + 1);
    std::vector<Posting> merged;
    QSqlQuery &read = m_readChunk;
    QSqlQuery &remove = m_removeChunk;
    for (auto it = chunks.cbegin(); it != chunks.cend(); ++it) {
        read.bindValue(0, qint64(term));
        read.bindValue(1, it->first);
        if (!read.exec() || !read.next()) {
            *error = sqlError(read);
            return false;
        }
        std::vector<Posting> postings;
        if (!decodePostings(read.value(0).toByteArray(), &postings)) {
            *error = QStringLiteral("damaged search index chunk %1").arg(it->first);
            return false;
        }
        read.finish();
        for (const Posting &posting : postings) {
            if (!(*stale)->contains({ posting.post, posting.generation }))
                merged.push_back(posting);
        }
        remove.bindValue(0, qint64(term));
        remove.bindValue(1, it->first);
        if (!remove.exec()) {
            *error = sqlError(remove);
            return false;
        }
    }
    std::stable_sort(merged.begin(), merged.end(), postOrder);
    return insertChunk(term, (*nextChunk)++, encodePostings(merged), error);
}

bool SearchIndexMaintenance::compactIfMuchIsStale(QString *error)
{
    QSqlQuery count(m_db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM search_stale")) || !count.next()) {
        *error = sqlError(count);
        return false;
    }
    const qint64 staleCount = count.value(0).toLongLong();
    count.finish();
    if (staleCount < std::max(kMinStaleForCompaction, readMetaNumber(m_db, "search_documents") / 20))
        return true;
    std::optional<StalePostings> staleSet;
    if (!loadStalePostings(m_db, &staleSet.emplace(), error))
        return false;
    // Recent postings of stale posts would show again once their stale records are gone.
    if (!moveRecentIntoChunks(&staleSet, error))
        return false;
    const StalePostings &stale = *staleSet;
    // Every term's chunks become one, without the stale postings, written as a new table.
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    QSqlQuery write(m_db);
    if (!read.exec(QStringLiteral("SELECT term, postings FROM search_postings ORDER BY term, chunk"))
        || !write.exec(QStringLiteral("CREATE TEMP TABLE compacted(term INTEGER PRIMARY KEY, postings BLOB)"))
        || !write.prepare(QStringLiteral("INSERT INTO compacted(term, postings) VALUES(?, ?)"))) {
        *error = sqlError(read.lastError().isValid() ? read : write);
        return false;
    }
    std::vector<Posting> postings;
    std::vector<Posting> kept;
    qint64 term = 0;
    const auto writeTerm = [&]() {
        kept.clear();
        std::stable_sort(postings.begin(), postings.end(), postOrder);
        for (const Posting &posting : postings) {
            if (!stale.contains({ posting.post, posting.generation }))
                kept.push_back(posting);
        }
        postings.clear();
        if (kept.empty())
            return true;
        write.bindValue(0, term);
        write.bindValue(1, encodePostings(kept));
        return write.exec();
    };
    bool first = true;
    while (read.next()) {
        const qint64 nextTerm = read.value(0).toLongLong();
        if (!first && nextTerm != term && !writeTerm()) {
            *error = sqlError(write);
            return false;
        }
        first = false;
        term = nextTerm;
        if (!decodePostings(read.value(1).toByteArray(), &postings)) {
            *error = QStringLiteral("damaged search index chunk of term %1").arg(term);
            return false;
        }
    }
    if (!first && !writeTerm()) {
        *error = sqlError(write);
        return false;
    }
    read.finish();
    write.finish();
    QSqlQuery replace(m_db);
    for (const char *statement : { "DELETE FROM search_postings", "DELETE FROM search_stale",
             "INSERT INTO search_postings(term, chunk, postings) "
             "SELECT term, 0, postings FROM compacted",
             "DROP TABLE compacted" }) {
        if (!replace.exec(QLatin1String(statement))) {
            *error = sqlError(replace);
            return false;
        }
    }
    return true;
}

} // namespace bxt
