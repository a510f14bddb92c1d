#include "session/sessionservice.h"

#include "db/portaldatabase.h"
#include "domain/post.h"
#include "session/secrets.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QtConcurrent>

namespace bxt::portal {

namespace {

// Verified when the name is unknown, so that a wrong name costs as long as a wrong password.
const QByteArray &decoyHash()
{
    static const QByteArray hash = secrets::hashPassword(secrets::newToken());
    return hash;
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

SessionService::SessionService(QSqlDatabase &db, int tokenHours)
    : m_db(db)
    , m_tokenHours(tokenHours)
{
    // Each check holds 64 MiB (Argon2id "interactive"): two at a time bound the memory.
    m_hashing.setMaxThreadCount(2);
}

SessionService::~SessionService()
{
    m_hashing.waitForDone();
}

bool SessionService::isUserNameTooLong(const QString &name)
{
    return name.toUcs4().size() > longestUserName;
}

QString SessionService::canonicalUserName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C);
}

void SessionService::logIn(const PortalRequest &request, const Respond &respond)
{
    const QJsonObject body = request.json.object();
    const QJsonValue name = body.value(QLatin1String("username"));
    const QJsonValue password = body.value(QLatin1String("password"));
    if (!name.isString() || name.toString().isEmpty())
        return respond(
            PortalReply::error(422, QStringLiteral("invalid"), tr("Give a user name."), QStringLiteral("username")));
    if (!password.isString())
        return respond(
            PortalReply::error(422, QStringLiteral("invalid"), tr("Give a password."), QStringLiteral("password")));

    const QString userName = canonicalUserName(name.toString());
    if (isUserNameTooLong(userName))
        return respond(badCredentials());

    QString error;
    const int locked = claimAttempt(userName, &error);
    if (locked < 0)
        return respond(PortalReply::internalError(error));
    if (locked > 0) {
        PortalReply refusal = PortalReply::error(
            429, QStringLiteral("too_many_requests"), tr("Too many failed log-ins; try again later."));
        refusal.headers.append({ "Retry-After", QByteArray::number(locked) });
        return respond(refusal);
    }

    QSqlQuery query(m_db);
    // Normalised both sides: a name stored before user add normalised it may be NFD. Should
    // both forms be stored (added before), the one stored as NFC is the name's.
    query.prepare(QStringLiteral("SELECT id, display_name, role, unit_id, password_hash, disabled FROM users"
                                 " WHERE normalize(name, NFC) = ? ORDER BY name = ? DESC LIMIT 1"));
    query.addBindValue(userName);
    query.addBindValue(userName);
    if (!query.exec())
        return respond(PortalReply::internalError(sqlError(query)));
    const bool found = query.next();
    const QByteArray hash = found ? query.value(4).toString().toUtf8() : decoyHash();
    const bool disabled = query.value(5).toBool();
    const QString userId = query.value(0).toString();
    const QJsonObject user { { QStringLiteral("id"), userId }, { QStringLiteral("name"), query.value(1).toString() },
        { QStringLiteral("role"), query.value(2).toString() },
        { QStringLiteral("unit_id"), nullable(query.value(3).toString()) } };
    // The other requests of this process go on meanwhile; the answer follows on this thread.
    QtConcurrent::run(&m_hashing, [hash, password = password.toString().toUtf8()] {
        return secrets::verifyPassword(hash, password);
    }).then(&m_context, [this, name = userName, found, disabled, userId, user, respond](bool passwordOk) {
        if (found && passwordOk && !disabled)
            return respond(openSession(name, userId, user));
        respond(badCredentials());
    });
}

PortalReply SessionService::badCredentials()
{
    return PortalReply::error(401, QStringLiteral("bad_credentials"), tr("The user name or the password is wrong."));
}

PortalReply SessionService::openSession(const QString &name, const QString &userId, const QJsonObject &user)
{
    const QByteArray token = secrets::newToken();
    const QString expiresAt = toRfc3339Cst(QDateTime::currentDateTimeUtc().addSecs(qint64(m_tokenHours) * 3600));
    PortalTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM login_failures WHERE name = ?"));
    query.addBindValue(name);
    if (!transaction.started() || !query.exec())
        return PortalReply::internalError(sqlError(query));
    // A user's sessions that ended a day ago are of no use, not even to say token_expired.
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE user_id = ? AND expires_at < now() - interval '1 day'"));
    query.addBindValue(userId);
    if (!query.exec())
        return PortalReply::internalError(sqlError(query));
    query.prepare(
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?::timestamptz)"));
    query.addBindValue(secrets::tokenHash(token));
    query.addBindValue(userId);
    query.addBindValue(expiresAt);
    QString error;
    if (!query.exec())
        return PortalReply::internalError(sqlError(query));
    if (!transaction.commit(&error))
        return PortalReply::internalError(error);
    return PortalReply::json(200,
        { { QStringLiteral("token"), QString::fromLatin1(token) }, { QStringLiteral("expires_at"), expiresAt },
            { QStringLiteral("user"), user } });
}

void SessionService::logOut(const PortalRequest &request, const Respond &respond)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    query.addBindValue(secrets::tokenHash(request.bearerToken()));
    if (!query.exec())
        return respond(PortalReply::internalError(sqlError(query)));
    respond(PortalReply::json(204, {}));
}

std::optional<Actor> SessionService::authenticate(const QByteArray &token, PortalReply *refusal)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT u.id, u.role, u.unit_id, s.expires_at <= now() FROM sessions s"
                                 " JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND NOT u.disabled"));
    query.addBindValue(secrets::tokenHash(token));
    if (!query.exec()) {
        *refusal = PortalReply::internalError(sqlError(query));
        return std::nullopt;
    }
    if (token.isEmpty() || !query.next()) {
        *refusal = PortalReply::error(401, QStringLiteral("unauthorized"), tr("Log in first."));
        return std::nullopt;
    }
    if (query.value(3).toBool()) {
        *refusal
            = PortalReply::error(401, QStringLiteral("token_expired"), tr("The session has expired; log in again."));
        return std::nullopt;
    }
    const auto role = roleFromCode(query.value(1).toString());
    if (!role) {
        *refusal = PortalReply::internalError(QStringLiteral("user %1 has the unknown role %2")
                                                  .arg(query.value(0).toString(), query.value(1).toString()));
        return std::nullopt;
    }
    return Actor { query.value(0).toString(), *role, query.value(2).toString() };
}

int SessionService::claimAttempt(const QString &name, QString *error)
{
    // One statement, so that attempts counted by two processes at once are both counted. A
    // lock-out that has run out starts the count again.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO login_failures AS f (name, failures, locked_until) VALUES (:name, 1, NULL)"
        " ON CONFLICT (name) DO UPDATE SET"
        " failures = CASE WHEN f.locked_until <= now() THEN 1 ELSE f.failures + 1 END,"
        " locked_until = CASE WHEN f.locked_until <= now() THEN NULL"
        "  WHEN f.failures + 1 > :limit THEN coalesce(f.locked_until, now() + make_interval(secs => :seconds))"
        "  ELSE f.locked_until END"
        " RETURNING ceil(extract(epoch FROM locked_until - now()))::integer"));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":limit"), failuresBeforeLockout);
    query.bindValue(QStringLiteral(":seconds"), lockoutSeconds);
    if (!query.exec() || !query.next()) {
        *error = sqlError(query);
        return -1;
    }
    return query.value(0).isNull() ? 0 : qMax(1, query.value(0).toInt());
}

} // namespace bxt::portal
