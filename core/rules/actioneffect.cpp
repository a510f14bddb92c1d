#include "rules/actioneffect.h"

#include <QJsonArray>
#include <QUuid>

namespace bxt {

namespace {

QString localId(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

// Calls change(assignment) on the unit's assignment, then stores it back.
template <typename Change> void changeAssignment(QJsonObject &post, const QString &unitId, Change change)
{
    QJsonArray assignments = post.value(QLatin1String("assignments")).toArray();
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        QJsonObject assignment = assignments.at(i).toObject();
        if (assignment.value(QLatin1String("unit_id")).toString() != unitId)
            continue;
        change(assignment);
        assignments.replace(i, assignment);
    }
    post.insert(QStringLiteral("assignments"), assignments);
}

// A post is replied when every unit still holding it has replied.
void updateRepliedStatus(QJsonObject &post)
{
    if (post.value(QLatin1String("status")).toString() != QLatin1String("dispatched"))
        return;
    bool allReplied = true;
    bool anyReplied = false;
    for (const QJsonValue &value : post.value(QLatin1String("assignments")).toArray()) {
        const QString status = value.toObject().value(QLatin1String("status")).toString();
        anyReplied = anyReplied || status == QLatin1String("replied");
        allReplied = allReplied && (status == QLatin1String("replied") || status == QLatin1String("returned"));
    }
    if (allReplied && anyReplied)
        post.insert(QStringLiteral("status"), QStringLiteral("replied"));
}

QJsonObject reply(const Action &action, const QString &now)
{
    return { { QStringLiteral("id"), localId("local-r-") }, { QStringLiteral("kind"), action.text("kind") },
        { QStringLiteral("text"), action.text("text") },
        { QStringLiteral("doc_refs"), action.parameter("doc_refs").toArray() },
        { QStringLiteral("visibility"), action.text("visibility") }, { QStringLiteral("published_at"), now } };
}

} // namespace

QJsonObject pendingAssignment(const QString &unitId, const QString &dispatchedAt)
{
    const QJsonValue null(QJsonValue::Null);
    return { { QStringLiteral("unit_id"), unitId }, { QStringLiteral("dispatched_at"), dispatchedAt },
        { QStringLiteral("status"), QStringLiteral("pending") }, { QStringLiteral("accepted_at"), null },
        { QStringLiteral("returned_at"), null }, { QStringLiteral("return_reason"), null },
        { QStringLiteral("promised_at"), null }, { QStringLiteral("promise_due"), null },
        { QStringLiteral("replies"), QJsonArray() } };
}

Post applyActionLocally(const Post &original, const Action &action, const Actor &actor, const QDateTime &instant)
{
    QJsonObject post = original.json();
    const QString now = toRfc3339Cst(instant);
    const QJsonValue null(QJsonValue::Null);
    auto set = [&post](const char *field, const QJsonValue &value) { post.insert(QLatin1String(field), value); };
    switch (action.type()) {
    case Action::Type::Classify:
        set("category", action.text("category"));
        set("status", QStringLiteral("triaged"));
        break;
    case Action::Type::Dispatch: {
        QJsonArray assignments = post.value(QLatin1String("assignments")).toArray();
        for (const QJsonValue &unitId : action.parameter("unit_ids").toArray()) {
            assignments.append(pendingAssignment(unitId.toString(), now));
        }
        set("assignments", assignments);
        set("status", QStringLiteral("dispatched"));
        break;
    }
    case Action::Type::Forward:
        set("forwarded_to", action.text("mailbox"));
        set("status", QStringLiteral("forwarded"));
        break;
    case Action::Type::Shield:
        set("shield_reason", action.text("reason"));
        set("duplicate_of",
            action.text("reason") == QLatin1String("duplicate") ? QJsonValue(action.text("duplicate_of")) : null);
        set("status", QStringLiteral("shielded"));
        break;
    case Action::Type::Unshield:
        set("shield_reason", null);
        set("duplicate_of", null);
        set("status", original.category() ? QStringLiteral("triaged") : QStringLiteral("new"));
        break;
    case Action::Type::Accept:
        changeAssignment(post, action.text("unit_id"), [&](QJsonObject &assignment) {
            assignment.insert(QStringLiteral("status"), QStringLiteral("accepted"));
            assignment.insert(QStringLiteral("accepted_at"), now);
        });
        break;
    case Action::Type::Return:
        changeAssignment(post, action.text("unit_id"), [&](QJsonObject &assignment) {
            assignment.insert(QStringLiteral("status"), QStringLiteral("returned"));
            assignment.insert(QStringLiteral("returned_at"), now);
            assignment.insert(QStringLiteral("return_reason"), action.text("reason"));
        });
        updateRepliedStatus(post);
        break;
    case Action::Type::Promise:
        changeAssignment(post, action.text("unit_id"), [&](QJsonObject &assignment) {
            assignment.insert(QStringLiteral("status"), QStringLiteral("promised"));
            assignment.insert(QStringLiteral("promised_at"), now);
            assignment.insert(QStringLiteral("promise_due"), action.text("due"));
        });
        break;
    case Action::Type::Reply:
        if (actor.role == Role::Liaison) {
            changeAssignment(post, action.text("unit_id"), [&](QJsonObject &assignment) {
                QJsonArray replies = assignment.value(QLatin1String("replies")).toArray();
                replies.append(reply(action, now));
                assignment.insert(QStringLiteral("replies"), replies);
                assignment.insert(QStringLiteral("status"), QStringLiteral("replied"));
            });
            updateRepliedStatus(post);
        } else {
            // The contract gives column staff's replies no place of their own; they are kept
            // on the post until the portal's state replaces it.
            QJsonArray replies = post.value(QLatin1String("replies")).toArray();
            replies.append(reply(action, now));
            set("replies", replies);
        }
        break;
    case Action::Type::Supervise: {
        QJsonArray supervisions = post.value(QLatin1String("supervisions")).toArray();
        supervisions.append(QJsonObject { { QStringLiteral("id"), localId("local-s-") },
            { QStringLiteral("unit_id"), action.text("unit_id") }, { QStringLiteral("opened_at"), now },
            { QStringLiteral("method"), action.text("method") }, { QStringLiteral("reason"), action.text("reason") },
            { QStringLiteral("note"), action.text("note") }, { QStringLiteral("result"), null },
            { QStringLiteral("closed_at"), null } });
        set("supervisions", supervisions);
        break;
    }
    case Action::Type::SupervisionResult: {
        QJsonArray supervisions = post.value(QLatin1String("supervisions")).toArray();
        for (qsizetype i = 0; i < supervisions.size(); ++i) {
            QJsonObject supervision = supervisions.at(i).toObject();
            if (supervision.value(QLatin1String("id")).toString() != action.text("supervision_id"))
                continue;
            supervision.insert(QStringLiteral("result"), action.text("result"));
            supervision.insert(QStringLiteral("closed_at"), now);
            supervisions.replace(i, supervision);
        }
        set("supervisions", supervisions);
        break;
    }
    case Action::Type::Close: set("status", QStringLiteral("closed")); break;
    }
    return Post(post);
}

} // namespace bxt
