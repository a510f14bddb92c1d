#pragma once

#include "domain/post.h"
#include "domain/role.h"

namespace bxt {

// Whether the actor may see the author's phone and e-mail (R10, portal-api.md "Change feed"):
// column staff always; a liaison only on a post assigned to its own unit, as long as the unit
// has not returned it, and never on a report; a supervisor on anything but a report; leaders
// and administrators never. Both the portal's feed and the desk's store follow it (ScopeFilter).
bool maySeeContact(const Actor &actor, const Post &post);

} // namespace bxt
