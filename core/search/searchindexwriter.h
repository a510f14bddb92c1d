#pragma once

#include "search/searchpostings.h"
#include "store/sqlitestatement.h"

#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace bxt {

// How many times a term of the title counts against one of the body.
constexpr quint32 kTitleTermWeight = 4;

// What the index keeps of one post: each distinct term with its weight (title terms count
// four times) and the post's length in terms.
struct DocumentTerms
{
    std::vector<std::pair<quint64, quint32>> weights; // sorted by term
    quint32 length = 0;
};

DocumentTerms documentTerms(QStringView title, QStringView body);

// The terms of a batch of posts grouped by term, made where the posts are prepared, so that the
// writer only numbers the posts it stores.
struct BatchTerms
{
    struct Entry
    {
        quint32 document; // its place in the batch
        quint16 weight;
        quint16 length;
    };
    std::vector<quint64> terms; // sorted
    std::vector<quint32> starts; // the entries of terms[i] are [starts[i], starts[i + 1])
    std::vector<Entry> entries; // of one term, in document order
    std::vector<std::pair<quint32, quint32>> documents; // each document's distinct terms and length

    static BatchTerms from(const std::vector<const DocumentTerms *> &documents);
};

// Where a document of a batch went in the index; generation 0 when it was not stored.
struct IndexedPost
{
    quint32 post = 0;
    quint32 generation = 0;
};

// Writes the search index: an inverted index from terms to postings (post, generation,
// weight, length), kept in memory while a transaction runs. A large write (an import's chunk, a
// pull's pages) becomes one row per term, so that it costs little more than the text it reads;
// a small one (a local action) becomes a single row of recent postings. A post changed or
// removed leaves its old postings behind and is recorded as stale under its old generation;
// readers skip stale postings. Merging chunks and dropping stale postings is left to
// SearchIndexMaintenance, between transactions. Adding a post only keeps its terms: grouping the
// postings by term is done when they are written, spread over the cores.
class SearchIndexWriter final
{
public:
    Q_DISABLE_COPY_MOVE(SearchIndexWriter)
    explicit SearchIndexWriter(const QSqlDatabase &db);

    // A generation never used before in this store: a post's postings are current only while
    // the post carries the generation they were written with.
    quint32 newGeneration()
    {
        m_statsChanged = true;
        return m_nextGeneration++;
    }
    bool add(qint64 post, quint32 generation, const DocumentTerms &terms, QString *error);
    // Adds the stored documents of a batch: posts[i] is where its i-th document went.
    bool add(const BatchTerms &terms, const std::vector<IndexedPost> &posts, QString *error);
    bool add(BatchTerms &&terms, std::vector<IndexedPost> &&posts, QString *error);
    bool markStale(qint64 post, quint32 generation, quint32 length, QString *error);
    // Writes what is pending; call before the transaction commits.
    bool flush(QString *error);

private:
    struct PendingBatch
    {
        BatchTerms terms;
        std::vector<IndexedPost> posts;
    };
    // Hands on the pending postings of each term in one of shards parts of the term space, in
    // the order of the terms, each term's sorted by post.
    void forEachTerm(
        int shard, int shards, const std::function<void(quint64 term, std::vector<Posting> &postings)> &visit) const;
    bool writeRecent(QString *error);
    bool writeChunks(QString *error);
    bool writeMeta(const char *key, qint64 value, QString *error);

    QSqlDatabase m_db;
    SqliteStatement m_insertChunk;
    SqliteStatement m_insertStale;
    std::vector<PendingBatch> m_pendingBatches;
    qint64 m_pendingPostings = 0;
    qint64 m_documents = 0;
    qint64 m_totalLength = 0;
    qint64 m_nextChunk = 0;
    quint32 m_nextGeneration = 1;
    bool m_statsChanged = false;
};

} // namespace bxt
