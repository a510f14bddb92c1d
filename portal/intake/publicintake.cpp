#include "intake/publicintake.h"

#include "db/portaldatabase.h"
#include "domain/post.h"
#include "feed/postwriter.h"
#include "http/addresskey.h"
#include "session/secrets.h"
#include "text/oneline.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace bxt::portal {

namespace {

const QString defaultAlias = QStringLiteral("网友");

PortalReply invalid(const QString &field, const QString &message)
{
    return PortalReply::error(422, QStringLiteral("invalid"), message, field);
}

qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

// The client's address: the peer, or, behind a reverse proxy on this machine (plain HTTP on
// loopback), the address the proxy appended last to X-Forwarded-For. Serving HTTPS itself the
// portal has no proxy, and the header is the client's own word.
QHostAddress clientAddress(const PortalRequest &request, bool behindProxy)
{
    const QByteArray forwarded = request.headers.value("x-forwarded-for");
    if (!behindProxy || !request.peer.isLoopback() || forwarded.isEmpty())
        return request.peer;
    const QHostAddress client(QString::fromLatin1(forwarded.split(',').constLast().trimmed()));
    return client.isNull() ? request.peer : client;
}

// What a text field may hold besides what shows: a one-line field (title, contact) nothing
// else, so that a bidi override or a control character cannot make a listing lie about its text;
// the body line breaks and tabs.
enum class Lines { One, Many };

// A string of 1 to maxChars characters after trimming, at object[key]; absent or null is
// allowed when optional. *problem names what is wrong.
std::optional<QString> textField(
    const QJsonObject &object, const QString &key, int maxChars, Lines lines, bool optional, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (optional && (value.isUndefined() || value.isNull()))
        return QString();
    const QString text = value.toString().trimmed();
    if (!value.isString() || text.isEmpty()) {
        *problem = PublicIntake::tr("%1 is text, and not empty.").arg(key);
        return std::nullopt;
    }
    if (characters(text) > maxChars) {
        *problem = PublicIntake::tr("%1 is at most %2 characters.").arg(key).arg(maxChars);
        return std::nullopt;
    }
    if (lines == Lines::One && std::any_of(text.cbegin(), text.cend(), isHiddenOrBreaking)) {
        *problem = PublicIntake::tr("%1 is one line without control characters or invisible formatting characters.")
                       .arg(key);
        return std::nullopt;
    }
    if (lines == Lines::Many && std::any_of(text.cbegin(), text.cend(), isStrayControl)) {
        *problem = PublicIntake::tr("%1 has a control character other than a line break or a tab.").arg(key);
        return std::nullopt;
    }
    return text;
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// portal-api.md POST "author" from the optional contact; on failure *field and *problem say why.
std::optional<QJsonObject> author(const QJsonValue &contact, QString *field, QString *problem)
{
    if (contact.isUndefined() || contact.isNull())
        return QJsonObject { { QStringLiteral("alias"), defaultAlias }, { QStringLiteral("phone"), QJsonValue::Null },
            { QStringLiteral("email"), QJsonValue::Null } };
    if (!contact.isObject()) {
        *field = QStringLiteral("contact");
        *problem = PublicIntake::tr("contact is an object with alias, phone and email, or null.");
        return std::nullopt;
    }
    const QJsonObject object = contact.toObject();
    const QList<QPair<QString, int>> parts { { QStringLiteral("alias"), 50 }, { QStringLiteral("phone"), 30 },
        { QStringLiteral("email"), 254 } };
    QJsonObject result;
    for (const auto &[key, maxChars] : parts) {
        const auto text = textField(object, key, maxChars, Lines::One, true, problem);
        if (!text) {
            *field = QStringLiteral("contact.") + key;
            return std::nullopt;
        }
        result.insert(key, nullable(*text));
    }
    if (result.value(QLatin1String("alias")).isNull())
        result.insert(QStringLiteral("alias"), defaultAlias);
    return result;
}

} // namespace

PublicIntake::PublicIntake(QSqlDatabase &db, bool behindProxy)
    : m_db(db)
    , m_behindProxy(behindProxy)
{ }

std::optional<PortalReply> PublicIntake::overLimit(const PortalRequest &request, const QString &kind, int perHour)
{
    const QString key = kind + QLatin1Char(' ') + addressKey(clientAddress(request, m_behindProxy));
    QSqlQuery query(m_db);
    // Earlier hours are of no use any more, of any client: the table holds this hour's only.
    if (!query.exec(QStringLiteral("DELETE FROM public_rate WHERE window_start < date_trunc('hour', now())")))
        return PortalReply::internalError(sqlError(query));
    query.prepare(QStringLiteral(
        "INSERT INTO public_rate AS r (address, window_start, requests) VALUES (?, date_trunc('hour', now()), 1)"
        " ON CONFLICT (address, window_start) DO UPDATE SET requests = r.requests + 1"
        " RETURNING requests, ceil(extract(epoch FROM r.window_start + interval '1 hour' - now()))::integer"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return PortalReply::internalError(sqlError(query));
    if (query.value(0).toInt() <= perHour)
        return std::nullopt;
    PortalReply refusal = PortalReply::error(
        429, QStringLiteral("too_many_requests"), tr("Too many requests from this address; try again later."));
    refusal.headers.append({ "Retry-After", QByteArray::number(qMax(1, query.value(1).toInt())) });
    return refusal;
}

QString PublicIntake::newPostId(PortalReply *reply)
{
    QSqlQuery query(m_db);
    // An imported post may have any id: draw numbers until one is free. The transaction holds
    // the numbers drawn; two processes never draw the same one.
    for (;;) {
        if (!query.exec(QStringLiteral("SELECT 'p-' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-'"
                                       " || lpad(nextval('post_number')::text, 4, '0')"))
            || !query.next()) {
            *reply = PortalReply::internalError(sqlError(query));
            return {};
        }
        const QString id = query.value(0).toString();
        QSqlQuery taken(m_db);
        taken.prepare(QStringLiteral("SELECT 1 FROM posts WHERE id = ?"));
        taken.addBindValue(id);
        if (!taken.exec()) {
            *reply = PortalReply::internalError(sqlError(taken));
            return {};
        }
        if (!taken.next())
            return id;
    }
}

void PublicIntake::submit(const PortalRequest &request, const Respond &respond)
{
    if (request.body.size() > maxRequestBytes)
        return respond(PortalReply::error(
            413, QStringLiteral("payload_too_large"), tr("A post is at most %1 bytes of JSON.").arg(maxRequestBytes)));
    if (auto refusal = overLimit(request, QStringLiteral("posts"), postsPerHour))
        return respond(*refusal);
    const QJsonDocument &document = request.json;
    if (!document.isObject())
        return respond(invalid(QStringLiteral("body"), tr("The body is not a JSON object.")));
    const QJsonObject body = document.object();
    QString problem;
    const auto title = textField(body, QStringLiteral("title"), maxTitleChars, Lines::One, false, &problem);
    if (!title)
        return respond(invalid(QStringLiteral("title"), problem));
    const auto text = textField(body, QStringLiteral("body"), maxBodyChars, Lines::Many, false, &problem);
    if (!text)
        return respond(invalid(QStringLiteral("body"), problem));
    QString field;
    const auto postAuthor = author(body.value(QLatin1String("contact")), &field, &problem);
    if (!postAuthor)
        return respond(invalid(field, problem));
    const QJsonValue wantsReply = body.value(QLatin1String("wants_reply"));
    if (!wantsReply.isBool())
        return respond(invalid(QStringLiteral("wants_reply"), tr("wants_reply is true or false.")));

    PortalTransaction transaction(m_db);
    PortalReply failure;
    const QString id = newPostId(&failure);
    if (id.isEmpty())
        return respond(failure);
    const QJsonValue null(QJsonValue::Null);
    const QJsonObject post { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
        { QStringLiteral("title"), *title }, { QStringLiteral("body"), *text },
        { QStringLiteral("submitted_at"), toRfc3339Cst(QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("author"), *postAuthor }, { QStringLiteral("wants_reply"), wantsReply },
        { QStringLiteral("category"), null }, { QStringLiteral("status"), QStringLiteral("new") },
        { QStringLiteral("forwarded_to"), null }, { QStringLiteral("shield_reason"), null },
        { QStringLiteral("duplicate_of"), null }, { QStringLiteral("views"), 0 },
        { QStringLiteral("satisfaction"), null }, { QStringLiteral("assignments"), QJsonArray() },
        { QStringLiteral("supervisions"), QJsonArray() } };
    QString error;
    if (!PostWriter(m_db).write({ post }, &error))
        return respond(PortalReply::internalError(error));
    const QByteArray token = secrets::newToken();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE posts SET author_token_hash = ? WHERE id = ?"));
    query.addBindValue(secrets::tokenHash(token));
    query.addBindValue(id);
    if (!query.exec())
        return respond(PortalReply::internalError(sqlError(query)));
    if (!transaction.commit(&error))
        return respond(PortalReply::internalError(error));
    respond(PortalReply::json(
        201, { { QStringLiteral("id"), id }, { QStringLiteral("author_token"), QString::fromLatin1(token) } }));
}

void PublicIntake::rate(const PortalRequest &request, const Respond &respond)
{
    static const QStringList ratings { QStringLiteral("satisfied"), QStringLiteral("basically_satisfied"),
        QStringLiteral("unsatisfied") };
    if (request.body.size() > maxRequestBytes)
        return respond(PortalReply::error(413, QStringLiteral("payload_too_large"),
            tr("A rating is at most %1 bytes of JSON.").arg(maxRequestBytes)));
    if (auto refusal = overLimit(request, QStringLiteral("ratings"), ratingsPerHour))
        return respond(*refusal);
    const QJsonDocument &document = request.json;
    if (!document.isObject())
        return respond(invalid(QStringLiteral("body"), tr("The body is not a JSON object.")));
    const QJsonObject body = document.object();
    const QString token = body.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        return respond(invalid(QStringLiteral("token"), tr("Give the author token the post was answered with.")));
    const QString satisfaction = body.value(QLatin1String("satisfaction")).toString();
    if (!ratings.contains(satisfaction))
        return respond(invalid(
            QStringLiteral("satisfaction"), tr("satisfaction is satisfied, basically_satisfied or unsatisfied.")));

    const QString id = request.parameters.value(QStringLiteral("id"));
    PortalTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT doc, author_token_hash, EXISTS (SELECT 1 FROM replies WHERE post_id = posts.id)"
                       " FROM posts WHERE id = ? FOR UPDATE"));
    query.addBindValue(id);
    if (!query.exec())
        return respond(PortalReply::internalError(sqlError(query)));
    if (!query.next())
        return respond(PortalReply::error(404, QStringLiteral("not_found"), tr("There is no such post.")));
    if (query.value(1).isNull() || query.value(1).toByteArray() != secrets::tokenHash(token.toLatin1()))
        return respond(
            PortalReply::error(403, QStringLiteral("forbidden"), tr("This is not the post's author token.")));
    if (!query.value(2).toBool())
        return respond(invalid(QStringLiteral("satisfaction"), tr("The post has no reply to rate yet.")));
    QJsonObject post = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    const QJsonObject answer { { QStringLiteral("id"), id }, { QStringLiteral("satisfaction"), satisfaction } };
    if (post.value(QLatin1String("satisfaction")).toString() == satisfaction)
        return respond(PortalReply::json(200, answer));
    post.insert(QStringLiteral("satisfaction"), satisfaction);
    post.insert(QStringLiteral("version"), Post(post).version() + 1);
    QString error;
    if (!PostWriter(m_db).write({ post }, &error) || !transaction.commit(&error))
        return respond(PortalReply::internalError(error));
    respond(PortalReply::json(200, answer));
}

} // namespace bxt::portal
