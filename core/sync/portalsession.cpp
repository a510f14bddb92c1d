#include "sync/portalsession.h"

namespace bxt {

PortalSession::PortalSession(PortalTransport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

void PortalSession::setCredentials(const QString &userName, const QString &password)
{
    if (userName != m_userName || password != m_password)
        m_token.clear();
    m_userName = userName;
    m_password = password;
}

void PortalSession::logIn(QObject *context, LogInCallback done)
{
    PortalRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/session");
    request.body = { { QStringLiteral("username"), m_userName }, { QStringLiteral("password"), m_password } };
    m_token.clear();
    m_transport.send(request, context, [this, done](const PortalResponse &response) {
        if (response.error.isError()) {
            done(response.error);
            return;
        }
        const QString token = response.json.value(QLatin1String("token")).toString();
        QString problem;
        const auto user = CurrentUser::fromJson(response.json.value(QLatin1String("user")).toObject(), &problem);
        if (token.isEmpty() || !user) {
            done(PortalError::of(PortalError::Kind::Malformed, token.isEmpty() ? QStringLiteral("no token") : problem));
            return;
        }
        m_token = token.toUtf8();
        m_user = user;
        done({});
    });
}

void PortalSession::call(PortalRequest request, QObject *context, PortalTransport::Callback done)
{
    send(std::move(request), false, context, std::move(done));
}

void PortalSession::send(PortalRequest request, bool loggedInAgain, QObject *context, PortalTransport::Callback done)
{
    if (!isLoggedIn()) {
        logIn(context, [this, request, context, done](const PortalError &error) {
            if (error.isError())
                done({ 0, {}, error });
            else
                send(request, true, context, done);
        });
        return;
    }
    request.bearerToken = m_token;
    m_transport.send(request, context, [this, request, loggedInAgain, context, done](const PortalResponse &response) {
        // token_expired, or a token the portal forgot (a restart): log in again, once.
        if (response.error.isHttp(401) && !loggedInAgain) {
            m_token.clear();
            send(request, true, context, done);
            return;
        }
        done(response);
    });
}

void PortalSession::logOut(QObject *context, std::function<void()> done)
{
    if (!isLoggedIn()) {
        done();
        return;
    }
    PortalRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/session");
    request.bearerToken = m_token;
    request.retry = false;
    request.timeoutSeconds = 10;
    m_token.clear();
    m_transport.send(request, context, [done](const PortalResponse &) { done(); });
}

} // namespace bxt
