#pragma once

#include "domain/post.h"
#include "domain/role.h"
#include "domain/unit.h"
#include "rules/action.h"
#include "rules/actionpolicy.h"

#include <QHash>
#include <QJsonArray>
#include <functional>
#include <optional>

namespace bxt::portal {

// What portal-api.md "Actions (push)" decides beyond ActionPolicy, shared by the portal and its
// test double (tests/fakeportal) so that the desk meets the same answers from both.

// The "who" column of the action table; another role is refused with 403.
bool roleMayAct(Role role, Action::Type type);

// reply, promise, supervise and supervision_result append: no base_version, never a conflict.
bool actionAppends(Action::Type type);

// ActionPolicy's refusal as the contract's 422 "invalid": the field it concerns (a required
// parameter that is missing, else the one a refusal most likely concerns, or "type" when the
// post's state refuses this kind of action whatever its parameters).
struct ActionRefusal
{
    QString field;
    QString message;
};
std::optional<ActionRefusal> policyRefusal(
    const ActionPolicy &policy, const Actor &actor, const Post &post, const Action &action);

// applyActionLocally gives a new reply or supervision an id of its own: the portal gives each
// record that `before` does not have the id nextId('r') or nextId('s') returns ("r-N", "s-N").
QJsonObject withPortalIds(
    const QJsonObject &before, QJsonObject after, const std::function<QString(char kind)> &nextId);

// The "units" array of GET /units, by id.
QHash<QString, Unit> unitsById(const QJsonArray &units);

} // namespace bxt::portal
