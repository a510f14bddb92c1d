#include "judgement/duplicatefinder.h"

#include "judgement/termcounts.h"
#include "search/postsearch.h"
#include "store/database.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace bxt {

namespace {

constexpr size_t kDistinctiveTerms = 12;
// A term in more posts than this share of the store (and more than kCommonTermFloor) says
// too little to nominate candidates, and its postings cost too much to read.
constexpr double kCommonTermShare = 0.05;
constexpr double kCommonTermFloor = 1000;
constexpr int kScoredPerResult = 20;
constexpr int kMinScored = 200;
constexpr double kEstimatedBytesPerPosting = 6; // until postings read tell better
constexpr qsizetype kRememberedTerms = 500000;
// Postings read to nominate candidates, at most: what keeps a click fast on a large store.
constexpr double kPostingBudget = 400000;

struct Author
{
    QString alias;
    QString phone;
    QString email;

    bool hasContact() const { return !phone.isEmpty() || !email.isEmpty(); }
    bool isSamePerson(const Author &other) const
    {
        if (hasContact() && other.hasContact()) {
            return (!phone.isEmpty() && phone == other.phone)
                || (!email.isEmpty() && email.compare(other.email, Qt::CaseInsensitive) == 0);
        }
        return !alias.isEmpty() && alias == other.alias;
    }
};

Author authorOf(const QJsonObject &author)
{
    return { author.value(QLatin1String("alias")).toString().trimmed(),
        author.value(QLatin1String("phone")).toString().trimmed(),
        author.value(QLatin1String("email")).toString().trimmed() };
}

// Inverse document frequencies, ln(1 + N / df). The number of posts with a term is estimated
// from the size of its postings, calibrated on the postings actually read; sizes are kept by
// the finder across calls.
class Rarity
{
public:
    Rarity(
        PostingReader &reader, double documents, QHash<quint64, qint64> &bytes, double &readBytes, double &readPostings)
        : m_reader(reader)
        , m_documents(documents)
        , m_bytes(bytes)
        , m_readBytes(readBytes)
        , m_readPostings(readPostings)
    { }

    bool postingBytes(quint64 term, qint64 *bytes, QString *error)
    {
        const auto known = m_bytes.constFind(term);
        if (known != m_bytes.cend()) {
            *bytes = known.value();
            return true;
        }
        if (!m_reader.encodedSize(term, bytes, error))
            return false;
        m_bytes.insert(term, *bytes);
        return true;
    }
    double estimatedPosts(qint64 bytes) const
    {
        return std::max(1.0, bytes / (m_readPostings > 0 ? m_readBytes / m_readPostings : kEstimatedBytesPerPosting));
    }
    void calibrate(quint64 term, qint64 bytes, size_t postings)
    {
        m_bytes.insert(term, bytes);
        m_readBytes += double(bytes);
        m_readPostings += double(postings);
        m_exactPosts.insert(term, double(std::max<size_t>(1, postings)));
    }
    bool idf(quint64 term, double *idf, QString *error)
    {
        double posts = m_exactPosts.value(term);
        if (posts == 0) {
            qint64 bytes = 0;
            if (!postingBytes(term, &bytes, error))
                return false;
            posts = estimatedPosts(bytes);
        }
        *idf = std::log(1.0 + m_documents / posts);
        return true;
    }

private:
    PostingReader &m_reader;
    double m_documents;
    QHash<quint64, qint64> &m_bytes;
    double &m_readBytes;
    double &m_readPostings;
    QHash<quint64, double> m_exactPosts;
};

// Counts times idf, in place.
bool weigh(TermCounts *counts, Rarity &rarity, QString *error)
{
    for (auto &[term, weight] : *counts) {
        double idf = 0;
        if (!rarity.idf(term, &idf, error))
            return false;
        weight *= idf;
    }
    return true;
}

double cosine(const TermCounts &a, const TermCounts &b)
{
    double dot = 0, normA = 0, normB = 0;
    for (const auto &[term, weight] : a)
        normA += weight * weight;
    for (const auto &[term, weight] : b)
        normB += weight * weight;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            dot += i->second * j->second;
            ++i;
            ++j;
        }
    }
    return normA > 0 && normB > 0 ? std::min(1.0, dot / std::sqrt(normA * normB)) : 0;
}

} // namespace

DuplicateFinder::DuplicateFinder(const Database &database)
    : m_db(database.connection())
{ }

bool DuplicateFinder::find(const Post &post, int limit, QList<DuplicateCandidate> *out, QString *error) const
{
    out->clear();
    TermCounts counts = termCounts(post.title(), post.body());
    if (counts.empty() || limit <= 0)
        return true;
    const double documents = std::max<double>(1, readMetaNumber(m_db, "search_documents"));
    // Stale postings only nominate: every candidate is scored on its current text.
    PostingReader reader(m_db, {});
    if (m_postingBytes.size() > kRememberedTerms)
        m_postingBytes.clear();
    Rarity rarity(reader, documents, m_postingBytes, m_readBytes, m_readPostings);

    // The distinctive terms: the highest count x idf among those not too common, as long as
    // their postings stay within the budget.
    const double commonPosts = std::max(kCommonTermFloor, documents * kCommonTermShare);
    struct Ranked
    {
        double score;
        quint64 term;
        double posts;
    };
    std::vector<Ranked> ranked;
    for (const auto &[term, count] : counts) {
        qint64 bytes = 0;
        if (!rarity.postingBytes(term, &bytes, error))
            return false;
        const double posts = rarity.estimatedPosts(bytes);
        if (bytes > 0 && posts <= commonPosts)
            ranked.push_back({ count * std::log(1.0 + documents / posts), term, posts });
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) { return a.score > b.score; });
    std::vector<quint64> distinctive;
    double budget = kPostingBudget;
    for (const Ranked &candidate : ranked) {
        if (candidate.posts > budget)
            continue;
        budget -= candidate.posts;
        distinctive.push_back(candidate.term);
        if (distinctive.size() == kDistinctiveTerms)
            break;
    }
    std::vector<std::vector<Posting>> postings(distinctive.size());
    for (size_t i = 0; i < distinctive.size(); ++i) {
        qint64 bytes = 0;
        if (!reader.read(distinctive[i], &postings[i], error) || !rarity.postingBytes(distinctive[i], &bytes, error))
            return false;
        rarity.calibrate(distinctive[i], bytes, postings[i].size());
    }
    if (!weigh(&counts, rarity, error))
        return false;

    // Every post that shares a distinctive term gets the term's part of the dot product, over
    // the square root of its length: a long post shares more by its length alone, as the
    // cosine's norm would say.
    std::vector<qint64> touched;
    for (size_t i = 0; i < distinctive.size(); ++i) {
        const double queryWeight = // count x idf, weighed above
            std::lower_bound(counts.cbegin(), counts.cend(), std::make_pair(distinctive[i], 0.0))->second;
        double idf = 0;
        if (!rarity.idf(distinctive[i], &idf, error))
            return false;
        if (!postings[i].empty() && size_t(postings[i].back().post) >= m_nominations.size())
            m_nominations.resize(size_t(postings[i].back().post) + 1, 0.0F);
        for (const Posting &posting : postings[i]) {
            float &nomination = m_nominations[size_t(posting.post)];
            if (nomination == 0)
                touched.push_back(posting.post);
            nomination += float(queryWeight * posting.weight * idf / std::sqrt(std::max<quint32>(1, posting.length)));
        }
    }
    std::vector<std::pair<float, qint64>> nominees;
    nominees.reserve(touched.size());
    for (const qint64 post : touched) {
        nominees.emplace_back(m_nominations[size_t(post)], post);
        m_nominations[size_t(post)] = 0;
    }
    const size_t scored = std::min(nominees.size(), size_t(std::max(kMinScored, limit * kScoredPerResult)));
    std::partial_sort(nominees.begin(), nominees.begin() + qsizetype(scored), nominees.end(), std::greater<>());

    const Author author = authorOf(post.json().value(QLatin1String("author")).toObject());
    QSqlQuery fetch(m_db);
    fetch.prepare(QStringLiteral("SELECT id, title, json_extract(raw, '$.body'), json_extract(raw, '$.submitted_at'), "
                                 "json_extract(raw, '$.author.alias'), json_extract(raw, '$.author.phone'), "
                                 "json_extract(raw, '$.author.email'), category FROM posts WHERE local_id = ?"));
    for (size_t i = 0; i < scored; ++i) {
        fetch.bindValue(0, nominees[i].second);
        if (!fetch.exec()) {
            *error = sqlError(fetch);
            return false;
        }
        if (!fetch.next() || fetch.value(0).toString() == post.id())
            continue;
        const QString title = fetch.value(1).toString();
        TermCounts other = termCounts(title, fetch.value(2).toString());
        if (!weigh(&other, rarity, error))
            return false;
        const double similarity = cosine(counts, other);
        if (similarity < m_threshold)
            continue;
        const Author otherAuthor { fetch.value(4).toString().trimmed(), fetch.value(5).toString().trimmed(),
            fetch.value(6).toString().trimmed() };
        out->append({ fetch.value(0).toString(), title, otherAuthor.alias, parseRfc3339(fetch.value(3).toString()),
            author.isSamePerson(otherAuthor), similarity, fetch.value(7).toString() });
    }
    std::sort(out->begin(), out->end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        return a.submittedAt != b.submittedAt ? a.submittedAt < b.submittedAt : a.postId < b.postId;
    });
    if (out->size() > limit)
        out->resize(limit);
    return true;
}

} // namespace bxt
