#pragma once

#include "http/chunkedbodycheck.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

class QTcpSocket;

namespace bxt::portal {

// How long a connection may take over a request, and stay idle between requests.
struct ConnectionTimeouts
{
    // From a request's first byte (on HTTPS, from connecting, for the handshake) until it is read
    // whole: a client that sends half a request (slowloris) is cut off.
    std::chrono::milliseconds request = std::chrono::seconds(30);
    // From an answer (or connecting) to the next request's first byte: an idle keep-alive.
    std::chrono::milliseconds idle = std::chrono::seconds(60);
};

// Watches one connection for what Qt 6.4's HTTP server does not: how long a request takes to
// arrive, how long the connection idles between requests, and how large a request grows while
// the server buffers it. It sees each byte before the HTTP parser does (its slot is the first
// connected to readyRead), so that a request too large is refused from its headers
// (Content-Length) or as soon as it passes the limit (a chunked body), and never held whole; so is
// a request whose body length readers could take differently, or that Qt's parser would misread
// (a broken request line or chunk framing). It never closes a connection whose request waits for
// its answer (a long poll), and keeps a request pipelined behind it from Qt's parser until that
// answer is written, so that answers go out in the order of the requests (RFC 9112 9.3.2). It
// answers Expect: 100-continue (not to HTTP/1.0), and closes a connection not kept alive once it
// is answered.
class ConnectionGuard final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        ConnectionTimeouts timeouts;
        qint64 maxHeadBytes = 64 * 1024;
        qint64 maxBodyBytes = 0;
        // Whole HTTP answers, written before the connection is closed.
        QByteArray headTooLarge;
        QByteArray bodyTooLarge;
        QByteArray ambiguousLength;
        QByteArray unreadable; // a broken request line or chunk framing
        QByteArray unknownCoding; // a Transfer-Encoding other than chunked
    };

    // A child of socket. handshaking: a TLS handshake comes first, within the request limit.
    ConnectionGuard(QTcpSocket *socket, Limits limits, bool handshaking);

    // The guard of a connection, or nullptr when it has none (the fake portal's).
    static ConnectionGuard *of(QObject *socket);

    void handshakeDone();
    // The request was read whole and handed to its endpoint: no clock runs until it is answered.
    void requestDispatched();
    void answerWritten();
    // Whether the guard refused the request being read: it must not reach an endpoint.
    bool hasRefused() const { return m_refused; }
    // Whether the connection closes once the request waiting for its answer is answered; the
    // answer then says Connection: close.
    bool closesAfterAnswer() const { return m_closeAfterAnswer; }
    // Whether the answer must say Connection: keep-alive: an HTTP/1.0 client asked for it, and
    // takes an answer without it as the last (RFC 9112 C.2.2).
    bool saysKeepAlive() const { return m_sayKeepAlive; }

    // A request allows this many bytes of chunk framing beyond the body limit.
    static constexpr qint64 framingAllowance = 1024 * 1024;
    // After refusing a request the guard reads and drops what the client still sends for this
    // long, so that a client busy sending its body sees the answer (as a lingering close).
    static constexpr std::chrono::seconds linger { 5 };

private:
    enum class State { Idle, Reading, Waiting };

    void bytesArrived();
    // Checks the head once it has all arrived; false when it refused the request.
    bool headArrived(const QByteArray &head);
    void startClock(std::chrono::milliseconds limit);
    void refuse(const QByteArray &answer);
    void discardInput();
    void startNextRequest();
    void holdWhileWaiting();
    void releaseHeld();

    QTcpSocket *m_socket;
    Limits m_limits;
    QTimer m_clock;
    State m_state;
    bool m_waiting = false; // a request was dispatched and is not answered yet
    bool m_holding = false; // the guard's read transaction keeps what came meanwhile from the parser
    QByteArray m_head; // the request's head while its end has not arrived
    qint64 m_headSize = -1; // once it has
    qint64 m_received = 0; // bytes of the request being read
    std::optional<ChunkedBodyCheck> m_chunks; // of a chunked request's body
    bool m_closeAfterAnswer = false;
    bool m_sayKeepAlive = false;
    bool m_refused = false;
};

} // namespace bxt::portal
