#include "http/portalexchange.h"

namespace bxt::portal {

PortalReply PortalReply::json(int status, const QJsonObject &body)
{
    PortalReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

PortalReply PortalReply::error(int status, const QString &code, const QString &message, const QString &field)
{
    QJsonObject error { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return json(status, QJsonObject { { QStringLiteral("error"), error } });
}

PortalReply PortalReply::unavailable(const QString &message, int retryAfterSeconds)
{
    PortalReply reply = error(503, QStringLiteral("unavailable"), message);
    reply.headers.append({ "Retry-After", QByteArray::number(retryAfterSeconds) });
    return reply;
}

} // namespace bxt::portal
