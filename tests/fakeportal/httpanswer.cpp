#include "httpanswer.h"

#include "http/httpwire.h"
#include "http/portalexchange.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace bxt::test {

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
    return portal::PortalReply::error(0, code, message, field).body;
}

void writeAnswer(QTcpSocket *socket, const HttpAnswer &answer, bool gzip, Delivery delivery, int trickleIntervalMs)
{
    const bool compress = (gzip || delivery == Delivery::TruncatedGzip) && !answer.body.isEmpty();
    QByteArray body = compress ? portal::gzipCompress(answer.body) : answer.body;
    if (delivery == Delivery::TruncatedGzip)
        body.truncate(body.size() / 2);
    const QByteArray head
        = portal::httpHead(answer.status, body.size(), !answer.body.isEmpty(), compress, answer.headers);
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
