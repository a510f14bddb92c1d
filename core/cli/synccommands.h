#pragma once

#include "cli/commandcontext.h"

namespace bxt::cli {

// The sync group's options; the shared parser unions every group's.
QList<QCommandLineOption> syncOptions();

int syncCommand(Context &context);
int queueCommand(Context &context);

} // namespace bxt::cli
