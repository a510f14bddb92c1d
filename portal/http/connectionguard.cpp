#include "http/connectionguard.h"

#include <QTcpSocket>
#include <algorithm>

namespace bxt::portal {

namespace {

// The size of the head (request line and headers, with the blank line that ends them) when head
// holds all of it; otherwise -1. As Qt's parser, it takes LF line ends as well as CRLF.
qsizetype headSize(const QByteArray &head)
{
    const qsizetype crlf = head.indexOf("\n\r\n");
    const qsizetype lf = head.indexOf("\n\n");
    if (crlf < 0 && lf < 0)
        return -1;
    if (lf < 0 || (crlf >= 0 && crlf < lf))
        return crlf + 3;
    return lf + 2;
}

// How a head frames its body. ambiguous: two HTTP readers (a proxy in front, Qt's parser) could
// take the body's end differently and read what follows as a request of its own (request
// smuggling): Content-Length with Transfer-Encoding, Content-Length not one plain number, or a
// folded header line (RFC 9112 6.1, 6.3, 5.2).
struct Framing
{
    bool ambiguous = false;
    qint64 length = -1; // the Content-Length, -1 when none
};

Framing framingOf(const QByteArray &head)
{
    Framing framing;
    bool transferEncoding = false;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size() && !framing.ambiguous; ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            framing.ambiguous = true;
            break;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = true;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const QByteArray value = line.mid(colon + 1).trimmed();
            const bool digits = !value.isEmpty()
                && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            bool number = false;
            const qint64 length = value.toLongLong(&number);
            framing.ambiguous = !digits || !number || (framing.length >= 0 && framing.length != length);
            framing.length = length;
        }
    }
    framing.ambiguous = framing.ambiguous || (transferEncoding && framing.length >= 0);
    return framing;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, Limits limits, bool handshaking)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(std::move(limits))
    , m_state(handshaking ? State::Reading : State::Idle)
{
    m_clock.setSingleShot(true);
    connect(&m_clock, &QTimer::timeout, m_socket, &QAbstractSocket::abort);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::bytesArrived);
    startClock(handshaking ? m_limits.timeouts.request : m_limits.timeouts.idle);
}

ConnectionGuard *ConnectionGuard::of(QObject *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void ConnectionGuard::handshakeDone()
{
    m_state = State::Idle;
    startClock(m_limits.timeouts.idle);
}

void ConnectionGuard::requestDispatched()
{
    ++m_waiting;
    m_state = State::Waiting;
    m_clock.stop();
    // What arrives from now on belongs to the next request; bytes of it that came with this one
    // are still unread, and Qt's server announces them again.
    m_head.clear();
    m_headSize = -1;
    m_received = 0;
}

void ConnectionGuard::answerWritten()
{
    if (m_waiting == 0 || --m_waiting > 0 || m_refused)
        return;
    if (m_received > 0)
        startNextRequest();
    else {
        m_state = State::Idle;
        startClock(m_limits.timeouts.idle);
    }
}

void ConnectionGuard::startNextRequest()
{
    m_state = State::Reading;
    startClock(m_limits.timeouts.request);
}

void ConnectionGuard::startClock(std::chrono::milliseconds limit)
{
    m_clock.start(limit);
}

void ConnectionGuard::bytesArrived()
{
    // In transaction mode (Qt's server) what the parser has read is no longer available: this
    // is what came since it last read.
    if (m_refused)
        return discardInput();
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;
    if (m_state == State::Idle)
        startNextRequest();
    if (m_headSize < 0) {
        m_head += m_socket->peek(qMin(available, m_limits.maxHeadBytes + 3 - m_head.size()));
        const qsizetype size = headSize(m_head);
        if (size < 0 && m_head.size() > m_limits.maxHeadBytes)
            return refuse(m_limits.headTooLarge);
        if (size >= 0) {
            m_headSize = size; // m_head starts where the request does
            const Framing framing = framingOf(m_head.left(size));
            if (framing.ambiguous)
                return refuse(m_limits.ambiguousLength);
            if (framing.length > m_limits.maxBodyBytes)
                return refuse(m_limits.bodyTooLarge);
            m_head.clear();
        }
    }
    m_received += available;
    if (m_headSize >= 0 && m_received - m_headSize > m_limits.maxBodyBytes + framingAllowance)
        refuse(m_limits.bodyTooLarge);
}

void ConnectionGuard::refuse(const QByteArray &answer)
{
    m_refused = true;
    m_socket->write(answer);
    m_socket->flush();
    discardInput();
    startClock(linger); // then the connection is cut
}

void ConnectionGuard::discardInput()
{
    // Qt's server keeps what it reads of a request in a read transaction until the request is
    // whole; this one never will be.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

} // namespace bxt::portal
