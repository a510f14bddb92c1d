#include "portalactions.h"

#include "calendar/deadlinecalculator.h"
#include "calendar/deadlinerules.h"
#include "demo/syntheticpostgenerator.h"
#include "rules/actioneffect.h"

#include <QJsonDocument>
#include <QSet>

namespace bxt::test {

namespace {

// The "who" column of the contract's action table: the portal's own check, answered with 403.
QList<Role> allowedRoles(Action::Type type)
{
    switch (type) {
    case Action::Type::Accept:
    case Action::Type::Return:
    case Action::Type::Promise: return { Role::Liaison };
    case Action::Type::Reply: return { Role::Liaison, Role::ColumnStaff };
    case Action::Type::Supervise:
    case Action::Type::SupervisionResult: return { Role::Supervisor };
    default: return { Role::ColumnStaff };
    }
}

// reply, promise, supervise and supervision_result append: no base_version, never a conflict.
bool appends(Action::Type type)
{
    return type == Action::Type::Reply || type == Action::Type::Promise || type == Action::Type::Supervise
        || type == Action::Type::SupervisionResult;
}

// The parameters an action cannot go without, and the one a refusal most likely concerns when
// none is missing: ActionPolicy answers with a sentence, the contract's 422 wants a field.
struct Parameters
{
    QList<const char *> required;
    const char *likelyCulprit;
};

Parameters parametersOf(Action::Type type)
{
    switch (type) {
    case Action::Type::Classify: return { { "category" }, "category" };
    case Action::Type::Dispatch: return { { "unit_ids" }, "unit_ids" };
    case Action::Type::Forward: return { { "mailbox" }, "mailbox" };
    case Action::Type::Shield: return { { "reason" }, "reason" };
    case Action::Type::Accept: return { { "unit_id" }, "unit_id" };
    case Action::Type::Return: return { { "unit_id", "reason" }, "reason" };
    case Action::Type::Promise: return { { "unit_id", "due" }, "due" };
    case Action::Type::Reply: return { { "kind", "text", "visibility" }, "text" };
    case Action::Type::Supervise: return { { "unit_id", "method", "reason" }, "unit_id" };
    case Action::Type::SupervisionResult: return { { "supervision_id", "result" }, "supervision_id" };
    case Action::Type::Unshield:
    case Action::Type::Close: break;
    }
    return { {}, "type" };
}

QString fieldOfRefusal(const Action &action)
{
    const Parameters parameters = parametersOf(action.type());
    for (const char *name : parameters.required) {
        const QJsonValue value = action.parameter(name);
        if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
            return QLatin1String(name);
    }
    return QLatin1String(parameters.likelyCulprit);
}

HttpAnswer invalid(const QString &field, const QString &message)
{
    return HttpAnswer::error(422, QStringLiteral("invalid"), message, field);
}

HttpAnswer forbidden(const QString &message)
{
    return HttpAnswer::error(403, QStringLiteral("forbidden"), message);
}

QHash<QString, Unit> unitsFrom(const QJsonArray &array)
{
    QHash<QString, Unit> units;
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        Unit unit;
        unit.id = json.value(QLatin1String("id")).toString();
        unit.name = json.value(QLatin1String("name")).toString();
        unit.kind = unitKindFromCode(json.value(QLatin1String("kind")).toString()).value_or(UnitKind::Department);
        unit.active = json.value(QLatin1String("active")).toBool(true);
        units.insert(unit.id, unit);
    }
    return units;
}

// Calls visit(kind, item) on every reply ('r': of every assignment, and the column's own) and
// every supervision ('s') of the post; what visit changes is stored back.
template <typename Visit> void forEachRecord(QJsonObject &post, Visit visit)
{
    auto visitArray = [&](QJsonObject &holder, const QString &key, char kind) {
        if (!holder.contains(key))
            return;
        QJsonArray items = holder.value(key).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            visit(kind, item);
            items.replace(i, item);
        }
        holder.insert(key, items);
    };
    QJsonArray assignments = post.value(QLatin1String("assignments")).toArray();
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        QJsonObject assignment = assignments.at(i).toObject();
        visitArray(assignment, QStringLiteral("replies"), 'r');
        assignments.replace(i, assignment);
    }
    post.insert(QStringLiteral("assignments"), assignments);
    visitArray(post, QStringLiteral("replies"), 'r');
    visitArray(post, QStringLiteral("supervisions"), 's');
}

} // namespace

PortalActions::PortalActions(PortalFeed &feed)
    : m_feed(feed)
    , m_units(unitsFrom(SyntheticPostGenerator::harbinUnits()))
    , m_calendar(WorkCalendar::builtIn())
    , m_policy(DeadlineCalculator(m_calendar, DeadlineRules::notice()), m_units)
{ }

void PortalActions::setUnits(const QJsonArray &units)
{
    m_units = unitsFrom(units);
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
    if (!allowedRoles(action->type()).contains(actor.role))
        return { forbidden(m_policy.refusal(actor, post, *action)), false };
    if (actor.role == Role::Liaison && !m_feed.isVisibleTo(actor, postId))
        return { forbidden(QStringLiteral("This post was not dispatched to your unit.")), false };
    if (actor.role == Role::Liaison && action->text("unit_id") != actor.unitId)
        return { forbidden(QStringLiteral("You can act for your own unit only.")), false };

    if (!appends(action->type())) {
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
    const QString refused = m_policy.refusal(actor, post, action);
    if (refused.isEmpty())
        return {};
    // Refused whatever the parameters: the post's state does not allow this kind of action.
    if (!m_policy.unavailability(actor, post, action.type()).isEmpty())
        return invalid(QStringLiteral("type"), refused);
    return invalid(fieldOfRefusal(action), refused);
}

// applyActionLocally gives new replies and supervisions ids of its own; the portal numbers
// them ("r-N", "s-N").
QJsonObject PortalActions::withPortalIds(const QJsonObject &before, QJsonObject after)
{
    QSet<QString> known;
    QJsonObject original = before;
    forEachRecord(
        original, [&known](char, QJsonObject &item) { known.insert(item.value(QLatin1String("id")).toString()); });
    forEachRecord(after, [&](char kind, QJsonObject &item) {
        if (known.contains(item.value(QLatin1String("id")).toString()))
            return;
        const qint64 number = kind == 'r' ? ++m_lastReplyId : ++m_lastSupervisionId;
        item.insert(QStringLiteral("id"), QString(QLatin1Char(kind)) + QLatin1Char('-') + QString::number(number));
    });
    return after;
}

void PortalActions::rebuildPolicy()
{
    m_policy = ActionPolicy(DeadlineCalculator(m_calendar, DeadlineRules::notice()), m_units);
}

} // namespace bxt::test
