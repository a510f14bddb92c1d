#include "http/connectionlistener.h"

#include "http/addresskey.h"

#include <QSslSocket>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <utility>

namespace bxt::portal {

ConnectionListener::ConnectionListener(
    std::optional<QSslConfiguration> tls, ConnectionGuard::Limits limits, int perAddress)
    : m_tls(std::move(tls))
    , m_limits(std::move(limits))
    , m_perAddress(perAddress)
    , m_refusals(perAddress)
{ }

bool ConnectionListener::start(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    // Qt's own accept loop never accepts: it gives up at once when this many connections wait to
    // be taken. (pauseAccepting is undone by each nextPendingConnection.)
    setMaxPendingConnections(0);
    m_waiting = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_waiting, &QSocketNotifier::activated, this, &ConnectionListener::acceptWaiting);
    return true;
}

void ConnectionListener::acceptWaiting()
{
    for (;;) {
        const int handle = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
        if (handle >= 0)
            incomingConnection(handle);
        else if (errno == EAGAIN || errno == EWOULDBLOCK)
            return; // the backlog is empty
        else if (errno != EINTR && errno != ECONNABORTED)
            return pauseAfterAcceptError(errno);
    }
}

void ConnectionListener::pauseAfterAcceptError(int error)
{
    m_waiting->setEnabled(false);
    qWarning("portal: cannot accept connections: %s; trying again in %lld ms", strerror(error),
        qlonglong(kAcceptPause.count()));
    QTimer::singleShot(kAcceptPause, m_waiting, [waiting = m_waiting] { waiting->setEnabled(true); });
}

namespace {

// Whether the peer has closed or reset the connection, which Qt reads on its next turn of the
// event loop: after a new connection that this listener is asked about now.
bool peerHasClosed(const QTcpSocket *socket)
{
    pollfd descriptor { int(socket->socketDescriptor()), POLLRDHUP, 0 };
    return ::poll(&descriptor, 1, 0) == 1 && (descriptor.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

} // namespace

bool ConnectionListener::admit(QTcpSocket *socket)
{
    if (m_perAddress <= 0)
        return true;
    const QString key = addressKey(socket->peerAddress());
    QList<QTcpSocket *> &open = m_open[key];
    if (open.size() >= m_perAddress)
        open.removeIf(peerHasClosed); // their places are free; Qt closes them in a moment
    if (open.size() >= m_perAddress) {
        m_refusals.refused(key);
        return false;
    }
    open.append(socket);
    // Its place is freed once it closes, or is deleted (by this listener or the HTTP server)
    // without having said so.
    const auto release = [this, key, socket] {
        const auto found = m_open.find(key);
        if (found == m_open.end() || !found->removeOne(socket))
            return;
        if (found->isEmpty())
            m_open.erase(found);
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
