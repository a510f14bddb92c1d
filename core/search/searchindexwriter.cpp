#include "search/searchindexwriter.h"

#include "search/searchpostings.h"
#include "search/searchtokenizer.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <array>
#include <numeric>
#include <queue>

namespace bxt {

namespace {

constexpr qint64 kFlushPostings = 8 * 1000 * 1000; // about 100 MB of pending postings
// A flush with fewer postings (a local action, a few posts) is written as one row of recent
// postings rather than one row per term: it touches a page or two instead of one per term.
constexpr qint64 kRecentWhenFewerPostingsThan = 20000;

quint16 clamp16(quint32 value)
{
    return quint16(std::min<quint32>(value, 0xFFFF));
}

// Terms are not spread evenly over their values (a CJK term's marker bits): shards go by a hash.
int shardOf(quint64 term, int shards)
{
    return int(((term * 0x9E3779B97F4A7C15ULL) >> 32) % quint64(shards));
}

// Sorts a text's terms, a byte at a time from the lowest: the bytes all terms share are skipped,
// so that a Chinese text's pairs take four passes. Twice as fast as std::sort on a post's body.
void sortTerms(QList<quint64> &terms, std::vector<quint64> &scratch)
{
    constexpr qsizetype kFewerSortedByComparing = 64;
    const qsizetype size = terms.size();
    if (size < kFewerSortedByComparing) {
        std::sort(terms.begin(), terms.end());
        return;
    }
    quint64 inAll = ~quint64(0);
    quint64 inAny = 0;
    for (const quint64 term : std::as_const(terms)) {
        inAll &= term;
        inAny |= term;
    }
    const quint64 varying = inAll ^ inAny;
    scratch.resize(std::size_t(size));
    quint64 *from = terms.data();
    quint64 *to = scratch.data();
    for (int shift = 0; shift < 64; shift += 8) {
        if (((varying >> shift) & 0xFF) == 0)
            continue;
        std::array<qsizetype, 257> starts {};
        for (qsizetype i = 0; i < size; ++i)
            ++starts[((from[i] >> shift) & 0xFF) + 1];
        std::partial_sum(starts.begin(), starts.end(), starts.begin());
        for (qsizetype i = 0; i < size; ++i)
            to[starts[(from[i] >> shift) & 0xFF]++] = from[i];
        std::swap(from, to);
    }
    if (from != terms.data())
        std::copy(from, from + size, terms.data());
}

} // namespace

DocumentTerms documentTerms(QStringView title, QStringView body)
{
    QList<quint64> titleTerms = SearchTokenizer::terms(title, true);
    QList<quint64> bodyTerms = SearchTokenizer::terms(body, true);
    DocumentTerms result;
    result.length = quint32(titleTerms.size() + bodyTerms.size());
    // Plain keys sort faster than (term, weight) pairs: each text is sorted on its own and the
    // two are merged.
    std::vector<quint64> scratch;
    sortTerms(titleTerms, scratch);
    sortTerms(bodyTerms, scratch);
    result.weights.reserve(std::size_t(result.length));
    const auto add = [&result](quint64 term, quint32 weight) {
        if (!result.weights.empty() && result.weights.back().first == term)
            result.weights.back().second += weight;
        else
            result.weights.emplace_back(term, weight);
    };
    auto t = titleTerms.cbegin();
    auto b = bodyTerms.cbegin();
    while (t != titleTerms.cend() || b != bodyTerms.cend()) {
        if (b == bodyTerms.cend() || (t != titleTerms.cend() && *t <= *b))
            add(*t++, kTitleTermWeight);
        else
            add(*b++, 1);
    }
    return result;
}

BatchTerms BatchTerms::from(const std::vector<const DocumentTerms *> &documents)
{
    struct Occurrence
    {
        quint64 term;
        Entry entry;
    };
    std::size_t occurrences = 0;
    for (const DocumentTerms *terms : documents)
        occurrences += terms->weights.size();
    std::vector<Occurrence> all;
    all.reserve(occurrences);
    std::vector<std::size_t> runs; // where each document's occurrences start, and the end
    runs.reserve(documents.size() + 1);
    BatchTerms batch;
    batch.documents.reserve(documents.size());
    for (quint32 document = 0; document < documents.size(); ++document) {
        const DocumentTerms &terms = *documents[document];
        batch.documents.emplace_back(quint32(terms.weights.size()), terms.length);
        runs.push_back(all.size());
        for (const auto &[term, weight] : terms.weights)
            all.push_back({ term, { document, clamp16(weight), clamp16(terms.length) } });
    }
    runs.push_back(all.size());
    // Each document's terms come sorted: merging neighbouring runs, the earlier first on equal
    // terms, sorts by term in log2(documents) passes and keeps a term's entries in document order.
    std::vector<Occurrence> merged(all.size());
    const auto byTerm = [](const Occurrence &a, const Occurrence &b) { return a.term < b.term; };
    while (runs.size() > 2) {
        std::vector<std::size_t> next;
        next.reserve(runs.size() / 2 + 1);
        for (std::size_t run = 0; run + 1 < runs.size(); run += 2) {
            const auto first = all.begin() + qsizetype(runs[run]);
            const auto middle = all.begin() + qsizetype(runs[run + 1]);
            const auto last = run + 2 < runs.size() ? all.begin() + qsizetype(runs[run + 2]) : middle;
            std::merge(first, middle, middle, last, merged.begin() + qsizetype(runs[run]), byTerm);
            next.push_back(runs[run]);
        }
        next.push_back(all.size());
        all.swap(merged);
        runs.swap(next);
    }
    batch.entries.reserve(all.size());
    for (const Occurrence &occurrence : all) {
        if (batch.terms.empty() || batch.terms.back() != occurrence.term) {
            batch.terms.push_back(occurrence.term);
            batch.starts.push_back(quint32(batch.entries.size()));
        }
        batch.entries.push_back(occurrence.entry);
    }
    batch.starts.push_back(quint32(batch.entries.size()));
    return batch;
}

SearchIndexWriter::SearchIndexWriter(const QSqlDatabase &db)
    : m_db(db)
    , m_insertChunk(nativeHandle(db), "INSERT INTO search_postings(term, chunk, postings) VALUES(?, ?, ?)")
    , m_insertStale(nativeHandle(db), "INSERT OR IGNORE INTO search_stale(post, generation) VALUES(?, ?)")
{
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
    return add(BatchTerms::from({ &terms }), { { quint32(post), generation } }, error);
}

bool SearchIndexWriter::add(const BatchTerms &terms, const std::vector<IndexedPost> &posts, QString *error)
{
    return add(BatchTerms(terms), std::vector<IndexedPost>(posts), error);
}

bool SearchIndexWriter::add(BatchTerms &&terms, std::vector<IndexedPost> &&posts, QString *error)
{
    for (std::size_t document = 0; document < posts.size(); ++document) {
        if (posts[document].generation == 0)
            continue;
        const auto [distinct, length] = terms.documents[document];
        m_pendingPostings += distinct;
        ++m_documents;
        m_totalLength += length;
        m_statsChanged = true;
    }
    m_pendingBatches.push_back({ std::move(terms), std::move(posts) });
    return m_pendingPostings < kFlushPostings || flush(error);
}

bool SearchIndexWriter::markStale(qint64 post, quint32 generation, quint32 length, QString *error)
{
    m_insertStale.bind(1, post);
    m_insertStale.bind(2, qint64(generation));
    if (!m_insertStale.run(error))
        return false;
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
    m_pendingBatches.clear();
    m_pendingPostings = 0;
    if (m_statsChanged
        && (!writeMeta("search_documents", m_documents, error) || !writeMeta("search_length", m_totalLength, error)
            || !writeMeta("search_next_generation", m_nextGeneration, error)))
        return false;
    m_statsChanged = false;
    return true;
}

void SearchIndexWriter::forEachTerm(
    int shard, int shards, const std::function<void(quint64 term, std::vector<Posting> &postings)> &visit) const
{
    // Each batch has its terms sorted: merging the batches gives the terms in order, and a
    // term's postings in the order the posts were added. A term's postings are handed on as
    // soon as they are complete, so that a chunk's postings are never all held at once.
    const auto inShard = [shard, shards](quint64 term) { return shards == 1 || shardOf(term, shards) == shard; };
    using Cursor = std::pair<quint64, std::size_t>; // the term a batch is at, and the batch
    std::vector<std::size_t> at(m_pendingBatches.size(), 0); // each batch's place in its terms
    std::priority_queue<Cursor, std::vector<Cursor>, std::greater<>> next;
    const auto advance = [&](std::size_t batch) {
        const std::vector<quint64> &terms = m_pendingBatches[batch].terms.terms;
        std::size_t &i = at[batch];
        while (i < terms.size() && !inShard(terms[i]))
            ++i;
        if (i < terms.size())
            next.emplace(terms[i], batch);
    };
    for (std::size_t batch = 0; batch < m_pendingBatches.size(); ++batch)
        advance(batch);
    quint64 current = 0;
    std::vector<Posting> postings;
    const auto handOn = [&]() {
        if (postings.empty())
            return; // no post of the term was stored
        // Usually in order already: posts are added as they are stored, new ones with rising ids.
        if (!std::is_sorted(postings.begin(), postings.end(), postOrder))
            std::stable_sort(postings.begin(), postings.end(), postOrder);
        visit(current, postings);
        postings.clear();
    };
    while (!next.empty()) {
        const auto [term, batch] = next.top();
        next.pop();
        if (term != current) {
            handOn();
            current = term;
        }
        const PendingBatch &pending = m_pendingBatches[batch];
        const std::size_t i = at[batch]++;
        for (quint32 e = pending.terms.starts[i]; e < pending.terms.starts[i + 1]; ++e) {
            const BatchTerms::Entry &entry = pending.terms.entries[e];
            const IndexedPost &post = pending.posts[entry.document];
            if (post.generation != 0)
                postings.push_back({ post.post, post.generation, entry.weight, entry.length });
        }
        advance(batch);
    }
    handOn();
}

bool SearchIndexWriter::writeRecent(QString *error)
{
    TermPostings terms;
    forEachTerm(
        0, 1, [&terms](quint64 term, std::vector<Posting> &postings) { terms.emplace(term, std::move(postings)); });
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
    // Grouping, sorting and encoding are pure: spread them over the cores, then write in this
    // thread, in the order of the table's key.
    using Encoded = std::pair<quint64, QByteArray>;
    // One part per core: each part reads every pending posting to pick its own.
    QList<int> shards(std::max(2, QThread::idealThreadCount()));
    std::iota(shards.begin(), shards.end(), 0);
    const QList<QList<Encoded>> parts = QtConcurrent::blockingMapped(shards, [this, &shards](int shard) {
        QList<Encoded> encoded;
        forEachTerm(shard, int(shards.size()), [&encoded](quint64 term, std::vector<Posting> &postings) {
            encoded.append({ term, encodePostings(postings) });
        });
        return encoded;
    });
    QList<Encoded> chunks;
    for (const QList<Encoded> &part : parts)
        chunks.append(part);
    std::sort(chunks.begin(), chunks.end(), [](const Encoded &a, const Encoded &b) { return a.first < b.first; });
    for (const auto &[term, blob] : std::as_const(chunks)) {
        m_insertChunk.bind(1, qint64(term));
        m_insertChunk.bind(2, m_nextChunk++);
        m_insertChunk.bindBlob(3, blob);
        if (!m_insertChunk.run(error))
            return false;
    }
    return chunks.isEmpty() || writeMeta("search_next_chunk", m_nextChunk, error);
}

} // namespace bxt
