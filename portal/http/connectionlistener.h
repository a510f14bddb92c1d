#pragma once

#include "http/connectionguard.h"

#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

namespace bxt::portal {

// Accepts the portal's connections, plain or TLS, and puts each under a ConnectionGuard before
// the HTTP server (QAbstractHttpServer::bind) sees a byte of it: Qt 6.4's own listen() gives
// no hook before a request has been read whole. A TLS connection is handed on once its
// handshake is done, which the guard's request limit bounds.
class ConnectionListener final : public QTcpServer
{
public:
    // tls: serve HTTPS with it; without, plain HTTP.
    ConnectionListener(std::optional<QSslConfiguration> tls, ConnectionGuard::Limits limits);

    // For connections accepted from now on.
    void setLimits(const ConnectionGuard::Limits &limits) { m_limits = limits; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::optional<QSslConfiguration> m_tls;
    ConnectionGuard::Limits m_limits;
};

} // namespace bxt::portal
