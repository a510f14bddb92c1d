#include "rules/scopefilter.h"

#include "domain/post.h"
#include "rules/contactpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScopeFilter)
};

// Why a liaison may not hold the post, or an empty string when it may (R10).
QString liaisonMayNotHold(const Post &post, const QString &unitId)
{
    if (post.category() == Category::Report)
        return Tr::tr("a report, which a liaison's store never holds (R10)");
    if (unitId.isEmpty())
        return Tr::tr("this liaison has no unit (R10)");
    if (post.assignmentFor(unitId).isEmpty())
        return Tr::tr("not assigned to unit %1 (R10)").arg(unitId);
    return {};
}

// The fields portal-api.md defines; what a user not entitled to the author's contact stores.
const std::initializer_list<const char *> kPostFields
    = { "id", "version", "title", "body", "submitted_at", "author", "wants_reply", "category", "status", "forwarded_to",
          "shield_reason", "duplicate_of", "views", "satisfaction", "assignments", "supervisions" };
const std::initializer_list<const char *> kAssignmentFields = { "unit_id", "dispatched_at", "status", "accepted_at",
    "returned_at", "return_reason", "promised_at", "promise_due", "replies" };
const std::initializer_list<const char *> kReplyFields
    = { "id", "kind", "text", "doc_refs", "visibility", "published_at" };
const std::initializer_list<const char *> kSupervisionFields
    = { "id", "unit_id", "opened_at", "method", "reason", "note", "result", "closed_at" };

// Removes every field of *object not named; true when one that said something was removed (an
// empty or null one says nothing, when emptyIsNothing).
bool keepOnly(QJsonObject *object, std::initializer_list<const char *> fields, bool emptyIsNothing = false)
{
    bool removed = false;
    for (auto field = object->begin(); field != object->end();) {
        const bool known = std::any_of(
            fields.begin(), fields.end(), [&](const char *name) { return field.key() == QLatin1String(name); });
        if (known) {
            ++field;
            continue;
        }
        const QJsonValue value = field.value();
        if (!emptyIsNothing || !(value.isNull() || (value.isString() && value.toString().isEmpty())))
            removed = true;
        field = object->erase(field);
    }
    return removed;
}

void keepOnlyInEach(QJsonObject *object, const char *list, std::initializer_list<const char *> fields, bool *removed)
{
    if (!object->contains(QLatin1String(list)))
        return;
    QJsonArray items = object->value(QLatin1String(list)).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (keepOnly(&item, fields))
            *removed = true;
        items.replace(i, item);
    }
    object->insert(QLatin1String(list), items);
}

} // namespace

ScopeFilter::Verdict ScopeFilter::apply(QJsonObject *post, bool *stripped, QString *why) const
{
    *stripped = false;
    if (keepsEveryPostWhole())
        return Verdict::Keep;
    const Post view(*post);
    if (m_actor.role == Role::Liaison) {
        if (QString reason = liaisonMayNotHold(view, m_actor.unitId); !reason.isEmpty()) {
            if (why)
                *why = std::move(reason);
            return Verdict::Withhold;
        }
    }
    if (maySeeContact(m_actor, view))
        return Verdict::Keep;
    // portal-api.md: a contact the user is not entitled to is absent. Only the alias is kept of
    // the author, and only the contract's fields elsewhere, so that no other field (a second
    // phone, a nested or top-level contact) carries it anyway.
    *stripped = keepOnly(post, kPostFields);
    if (post->contains(QLatin1String("author"))) {
        QJsonObject author = post->value(QLatin1String("author")).toObject();
        if (keepOnly(&author, { "alias" }, true))
            *stripped = true;
        post->insert(QStringLiteral("author"), author);
    }
    keepOnlyInEach(post, "assignments", kAssignmentFields, stripped);
    keepOnlyInEach(post, "supervisions", kSupervisionFields, stripped);
    QJsonArray assignments = post->value(QLatin1String("assignments")).toArray();
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        QJsonObject assignment = assignments.at(i).toObject();
        keepOnlyInEach(&assignment, "replies", kReplyFields, stripped);
        assignments.replace(i, assignment);
    }
    if (post->contains(QLatin1String("assignments")))
        post->insert(QStringLiteral("assignments"), assignments);
    return Verdict::Keep;
}

bool ScopeFilter::keepsEveryPostWhole() const
{
    return m_actor.role == Role::ColumnStaff;
}

} // namespace bxt
