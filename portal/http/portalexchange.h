#pragma once

#include "domain/role.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace bxt::portal {

// One request as the endpoints see it: the server has read it whole, checked its size, and,
// for a staff API call, found the user behind its bearer token (portal-api.md Session).
struct PortalRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // relative to the configured base path: "/changes", "/posts/p-1/actions"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QJsonDocument json; // the body as the server parsed it, once; null when it is not JSON
    QHostAddress peer;
    QHash<QString, QString> parameters; // the route's {name} segments: "/posts/{id}/actions" gives "id"
    std::optional<Actor> actor; // the logged-in user, for staff API calls

    QByteArray bearerToken() const; // of the Authorization header; empty when there is none
    // The request's connection (the server's socket), destroyed when it closes; null when the
    // server does not say. An endpoint that holds its answer (a long poll) drops it then.
    QPointer<QObject> connection;
};

// One answer: a status and a JSON body (none for 204). The server adds Content-Type, gzips when
// the request accepts it, and writes it.
struct PortalReply
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type, -Length and -Encoding
    // Instead of body, the JSON text itself, when the endpoint wrote it (a feed page spliced
    // from the posts' stored JSON, which is not parsed and written again).
    QByteArray bodyText;

    static PortalReply json(int status, const QJsonObject &body);
    static PortalReply jsonText(int status, QByteArray text);
    QByteArray text() const; // the body as sent: bodyText, or body written compactly
    QJsonObject object() const; // the body as an object: body, or bodyText read
    // portal-api.md: {"error": {"code", "message", "field"?}}
    static PortalReply error(int status, const QString &code, const QString &message, const QString &field = {});
    // 500 server_error; what went wrong goes to the log, not to the client.
    static PortalReply internalError(const QString &detail);
    // 503 "unavailable" with Retry-After: the service cannot do it now (its database is
    // unreachable), the client asks again later (portal-api.md Transport).
    static PortalReply unavailable(const QString &message, int retryAfterSeconds = 5);
};

// An endpoint answers through this, at once or later (a long poll); at most once. Answering a
// request whose connection has gone does nothing.
using Respond = std::function<void(const PortalReply &reply)>;
using Endpoint = std::function<void(const PortalRequest &request, const Respond &respond)>;

} // namespace bxt::portal
