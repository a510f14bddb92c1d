#include "rules/actionpolicy.h"

#include "domain/status.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActionPolicy)
};

bool isOneOf(const QString &value, std::initializer_list<const char *> options)
{
    for (const char *option : options) {
        if (value == QLatin1String(option))
            return true;
    }
    return false;
}

bool isActive(const QJsonObject &assignment)
{
    return assignment.value(QLatin1String("status")).toString() != QLatin1String("returned");
}

QString stateRefusal(const Post &post)
{
    return Tr::tr("This post is %1; that cannot be done now.").arg(postStatusName(post.status()));
}

} // namespace

ActionPolicy::ActionPolicy(DeadlineCalculator deadlines, QHash<QString, Unit> units)
    : m_deadlines(std::move(deadlines))
    , m_units(std::move(units))
{ }

QString ActionPolicy::refusal(const Actor &actor, const Post &post, const Action &action) const
{
    if (QString refused = roleRefusal(actor, action); !refused.isEmpty())
        return refused;
    if (actor.role == Role::Liaison) {
        // R10: a report is never handled by a department or district.
        if (post.category() == Category::Report || post.assignmentFor(actor.unitId).isEmpty())
            return Tr::tr("This post was not dispatched to your unit.");
    }
    switch (action.type()) {
    case Action::Type::Classify: return classifyRefusal(post, action);
    case Action::Type::Dispatch: return dispatchRefusal(post, action);
    case Action::Type::Forward: return forwardRefusal(post, action);
    case Action::Type::Shield: return shieldRefusal(post, action);
    case Action::Type::Unshield:
        return post.status() == QLatin1String("shielded") ? QString() : Tr::tr("This post is not shielded.");
    case Action::Type::Accept:
    case Action::Type::Return:
    case Action::Type::Promise: return unitActionRefusal(actor, post, action);
    case Action::Type::Reply: return replyRefusal(actor, post, action);
    case Action::Type::Supervise: return superviseRefusal(post, action);
    case Action::Type::SupervisionResult: return supervisionResultRefusal(post, action);
    case Action::Type::Close: return closeRefusal(post);
    }
    return {};
}

QString ActionPolicy::unavailability(const Actor &actor, const Post &post, Action::Type type) const
{
    QString error;
    const auto action = Action::fromJson(sampleBody(actor, post, type), &error);
    return action ? refusal(actor, post, *action) : error;
}

// Parameters that are valid whenever the action itself is, so that only the role and the
// post's state can refuse it.
QJsonObject ActionPolicy::sampleBody(const Actor &actor, const Post &post, Action::Type type) const
{
    const auto category = post.category();
    const QString ownUnit = actor.unitId;
    QJsonObject body { { QStringLiteral("type"), Action::codeOf(type) } };
    switch (type) {
    case Action::Type::Classify: body.insert(QStringLiteral("category"), QStringLiteral("other")); break;
    case Action::Type::Dispatch: {
        QStringList free;
        for (const Unit &unit : m_units) {
            if (unit.active && post.assignmentFor(unit.id).isEmpty())
                free.append(unit.id);
        }
        std::sort(free.begin(), free.end());
        body.insert(QStringLiteral("unit_ids"),
            QJsonArray::fromStringList(free.mid(0, category == Category::MultiDepartment ? 2 : 1)));
        break;
    }
    case Action::Type::Forward:
        body.insert(QStringLiteral("mailbox"),
            category == Category::Report ? QStringLiteral("discipline_mailbox") : QStringLiteral("mayor_mailbox"));
        break;
    case Action::Type::Shield: body.insert(QStringLiteral("reason"), QStringLiteral("spam")); break;
    case Action::Type::Accept: body.insert(QStringLiteral("unit_id"), ownUnit); break;
    case Action::Type::Return:
        body.insert(QStringLiteral("unit_id"), ownUnit);
        body.insert(QStringLiteral("reason"), QStringLiteral("-"));
        break;
    case Action::Type::Promise: {
        body.insert(QStringLiteral("unit_id"), ownUnit);
        const auto unit = m_units.constFind(ownUnit);
        const QDateTime dispatchedAt
            = parseRfc3339(post.assignmentFor(ownUnit).value(QLatin1String("dispatched_at")).toString());
        if (unit != m_units.cend() && dispatchedAt.isValid())
            body.insert(
                QStringLiteral("due"), m_deadlines.compute(unit->kind, dispatchedAt).finalLimit.toString(Qt::ISODate));
        break;
    }
    case Action::Type::Reply:
        body.insert(QStringLiteral("unit_id"), actor.role == Role::Liaison ? QJsonValue(ownUnit) : QJsonValue());
        body.insert(QStringLiteral("kind"), QStringLiteral("initial"));
        body.insert(QStringLiteral("text"), QStringLiteral("-"));
        body.insert(QStringLiteral("visibility"),
            category == Category::Report ? QStringLiteral("submitter") : QStringLiteral("public"));
        break;
    case Action::Type::Supervise: {
        const QJsonArray assignments = post.assignments();
        body.insert(QStringLiteral("unit_id"),
            assignments.isEmpty() ? QString()
                                  : assignments.first().toObject().value(QLatin1String("unit_id")).toString());
        body.insert(QStringLiteral("method"), QStringLiteral("phone"));
        body.insert(QStringLiteral("reason"), QStringLiteral("overdue"));
        break;
    }
    case Action::Type::SupervisionResult: {
        for (const QJsonValue &value : post.supervisions()) {
            const QJsonObject supervision = value.toObject();
            if (supervision.value(QLatin1String("closed_at")).isNull()
                || supervision.value(QLatin1String("closed_at")).isUndefined()) {
                body.insert(QStringLiteral("supervision_id"), supervision.value(QLatin1String("id")));
                break;
            }
        }
        body.insert(QStringLiteral("result"), QStringLiteral("-"));
        break;
    }
    case Action::Type::Unshield:
    case Action::Type::Close: break;
    }
    return body;
}

QString ActionPolicy::roleRefusal(const Actor &actor, const Action &action) const
{
    QList<Role> allowed;
    switch (action.type()) {
    case Action::Type::Accept:
    case Action::Type::Return:
    case Action::Type::Promise: allowed = { Role::Liaison }; break;
    case Action::Type::Reply: allowed = { Role::Liaison, Role::ColumnStaff }; break;
    case Action::Type::Supervise:
    case Action::Type::SupervisionResult: allowed = { Role::Supervisor }; break;
    default: allowed = { Role::ColumnStaff }; break;
    }
    if (allowed.contains(actor.role))
        return {};
    QStringList names;
    for (const Role role : allowed)
        names.append(roleDisplayName(role));
    return Tr::tr("As %1 you cannot do this; it is for %2.")
        .arg(roleDisplayName(actor.role), names.join(Tr::tr(" or ")));
}

QString ActionPolicy::classifyRefusal(const Post &post, const Action &action) const
{
    if (!Categories::fromCode(action.text("category")))
        return Tr::tr("Choose one of the eight categories.");
    const QString status = post.status();
    if (status == QLatin1String("new") || status == QLatin1String("triaged"))
        return {};
    if (status == QLatin1String("dispatched")) {
        bool anyActive = false;
        for (const QJsonValue &assignment : post.assignments())
            anyActive = anyActive || isActive(assignment.toObject());
        if (!anyActive)
            return {}; // every unit returned it: column staff may classify it anew
        return Tr::tr("This post is with a unit already; it can be reclassified only after every unit returned it.");
    }
    return stateRefusal(post);
}

QString ActionPolicy::dispatchRefusal(const Post &post, const Action &action) const
{
    const auto category = post.category();
    if (!category)
        return Tr::tr("Classify the post before dispatching it.");
    switch (*category) {
    case Category::Petition:
        return Tr::tr("A petition is forwarded to the mayor's mailbox, not dispatched to a unit (R9).");
    case Category::Report:
        return Tr::tr("A report is confidential: it goes to the discipline mailbox only and never to a department "
                      "or district (R10).");
    case Category::Other: return Tr::tr("Posts of the category \"other\" are shielded, not dispatched (R12).");
    default: break;
    }
    if (!isOneOf(post.status(), { "triaged", "dispatched", "replied" }))
        return stateRefusal(post);
    const QJsonValue unitIds = action.parameter("unit_ids");
    QSet<QString> chosen;
    for (const QJsonValue &value : unitIds.toArray()) {
        const QString unitId = value.toString();
        if (unitId.isEmpty() || chosen.contains(unitId))
            return Tr::tr("Each unit can be chosen once.");
        chosen.insert(unitId);
    }
    if (chosen.isEmpty())
        return Tr::tr("Choose at least one unit.");
    QSet<QString> withPost;
    for (const QJsonValue &value : post.assignments()) {
        if (isActive(value.toObject()))
            withPost.insert(value.toObject().value(QLatin1String("unit_id")).toString());
    }
    if (*category == Category::MultiDepartment && chosen.size() + withPost.size() < 2)
        return Tr::tr("A multi-department post goes to two or more units at once (R11).");
    for (const QString &unitId : std::as_const(chosen)) {
        const auto unit = m_units.constFind(unitId);
        if (unit == m_units.cend())
            return Tr::tr("\"%1\" is not in the unit list. Update the unit list and try again.").arg(unitId);
        if (!unit->active)
            return Tr::tr("%1 no longer takes posts.").arg(unit->name);
        if (withPost.contains(unitId))
            return Tr::tr("The post is with %1 already.").arg(unit->name);
        // portal-api.md: one assignment per unit; a unit that returned the post said it is not its remit.
        if (!post.assignmentFor(unitId).isEmpty())
            return Tr::tr("%1 returned this post as outside its remit (R15); choose another unit.").arg(unit->name);
    }
    return {};
}

QString ActionPolicy::forwardRefusal(const Post &post, const Action &action) const
{
    const QString mailbox = action.text("mailbox");
    if (!isOneOf(mailbox, { "mayor_mailbox", "discipline_mailbox" }))
        return Tr::tr("Choose the mayor's mailbox or the discipline mailbox.");
    const auto category = post.category();
    if (category == Category::Report && mailbox != QLatin1String("discipline_mailbox"))
        return Tr::tr("A report can go to the discipline mailbox only (R10).");
    if (category == Category::Petition && mailbox != QLatin1String("mayor_mailbox"))
        return Tr::tr("A petition goes to the mayor's mailbox (R9).");
    if (category != Category::Report && category != Category::Petition)
        return Tr::tr("Only petitions (to the mayor's mailbox) and reports (to the discipline mailbox) are forwarded "
                      "(R9, R10).");
    if (post.status() != QLatin1String("triaged"))
        return stateRefusal(post);
    return {};
}

QString ActionPolicy::shieldRefusal(const Post &post, const Action &action) const
{
    const QString reason = action.text("reason");
    if (!isOneOf(reason, { "spam", "duplicate", "advertising", "abusive", "illegal" }))
        return Tr::tr("Choose why the post is shielded: spam, duplicate, advertising, abusive or illegal (R12).");
    if (reason == QLatin1String("duplicate")) {
        const QString original = action.text("duplicate_of");
        if (original.isEmpty() || original == post.id())
            return Tr::tr("Name the earlier post that this one duplicates.");
    }
    if (!isOneOf(post.status(), { "new", "triaged" }))
        return stateRefusal(post);
    return {};
}

QString ActionPolicy::unitActionRefusal(const Actor &actor, const Post &post, const Action &action) const
{
    if (action.text("unit_id") != actor.unitId)
        return Tr::tr("You can act for your own unit only.");
    const QString status = post.assignmentFor(actor.unitId).value(QLatin1String("status")).toString();
    switch (action.type()) {
    case Action::Type::Accept:
        if (status != QLatin1String("pending"))
            return Tr::tr("Your unit has already dealt with this post (%1).").arg(assignmentStatusName(status));
        return {};
    case Action::Type::Return:
        if (!isOneOf(status, { "pending", "accepted" }))
            return Tr::tr("The post can be returned only before it is answered (now: %1).")
                .arg(assignmentStatusName(status));
        if (action.text("reason").trimmed().isEmpty())
            return Tr::tr("Say why the matter is outside your unit's remit (R15).");
        return {};
    default:
        if (!isOneOf(status, { "pending", "accepted", "promised" }))
            return Tr::tr("A reply date can be promised only before the reply (now: %1).")
                .arg(assignmentStatusName(status));
        return promiseRefusal(post, action);
    }
}

QString ActionPolicy::promiseRefusal(const Post &post, const Action &action) const
{
    const QString unitId = action.text("unit_id");
    const auto unit = m_units.constFind(unitId);
    if (unit == m_units.cend())
        return Tr::tr("\"%1\" is not in the unit list. Update the unit list and try again.").arg(unitId);
    const QDateTime dispatchedAt
        = parseRfc3339(post.assignmentFor(unitId).value(QLatin1String("dispatched_at")).toString());
    return m_deadlines.checkPromise(unit->kind, dispatchedAt, parseDate(action.text("due")));
}

QString ActionPolicy::replyRefusal(const Actor &actor, const Post &post, const Action &action) const
{
    if (!isOneOf(action.text("kind"), { "initial", "final", "followup" }))
        return Tr::tr("Choose the kind of reply: initial, final or follow-up.");
    if (action.text("text").trimmed().isEmpty())
        return Tr::tr("The reply is empty.");
    const QString visibility = action.text("visibility");
    if (!isOneOf(visibility, { "public", "submitter" }))
        return Tr::tr("Choose who sees the reply: the public or the author only.");
    if (post.category() == Category::Report && visibility != QLatin1String("submitter"))
        return Tr::tr("A reply to a report is seen by its author only (R10).");
    const QJsonValue refs = action.parameter("doc_refs");
    if (!refs.isUndefined() && !refs.isNull()) {
        if (!refs.isArray())
            return Tr::tr("The referenced documents must be a list.");
        for (const QJsonValue &ref : refs.toArray()) {
            if (ref.toObject().value(QLatin1String("title")).toString().trimmed().isEmpty())
                return Tr::tr("Every referenced document needs a title.");
        }
    }
    if (actor.role == Role::Liaison) {
        if (action.text("unit_id") != actor.unitId)
            return Tr::tr("You can act for your own unit only.");
        if (!isActive(post.assignmentFor(actor.unitId)))
            return Tr::tr("Your unit returned this post; it cannot reply to it.");
        return {};
    }
    const QJsonValue unitId = action.parameter("unit_id");
    if (!unitId.isNull() && !unitId.isUndefined())
        return Tr::tr("Column staff reply for the column, not for a unit.");
    if (isOneOf(post.status(), { "new", "shielded" }))
        return stateRefusal(post);
    return {};
}

QString ActionPolicy::superviseRefusal(const Post &post, const Action &action) const
{
    if (post.assignmentFor(action.text("unit_id")).isEmpty())
        return Tr::tr("The post was not dispatched to that unit.");
    if (!isOneOf(action.text("method"), { "phone", "notice" }))
        return Tr::tr("Choose how to supervise: by phone or by written notice.");
    if (!isOneOf(action.text("reason"), { "overdue", "public_attention", "concentrated", "unsatisfied", "repeated" }))
        return Tr::tr("Choose the reason for supervision (R20).");
    return {};
}

QString ActionPolicy::supervisionResultRefusal(const Post &post, const Action &action) const
{
    const QString id = action.text("supervision_id");
    for (const QJsonValue &value : post.supervisions()) {
        const QJsonObject supervision = value.toObject();
        if (supervision.value(QLatin1String("id")).toString() != id)
            continue;
        if (!supervision.value(QLatin1String("closed_at")).isNull()
            && !supervision.value(QLatin1String("closed_at")).isUndefined())
            return Tr::tr("This supervision already has its result.");
        if (action.text("result").trimmed().isEmpty())
            return Tr::tr("Write down the result of the supervision.");
        return {};
    }
    return Tr::tr("There is no such supervision on this post.");
}

QString ActionPolicy::closeRefusal(const Post &post) const
{
    const QString status = post.status();
    if (isOneOf(status, { "replied", "forwarded" }))
        return {};
    if (status == QLatin1String("triaged") && post.category() == Category::Commentary)
        return {}; // R8: column staff may decide not to dispatch a commentary at all
    if (status == QLatin1String("dispatched")) {
        bool anyReplied = false;
        for (const QJsonValue &value : post.assignments()) {
            const QString unitStatus = value.toObject().value(QLatin1String("status")).toString();
            if (!isOneOf(unitStatus, { "replied", "returned" }))
                return Tr::tr("A unit has not replied yet; the post cannot be closed.");
            anyReplied = anyReplied || unitStatus == QLatin1String("replied");
        }
        if (!anyReplied) // R1, R15: the author still has no answer; dispatch it to the right unit
            return Tr::tr("Every unit returned this post; dispatch it to the right unit before closing it (R15).");
        return {};
    }
    return stateRefusal(post);
}

} // namespace bxt
