#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace bxt::portal {

// What the portal and its test double write on an HTTP/1.1 connection, in one place.

// The status line and headers of an answer: Content-Type JSON when it has a body, Content-Encoding
// gzip when the body is compressed, Content-Length of the body as sent, then the extra headers.
QByteArray httpHead(
    int status, qsizetype sentBodySize, bool hasBody, bool gzip, const QList<QPair<QByteArray, QByteArray>> &headers);

// The gzip format (RFC 1952) of data, through zlib.
QByteArray gzipCompress(const QByteArray &data);

// Whether an Accept-Encoding header value accepts gzip (a q=0 refuses it).
bool acceptsGzip(const QByteArray &acceptEncoding);

} // namespace bxt::portal
