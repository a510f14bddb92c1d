#include "http/httpwire.h"

#include <zlib.h>

namespace bxt::portal {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

QByteArray httpHead(
    int status, qsizetype sentBodySize, bool hasBody, bool gzip, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (hasBody)
        head += "Content-Type: application/json; charset=utf-8\r\n";
    if (gzip)
        head += "Content-Encoding: gzip\r\n";
    head += "Content-Length: " + QByteArray::number(sentBodySize) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    return head;
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream stream {};
    // 15 + 16: the largest window, with a gzip header and trailer instead of zlib's. The fastest
    // level: a feed page of JSON shrinks nearly as much as at the default level, several times faster.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("gzipCompress: zlib cannot start (out of memory)");
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        qFatal("gzipCompress: deflateBound was too small");
    out.truncate(qsizetype(stream.total_out));
    return out;
}

bool acceptsGzip(const QByteArray &acceptEncoding)
{
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        if (parts.first().trimmed().toLower() != "gzip")
            continue;
        for (const QByteArray &parameter : parts.mid(1)) {
            const QByteArray trimmed = parameter.trimmed().toLower();
            if (trimmed.startsWith("q=") && trimmed.mid(2).toDouble() == 0.0)
                return false;
        }
        return true;
    }
    return false;
}

} // namespace bxt::portal
