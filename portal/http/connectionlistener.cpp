#include "http/connectionlistener.h"

#include "http/addresskey.h"

#include <QSslSocket>
#include <QTimer>
#include <memory>
#include <utility>

namespace bxt::portal {

ConnectionListener::ConnectionListener(
    std::optional<QSslConfiguration> tls, ConnectionGuard::Limits limits, int perAddress)
    : m_tls(std::move(tls))
    , m_limits(std::move(limits))
    , m_perAddress(perAddress)
    , m_refusals(perAddress)
{
    connect(this, &QTcpServer::acceptError, this, &ConnectionListener::acceptFailed);
}

void ConnectionListener::acceptFailed()
{
    pauseAccepting(); // Qt has, before it said so
    qWarning("portal: cannot accept connections: %s; trying again in %lld ms", qPrintable(errorString()),
        qlonglong(kAcceptPause.count()));
    QTimer::singleShot(kAcceptPause, this, &QTcpServer::resumeAccepting);
}

bool ConnectionListener::admit(QTcpSocket *socket)
{
    if (m_perAddress <= 0)
        return true;
    const QString key = addressKey(socket->peerAddress());
    int &open = m_open[key];
    if (open >= m_perAddress) {
        m_refusals.refused(key);
        return false;
    }
    ++open;
    // Its place is freed once it closes, or is deleted (by this listener or the HTTP server)
    // without having said so.
    auto counted = std::make_shared<bool>(true);
    const auto release = [this, key, counted] {
        if (!std::exchange(*counted, false))
            return;
        if (--m_open[key] <= 0)
            m_open.remove(key);
    };
    connect(socket, &QAbstractSocket::disconnected, this, release);
    connect(socket, &QObject::destroyed, this, release);
    return true;
}

bool ConnectionListener::take(QTcpSocket *socket, qintptr handle)
{
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return false;
    }
    if (!admit(socket)) {
        socket->abort();
        delete socket;
        return false;
    }
    return true;
}

void ConnectionListener::incomingConnection(qintptr handle)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!take(socket, handle))
            return;
        new ConnectionGuard(socket, m_limits, false);
        addPendingConnection(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!take(socket, handle))
        return;
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
