#pragma once

#include "http/connectionguard.h"
#include "http/refusallog.h"

#include <QHash>
#include <QList>
#include <QSocketNotifier>
#include <QSslConfiguration>
#include <QTcpServer>
#include <chrono>
#include <optional>

namespace bxt::portal {

// Accepts the portal's connections, plain or TLS, and puts each under a ConnectionGuard before
// the HTTP server (QAbstractHttpServer::bind) sees a byte of it: Qt 6.4's own listen() gives
// no hook before a request has been read whole. A TLS connection is handed on once its
// handshake is done, which the guard's request limit bounds. A connection from an address
// (an IPv6 client's /64) that holds as many open already is closed at once, so that one client
// cannot take every file descriptor. It accepts with a loop of its own: when accept() fails (no
// descriptor left) it stops accepting for kAcceptPause and logs it. Qt 6.4's own loop either
// stops accepting for good on such an error or, once an empty backlog has been reported (its
// socket engine keeps the first error it had), takes it as temporary and retries at once, a
// core spent while the backlog waits.
class ConnectionListener final : public QTcpServer
{
public:
    static constexpr std::chrono::milliseconds kAcceptPause { 500 };

    // tls: serve HTTPS with it; without, plain HTTP. perAddress: the most open connections of
    // one address; 0 for no cap.
    ConnectionListener(std::optional<QSslConfiguration> tls, ConnectionGuard::Limits limits, int perAddress);

    // Listens as QTcpServer::listen does; false when it cannot.
    bool start(const QHostAddress &address, quint16 port);

    // For connections accepted from now on.
    void setLimits(const ConnectionGuard::Limits &limits) { m_limits = limits; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void acceptWaiting();
    void pauseAfterAcceptError(int error);
    // The connection on socket, counted; false (and the socket deleted) when it cannot be had or
    // its address is at the cap.
    bool take(QTcpSocket *socket, qintptr handle);
    // Counts the socket's address in while the socket lives; false when it is at the cap.
    bool admit(QTcpSocket *socket);

    std::optional<QSslConfiguration> m_tls;
    ConnectionGuard::Limits m_limits;
    int m_perAddress;
    QHash<QString, QList<QTcpSocket *>> m_open; // by addressKey()
    RefusalLog m_refusals;
    QSocketNotifier *m_waiting = nullptr; // connections in the listen backlog
};

} // namespace bxt::portal
