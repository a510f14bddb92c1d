#include "http/connectionguard.h"

#include <QTcpSocket>
#include <algorithm>

namespace bxt::portal {

namespace {

// Where the request starts in head: Qt's parser skips blank lines (and spaces) before it.
qsizetype requestStart(const QByteArray &head)
{
    qsizetype start = 0;
    while (start < head.size() && QByteArrayView(" \t\v\r\n").contains(head.at(start)))
        ++start;
    return start;
}

// The size of the head (request line and headers, with the blank line that ends them, from the
// start of head) when head holds all of it; otherwise -1. As Qt's parser, it takes LF line ends
// as well as CRLF.
qsizetype headSize(const QByteArray &head)
{
    const qsizetype start = requestStart(head);
    const qsizetype crlf = head.indexOf("\n\r\n", start);
    const qsizetype lf = head.indexOf("\n\n", start);
    if (crlf < 0 && lf < 0)
        return -1;
    if (lf < 0 || (crlf >= 0 && crlf < lf))
        return crlf + 3;
    return lf + 2;
}

// The request line as Qt's parser reads it (after any blank lines): a method, a target and
// HTTP/1.x, apart by spaces. Qt's parser closes the connection without an answer on anything else.
bool isRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    const auto isPart = [](const QByteArray &part) { return !part.isEmpty(); };
    if (std::count_if(parts.begin(), parts.end(), isPart) != 3)
        return false;
    const QByteArray version = parts.constLast();
    return version.size() == 8 && version.startsWith("HTTP/1.") && version.at(7) >= '0' && version.at(7) <= '9';
}

// What the head of a request says about its body and its connection. ambiguous: two HTTP readers
// (a proxy in front, Qt's parser) could take the body's end differently and read what follows as
// a request of its own (request smuggling): Content-Length with Transfer-Encoding, Content-Length
// not one plain number, or a folded header line (RFC 9112 6.1, 6.3, 5.2).
struct HeadFacts
{
    bool ambiguous = false;
    bool unknownCoding = false; // a Transfer-Encoding other than one "chunked"
    bool chunked = false;
    qint64 length = -1; // the Content-Length, -1 when none
    bool closeAfterAnswer = false; // HTTP/1.0 without keep-alive, or Connection: close (RFC 9112 9.3)
    bool sayKeepAlive = false; // HTTP/1.0 with keep-alive and without close
    bool expectsContinue = false;
};

bool hasToken(const QByteArray &list, const char *token)
{
    const QList<QByteArray> tokens = list.split(',');
    return std::any_of(tokens.begin(), tokens.end(),
        [token](const QByteArray &item) { return item.trimmed().compare(token, Qt::CaseInsensitive) == 0; });
}

HeadFacts factsOf(const QByteArray &head)
{
    HeadFacts facts;
    int transferEncodings = 0;
    QByteArray connection;
    const QList<QByteArray> lines = head.trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size() && !facts.ambiguous; ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            facts.ambiguous = true;
            break;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            ++transferEncodings;
            facts.chunked = value.compare("chunked", Qt::CaseInsensitive) == 0;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const bool digits = !value.isEmpty()
                && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            bool number = false;
            const qint64 length = value.toLongLong(&number);
            facts.ambiguous = !digits || !number || (facts.length >= 0 && facts.length != length);
            facts.length = length;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            connection += value + ',';
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            facts.expectsContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    facts.ambiguous = facts.ambiguous || (transferEncodings > 0 && facts.length >= 0);
    facts.unknownCoding = transferEncodings > 1 || (transferEncodings == 1 && !facts.chunked);
    const bool http10 = lines.constFirst().trimmed().endsWith("HTTP/1.0");
    facts.closeAfterAnswer = hasToken(connection, "close") || (http10 && !hasToken(connection, "keep-alive"));
    facts.sayKeepAlive = http10 && !facts.closeAfterAnswer;
    // An HTTP/1.0 client may not understand 1xx answers (RFC 9110 10.1.1).
    facts.expectsContinue = facts.expectsContinue && !http10;
    return facts;
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
    m_waiting = true;
    m_state = State::Waiting;
    m_clock.stop();
    // What arrives from now on belongs to the next request; bytes of it that came with this one
    // are still unread, and Qt's server announces them again.
    m_head.clear();
    m_headSize = -1;
    m_received = 0;
    m_chunks.reset();
}

void ConnectionGuard::answerWritten()
{
    if (!m_waiting || m_refused)
        return;
    m_waiting = false;
    if (m_closeAfterAnswer)
        return m_socket->disconnectFromHost();
    m_state = State::Idle;
    startClock(m_limits.timeouts.idle);
    releaseHeld();
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

void ConnectionGuard::holdWhileWaiting()
{
    // Read in a transaction of the guard's own, what came is hidden from Qt's parser, which would
    // otherwise dispatch a pipelined request at once; and no more than a head's worth is read from
    // the network meanwhile.
    if (!m_holding) {
        m_holding = true;
        m_socket->startTransaction();
        m_socket->setReadBufferSize(m_limits.maxHeadBytes);
    }
    m_socket->skip(m_socket->bytesAvailable());
}

void ConnectionGuard::releaseHeld()
{
    if (!m_holding)
        return;
    m_holding = false;
    m_socket->rollbackTransaction();
    m_socket->setReadBufferSize(0);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void ConnectionGuard::bytesArrived()
{
    // In transaction mode (Qt's server) what the parser has read is no longer available: this
    // is what came since it last read.
    if (m_refused)
        return discardInput();
    if (m_waiting)
        return holdWhileWaiting();
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;
    if (m_state == State::Idle)
        startNextRequest();
    qint64 bodyStart = 0; // in what came
    if (m_headSize < 0) {
        const qsizetype before = m_head.size();
        m_head += m_socket->peek(qMin(available, m_limits.maxHeadBytes + 3 - m_head.size()));
        const qsizetype start = requestStart(m_head);
        const qsizetype lineEnd = m_head.indexOf('\n', start);
        if (lineEnd >= 0 && !isRequestLine(m_head.sliced(start, lineEnd - start)))
            return refuse(m_limits.unreadable);
        const qsizetype size = headSize(m_head);
        if (size < 0 && m_head.size() > m_limits.maxHeadBytes)
            return refuse(m_limits.headTooLarge);
        if (size >= 0) {
            m_headSize = size; // m_head starts where the request does
            if (!headArrived(m_head.left(size)))
                return;
            bodyStart = size - before;
            m_head.clear();
        }
    }
    m_received += available;
    if (m_headSize >= 0 && m_received - m_headSize > m_limits.maxBodyBytes + framingAllowance)
        return refuse(m_limits.bodyTooLarge);
    if (m_chunks && available > bodyStart
        && m_chunks->read(m_socket->peek(available).sliced(bodyStart)) == ChunkedBodyCheck::Result::Broken)
        refuse(m_limits.unreadable);
}

bool ConnectionGuard::headArrived(const QByteArray &head)
{
    const HeadFacts facts = factsOf(head);
    if (facts.ambiguous)
        refuse(m_limits.ambiguousLength);
    else if (facts.unknownCoding)
        refuse(m_limits.unknownCoding);
    else if (facts.length > m_limits.maxBodyBytes)
        refuse(m_limits.bodyTooLarge);
    if (m_refused)
        return false;
    m_closeAfterAnswer = facts.closeAfterAnswer;
    m_sayKeepAlive = facts.sayKeepAlive;
    if (facts.chunked)
        m_chunks.emplace();
    if (facts.expectsContinue && (facts.chunked || facts.length > 0))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
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
