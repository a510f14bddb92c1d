#pragma once

#include <qnamespace.h>

namespace bxt {

// The custom item roles of the program's models, in one place so that no two collide.
enum ItemRole : int {
    PostIdRole = Qt::UserRole + 1, // QString: the portal's post id
    LocalIdRole, // qint64: the post's row in the case store
    DeadlineStateRole, // int: a DeadlineState (queue/deadlinestatus.h)
    WorkingDaysLeftRole, // int: working days to the nearest clock, negative when overdue
    DueDateRole, // QDate: the nearest clock's last day; invalid when none runs
    CategoryCodeRole, // QString: the category's wire code; empty when unclassified
    StatusCodeRole, // QString: the post status's wire code
    UnitIdsRole, // QStringList: the units the post was dispatched to
    FlagsRole, // int: QueueFlag bits (queue/queueindex.h)
    ConfidentialRole, // bool: a report, never shown to a unit (R10)
};

} // namespace bxt
