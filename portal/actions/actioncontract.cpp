#include "actions/actioncontract.h"

#include <QSet>

namespace bxt::portal {

namespace {

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

bool roleMayAct(Role role, Action::Type type)
{
    switch (type) {
    case Action::Type::Accept:
    case Action::Type::Return:
    case Action::Type::Promise: return role == Role::Liaison;
    case Action::Type::Reply: return role == Role::Liaison || role == Role::ColumnStaff;
    case Action::Type::Supervise:
    case Action::Type::SupervisionResult: return role == Role::Supervisor;
    default: return role == Role::ColumnStaff;
    }
}

bool actionAppends(Action::Type type)
{
    return type == Action::Type::Reply || type == Action::Type::Promise || type == Action::Type::Supervise
        || type == Action::Type::SupervisionResult;
}

std::optional<ActionRefusal> policyRefusal(
    const ActionPolicy &policy, const Actor &actor, const Post &post, const Action &action)
{
    const QString refused = policy.refusal(actor, post, action);
    if (refused.isEmpty())
        return std::nullopt;
    if (!policy.unavailability(actor, post, action.type()).isEmpty())
        return ActionRefusal { QStringLiteral("type"), refused };
    return ActionRefusal { fieldOfRefusal(action), refused };
}

QJsonObject withPortalIds(const QJsonObject &before, QJsonObject after, const std::function<QString(char kind)> &nextId)
{
    QSet<QString> known;
    QJsonObject original = before;
    forEachRecord(
        original, [&known](char, QJsonObject &item) { known.insert(item.value(QLatin1String("id")).toString()); });
    forEachRecord(after, [&](char kind, QJsonObject &item) {
        if (!known.contains(item.value(QLatin1String("id")).toString()))
            item.insert(QStringLiteral("id"), nextId(kind));
    });
    return after;
}

QHash<QString, Unit> unitsById(const QJsonArray &array)
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

} // namespace bxt::portal
