#pragma once

#include <QString>

// The foundation import floor (issue 2): parses each line of a JSON Lines file and inserts it
// into one bare table in one transaction — no validation, no index, no search. What any import
// must at least do; benchmarks report their rates against it, measured in the same run.
double floorRate(const QString &input, const QString &dbPath, qint64 *lines);
