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

QList<SavedView> unitSavedViews(const QString &unitId)
{
    const auto unitFilter = [&unitId](QList<AssignmentState> states, QueueFilter::Due due = QueueFilter::Due::Any) {
        QueueFilter filter;
        filter.unitId = unitId;
        filter.unitStates = std::move(states);
        filter.withoutConfidential = true;
        filter.due = due;
        return filter;
    };
    const QList<AssignmentState> open { AssignmentState::Pending, AssignmentState::Accepted,
        AssignmentState::Promised };
    return {
        { QStringLiteral("inbox"), Tr::tr("Inbox"), unitFilter({}) },
        { QStringLiteral("to_accept"), Tr::tr("To sign for"), unitFilter({ AssignmentState::Pending }) },
        { QStringLiteral("to_answer"), Tr::tr("To answer"),
            unitFilter({ AssignmentState::Accepted, AssignmentState::Promised }) },
        { QStringLiteral("due_today"), Tr::tr("Due today"), unitFilter(open, QueueFilter::Due::Today) },
        { QStringLiteral("due_soon"), Tr::tr("Due within 3 working days"),
            unitFilter(open, QueueFilter::Due::WithinWorkingDays) },
        { QStringLiteral("overdue"), Tr::tr("Overdue"), unitFilter(open, QueueFilter::Due::Overdue) },
        { QStringLiteral("answered"), Tr::tr("Answered"), unitFilter({ AssignmentState::Replied }) },
        { QStringLiteral("returned"), Tr::tr("Returned"), unitFilter({ AssignmentState::Returned }) },
    };
}

} // namespace bxt
