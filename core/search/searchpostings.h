#pragma once

#include <QByteArray>
#include <QSet>
#include <QSqlDatabase>
#include <vector>

namespace bxt {

// One post under one term of the search index.
struct Posting
{
    qint64 post = 0;
    quint32 generation = 0; // the post's search generation when it was indexed
    quint32 weight = 0;     // term frequency, title occurrences counted four times
    quint32 length = 0;     // the post's length in terms
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

} // namespace bxt
