#include "sync/portaltransport.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace bxt {

struct PortalTransport::Call
{
    PortalRequest request;
    QPointer<QObject> context;
    Callback done;
    int attempts = 0;
    QByteArray buffer;
    bool tooLarge = false;
    bool cancelled = false;
    QString tlsProblem;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> retryTimer;
    QPointer<QTimer> deadline; // of the attempt in progress
};

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Failures worth another attempt: the portal or the way to it may be back in a moment. A host
// name that does not resolve, a refused certificate or a broken protocol will not be.
bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError: return true;
    default: return false;
    }
}

// Retry-After in seconds, or as an HTTP date; -1 when absent or unreadable.
qint64 retryAfterSeconds(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return std::max<qint64>(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    // Rounded up, so that the wait is never shorter than asked.
    return std::max<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(when) + 999) / 1000);
}

struct ParsedBody
{
    QJsonObject object;
    QString problem; // empty when the body is a JSON object
};

ParsedBody parseObject(const QByteArray &body)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError)
        return { {}, parse.errorString() };
    if (!document.isObject())
        return { {}, QStringLiteral("not a JSON object") };
    return { document.object(), {} };
}

PortalError httpError(int status, const QJsonObject &body)
{
    PortalError error = PortalError::of(PortalError::Kind::Http);
    error.status = status;
    const QJsonObject detail = body.value(QLatin1String("error")).toObject();
    error.code = detail.value(QLatin1String("code")).toString();
    error.message = detail.value(QLatin1String("message")).toString().left(500);
    error.field = detail.value(QLatin1String("field")).toString().left(200);
    return error;
}

} // namespace

PortalTransport::PortalTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_parsing.setMaxThreadCount(1);
}

PortalTransport::~PortalTransport()
{
    // No callback runs any more: the objects they would reach are going too.
    const auto calls = std::exchange(m_calls, {});
    for (const auto &call : calls) {
        call->cancelled = true;
        call->done = nullptr;
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
            call->reply->deleteLater();
        }
    }
}

bool PortalTransport::configure(
    const QUrl &baseUrl, const QString &caFile, bool allowInsecureLoopback, PortalError *error)
{
    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || baseUrl.hasQuery() || baseUrl.hasFragment()
        || !baseUrl.userInfo().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *error = PortalError::of(PortalError::Kind::BadAddress, baseUrl.toDisplayString());
        return false;
    }
    if (scheme == QLatin1String("http") && !(allowInsecureLoopback && isLoopbackHost(baseUrl.host()))) {
        *error = PortalError::of(PortalError::Kind::InsecureAddress, baseUrl.toDisplayString());
        return false;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = PortalError::of(PortalError::Kind::CaFile, file.errorString() + QLatin1String(": ") + caFile);
            return false;
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = PortalError::of(PortalError::Kind::CaFile, caFile);
            return false;
        }
        ssl.setCaCertificates(certificates);
    }
    m_ssl = ssl;
    m_baseUrl = baseUrl;
    return true;
}

void PortalTransport::send(const PortalRequest &request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->done = std::move(done);
    m_calls.append(call);
    attempt(call);
}

void PortalTransport::abortAll()
{
    const auto calls = m_calls;
    for (const auto &call : calls) {
        call->cancelled = true;
        if (call->reply) {
            call->reply->abort(); // finish() completes it
        } else {
            delete call->retryTimer;
            complete(call, { 0, {}, PortalError::of(PortalError::Kind::Cancelled) });
        }
    }
}

QNetworkRequest PortalTransport::networkRequest(const PortalRequest &request) const
{
    QUrl url = m_baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + request.path, QUrl::TolerantMode);
    url.setQuery(request.query);
    QNetworkRequest result(url);
    result.setSslConfiguration(m_ssl);
    result.setTransferTimeout((request.timeoutSeconds + request.heldSeconds) * 1000);
    result.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    // Qt unpacks gzip itself; the limit below counts the unpacked bytes.
    result.setDecompressedSafetyCheckThreshold(kMaxBodyBytes);
    result.setRawHeader("Accept", "application/json");
    result.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("BaixingtanDesk/1"));
    if (!request.bearerToken.isEmpty())
        result.setRawHeader("Authorization", "Bearer " + request.bearerToken);
    if (!request.idempotencyKey.isEmpty())
        result.setRawHeader("Idempotency-Key", request.idempotencyKey);
    if (request.method == "POST")
        result.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    return result;
}

void PortalTransport::attempt(const std::shared_ptr<Call> &call)
{
    ++call->attempts;
    call->buffer.clear();
    call->tooLarge = false;
    call->tlsProblem.clear();
    const QNetworkRequest request = networkRequest(call->request);
    QNetworkReply *reply = nullptr;
    if (call->request.method == "POST")
        reply = m_network->post(request, QJsonDocument(call->request.body).toJson(QJsonDocument::Compact));
    else if (call->request.method == "GET")
        reply = m_network->get(request);
    else
        reply = m_network->sendCustomRequest(request, call->request.method);
    call->reply = reply;
    // The transfer timeout only notices silence: a portal sending a byte now and then would
    // hold the call for ever. finish() takes the abort for a timeout.
    call->deadline = new QTimer(reply);
    call->deadline->setSingleShot(true);
    connect(call->deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    call->deadline->start(m_policy.attemptDeadlineMs + call->request.heldSeconds * 1000);
    connect(reply, &QNetworkReply::metaDataChanged, this, [call, reply]() {
        // With gzip this header counts the packed bytes; readyRead counts what they unpack to.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > kMaxBodyBytes) {
            call->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [call, reply]() {
        if (call->tooLarge)
            return;
        call->buffer += reply->readAll();
        if (call->buffer.size() > kMaxBodyBytes) {
            call->tooLarge = true;
            call->buffer.clear();
            reply->abort();
        }
    });
    // Recorded for the message only: the errors are never ignored, so the handshake fails.
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            call->tlsProblem = errors.first().errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply]() { finish(call, reply); });
}

void PortalTransport::finish(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    delete call->deadline;
    reply->deleteLater();
    call->reply = nullptr;
    if (call->cancelled) {
        complete(call, { 0, {}, PortalError::of(PortalError::Kind::Cancelled) });
        return;
    }
    if (!call->tooLarge && reply->isOpen()) { // an abort closes it
        call->buffer += reply->readAll();
        call->tooLarge = call->buffer.size() > kMaxBodyBytes;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.toInt();
    const QNetworkReply::NetworkError failure = reply->error();
    // Qt refuses to unpack a gzip body that grows past the safety threshold (kMaxBodyBytes) at a
    // ratio only a bomb or a highly repetitive page reaches, and says no more than this.
    if (status >= 200 && status < 300 && failure == QNetworkReply::UnknownContentError)
        call->tooLarge = true;
    if (call->tooLarge) {
        setReachable(true);
        complete(call, { status, {}, PortalError::of(PortalError::Kind::TooLarge) });
        return;
    }
    // Connection, TLS and proxy failures (Qt's codes below 200) and a broken protocol leave an
    // answer unfinished even when its status line arrived: a cut body is a network failure.
    const bool unfinished
        = (failure != QNetworkReply::NoError && int(failure) < 200) || failure == QNetworkReply::ProtocolFailure;
    if (!statusAttribute.isValid() || unfinished) {
        setReachable(false);
        if (failure == QNetworkReply::SslHandshakeFailedError || !call->tlsProblem.isEmpty()) {
            const QString why = call->tlsProblem.isEmpty() ? reply->errorString() : call->tlsProblem;
            complete(call, { 0, {}, PortalError::of(PortalError::Kind::Tls, why) });
        } else if (failure == QNetworkReply::OperationCanceledError) { // the transfer timeout or deadline
            retryOrFail(call, backoffMs(call->attempts), PortalError::of(PortalError::Kind::Timeout));
        } else if (isTransient(failure)) {
            retryOrFail(
                call, backoffMs(call->attempts), PortalError::of(PortalError::Kind::Network, reply->errorString()));
        } else {
            complete(call, { 0, {}, PortalError::of(PortalError::Kind::Network, reply->errorString()) });
        }
        return;
    }
    setReachable(true);
    PortalResponse response;
    response.status = status;
    if (status >= 200 && status < 300) {
        if (call->buffer.trimmed().isEmpty() && status == 204) {
            complete(call, std::move(response));
            return;
        }
        // A page of posts takes tens of milliseconds to parse: done on a worker, so that the
        // window keeps answering. Without this object (destroyed) the continuation never runs.
        response.body = std::exchange(call->buffer, {});
        QtConcurrent::run(&m_parsing, parseObject, response.body)
            .then(this, [this, call, response](const ParsedBody &parsed) mutable {
                if (call->cancelled)
                    return; // abortAll() has completed it meanwhile
                if (!parsed.problem.isEmpty()) {
                    // A body that is not whole JSON was most likely cut short on the way (a gzip
                    // stream ends without complaint where the connection ended): asked for
                    // again, as after a network failure.
                    retryOrFail(
                        call, backoffMs(call->attempts), PortalError::of(PortalError::Kind::Malformed, parsed.problem));
                    return;
                }
                response.json = parsed.object;
                complete(call, std::move(response));
            });
        return;
    }
    response.json = QJsonDocument::fromJson(call->buffer).object();
    response.error = httpError(status, response.json);
    if (status == 429 || status == 503) {
        const qint64 seconds = retryAfterSeconds(reply);
        if (seconds > m_policy.maxRetryAfterSeconds) {
            response.error = PortalError::of(PortalError::Kind::Busy);
            response.error.seconds = seconds;
            complete(call, std::move(response));
            return;
        }
        PortalError busy = PortalError::of(PortalError::Kind::Busy);
        retryOrFail(call, seconds >= 0 ? seconds * 1000 : backoffMs(call->attempts), busy);
        return;
    }
    if (status >= 500) {
        retryOrFail(call, backoffMs(call->attempts), response.error);
        return;
    }
    complete(call, std::move(response));
}

void PortalTransport::retryOrFail(const std::shared_ptr<Call> &call, qint64 delayMs, const PortalError &error)
{
    if (!call->request.retry || call->attempts >= m_policy.maxAttempts) {
        complete(call, { error.status, {}, error });
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    // A precise timer never fires early, so a Retry-After wait is at least what was asked.
    timer->setTimerType(Qt::PreciseTimer);
    call->retryTimer = timer;
    connect(timer, &QTimer::timeout, this, [this, call, timer]() {
        timer->deleteLater();
        call->retryTimer = nullptr;
        attempt(call);
    });
    timer->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void PortalTransport::complete(const std::shared_ptr<Call> &call, PortalResponse response)
{
    m_calls.removeOne(call);
    if (call->context && call->done)
        call->done(response);
}

qint64 PortalTransport::backoffMs(int attempts) const
{
    const qint64 ceiling
        = std::min<qint64>(m_policy.maxDelayMs, qint64(m_policy.baseDelayMs) << std::min(attempts - 1, 20));
    // Half fixed, half random: clients that failed together do not come back together.
    return ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
}

void PortalTransport::setReachable(bool reachable)
{
    if (m_reachable == int(reachable))
        return;
    m_reachable = int(reachable);
    emit reachabilityChanged(reachable);
}

} // namespace bxt
