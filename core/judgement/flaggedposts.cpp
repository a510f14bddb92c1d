#include "judgement/flaggedposts.h"

#include "judgement/flaggedterms.h"
#include "judgement/termcharacters.h"
#include "search/postsearch.h"
#include "search/searchtokenizer.h"
#include "store/database.h"

#include <QSqlQuery>
#include <algorithm>

namespace bxt {

namespace {

// True when the index's postings of the term's only key are exactly the posts containing it.
bool isOneIndexTerm(const QString &term, const QList<quint64> &keys)
{
    return keys.size() == 1 && std::none_of(term.cbegin(), term.cend(), [](QChar c) {
        return TermCharacters::kind(c) == TermCharacters::Kind::Separator;
    });
}

// The posts that have every one of keys, sorted by post.
bool postsWithAll(PostingReader &reader, QList<quint64> keys, std::vector<Posting> *posts, QString *error)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<std::vector<Posting>> lists(size_t(keys.size()));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!reader.read(keys.at(i), &lists[size_t(i)], error))
            return false;
    }
    std::sort(lists.begin(), lists.end(), [](const auto &a, const auto &b) { return a.size() < b.size(); });
    posts->clear();
    if (lists.empty())
        return true;
    *posts = std::move(lists.front());
    for (size_t i = 1; i < lists.size() && !posts->empty(); ++i) {
        const std::vector<Posting> &other = lists[i];
        auto kept = posts->begin();
        for (const Posting &posting : *posts) {
            if (std::binary_search(other.cbegin(), other.cend(), posting, postOrder))
                *kept++ = posting;
        }
        posts->erase(kept, posts->end());
    }
    return true;
}

} // namespace

bool flaggedPostIds(const Database &database, const FlaggedTerms &terms, QSet<qint64> *localIds, QString *error)
{
    localIds->clear();
    const QSqlDatabase db = database.connection();
    StalePostings stale;
    if (!loadStalePostings(db, &stale, error))
        return false;
    PostingReader reader(db, std::move(stale));
    std::vector<Posting> toCheck;
    for (const QString &term : terms.abusive() + terms.illegal()) {
        const QList<quint64> keys = SearchTokenizer::terms(term);
        std::vector<Posting> posts;
        if (!postsWithAll(reader, keys, &posts, error))
            return false;
        if (isOneIndexTerm(term, keys)) {
            for (const Posting &posting : posts)
                localIds->insert(posting.post);
        } else {
            toCheck.insert(toCheck.end(), posts.cbegin(), posts.cend());
        }
    }
    std::sort(toCheck.begin(), toCheck.end(), postOrder);
    toCheck.erase(std::unique(toCheck.begin(), toCheck.end(),
                      [](const Posting &a, const Posting &b) { return a.post == b.post; }),
        toCheck.end());
    QSqlQuery fetch(db);
    fetch.prepare(
        QStringLiteral("SELECT title, json_extract(raw, '$.body') FROM posts WHERE local_id = ? AND search_gen = ?"));
    for (const Posting &posting : toCheck) {
        if (localIds->contains(posting.post))
            continue;
        fetch.bindValue(0, posting.post);
        fetch.bindValue(1, posting.generation);
        if (!fetch.exec()) {
            *error = sqlError(fetch);
            return false;
        }
        if (fetch.next()
            && (terms.containsAny(fetch.value(0).toString()) || terms.containsAny(fetch.value(1).toString())))
            localIds->insert(posting.post);
    }
    return true;
}

} // namespace bxt
