#pragma once

#include "domain/post.h"
#include "domain/role.h"
#include "rules/action.h"

#include <QDateTime>

namespace bxt {

// The local, optimistic effect of an allowed action: the post as the portal is expected to
// return it. The portal's answer replaces it when the action is pushed.
// An ASSIGNMENT of portal-api.md as a dispatch creates it: pending, nothing answered yet.
QJsonObject pendingAssignment(const QString &unitId, const QString &dispatchedAt);

Post applyActionLocally(const Post &post, const Action &action, const Actor &actor, const QDateTime &now);

} // namespace bxt
