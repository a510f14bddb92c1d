#pragma once

#include "cli/commandcontext.h"

namespace bxt::cli {

// The search group's options; the shared parser unions every group's.
QList<QCommandLineOption> searchOptions();

int searchCommand(Context &context);

} // namespace bxt::cli
