#pragma once

#include "http/portalexchange.h"

#include <QCoreApplication>
#include <QObject>
#include <QThreadPool>

class QSqlDatabase;

namespace bxt::portal {

// portal-api.md Session: POST /session logs in, DELETE /session logs out, and every staff call
// is authenticated here. Everything lives in PostgreSQL (users, sessions, login_failures), so a
// session or a lock-out holds across the processes serving one database.
//
// Choices the contract leaves open: a disabled user gets 401 bad_credentials like a wrong
// password, and its sessions answer 401 unauthorized; the user's "name" is its display name;
// after five failed log-ins in a row a name is locked out for five minutes (429, Retry-After),
// whether or not a user has that name.
class SessionService final
{
    Q_DECLARE_TR_FUNCTIONS(SessionService)

public:
    static constexpr int failuresBeforeLockout = 5;
    static constexpr int lockoutSeconds = 300;
    // Longer names are refused by `user add`, so a log-in with one is refused before the database.
    static constexpr int longestUserName = 64;
    // Counts characters (code points), not UTF-16 units: an emoji is one.
    static bool isUserNameTooLong(const QString &name);
    // A name as stored and compared: NFC, so that "é" typed as one character or as "e" and a
    // combining accent is one name. Names stored before are compared normalised too.
    static QString canonicalUserName(const QString &name);

    SessionService(QSqlDatabase &db, int tokenHours);
    ~SessionService();

    // Answers later: the password is checked on a worker thread.
    void logIn(const PortalRequest &request, const Respond &respond);
    void logOut(const PortalRequest &request, const Respond &respond);
    // PortalServer::Authenticator: 401 unauthorized for no or an unknown token, token_expired
    // for an expired one.
    std::optional<Actor> authenticate(const QByteArray &token, PortalReply *refusal);

private:
    static PortalReply badCredentials();
    // Seconds left of a lock-out of the name; 0 when there is none, -1 on a database error.
    // Counts this attempt before the password is checked, so that guesses sent at once are all
    // counted; the seconds the name stays locked when it is over the limit, 0 when the attempt
    // may go on, -1 on error. A log-in that succeeds clears the count.
    int claimAttempt(const QString &name, QString *error);
    PortalReply openSession(const QString &name, const QString &userId, const QJsonObject &user);

    QSqlDatabase &m_db;
    int m_tokenHours;
    QThreadPool m_hashing;
    QObject m_context; // the log-ins still checking a password end with it
};

} // namespace bxt::portal
