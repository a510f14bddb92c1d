#pragma once

#include "calendar/deadlinecalculator.h"
#include "domain/post.h"
#include "domain/role.h"
#include "domain/unit.h"
#include "rules/action.h"

#include <QHash>

namespace bxt {

// The one place that decides whether an action is allowed for a role on a post in its
// current state (R1–R13 and the action table of portal-api.md). A refusal is a sentence a
// clerk understands; an empty string means allowed.
class ActionPolicy final
{
public:
    ActionPolicy(DeadlineCalculator deadlines, QHash<QString, Unit> units);

    QString refusal(const Actor &actor, const Post &post, const Action &action) const;
    // Why an action of this type cannot be started on the post now, before its parameters are
    // chosen (a disabled button's tooltip); empty when some choice of parameters is allowed.
    QString unavailability(const Actor &actor, const Post &post, Action::Type type) const;

private:
    QJsonObject sampleBody(const Actor &actor, const Post &post, Action::Type type) const;
    QString roleRefusal(const Actor &actor, const Action &action) const;
    QString classifyRefusal(const Post &post, const Action &action) const;
    QString dispatchRefusal(const Post &post, const Action &action) const;
    QString forwardRefusal(const Post &post, const Action &action) const;
    QString shieldRefusal(const Post &post, const Action &action) const;
    QString unitActionRefusal(const Actor &actor, const Post &post, const Action &action) const;
    QString promiseRefusal(const Post &post, const Action &action) const;
    QString replyRefusal(const Actor &actor, const Post &post, const Action &action) const;
    QString superviseRefusal(const Post &post, const Action &action) const;
    QString supervisionResultRefusal(const Post &post, const Action &action) const;
    QString closeRefusal(const Post &post) const;

    DeadlineCalculator m_deadlines;
    QHash<QString, Unit> m_units;
};

} // namespace bxt
