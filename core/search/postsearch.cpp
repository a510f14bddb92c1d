#include "search/postsearch.h"

#include "search/searchpostings.h"
#include "search/searchtokenizer.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace bxt {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
// About the size of one encoded posting, to count the recent postings like the stored ones.
constexpr qint64 kEncodedPostingBytes = 4;

struct QueryPart
{
    QList<quint64> terms;
    // More than one term: their order must be checked in the text.
    bool needsPhraseCheck() const { return terms.size() > 1; }
};

struct Candidate
{
    qint64 post = 0;
    quint32 generation = 0;
    double score = 0;
};

QList<QueryPart> parseQuery(const QString &query)
{
    QString spaced = query;
    for (QChar &c : spaced) {
        if (c.isSpace())
            c = QLatin1Char(' ');
    }
    QList<QueryPart> parts;
    for (const QStringView text : QStringView(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QueryPart part;
        part.terms = SearchTokenizer::terms(text);
        if (part.terms.isEmpty())
            continue;
        parts.append(part);
    }
    return parts;
}

// True when needle occurs in haystack as consecutive terms. A single Chinese character at the
// end of the needle also matches a pair that starts with it (the query ended inside a run of
// the text), and one at the start a pair that ends with it (the query began inside a run).
bool containsPhrase(const QList<quint64> &haystack, const QList<quint64> &needle)
{
    const qsizetype n = needle.size();
    const auto matches = [n](quint64 have, quint64 want, qsizetype i) {
        if (have == want)
            return true;
        if (!SearchTokenizer::isSingleCharacter(want))
            return false;
        if (i == n - 1 && (have & ~quint64(0xFFFF)) == want)
            return true;
        return i == 0 && SearchTokenizer::pairEndsWith(have, want);
    };
    for (qsizetype start = 0; start + n <= haystack.size(); ++start) {
        qsizetype i = 0;
        for (; i < n; ++i) {
            if (!matches(haystack.at(start + i), needle.at(i), i))
                break;
        }
        if (i == n)
            return true;
    }
    return false;
}

} // namespace

PostingReader::PostingReader(const QSqlDatabase &db, StalePostings stale)
    : m_select(db)
    , m_range(db)
    , m_size(db)
    , m_sizeRange(db)
    , m_stale(std::move(stale))
    , m_db(db)
{
    m_select.prepare(QStringLiteral("SELECT postings FROM search_postings WHERE term = ?"));
    m_range.prepare(QStringLiteral("SELECT postings FROM search_postings WHERE term BETWEEN ? AND ?"));
    m_size.prepare(QStringLiteral("SELECT total(length(postings)) FROM search_postings WHERE term = ?"));
    m_sizeRange.prepare(
        QStringLiteral("SELECT total(length(postings)) FROM search_postings WHERE term BETWEEN ? AND ?"));
}

QSqlQuery &PostingReader::bound(quint64 term, QSqlQuery &exact, QSqlQuery &range)
{
    if (SearchTokenizer::isSingleCharacter(term)) {
        range.bindValue(0, qint64(SearchTokenizer::prefixFirst(term)));
        range.bindValue(1, qint64(SearchTokenizer::prefixLast(term)));
        return range;
    }
    exact.bindValue(0, qint64(term));
    return exact;
}

bool PostingReader::recent(quint64 term, std::vector<const std::vector<Posting> *> *lists, QString *error)
{
    if (!m_recent) {
        m_recent.emplace();
        if (!loadRecentPostings(m_db, &*m_recent, error)) {
            m_recent.reset();
            return false;
        }
    }
    lists->clear();
    const bool prefix = SearchTokenizer::isSingleCharacter(term);
    const auto first = m_recent->lower_bound(prefix ? SearchTokenizer::prefixFirst(term) : term);
    const auto last = m_recent->upper_bound(prefix ? SearchTokenizer::prefixLast(term) : term);
    for (auto it = first; it != last; ++it)
        lists->push_back(&it->second);
    return true;
}

bool PostingReader::read(quint64 term, std::vector<Posting> *result, QString *error)
{
    QSqlQuery &query = bound(term, m_select, m_range);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    // Each chunk is sorted by post: merge them as they come.
    std::vector<Posting> all;
    while (query.next()) {
        const auto middle = std::ptrdiff_t(all.size());
        if (!decodePostings(query.value(0).toByteArray(), &all)) {
            *error = QStringLiteral("damaged search index");
            return false;
        }
        if (middle > 0 && postOrder(all[size_t(middle)], all[size_t(middle) - 1]))
            std::inplace_merge(all.begin(), all.begin() + middle, all.end(), postOrder);
    }
    query.finish();
    std::vector<const std::vector<Posting> *> recentLists;
    if (!recent(term, &recentLists, error))
        return false;
    for (const std::vector<Posting> *postings : recentLists) {
        const auto middle = std::ptrdiff_t(all.size());
        all.insert(all.end(), postings->cbegin(), postings->cend());
        std::inplace_merge(all.begin(), all.begin() + middle, all.end(), postOrder);
    }
    result->clear();
    result->reserve(all.size());
    for (const Posting &posting : all) {
        if (!m_stale.isEmpty() && m_stale.contains({ posting.post, posting.generation }))
            continue;
        if (!result->empty() && result->back().post == posting.post) {
            result->back().weight += posting.weight; // several pairs under one prefix
            continue;
        }
        result->push_back(posting);
    }
    return true;
}

bool PostingReader::encodedSize(quint64 term, qint64 *bytes, QString *error)
{
    QSqlQuery &query = bound(term, m_size, m_sizeRange);
    if (!query.exec() || !query.next()) {
        *error = sqlError(query);
        return false;
    }
    *bytes = query.value(0).toLongLong();
    query.finish();
    std::vector<const std::vector<Posting> *> recentLists;
    if (!recent(term, &recentLists, error))
        return false;
    for (const std::vector<Posting> *postings : recentLists)
        *bytes += qint64(postings->size()) * kEncodedPostingBytes;
    return true;
}

PostSearch::PostSearch(const Database &database)
    : m_db(database.connection())
{ }

bool PostSearch::search(const QString &query, int limit, QList<SearchHit> *hits, QString *error) const
{
    hits->clear();
    return search(
        query, limit,
        [hits](const SearchHit &hit) {
            hits->append(hit);
            return true;
        },
        error);
}

bool PostSearch::search(
    const QString &query, int limit, const std::function<bool(const SearchHit &)> &visit, QString *error) const
{
    const QList<QueryPart> parts = parseQuery(query);
    if (parts.isEmpty())
        return true;
    // A single character at either end of a longer phrase may lie inside a run of the text:
    // it is checked in the text, not looked up.
    QList<quint64> lookups;
    for (const QueryPart &part : parts) {
        const qsizetype n = part.terms.size();
        bool anyLookedUp = false;
        for (qsizetype i = 0; i < n; ++i) {
            const quint64 term = part.terms.at(i);
            const bool atEdge = n > 1 && (i == 0 || i == n - 1) && SearchTokenizer::isSingleCharacter(term);
            anyLookedUp = anyLookedUp || !atEdge;
            if (!atEdge && !lookups.contains(term))
                lookups.append(term);
        }
        if (!anyLookedUp && !lookups.contains(part.terms.first()))
            lookups.append(part.terms.first()); // only lone characters at the edges: look one up
    }
    const double documents = std::max(1.0, double(readMetaNumber(m_db, "search_documents")));
    const double averageLength = std::max(1.0, double(readMetaNumber(m_db, "search_length")) / documents);

    StalePostings stale;
    if (!loadStalePostings(m_db, &stale, error))
        return false;
    PostingReader reader(m_db, std::move(stale));
    std::vector<std::vector<Posting>> lists(size_t(lookups.size()));
    for (qsizetype i = 0; i < lookups.size(); ++i) {
        if (!reader.read(lookups.at(i), &lists[size_t(i)], error))
            return false;
        if (lists[size_t(i)].empty())
            return true;
    }
    // Intersect from the rarest term: the candidate list only shrinks.
    std::sort(lists.begin(), lists.end(), [](const auto &a, const auto &b) { return a.size() < b.size(); });
    std::vector<Candidate> candidates;
    bool first = true;
    for (const std::vector<Posting> &postings : lists) {
        const double frequency = double(postings.size());
        const double idf = std::log(1.0 + (documents - frequency + 0.5) / (frequency + 0.5));
        const auto termScore = [&](const Posting &posting) {
            const double tf = posting.weight;
            return idf * tf * (kK1 + 1) / (tf + kK1 * (1 - kB + kB * posting.length / averageLength));
        };
        std::vector<Candidate> next;
        if (first) {
            next.reserve(postings.size());
            for (const Posting &posting : postings)
                next.push_back({ posting.post, posting.generation, termScore(posting) });
            first = false;
        } else {
            next.reserve(candidates.size());
            auto p = postings.cbegin();
            for (const Candidate &candidate : candidates) {
                p = std::lower_bound(p, postings.cend(), candidate.post,
                    [](const Posting &posting, qint64 post) { return posting.post < post; });
                if (p != postings.cend() && p->post == candidate.post)
                    next.push_back({ candidate.post, candidate.generation, candidate.score + termScore(*p) });
            }
        }
        candidates.swap(next);
        if (candidates.empty())
            return true;
    }
    // Only the best few are ever shown: order those, and more only when phrase checks reject some.
    const auto better = [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.post > b.post;
    };
    // For every hit, the first few are ordered alone, so that they are handed on before the rest is sorted.
    const size_t wanted = limit > 0 ? size_t(limit) : candidates.size();
    size_t ordered = std::min(candidates.size(), limit > 0 ? size_t(limit) * 4 + 16 : size_t(256));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(ordered), candidates.end(), better);

    const bool checkPhrases
        = std::any_of(parts.cbegin(), parts.cend(), [](const QueryPart &part) { return part.needsPhraseCheck(); });
    QSqlQuery fetch(m_db);
    fetch.prepare(checkPhrases
            ? QStringLiteral("SELECT id, title, raw FROM posts WHERE local_id = ? AND search_gen = ?")
            : QStringLiteral("SELECT id, title FROM posts WHERE local_id = ? AND search_gen = ?"));
    size_t found = 0;
    for (size_t i = 0; i < candidates.size() && found < wanted; ++i) {
        if (i == ordered) {
            std::sort(candidates.begin() + qsizetype(ordered), candidates.end(), better);
            ordered = candidates.size();
        }
        const Candidate &candidate = candidates[i];
        fetch.bindValue(0, candidate.post);
        fetch.bindValue(1, candidate.generation);
        if (!fetch.exec()) {
            *error = sqlError(fetch);
            return false;
        }
        if (!fetch.next())
            continue;
        if (checkPhrases) {
            const QJsonObject post = QJsonDocument::fromJson(fetch.value(2).toByteArray()).object();
            const QList<quint64> titleTerms = SearchTokenizer::terms(post.value(QLatin1String("title")).toString());
            const QList<quint64> bodyTerms = SearchTokenizer::terms(post.value(QLatin1String("body")).toString());
            const bool all = std::all_of(parts.cbegin(), parts.cend(), [&](const QueryPart &part) {
                return !part.needsPhraseCheck() || containsPhrase(titleTerms, part.terms)
                    || containsPhrase(bodyTerms, part.terms);
            });
            if (!all)
                continue;
        }
        ++found;
        if (!visit({ fetch.value(0).toString(), fetch.value(1).toString(), candidate.post }))
            return true;
    }
    return true;
}

} // namespace bxt
