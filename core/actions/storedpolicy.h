#pragma once

#include "rules/actionpolicy.h"

#include <optional>

namespace bxt {

class Database;

// The rules of actions as this store has them: its working calendar, deadline rules and
// units. Read inside the caller's transaction, so that a check sees what the write it allows
// will see.
bool loadActionPolicy(const Database &database, std::optional<ActionPolicy> *policy, QString *error);

} // namespace bxt
