#include "http/portalexchange.h"

#include <QCoreApplication>
#include <QDebug>
#include <QJsonDocument>

namespace bxt::portal {

PortalReply PortalReply::json(int status, const QJsonObject &body)
{
    PortalReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

PortalReply PortalReply::jsonText(int status, QByteArray text)
{
    PortalReply reply;
    reply.status = status;
    reply.bodyText = std::move(text);
    return reply;
}

QByteArray PortalReply::text() const
{
    return bodyText.isEmpty() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : bodyText;
}

QJsonObject PortalReply::object() const
{
    return bodyText.isEmpty() ? body : QJsonDocument::fromJson(bodyText).object();
}

PortalReply PortalReply::error(int status, const QString &code, const QString &message, const QString &field)
{
    QJsonObject error { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return json(status, QJsonObject { { QStringLiteral("error"), error } });
}

PortalReply PortalReply::internalError(const QString &detail)
{
    qWarning().noquote() << "server_error:" << detail;
    return error(500, QStringLiteral("server_error"),
        QCoreApplication::translate("PortalReply", "The portal cannot answer now; try again later."));
}

QByteArray PortalRequest::bearerToken() const
{
    const QByteArray authorization = headers.value("authorization");
    // RFC 7235: the scheme is not case-sensitive.
    return authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0 ? authorization.mid(7).trimmed()
                                                                              : QByteArray();
}

PortalReply PortalReply::unavailable(const QString &message, int retryAfterSeconds)
{
    PortalReply reply = error(503, QStringLiteral("unavailable"), message);
    reply.headers.append({ "Retry-After", QByteArray::number(retryAfterSeconds) });
    return reply;
}

} // namespace bxt::portal
