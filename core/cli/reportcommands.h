#pragma once

#include "cli/commandcontext.h"

namespace bxt::cli {

// The report group's options; the shared parser unions every group's.
QList<QCommandLineOption> reportOptions();

inline constexpr char kReportSynopsis[]
    = "report quarterly --year Y --quarter Q --format html|pdf|csv --out FILE | "
      "report assessment --year Y --format html|pdf|csv --out FILE | "
      "report weights [--lint W] [--ratings W] [--satisfaction W] | report sample --year Y [--per-unit N] | "
      "report rate POST_ID REPLY_ID --unit ID --substance N --responsibility N --form N --user NAME";

int reportCommand(Context &context);

} // namespace bxt::cli
