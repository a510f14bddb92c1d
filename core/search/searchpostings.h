#pragma once

#include <QByteArray>
#include <QSet>
#include <QSqlDatabase>
#include <map>
#include <vector>

namespace bxt {

// One post under one term of the search index.
struct Posting
{
    qint64 post = 0;
    quint32 generation = 0; // the post's search generation when it was indexed
    quint32 weight = 0; // term frequency, title occurrences counted four times
    quint32 length = 0; // the post's length in terms
};

inline bool postOrder(const Posting &a, const Posting &b)
{
    return a.post < b.post;
}

// Postings of posts changed or removed since: (post, generation) pairs to skip.
using StalePostings = QSet<std::pair<qint64, quint32>>;
bool loadStalePostings(const QSqlDatabase &db, StalePostings *stale, QString *error);

// Postings sorted by post, delta- and varint-encoded.
QByteArray encodePostings(const std::vector<Posting> &postings);
bool decodePostings(const QByteArray &blob, std::vector<Posting> *postings);

// The postings of several terms, each sorted by post.
using TermPostings = std::map<quint64, std::vector<Posting>>;
// Several terms' postings in one blob: a small write (a local action) touches one row, not
// one row per term.
QByteArray encodeTermPostings(const TermPostings &terms);
// Adds the blob's postings to *terms, keeping each term's postings sorted by post.
bool decodeTermPostings(const QByteArray &blob, TermPostings *terms);
// The recent small writes that maintenance has not yet moved into the index (search_recent).
bool loadRecentPostings(const QSqlDatabase &db, TermPostings *terms, QString *error);

} // namespace bxt
