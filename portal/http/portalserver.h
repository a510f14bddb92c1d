#pragma once

#include "http/connectionguard.h"
#include "http/portalexchange.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <functional>
#include <memory>

class QAbstractHttpServer;
class QHttpServerRequest;
class QTcpSocket;

namespace bxt::portal {

class ConnectionListener;
struct PortalConfig;

// The portal's HTTP(S) front: reads each request, refuses what no endpoint should see (an
// unknown path, a wrong method, a body over 16 MiB or not JSON, a staff call without a valid
// session), and hands the rest to the endpoint of its route, which answers through Respond now
// or later. It keeps nothing between requests but the open connections: several processes can
// serve one database.
//
// Answers the contract leaves open, as the fake portal gives them: 404 not_found for an unknown
// path, 405 method_not_allowed, 415 unsupported_media_type for a POST body not declared as
// application/json, 413 payload_too_large for a body over 16 MiB (or headers over 64 KiB),
// before the body is read, 400 bad_request for a request line or chunk framing Qt's parser would
// misread, 501 not_implemented for a transfer coding other than chunked (ConnectionGuard). A
// connection is closed when a request does not arrive whole within 30 s of its first byte (on
// HTTPS, of connecting), or no request follows an answer within 60 s, but never while a request
// waits for its answer; and once answered when the request does not keep it alive.
//
// Answers go out in the order of the requests: a request pipelined behind a long poll on the same
// connection is read once the long poll is answered (ConnectionGuard); each long poll belongs on
// a connection of its own.
class PortalServer final : public QObject
{
    Q_OBJECT

public:
    enum class Access {
        Public, // anyone: POST /session, the public intake
        Staff, // a valid bearer token; the endpoint gets request.actor
    };
    // The user behind a bearer token (empty when there is none), or the 401 that refuses it.
    using Authenticator = std::function<std::optional<Actor>(const QByteArray &token, PortalReply *refusal)>;

    PortalServer(QString basePath, Authenticator authenticate, QObject *parent = nullptr);
    ~PortalServer() override;

    // pattern is relative to the base path; a segment {name} matches any one segment and is
    // handed to the endpoint as request.parameters["name"].
    void addRoute(const QByteArray &method, const QString &pattern, Access access, Endpoint endpoint);

    // HTTPS with the configured certificate and key, or plain HTTP (the configuration allows it
    // on loopback only). Port 0 takes a free one: port() says which.
    bool listen(const PortalConfig &config, QString *error);
    quint16 port() const { return m_port; }

    // The limits of connections made from now on (tests shorten them).
    void setConnectionTimeouts(const ConnectionTimeouts &timeouts);

    static constexpr qsizetype maxBodyBytes = 16 * 1024 * 1024;

signals:
    // A request was read and is about to be routed.
    void requestArrived();
    // Every answer written; elapsedMs from the request read to its answer.
    void requestServed(const QString &method, const QString &path, int status, qint64 elapsedMs);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Access access;
        Endpoint endpoint;
    };

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    ConnectionGuard::Limits connectionLimits() const;
    // The route for the request; otherwise nullptr and *refusal says 404 or 405.
    const Route *findRoute(
        const QByteArray &method, const QString &path, QHash<QString, QString> *parameters, PortalReply *refusal) const;

    QString m_basePath;
    Authenticator m_authenticate;
    std::unique_ptr<QAbstractHttpServer> m_server;
    QList<Route> m_routes;
    quint16 m_port = 0;
    int m_answerDelayMs = 0; // PortalConfig::answerDelayMs
    ConnectionTimeouts m_timeouts;
    ConnectionListener *m_listener = nullptr; // the server's child, once listening
};

} // namespace bxt::portal
