#pragma once

#include "store/currentuserstore.h"
#include "sync/portaltransport.h"

#include <QObject>
#include <optional>

namespace bxt {

// portal-api.md "Session": logs in with user name and password, sends the token with every
// other call, and when the portal answers 401 (token_expired, or a token it no longer knows)
// logs in again once and repeats the call. The password stays in memory only.
class PortalSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalSession)

public:
    explicit PortalSession(PortalTransport &transport, QObject *parent = nullptr);

    void setCredentials(const QString &userName, const QString &password);
    const QString &password() const { return m_password; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    bool isLoggedIn() const { return !m_token.isEmpty(); }
    // The portal's user record of the last log-in.
    const std::optional<CurrentUser> &user() const { return m_user; }

    using LogInCallback = std::function<void(const PortalError &error)>;
    void logIn(QObject *context, LogInCallback done);
    // Sends request with the session's token, logging in first when there is none.
    void call(PortalRequest request, QObject *context, PortalTransport::Callback done);
    // DELETE /session, once, whatever the answer; forgets the token.
    void logOut(QObject *context, std::function<void()> done);

private:
    void send(PortalRequest request, bool loggedInAgain, QObject *context, PortalTransport::Callback done);

    PortalTransport &m_transport;
    QString m_userName;
    QString m_password;
    QByteArray m_token;
    std::optional<CurrentUser> m_user;
};

} // namespace bxt
