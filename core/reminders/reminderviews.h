#pragma once

#include "domain/role.h"
#include "queue/savedviews.h"

#include <optional>

namespace bxt {

// What a reminder counts (R14), each a saved view of the actor's side bar so that the reminder
// can open it: new posts, posts due today, overdue posts. New posts are, for column staff, the
// unclassified new ones; for a liaison, those the unit has not signed for (签收).
struct ReminderViews
{
    SavedView newPosts;
    SavedView dueToday;
    SavedView overdue;

    QList<QueueFilter> filters() const { return { newPosts.filter, dueToday.filter, overdue.filter }; }
};

// None for the roles R14 does not remind (supervisor, leader, admin) and a liaison with no unit.
std::optional<ReminderViews> reminderViewsFor(const Actor &actor);

} // namespace bxt
