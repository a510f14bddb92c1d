#pragma once

#include "sync/portalerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace bxt {

// How a failed call is repeated (portal-api.md "Transport"). Tests shorten the delays.
struct RetryPolicy
{
    int baseDelayMs = 500; // the first back-off; it doubles with each attempt, with jitter
    int maxDelayMs = 30000; // the back-off never waits longer than this
    int maxAttempts = 6; // attempts in all, the first included
    int maxRetryAfterSeconds = 300; // a portal that asks to wait longer ends the call instead
    int attemptDeadlineMs = 120000; // one attempt ends after this however slowly data still moves
};

struct PortalRequest
{
    QByteArray method = "GET";
    QString path; // percent-encoded, relative to the base URL, e.g. "/changes"
    QUrlQuery query;
    QJsonObject body; // sent as JSON with POST
    QByteArray bearerToken;
    QByteArray idempotencyKey;
    int timeoutSeconds = 60; // without any data moving
    int heldSeconds = 0; // a long poll: the portal may hold the answer this long before sending it
    bool retry = true;
};

struct PortalResponse
{
    int status = 0;
    QJsonObject json; // the parsed body (error bodies included, when they are JSON)
    PortalError error; // Kind::None for a usable 2xx answer
    QByteArray body = {}; // of a 2xx answer, the text json was parsed from
};

// HTTPS to the portal: TLS always verified (the system's trust store, or only the certificates
// of a CA file the user chose); no call ever ignores a TLS error. Repeats calls after 429/503
// (at least Retry-After later), other 5xx, network failures, attempts past their deadline and
// 2xx bodies that are not whole JSON, such as a gzip stream cut short (exponential back-off
// with jitter, capped); refuses bodies over 16 MiB (announced or received, after gzip). A 2xx
// body is parsed on a worker thread, so that a large page does not hold up the window.
// The QNetworkAccessManager comes from outside so that tests can hand in their own.
class PortalTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalTransport)

public:
    static constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;

    explicit PortalTransport(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PortalTransport() override;

    // Accepts https://, and http:// only to a loopback host with allowInsecureLoopback (a
    // development switch). With a CA file only its certificates are trusted.
    bool configure(const QUrl &baseUrl, const QString &caFile, bool allowInsecureLoopback, PortalError *error);
    QUrl baseUrl() const { return m_baseUrl; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

    using Callback = std::function<void(const PortalResponse &response)>;
    // done runs once, unless context is gone by then.
    void send(const PortalRequest &request, QObject *context, Callback done);
    // Ends every call in progress; their callbacks get Cancelled.
    void abortAll();

signals:
    // Whether the portal answered the last attempt at all.
    void reachabilityChanged(bool reachable);

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    // Repeats the call after delayMs, or completes it with error when no attempt is left.
    void retryOrFail(const std::shared_ptr<Call> &call, qint64 delayMs, const PortalError &error);
    void complete(const std::shared_ptr<Call> &call, PortalResponse response);
    qint64 backoffMs(int attempts) const;
    QNetworkRequest networkRequest(const PortalRequest &request) const;
    void setReachable(bool reachable);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QSslConfiguration m_ssl;
    RetryPolicy m_policy;
    QList<std::shared_ptr<Call>> m_calls;
    int m_reachable = -1; // unknown
    QThreadPool m_parsing; // of 2xx bodies, one at a time
};

} // namespace bxt
