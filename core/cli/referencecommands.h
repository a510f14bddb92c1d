#pragma once

#include "cli/commandcontext.h"

namespace bxt::cli {

// The reference group's options; the shared parser unions every group's.
QList<QCommandLineOption> referenceOptions();

int deadlineCommand(Context &context);
int calendarCommand(Context &context);
int rulesCommand(Context &context);
int replyRulesCommand(Context &context);
int unitsCommand(Context &context);

} // namespace bxt::cli
