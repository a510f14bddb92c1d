#include "rules/contactpolicy.h"

namespace bxt {

bool maySeeContact(const Actor &actor, const Post &post)
{
    const bool isReport = post.category() == Category::Report;
    switch (actor.role) {
    case Role::ColumnStaff: return true;
    case Role::Liaison: return !isReport && !actor.unitId.isEmpty() && !post.assignmentFor(actor.unitId).isEmpty();
    case Role::Supervisor: return !isReport;
    case Role::Leader:
    case Role::Admin: return false;
    }
    return false;
}

} // namespace bxt
