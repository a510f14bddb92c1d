#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerRequest>
#include <functional>

class QTcpSocket;

namespace bxt::portal {

// An HTTP server that hands every parsed request to one function, which answers on the socket
// itself, now or later (a long poll), or on purpose badly (the fake portal's faults).
// QHttpServerResponder of Qt 6.4 keeps a raw socket pointer and a reference to the request,
// which are not safe to use once handleRequest() has returned, and it cannot stop half-way
// through a body; so neither the portal nor its test double uses it.
class HandlerHttpServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit HandlerHttpServer(Handler handler);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { } // handleRequest takes all

private:
    Handler m_handler;
};

// "GET", "POST", ...; "OTHER" for a method the portal has no use for.
QByteArray httpMethodName(QHttpServerRequest::Method method);

} // namespace bxt::portal
