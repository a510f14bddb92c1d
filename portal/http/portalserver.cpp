#include "http/portalserver.h"

#include "config/portalconfig.h"
#include "db/storabletext.h"
#include "http/connectionlistener.h"
#include "http/handlerhttpserver.h"
#include "http/httpwire.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace bxt::portal {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PortalServer)
};

bool readTls(const PortalConfig &config, QSslConfiguration *tls, QString *error)
{
    QFile certificateFile(config.certificatePath);
    QFile keyFile(config.keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read the certificate %1 or the key %2.").arg(config.certificatePath, config.keyPath);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = Tr::tr("The certificate %1 or the key %2 is not an unencrypted PEM file.")
                     .arg(config.certificatePath, config.keyPath);
        return false;
    }
    *tls = QSslConfiguration::defaultConfiguration();
    tls->setLocalCertificateChain(chain);
    tls->setPrivateKey(key);
    tls->setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with a bearer token
    return true;
}

} // namespace

PortalServer::PortalServer(QString basePath, Authenticator authenticate, QObject *parent)
    : QObject(parent)
    , m_basePath(std::move(basePath))
    , m_authenticate(std::move(authenticate))
    , m_server(std::make_unique<HandlerHttpServer>(
          [this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); }))
{ }

PortalServer::~PortalServer() = default;

void PortalServer::addRoute(const QByteArray &method, const QString &pattern, Access access, Endpoint endpoint)
{
    m_routes.append({ method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access, std::move(endpoint) });
}

bool PortalServer::listen(const PortalConfig &config, QString *error)
{
    m_answerDelayMs = config.answerDelayMs;
    std::optional<QSslConfiguration> tls;
    if (!config.plainHttpLoopback) {
        if (!QSslSocket::supportsSsl()) {
            *error = Tr::tr("This Qt has no TLS support (OpenSSL): HTTPS cannot be served.");
            return false;
        }
        tls.emplace();
        if (!readTls(config, &*tls, error))
            return false;
    }
    // Behind the proxy every connection comes from loopback: nginx's limit_conn caps clients there.
    const int perAddress = config.plainHttpLoopback ? 0 : config.connectionsPerAddress;
    auto listener = std::make_unique<ConnectionListener>(std::move(tls), connectionLimits(), perAddress);
    if (!listener->start(config.listenAddress, config.listenPort)) {
        *error = Tr::tr("Cannot listen on %1 port %2.").arg(config.listenAddress.toString()).arg(config.listenPort);
        return false;
    }
    m_port = listener->serverPort();
    m_listener = listener.release();
    m_server->bind(m_listener); // which owns it from now on
    return true;
}

void PortalServer::setConnectionTimeouts(const ConnectionTimeouts &timeouts)
{
    m_timeouts = timeouts;
    if (m_listener)
        m_listener->setLimits(connectionLimits());
}

ConnectionGuard::Limits PortalServer::connectionLimits() const
{
    const auto answer
        = [](const QString &message, int status = 413, const QString &code = QStringLiteral("payload_too_large")) {
              const QByteArray body
                  = QJsonDocument(PortalReply::error(status, code, message).body).toJson(QJsonDocument::Compact);
              return httpHead(status, body.size(), true, false, { { "Connection", "close" } }) + body;
          };
    ConnectionGuard::Limits limits;
    limits.timeouts = m_timeouts;
    limits.maxBodyBytes = maxBodyBytes;
    limits.headTooLarge = answer(Tr::tr("The request's headers are over %1 bytes.").arg(limits.maxHeadBytes));
    limits.bodyTooLarge = answer(Tr::tr("The request body is over %1 bytes.").arg(maxBodyBytes));
    limits.ambiguousLength = answer(Tr::tr("The request's length is not clear: give one Content-Length or "
                                           "Transfer-Encoding: chunked, and no folded header lines."),
        400, QStringLiteral("bad_request"));
    limits.unreadable = answer(Tr::tr("The request cannot be read: its request line or its chunked body is broken."),
        400, QStringLiteral("bad_request"));
    limits.unknownCoding = answer(
        Tr::tr("Send the body as it is or with Transfer-Encoding: chunked alone; no other coding is supported."), 501,
        QStringLiteral("not_implemented"));
    return limits;
}

const PortalServer::Route *PortalServer::findRoute(
    const QByteArray &method, const QString &path, QHash<QString, QString> *parameters, PortalReply *refusal) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> found;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &part = route.segments.at(i);
            if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}')))
                found.insert(part.mid(1, part.size() - 2), segments.at(i));
            else
                matches = part == segments.at(i);
        }
        if (!matches)
            continue;
        pathKnown = true;
        if (route.method == method) {
            *parameters = found;
            return &route;
        }
    }
    *refusal = pathKnown ? PortalReply::error(405, QStringLiteral("method_not_allowed"),
                   Tr::tr("This path does not take %1.").arg(QString::fromLatin1(method)))
                         : PortalReply::error(404, QStringLiteral("not_found"), Tr::tr("No such path."));
    return nullptr;
}

void PortalServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    emit requestArrived();
    PortalRequest portalRequest;
    portalRequest.method = httpMethodName(request.method());
    for (const auto &[name, value] : request.headers())
        portalRequest.headers.insert(name.toLower(), value.trimmed());
    portalRequest.query = request.query();
    portalRequest.peer = request.remoteAddress();
    const QString fullPath = request.url().path();

    // The answer goes to the socket, if it is still open, at most once.
    const QPointer<QTcpSocket> connection(socket);
    const QPointer<PortalServer> server(this);
    const bool gzip = acceptsGzip(portalRequest.headers.value("accept-encoding"));
    const QString method = QString::fromLatin1(portalRequest.method);
    auto answered = std::make_shared<bool>(false);
    const int delayMs = m_answerDelayMs;
    const Respond respond = [=](const PortalReply &reply) {
        if (*answered)
            return;
        *answered = true;
        const auto write = [=]() {
            if (!connection)
                return;
            const QByteArray body = reply.status == 204 ? QByteArray() : reply.text();
            const bool compress = gzip && !body.isEmpty();
            const QByteArray sent = compress ? gzipCompress(body) : body;
            auto *guard = ConnectionGuard::of(connection);
            QList<QPair<QByteArray, QByteArray>> headers = reply.headers;
            if (guard && guard->closesAfterAnswer())
                headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
            else if (guard && guard->saysKeepAlive())
                headers.append(qMakePair(QByteArray("Connection"), QByteArray("keep-alive")));
            connection->write(httpHead(reply.status, sent.size(), !body.isEmpty(), compress, headers) + sent);
            // Now, not when the event loop next turns: that waits for every request already read on
            // other connections, and a burst of actions would all be answered with the last (issue 15).
            connection->flush();
            if (guard)
                guard->answerWritten(); // which closes a connection not kept alive
            if (server)
                emit server->requestServed(method, fullPath, reply.status, clock->elapsed());
        };
        if (delayMs > 0 && connection)
            QTimer::singleShot(delayMs, connection, write); // answer_delay_ms: tests only
        else
            write();
    };

    // The connection's guard has refused a request that declared a body over the limit, or that
    // grew past it with its chunk framing, before Qt's server had read it whole; this is exact.
    bool lengthOk = true;
    const QByteArray contentLength = portalRequest.headers.value("content-length");
    if (!contentLength.isEmpty() && contentLength.toLongLong(&lengthOk) > maxBodyBytes)
        lengthOk = false;
    if (!lengthOk || request.body().size() > maxBodyBytes)
        return respond(PortalReply::error(
            413, QStringLiteral("payload_too_large"), Tr::tr("The request body is over %1 bytes.").arg(maxBodyBytes)));

    if (!fullPath.startsWith(m_basePath + QLatin1Char('/')))
        return respond(PortalReply::error(404, QStringLiteral("not_found"), Tr::tr("No such path.")));
    portalRequest.path = fullPath.mid(m_basePath.size());
    PortalReply refusal;
    const Route *route = findRoute(portalRequest.method, portalRequest.path, &portalRequest.parameters, &refusal);
    if (!route)
        return respond(refusal);
    if (portalRequest.method == "POST" && !portalRequest.headers.value("content-type").startsWith("application/json"))
        return respond(PortalReply::error(
            415, QStringLiteral("unsupported_media_type"), Tr::tr("Send the body as application/json.")));
    if (route->access == Access::Staff) {
        portalRequest.actor = m_authenticate(portalRequest.bearerToken(), &refusal);
        if (!portalRequest.actor)
            return respond(refusal);
    }
    portalRequest.body = request.body();
    portalRequest.json = QJsonDocument::fromJson(portalRequest.body);
    const QJsonDocument &json = portalRequest.json;
    // Refused as invalid at the door, rather than failing as a database error that a client retries.
    if (!isStorable(portalRequest.path) || !isStorable(json.isArray() ? QJsonValue(json.array()) : json.object()))
        return respond(PortalReply::error(422, QStringLiteral("invalid"),
            Tr::tr("The request has the character U+0000 or a broken surrogate pair."), QStringLiteral("body")));
    portalRequest.connection = socket;
    route->endpoint(portalRequest, respond);
}

} // namespace bxt::portal
