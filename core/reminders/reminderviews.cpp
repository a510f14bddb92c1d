#include "reminders/reminderviews.h"

namespace bxt {

namespace {
SavedView viewWithKey(const QList<SavedView> &views, const QString &key)
{
    for (const SavedView &view : views) {
        if (view.key == key)
            return view;
    }
    Q_ASSERT_X(false, "reminderViewsFor", "a key savedviews.cpp does not have");
    return {};
}

ReminderViews pick(const QList<SavedView> &views, const QString &newPostsKey)
{
    return { viewWithKey(views, newPostsKey), viewWithKey(views, QStringLiteral("due_today")),
        viewWithKey(views, QStringLiteral("overdue")) };
}
} // namespace

std::optional<ReminderViews> reminderViewsFor(const Actor &actor)
{
    switch (actor.role) {
    case Role::ColumnStaff: return pick(standardSavedViews(), QStringLiteral("unclassified"));
    case Role::Liaison:
        if (actor.unitId.isEmpty())
            return std::nullopt;
        return pick(unitSavedViews(actor.unitId), QStringLiteral("to_accept"));
    case Role::Supervisor:
    case Role::Leader:
    case Role::Admin: break;
    }
    return std::nullopt;
}

} // namespace bxt
