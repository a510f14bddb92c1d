#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QTcpSocket;

namespace bxt::test {

// One HTTP/1.1 response of the fake portal, written straight to the connection's socket.
//
// The portal answers some requests later (long polls) and some on purpose badly (a body cut
// off, a lost answer). QHttpServerResponder of Qt 6.4 keeps a raw socket pointer and a
// reference to the request, which are not safe to use once handleRequest() has returned, and
// it cannot stop half-way through a body; so every answer goes through this one writer instead.
struct HttpAnswer
{
    int status = 200;
    QByteArray body; // JSON, or empty
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type, -Length and -Encoding

    static HttpAnswer json(int status, const QJsonObject &body);
    static HttpAnswer error(int status, const QString &code, const QString &message, const QString &field = {});
    // portal-api.md: {"error": {"code", "message", "field"?}}
    static QJsonObject errorBody(const QString &code, const QString &message, const QString &field = {});
};

enum class Delivery {
    Whole,
    CutMidBody, // headers announce the whole body, half of it is sent, then the connection closes
    TruncatedGzip, // gzip whatever the request accepts, cut half-way; Content-Length says that is all
    Trickle, // the answer one byte at a time, trickleIntervalMs apart, until the client gives up
};

// Writes the answer; gzip compresses a non-empty body (Content-Encoding: gzip).
void writeAnswer(QTcpSocket *socket, const HttpAnswer &answer, bool gzip, Delivery delivery = Delivery::Whole,
    int trickleIntervalMs = 500);

} // namespace bxt::test
