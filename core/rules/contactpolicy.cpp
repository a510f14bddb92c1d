#include "rules/contactpolicy.h"

namespace bxt {

bool maySeeContact(const Actor &actor, const Post &post)
{
    const bool isReport = post.category() == Category::Report;
    switch (actor.role) {
    case Role::ColumnStaff: return true;
    case Role::Liaison: {
        if (isReport || actor.unitId.isEmpty())
            return false;
        // An assignment the unit returned is no longer its own: its contact goes with it.
        const QJsonObject assignment = post.assignmentFor(actor.unitId);
        return !assignment.isEmpty()
            && assignment.value(QLatin1String("status")).toString() != QLatin1String("returned");
    }
    case Role::Supervisor: return !isReport;
    case Role::Leader:
    case Role::Admin: return false;
    }
    return false;
}

} // namespace bxt
