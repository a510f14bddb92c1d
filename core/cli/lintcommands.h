#pragma once

#include "cli/commandcontext.h"

namespace bxt::cli {

// The lint group's options; the shared parser unions every group's.
QList<QCommandLineOption> lintOptions();

int lintReplyCommand(Context &context);

} // namespace bxt::cli
