#pragma once

#include "domain/post.h"
#include "domain/role.h"

namespace bxt {

// Whether the actor may see the author's phone and e-mail (R10, portal-api.md "Change feed"):
// column staff always; a liaison only on a post assigned to its own unit and never on a
// report; a supervisor on anything but a report; leaders and administrators never.
bool maySeeContact(const Actor &actor, const Post &post);

} // namespace bxt
