#pragma once

#include "search/searchpostings.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace bxt {

class Database;

struct SearchHit
{
    QString id;
    QString title;
    qint64 localId = 0; // the store's row: what the triage queue filters by
};

// Full-text search over the posts' titles and bodies. Every whitespace-separated part of the
// query must occur as a phrase in the title or the body; hits are ranked by BM25 (title terms
// weighted four times), the most recently stored first among equals.
class PostSearch final
{
public:
    Q_DISABLE_COPY_MOVE(PostSearch)
    explicit PostSearch(const Database &database);

    // Returns false and sets *error only on a database failure; a query with nothing
    // searchable in it finds nothing.
    bool search(const QString &query, int limit, QList<SearchHit> *hits, QString *error) const;
    // Hands each hit to visit as soon as it is known, best first, until limit hits (0: every
    // hit) or visit returns false.
    bool search(
        const QString &query, int limit, const std::function<bool(const SearchHit &)> &visit, QString *error) const;

private:
    QSqlDatabase m_db;
};

// Reads the search index term by term, for searches and for whoever needs postings.
class PostingReader final
{
public:
    Q_DISABLE_COPY_MOVE(PostingReader)
    // Postings listed in stale are skipped. The recent small writes are read too.
    PostingReader(const QSqlDatabase &db, StalePostings stale);

    // The current postings of a term (or of every pair starting with a single character),
    // sorted by post, one per post.
    bool read(quint64 term, std::vector<Posting> *result, QString *error);
    // The size of what read() would decode, without reading it: a cheap measure of how many
    // posts have the term (stale postings included).
    bool encodedSize(quint64 term, qint64 *bytes, QString *error);

private:
    static QSqlQuery &bound(quint64 term, QSqlQuery &exact, QSqlQuery &range);
    // The recent postings of term (or of every pair starting with a single character).
    bool recent(quint64 term, std::vector<const std::vector<Posting> *> *lists, QString *error);

    QSqlQuery m_select;
    QSqlQuery m_range;
    QSqlQuery m_size;
    QSqlQuery m_sizeRange;
    StalePostings m_stale;
    QSqlDatabase m_db;
    std::optional<TermPostings> m_recent; // read once, when first needed
};

} // namespace bxt
