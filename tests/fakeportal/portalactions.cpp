#include "portalactions.h"

#include "actions/actioncontract.h"
#include "calendar/deadlinecalculator.h"
#include "calendar/deadlinerules.h"
#include "demo/syntheticpostgenerator.h"
#include "rules/actioneffect.h"

#include <QJsonDocument>

namespace bxt::test {

namespace {

HttpAnswer invalid(const QString &field, const QString &message)
{
    return HttpAnswer::error(422, QStringLiteral("invalid"), message, field);
}

HttpAnswer forbidden(const QString &message)
{
    return HttpAnswer::error(403, QStringLiteral("forbidden"), message);
}

} // namespace

PortalActions::PortalActions(PortalFeed &feed)
    : m_feed(feed)
    , m_units(portal::unitsById(SyntheticPostGenerator::harbinUnits()))
    , m_calendar(WorkCalendar::builtIn())
    , m_policy(DeadlineCalculator(m_calendar, DeadlineRules::notice()), m_units)
{ }

void PortalActions::setUnits(const QJsonArray &units)
{
    m_units = portal::unitsById(units);
    rebuildPolicy();
}

void PortalActions::setCalendarYear(const CalendarYear &year)
{
    m_calendar.setYear(year);
    rebuildPolicy();
}

PortalActions::Outcome PortalActions::handle(const Actor &actor, const QString &postId,
    const QByteArray &idempotencyKey, const QByteArray &body, const QDateTime &now)
{
    if (idempotencyKey.isEmpty())
        return { invalid(QStringLiteral("Idempotency-Key"), QStringLiteral("Every action needs an Idempotency-Key.")),
            false };
    const auto first = m_answers.constFind(idempotencyKey);
    if (first != m_answers.cend())
        return { *first, false };
    Outcome outcome = decide(actor, postId, idempotencyKey, body, now);
    m_answers.insert(idempotencyKey, outcome.answer);
    return outcome;
}

PortalActions::Outcome PortalActions::decide(const Actor &actor, const QString &postId,
    const QByteArray &idempotencyKey, const QByteArray &body, const QDateTime &now)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return { invalid(QStringLiteral("body"), QStringLiteral("The body is not a JSON object.")), false };
    const QJsonObject request = document.object();
    QString error;
    const auto action = Action::fromJson(request, &error);
    if (!action)
        return { invalid(QStringLiteral("type"), error), false };
    if (!m_feed.isLive(postId))
        return { HttpAnswer::error(
                     404, QStringLiteral("not_found"), QStringLiteral("There is no post %1.").arg(postId)),
            false };

    const Post post(m_feed.post(postId));
    if (!portal::roleMayAct(actor.role, action->type()))
        return { forbidden(m_policy.refusal(actor, post, *action)), false };
    if (actor.role == Role::Liaison && !m_feed.isVisibleTo(actor, postId))
        return { forbidden(QStringLiteral("This post was not dispatched to your unit.")), false };
    if (actor.role == Role::Liaison && action->text("unit_id") != actor.unitId)
        return { forbidden(QStringLiteral("You can act for your own unit only.")), false };

    if (!portal::actionAppends(action->type())) {
        const QJsonValue base = request.value(QLatin1String("base_version"));
        if (!base.isDouble() || base.toDouble() != double(base.toInteger()))
            return { invalid(QStringLiteral("base_version"), QStringLiteral("This action needs the base_version.")),
                false };
        if (base.toInteger() != post.version()) {
            const QString message = QStringLiteral("The post has changed since version %1.").arg(base.toInteger());
            QJsonObject conflict = HttpAnswer::errorBody(QStringLiteral("version_conflict"), message);
            conflict.insert(QStringLiteral("post"), m_feed.viewFor(actor, postId));
            return { HttpAnswer::json(409, conflict), false };
        }
    }
    if (const HttpAnswer refused = refusal(actor, post, *action); refused.status != 200)
        return { refused, false };

    const Post changed = applyActionLocally(post, *action, actor, now);
    m_feed.put(withPortalIds(post.json(), changed.json()));
    m_applied.append({ { QStringLiteral("post_id"), postId },
        { QStringLiteral("idempotency_key"), QString::fromLatin1(idempotencyKey) },
        { QStringLiteral("body"), request } });
    return { HttpAnswer::json(200, { { QStringLiteral("post"), m_feed.viewFor(actor, postId) } }), true };
}

HttpAnswer PortalActions::refusal(const Actor &actor, const Post &post, const Action &action) const
{
    if (const auto refused = portal::policyRefusal(m_policy, actor, post, action))
        return invalid(refused->field, refused->message);
    return {};
}

// applyActionLocally gives new replies and supervisions ids of its own; the portal numbers
// them ("r-N", "s-N").
QJsonObject PortalActions::withPortalIds(const QJsonObject &before, QJsonObject after)
{
    return portal::withPortalIds(before, std::move(after), [this](char kind) {
        const qint64 number = kind == 'r' ? ++m_lastReplyId : ++m_lastSupervisionId;
        return QString(QLatin1Char(kind)) + QLatin1Char('-') + QString::number(number);
    });
}

void PortalActions::rebuildPolicy()
{
    m_policy = ActionPolicy(DeadlineCalculator(m_calendar, DeadlineRules::notice()), m_units);
}

} // namespace bxt::test
