#include "http/connectionlistener.h"

#include <QSslSocket>

namespace bxt::portal {

ConnectionListener::ConnectionListener(std::optional<QSslConfiguration> tls, ConnectionGuard::Limits limits)
    : m_tls(std::move(tls))
    , m_limits(std::move(limits))
{ }

void ConnectionListener::incomingConnection(qintptr handle)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        new ConnectionGuard(socket, m_limits, false);
        addPendingConnection(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, true);
    // Until the HTTP server has it, the connection is this listener's to clean up.
    const QMetaObject::Connection cleanUp
        = connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::encrypted, this, [this, socket, guard, cleanUp] {
        disconnect(cleanUp);
        guard->handshakeDone();
        addPendingConnection(socket);
    });
    socket->setSslConfiguration(*m_tls);
    socket->startServerEncryption();
}

} // namespace bxt::portal
