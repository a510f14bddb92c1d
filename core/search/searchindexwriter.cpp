#include "search/searchindexwriter.h"

#include "search/searchpostings.h"
#include "search/searchtokenizer.h"
#include "store/database.h"

#include <QSqlError>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace bxt {

namespace {

constexpr quint32 kTitleWeight = 4;
constexpr qint64 kFlushPostings = 8 * 1000 * 1000; // about 100 MB of pending postings
constexpr int kMaxChunksPerTerm = 16;
constexpr int kMergeWhenFewerTermsThan = 5000; // small flushes (local changes) merge; imports do not
constexpr qint64 kMinStaleForCompaction = 1000;

quint16 clamp16(quint32 value)
{
    return quint16(std::min<quint32>(value, 0xFFFF));
}

} // namespace

DocumentTerms documentTerms(QStringView title, QStringView body)
{
    const QList<quint64> titleTerms = SearchTokenizer::terms(title, true);
    const QList<quint64> bodyTerms = SearchTokenizer::terms(body, true);
    DocumentTerms result;
    result.length = quint32(titleTerms.size() + bodyTerms.size());
    std::vector<std::pair<quint64, quint32>> all;
    all.reserve(size_t(result.length));
    for (const quint64 term : std::as_const(titleTerms))
        all.emplace_back(term, kTitleWeight);
    for (const quint64 term : std::as_const(bodyTerms))
        all.emplace_back(term, 1);
    std::sort(all.begin(), all.end());
    for (const auto &[term, weight] : all) {
        if (!result.weights.empty() && result.weights.back().first == term)
            result.weights.back().second += weight;
        else
            result.weights.emplace_back(term, weight);
    }
    return result;
}

SearchIndexWriter::SearchIndexWriter(const QSqlDatabase &db) : m_db(db), m_insertChunk(db), m_chunkSizes(db)
{
    m_insertChunk.prepare(QStringLiteral("INSERT INTO search_postings(term, chunk, postings) VALUES(?, ?, ?)"));
    // length() of a blob is read from the record header, without the blob.
    m_chunkSizes.setForwardOnly(true);
    m_chunkSizes.prepare(
            QStringLiteral("SELECT chunk, length(postings) FROM search_postings WHERE term = ? ORDER BY chunk"));
    m_documents = readMetaNumber(m_db, "search_documents");
    m_totalLength = readMetaNumber(m_db, "search_length");
    m_nextChunk = readMetaNumber(m_db, "search_next_chunk");
    m_nextGeneration = quint32(std::max<qint64>(1, readMetaNumber(m_db, "search_next_generation")));
}

bool SearchIndexWriter::writeMeta(const char *key, qint64 value, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    query.addBindValue(QLatin1String(key));
    query.addBindValue(QString::number(value));
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

bool SearchIndexWriter::add(qint64 post, quint32 generation, const DocumentTerms &terms, QString *error)
{
    for (const auto &[term, weight] : terms.weights) {
        m_pending[term].push_back(
                {quint32(post), generation, clamp16(weight), clamp16(terms.length)});
    }
    m_pendingPostings += qint64(terms.weights.size());
    ++m_documents;
    m_totalLength += terms.length;
    m_statsChanged = true;
    return m_pendingPostings < kFlushPostings || flush(error);
}

bool SearchIndexWriter::markStale(qint64 post, quint32 generation, quint32 length, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO search_stale(post, generation) VALUES(?, ?)"));
    query.addBindValue(post);
    query.addBindValue(generation);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    --m_documents;
    m_totalLength -= length;
    m_statsChanged = true;
    return true;
}

bool SearchIndexWriter::flush(QString *error)
{
    const bool mergeSmallChunks = m_pending.size() < kMergeWhenFewerTermsThan;
    std::optional<StalePostings> stale; // read once, by the first merge
    // Sorting and encoding are pure: spread them over the cores, then write in this thread.
    using Encoded = std::pair<quint64, QByteArray>;
    const QList<quint64> terms = m_pending.keys();
    const QList<Encoded> chunks = QtConcurrent::blockingMapped(terms, [this](quint64 term) {
        const std::vector<PendingPosting> &pending = m_pending.find(term).value();
        std::vector<Posting> postings;
        postings.reserve(pending.size());
        for (const PendingPosting &posting : pending)
            postings.push_back({posting.post, posting.generation, posting.weight, posting.length});
        std::stable_sort(postings.begin(), postings.end(), postOrder);
        return Encoded(term, encodePostings(postings));
    });
    for (const auto &[term, blob] : chunks) {
        m_insertChunk.bindValue(0, qint64(term));
        m_insertChunk.bindValue(1, m_nextChunk++);
        m_insertChunk.bindValue(2, blob);
        if (!m_insertChunk.exec()) {
            *error = sqlError(m_insertChunk);
            return false;
        }
        if (mergeSmallChunks && !mergeChunks(term, &stale, error))
            return false;
    }
    m_pending.clear();
    m_pendingPostings = 0;
    if (!writeMeta("search_next_chunk", m_nextChunk, error))
        return false;
    if (m_statsChanged
        && (!writeMeta("search_documents", m_documents, error) || !writeMeta("search_length", m_totalLength, error)
            || !writeMeta("search_next_generation", m_nextGeneration, error)))
        return false;
    m_statsChanged = false;
    return compactIfMuchIsStale(error);
}

bool SearchIndexWriter::compactIfMuchIsStale(QString *error)
{
    QSqlQuery count(m_db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM search_stale")) || !count.next()) {
        *error = sqlError(count);
        return false;
    }
    const qint64 staleCount = count.value(0).toLongLong();
    count.finish();
    if (staleCount < std::max(kMinStaleForCompaction, m_documents / 20))
        return true;
    StalePostings stale;
    if (!loadStalePostings(m_db, &stale, error))
        return false;
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
            if (!stale.contains({posting.post, posting.generation}))
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
    for (const char *statement : {"DELETE FROM search_postings", "DELETE FROM search_stale",
                                  "INSERT INTO search_postings(term, chunk, postings) "
                                  "SELECT term, 0, postings FROM compacted",
                                  "DROP TABLE compacted"}) {
        if (!replace.exec(QLatin1String(statement))) {
            *error = sqlError(replace);
            return false;
        }
    }
    return true;
}

bool SearchIndexWriter::mergeChunks(quint64 term, std::optional<StalePostings> *stale, QString *error)
{
    // The sizes alone decide whether to merge: reading every chunk of every term a flush saw
    // would read the whole index on each small flush.
    m_chunkSizes.bindValue(0, qint64(term));
    if (!m_chunkSizes.exec()) {
        *error = sqlError(m_chunkSizes);
        return false;
    }
    QList<std::pair<qint64, qint64>> chunks; // chunk, size
    while (m_chunkSizes.next())
        chunks.append({m_chunkSizes.value(0).toLongLong(), m_chunkSizes.value(1).toLongLong()});
    m_chunkSizes.finish();
    if (chunks.size() <= kMaxChunksPerTerm)
        return true;
    // The largest chunk (usually an import's) stays as it is; the small ones become one.
    const auto largest = std::max_element(chunks.cbegin(), chunks.cend(), [](const auto &a, const auto &b) {
        return a.second < b.second;
    });
    if (!*stale) {
        stale->emplace();
        if (!loadStalePostings(m_db, &**stale, error))
            return false;
    }
    std::vector<Posting> merged;
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT postings FROM search_postings WHERE term = ? AND chunk = ?"));
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM search_postings WHERE term = ? AND chunk = ?"));
    for (auto it = chunks.cbegin(); it != chunks.cend(); ++it) {
        if (it == largest)
            continue;
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
            if (!(*stale)->contains({posting.post, posting.generation}))
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
    m_insertChunk.bindValue(0, qint64(term));
    m_insertChunk.bindValue(1, m_nextChunk++);
    m_insertChunk.bindValue(2, encodePostings(merged));
    if (!m_insertChunk.exec()) {
        *error = sqlError(m_insertChunk);
        return false;
    }
    return true;
}

} // namespace bxt
