#include "httpanswer.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <array>
#include <memory>

namespace bxt::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

quint32 crc32(const QByteArray &data)
{
    static constexpr std::array<quint32, 256> table = crcTable();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLittleEndian(QByteArray *out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out->append(char((value >> (8 * i)) & 0xFF));
}

} // namespace

HttpAnswer HttpAnswer::json(int status, const QJsonObject &body)
{
    return { status, QJsonDocument(body).toJson(QJsonDocument::Compact), {} };
}

HttpAnswer HttpAnswer::error(int status, const QString &code, const QString &message, const QString &field)
{
    return json(status, errorBody(code, message, field));
}

QJsonObject HttpAnswer::errorBody(const QString &code, const QString &message, const QString &field)
{
    QJsonObject error { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return { { QStringLiteral("error"), error } };
}

// qCompress writes a 4-byte length and a zlib stream (2-byte header, raw deflate, Adler-32);
// gzip wants the same raw deflate between its own header and a CRC-32 trailer. This spares the
// tests a zlib dependency of their own.
QByteArray gzipCompress(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out.append(zlib.constData() + 6, zlib.size() - 10);
    appendLittleEndian(&out, crc32(data));
    appendLittleEndian(&out, quint32(data.size()));
    return out;
}

void writeAnswer(QTcpSocket *socket, const HttpAnswer &answer, bool gzip, Delivery delivery, int trickleIntervalMs)
{
    const bool compress = (gzip || delivery == Delivery::TruncatedGzip) && !answer.body.isEmpty();
    QByteArray body = compress ? gzipCompress(answer.body) : answer.body;
    if (delivery == Delivery::TruncatedGzip)
        body.truncate(body.size() / 2);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n";
    if (!answer.body.isEmpty())
        head += "Content-Type: application/json; charset=utf-8\r\n";
    if (compress)
        head += "Content-Encoding: gzip\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    switch (delivery) {
    case Delivery::Whole:
    case Delivery::TruncatedGzip: socket->write(head + body); return;
    case Delivery::CutMidBody:
        socket->write(head + body.left(body.size() / 2));
        socket->disconnectFromHost(); // sends what was written, then closes
        return;
    case Delivery::Trickle: {
        // The timer belongs to the socket: it ends with the connection the client drops.
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        const QByteArray whole = head + body;
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent, whole]() {
            if (*sent >= whole.size()) {
                timer->deleteLater();
                return;
            }
            socket->write(whole.mid((*sent)++, 1));
        });
        timer->start(trickleIntervalMs);
        return;
    }
    }
}

} // namespace bxt::test
