#include "http/handlerhttpserver.h"

#include "http/connectionguard.h"

namespace bxt::portal {

HandlerHttpServer::HandlerHttpServer(Handler handler)
    : m_handler(std::move(handler))
{ }

bool HandlerHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ConnectionGuard *guard = ConnectionGuard::of(socket);
    if (guard && guard->hasRefused())
        return true; // answered already, and closing
    if (guard)
        guard->requestDispatched();
    m_handler(request, socket);
    return true;
}

QByteArray httpMethodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    default: return "OTHER";
    }
}

} // namespace bxt::portal
