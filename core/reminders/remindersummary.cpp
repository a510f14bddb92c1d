#include "reminders/remindersummary.h"

#include <QCoreApplication>

namespace bxt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReminderSummary)
};
} // namespace

ReminderSummary ReminderSummary::fromCounts(const QList<qsizetype> &counts)
{
    if (counts.size() != 3)
        return {};
    return { counts.at(0), counts.at(1), counts.at(2) };
}

QString ReminderSummary::text() const
{
    QStringList parts;
    if (newPosts > 0)
        parts.append(Tr::tr("New posts: %1").arg(newPosts));
    if (dueToday > 0)
        parts.append(Tr::tr("Due today: %1").arg(dueToday));
    if (overdue > 0)
        parts.append(Tr::tr("Overdue: %1").arg(overdue));
    return parts.isEmpty() ? Tr::tr("Nothing new, due today or overdue.") : parts.join(QStringLiteral(" · "));
}

const SavedView &ReminderSummary::viewToShow(const ReminderViews &views) const
{
    if (overdue > 0)
        return views.overdue;
    if (dueToday > 0)
        return views.dueToday;
    return views.newPosts;
}

} // namespace bxt
