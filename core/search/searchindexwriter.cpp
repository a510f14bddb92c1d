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
// A flush with fewer postings (a local action, a few posts) is written as one row of recent
// postings rather than one row per term: it touches a page or two instead of one per term.
constexpr qint64 kRecentWhenFewerPostingsThan = 20000;

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

SearchIndexWriter::SearchIndexWriter(const QSqlDatabase &db)
    : m_db(db)
    , m_insertChunk(db)
{
    m_insertChunk.prepare(QStringLiteral("INSERT INTO search_postings(term, chunk, postings) VALUES(?, ?, ?)"));
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
        m_pending[term].push_back({ quint32(post), generation, clamp16(weight), clamp16(terms.length) });
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
    if (m_pendingPostings > 0 && m_pendingPostings < kRecentWhenFewerPostingsThan) {
        if (!writeRecent(error))
            return false;
    } else if (!writeChunks(error)) {
        return false;
    }
    m_pending.clear();
    m_pendingPostings = 0;
    if (m_statsChanged
        && (!writeMeta("search_documents", m_documents, error) || !writeMeta("search_length", m_totalLength, error)
            || !writeMeta("search_next_generation", m_nextGeneration, error)))
        return false;
    m_statsChanged = false;
    return true;
}

std::vector<Posting> SearchIndexWriter::sortedPostings(quint64 term) const
{
    const std::vector<PendingPosting> &pending = m_pending.find(term).value();
    std::vector<Posting> postings;
    postings.reserve(pending.size());
    for (const PendingPosting &posting : pending)
        postings.push_back({ posting.post, posting.generation, posting.weight, posting.length });
    // Usually in order already: posts are added as they are stored, new ones with rising ids.
    if (!std::is_sorted(postings.begin(), postings.end(), postOrder))
        std::stable_sort(postings.begin(), postings.end(), postOrder);
    return postings;
}

bool SearchIndexWriter::writeRecent(QString *error)
{
    TermPostings terms;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        terms.emplace(it.key(), sortedPostings(it.key()));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO search_recent(postings) VALUES(?)"));
    insert.addBindValue(encodeTermPostings(terms));
    if (!insert.exec()) {
        *error = sqlError(insert);
        return false;
    }
    return true;
}

bool SearchIndexWriter::writeChunks(QString *error)
{
    // Sorting and encoding are pure: spread them over the cores, then write in this thread, in
    // the order of the table's key.
    using Encoded = std::pair<quint64, QByteArray>;
    QList<quint64> terms = m_pending.keys();
    std::sort(terms.begin(), terms.end());
    const QList<Encoded> chunks = QtConcurrent::blockingMapped(
        terms, [this](quint64 term) { return Encoded(term, encodePostings(sortedPostings(term))); });
    for (const auto &[term, blob] : chunks) {
        m_insertChunk.bindValue(0, qint64(term));
        m_insertChunk.bindValue(1, m_nextChunk++);
        m_insertChunk.bindValue(2, blob);
        if (!m_insertChunk.exec()) {
            *error = sqlError(m_insertChunk);
            return false;
        }
    }
    return chunks.isEmpty() || writeMeta("search_next_chunk", m_nextChunk, error);
}

} // namespace bxt
