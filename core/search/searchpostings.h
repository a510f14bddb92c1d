#pragma once

#include <QByteArray>
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

// Postings sorted by post, delta- and varint-encoded.
QByteArray encodePostings(const std::vector<Posting> &postings);
bool decodePostings(const QByteArray &blob, std::vector<Posting> *postings);

} // namespace bxt
