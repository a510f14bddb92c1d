#include "search/searchpostings.h"

#include "store/database.h"

#include <QSqlQuery>
#include <algorithm>

namespace bxt {

namespace {
qsizetype varintSize(quint64 value)
{
    qsizetype size = 1;
    while (value >= 0x80) {
        value >>= 7;
        ++size;
    }
    return size;
}

// Writes value at out; returns where the next byte goes.
char *writeVarint(char *out, quint64 value)
{
    while (value >= 0x80) {
        *out++ = char((value & 0x7F) | 0x80);
        value >>= 7;
    }
    *out++ = char(value);
    return out;
}

void putVarint(QByteArray &out, quint64 value)
{
    char bytes[10];
    out.append(bytes, writeVarint(bytes, value) - bytes);
}

bool getVarint(const uchar *&cursor, const uchar *end, quint64 *value)
{
    quint64 result = 0;
    for (int shift = 0; cursor < end && shift < 64; shift += 7) {
        const uchar byte = *cursor++;
        result |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80)) {
            *value = result;
            return true;
        }
    }
    return false;
}
} // namespace

bool loadStalePostings(const QSqlDatabase &db, StalePostings *stale, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT post, generation FROM search_stale"))) {
        *error = sqlError(query);
        return false;
    }
    while (query.next())
        stale->insert({ query.value(0).toLongLong(), query.value(1).toUInt() });
    return true;
}

QByteArray encodePostings(const std::vector<Posting> &postings)
{
    // An import encodes every posting it writes: the exact size is worked out first, then the
    // bytes are written without QByteArray::append's checks for each byte.
    qsizetype size = 0;
    qint64 previous = 0;
    for (const Posting &posting : postings) {
        size += varintSize(quint64(posting.post - previous)) + varintSize(posting.generation)
            + varintSize(posting.weight) + varintSize(posting.length);
        previous = posting.post;
    }
    QByteArray encoded(size, Qt::Uninitialized);
    char *out = encoded.data();
    previous = 0;
    for (const Posting &posting : postings) {
        out = writeVarint(out, quint64(posting.post - previous));
        out = writeVarint(out, posting.generation);
        out = writeVarint(out, posting.weight);
        out = writeVarint(out, posting.length);
        previous = posting.post;
    }
    return encoded;
}

bool decodePostings(const QByteArray &blob, std::vector<Posting> *postings)
{
    const uchar *cursor = reinterpret_cast<const uchar *>(blob.constData());
    const uchar *end = cursor + blob.size();
    qint64 post = 0;
    while (cursor < end) {
        quint64 delta = 0, generation = 0, weight = 0, length = 0;
        if (!getVarint(cursor, end, &delta) || !getVarint(cursor, end, &generation) || !getVarint(cursor, end, &weight)
            || !getVarint(cursor, end, &length))
            return false;
        post += qint64(delta);
        postings->push_back({ post, quint32(generation), quint32(weight), quint32(length) });
    }
    return true;
}

QByteArray encodeTermPostings(const TermPostings &terms)
{
    QByteArray out;
    for (const auto &[term, postings] : terms) {
        const QByteArray encoded = encodePostings(postings);
        putVarint(out, term);
        putVarint(out, quint64(encoded.size()));
        out.append(encoded);
    }
    return out;
}

bool decodeTermPostings(const QByteArray &blob, TermPostings *terms)
{
    const uchar *cursor = reinterpret_cast<const uchar *>(blob.constData());
    const uchar *end = cursor + blob.size();
    while (cursor < end) {
        quint64 term = 0, size = 0;
        if (!getVarint(cursor, end, &term) || !getVarint(cursor, end, &size) || size > quint64(end - cursor))
            return false;
        std::vector<Posting> &postings = (*terms)[term];
        const auto middle = std::ptrdiff_t(postings.size());
        const QByteArray part = QByteArray::fromRawData(reinterpret_cast<const char *>(cursor), qsizetype(size));
        if (!decodePostings(part, &postings))
            return false;
        cursor += size;
        std::inplace_merge(postings.begin(), postings.begin() + middle, postings.end(), postOrder);
    }
    return true;
}

bool loadRecentPostings(const QSqlDatabase &db, TermPostings *terms, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT postings FROM search_recent ORDER BY chunk"))) {
        *error = sqlError(query);
        return false;
    }
    while (query.next()) {
        if (!decodeTermPostings(query.value(0).toByteArray(), terms)) {
            *error = QStringLiteral("damaged recent search index postings");
            return false;
        }
    }
    return true;
}

} // namespace bxt
