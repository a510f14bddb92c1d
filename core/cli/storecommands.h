#pragma once

#include "cli/commandcontext.h"

namespace bxt::cli {

// The store group's options; the shared parser unions every group's.
QList<QCommandLineOption> storeOptions();

int initCommand(Context &context);
int importCommand(Context &context);
int exportCommand(Context &context);
int checkCommand(Context &context);
int backupCommand(Context &context);
int demoCommand(Context &context);

} // namespace bxt::cli
