#include "queue/savedviews.h"

#include <QCoreApplication>

namespace bxt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SavedViews)
};

QueueFilter dueFilter(QueueFilter::Due due)
{
    QueueFilter filter;
    filter.due = due;
    return filter;
}
} // namespace

QList<SavedView> standardSavedViews()
{
    QueueFilter unclassified;
    unclassified.unclassified = true;
    unclassified.statuses = { QStringLiteral("new") };
    QueueFilter toDispatch;
    toDispatch.statuses = { QStringLiteral("triaged") };
    QueueFilter flagged;
    flagged.flagged = true;
    QueueFilter shielded;
    shielded.shielded = true;
    return {
        { QStringLiteral("all"), Tr::tr("All"), QueueFilter() },
        { QStringLiteral("unclassified"), Tr::tr("Unclassified"), unclassified },
        { QStringLiteral("to_dispatch"), Tr::tr("To dispatch"), toDispatch },
        { QStringLiteral("due_today"), Tr::tr("Due today"), dueFilter(QueueFilter::Due::Today) },
        { QStringLiteral("due_soon"), Tr::tr("Due within 3 working days"),
            dueFilter(QueueFilter::Due::WithinWorkingDays) },
        { QStringLiteral("overdue"), Tr::tr("Overdue"), dueFilter(QueueFilter::Due::Overdue) },
        { QStringLiteral("calendar_incomplete"), Tr::tr("Calendar incomplete"),
            dueFilter(QueueFilter::Due::CalendarIncomplete) },
        { QStringLiteral("flagged"), Tr::tr("Flagged words"), flagged },
        { QStringLiteral("shielded"), Tr::tr("Shielded"), shielded },
    };
}

} // namespace bxt
