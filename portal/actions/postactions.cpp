#include "actions/postactions.h"

#include "actions/actioncontract.h"
#include "calendar/calendaryear.h"
#include "calendar/deadlinerules.h"
#include "calendar/workcalendar.h"
#include "db/portaldatabase.h"
#include "feed/postwriter.h"
#include "rules/actioneffect.h"
#include "rules/scopefilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace bxt::portal {

namespace {

constexpr qsizetype kLongestKey = 200;

PortalReply invalid(const QString &field, const QString &message)
{
    return PortalReply::error(422, QStringLiteral("invalid"), message, field);
}

// The post as the feed shows it to this user.
QJsonObject viewFor(const Actor &actor, QJsonObject post)
{
    bool stripped = false;
    ScopeFilter(actor).apply(&post, &stripped);
    return post;
}

// Whether a liaison may see the post at all (R10); others see every post.
bool inScope(const Actor &actor, const QJsonObject &post)
{
    QJsonObject copy = post;
    bool stripped = false;
    return ScopeFilter(actor).apply(&copy, &stripped) == ScopeFilter::Verdict::Keep;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Endpoint PostActions::endpoint()
{
    return [this](const PortalRequest &request, const Respond &respond) { serve(request, respond); };
}

void PostActions::serve(const PortalRequest &request, const Respond &respond)
{
    static const QRegularExpression path(QStringLiteral("^/posts/([^/]+)/actions$"));
    const QRegularExpressionMatch match = path.match(request.path);
    if (!request.actor) {
        respond(PortalReply::error(401, QStringLiteral("unauthorized"), tr("Log in first.")));
        return;
    }
    if (!match.hasMatch()) {
        respond(PortalReply::error(404, QStringLiteral("not_found"), tr("There is no such address.")));
        return;
    }
    const QString key = QString::fromUtf8(request.headers.value("idempotency-key"));
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7e]+$"));
    if (key.isEmpty() || key.size() > kLongestKey || !printable.match(key).hasMatch()) {
        respond(invalid(QStringLiteral("Idempotency-Key"),
            tr("Every action needs an Idempotency-Key: up to %1 visible ASCII characters, a UUID.").arg(kLongestKey)));
        return;
    }
    respond(handle(*request.actor, match.captured(1), key, request.json));
}

PortalReply PostActions::handle(
    const Actor &actor, const QString &postId, const QString &key, const QJsonDocument &body)
{
    QString failure;
    const auto unavailable = [&failure] {
        qWarning("portal: action: %s", qPrintable(failure));
        return PortalReply::unavailable(tr("The service cannot reach the database now; send the action again later."));
    };
    PortalTransaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!transaction.started()) {
        failure = sqlError(query);
        return unavailable();
    }
    const QString user = sqlLiteral(m_db, actor.userId);
    const QString keyLiteral = sqlLiteral(m_db, key);
    // Waits for a concurrent, uncommitted request with the same key, then does nothing.
    if (!query.exec(QStringLiteral("INSERT INTO idempotency_keys (user_id, key, post_id, status, answer)"
                                   " VALUES (%1, %2, %3, 0, '') ON CONFLICT DO NOTHING")
                        .arg(user, keyLiteral, sqlLiteral(m_db, postId)))) {
        failure = sqlError(query);
        return unavailable();
    }
    if (query.numRowsAffected() == 0) {
        if (!query.exec(QStringLiteral("SELECT status, answer FROM idempotency_keys WHERE user_id = %1 AND key = %2")
                            .arg(user, keyLiteral))
            || !query.next()) {
            failure = sqlError(query);
            return unavailable();
        }
        return PortalReply::json(
            query.value(0).toInt(), QJsonDocument::fromJson(query.value(1).toByteArray()).object());
    }

    const Outcome outcome = decide(actor, postId, body, &failure);
    if (!failure.isEmpty())
        return unavailable();
    // The answer and, when the action changed the post, the audit row in one statement.
    const QString answer = QStringLiteral("UPDATE idempotency_keys SET status = %1, answer = %2"
                                          " WHERE user_id = %3 AND key = %4")
                               .arg(sqlLiteral(m_db, outcome.reply.status),
                                   sqlLiteral(m_db, compact(outcome.reply.body)), user, keyLiteral);
    const QString statement = outcome.applied.isEmpty()
        ? answer
        : QStringLiteral("WITH answered AS (%1) INSERT INTO audit_log (user_id, action, post_id, detail)"
                         " VALUES (%2, %3, %4, %5::jsonb)")
              .arg(answer, user, sqlLiteral(m_db, outcome.applied.value(QLatin1String("type")).toString()),
                  sqlLiteral(m_db, postId),
                  sqlLiteral(m_db,
                      QString::fromUtf8(compact({ { QStringLiteral("idempotency_key"), key },
                          { QStringLiteral("body"), outcome.applied } }))));
    if (!query.exec(statement)) {
        failure = sqlError(query);
        return unavailable();
    }
    if (!transaction.commit(&failure))
        return unavailable();
    return outcome.reply;
}

PostActions::Outcome PostActions::decide(
    const Actor &actor, const QString &postId, const QJsonDocument &body, QString *failure)
{
    if (!body.isObject())
        return { invalid(QStringLiteral("body"), tr("The body is not a JSON object.")), {} };
    const QJsonObject request = body.object();
    QString error;
    const auto action = Action::fromJson(request, &error);
    if (!action)
        return { invalid(QStringLiteral("type"), error), {} };

    // The post, locked, with the units and calendar of the database in one round trip: they are
    // read for every action, so that an import by another process decides the next action.
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT (SELECT doc::text FROM posts WHERE id = %1 FOR UPDATE),"
                           " (SELECT coalesce(jsonb_agg(doc ORDER BY position), '[]'::jsonb)::text FROM units),"
                           " (SELECT coalesce(jsonb_agg(doc ORDER BY year), '[]'::jsonb)::text FROM calendar_years)")
                .arg(sqlLiteral(m_db, postId)))
        || !query.next()) {
        *failure = sqlError(query);
        return {};
    }
    const PortalReply notFound
        = PortalReply::error(404, QStringLiteral("not_found"), tr("There is no post %1.").arg(postId));
    if (query.value(0).isNull())
        return { notFound, {} };
    const Post post(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    const std::unique_ptr<ActionPolicy> policy
        = policyOf(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array(),
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array());
    // Before the role: whatever it asks, a post out of a liaison's scope answers as an unknown one.
    if (!inScope(actor, post.json()))
        return { notFound, {} };
    if (!roleMayAct(actor.role, action->type()))
        return { PortalReply::error(403, QStringLiteral("forbidden"), policy->refusal(actor, post, *action)), {} };
    if (actor.role == Role::Liaison && action->text("unit_id") != actor.unitId)
        return { PortalReply::error(403, QStringLiteral("forbidden"), tr("You can act for your own unit only.")), {} };

    if (!actionAppends(action->type())) {
        const QJsonValue base = request.value(QLatin1String("base_version"));
        if (!base.isDouble() || base.toDouble() != double(base.toInteger()))
            return { invalid(QStringLiteral("base_version"), tr("This action needs the base_version.")), {} };
        if (base.toInteger() != post.version()) {
            QJsonObject conflict = PortalReply::error(409, QStringLiteral("version_conflict"),
                tr("The post has changed since version %1.").arg(base.toInteger()))
                                       .body;
            conflict.insert(QStringLiteral("post"), viewFor(actor, post.json()));
            return { PortalReply::json(409, conflict), {} };
        }
    }
    if (const auto refusal = policyRefusal(*policy, actor, post, *action))
        return { invalid(refusal->field, refusal->message), {} };

    const Post changed = applyActionLocally(post, *action, actor, QDateTime::currentDateTimeUtc());
    QJsonObject next = withPortalIds(post.json(), changed.json(), [&](char kind) { return nextId(kind, failure); });
    if (!failure->isEmpty())
        return {};
    next.insert(QStringLiteral("version"), post.version() + 1);
    if (QJsonDocument(next).toJson(QJsonDocument::Compact).size() > kMaxPostBytes) {
        const QString field = action->type() == Action::Type::Reply ? QStringLiteral("text") : QStringLiteral("note");
        return { invalid(field, tr("The post would be over %1 KiB; write less.").arg(kMaxPostBytes / 1024)), {} };
    }
    if (!PostWriter(m_db).write({ next }, failure))
        return {};
    return { PortalReply::json(200, { { QStringLiteral("post"), viewFor(actor, next) } }), request };
}

std::unique_ptr<ActionPolicy> PostActions::policyOf(const QJsonArray &units, const QJsonArray &calendarYears)
{
    WorkCalendar calendar = WorkCalendar::builtIn();
    for (const QJsonValue &doc : calendarYears) {
        CalendarYear year;
        QString ignored;
        // The admin's calendar import checked it; one unreadable year leaves the built-in one.
        if (parseCalendarYear(doc.toObject(), &year, &ignored))
            calendar.setYear(year);
    }
    return std::make_unique<ActionPolicy>(DeadlineCalculator(calendar, DeadlineRules::notice()), unitsById(units));
}

QString PostActions::nextId(char kind, QString *failure)
{
    QSqlQuery query(m_db);
    if (!query.exec(kind == 'r' ? QStringLiteral("SELECT nextval('reply_number')")
                                : QStringLiteral("SELECT nextval('supervision_number')"))
        || !query.next()) {
        *failure = sqlError(query);
        return {};
    }
    return QString(QLatin1Char(kind)) + QLatin1Char('-') + query.value(0).toString();
}

} // namespace bxt::portal
