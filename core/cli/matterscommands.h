#pragma once

#include "cli/commandcontext.h"

namespace bxt::cli {

// The matters group's options; the shared parser unions every group's.
QList<QCommandLineOption> mattersOptions();

int mattersCommand(Context &context);

} // namespace bxt::cli
