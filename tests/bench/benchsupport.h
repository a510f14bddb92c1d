#pragma once

#include <QList>
#include <QString>

// What every benchmark program shares: printing a figure, reading the process's memory, and
// the foundation import floor the import and pull rates are reported against.

class QElapsedTimer;

double millisSince(const QElapsedTimer &timer);
// The process's CPU time, all threads, in milliseconds: on a shared machine it says what the
// work costs when other programs take the processors.
double cpuMillis();
QString milliseconds(double millis); // "12.3 ms"
QString milliseconds(const QElapsedTimer &timer);

// Prints one line of results and flushes it, so that a long run shows its progress.
void say(const QString &line);

// A field of /proc/self/status (or of another process's, by pid) in MB: "VmHWM:" (peak
// resident memory) or "VmRSS:" (now); -1 when it cannot be read.
double memoryMegabytes(const char *field, qint64 pid = 0);

// The value below which that fraction (0.5, 0.99) of the values lie; 0 for none.
double percentile(QList<double> values, double fraction);

// The foundation import floor (issue 2): parses each line of a JSON Lines file and inserts it
// into one bare table in one transaction — no validation, no index, no search. What any import
// must at least do; benchmarks report their rates against it, measured in the same run.
double floorRate(const QString &input, const QString &dbPath, qint64 *lines);
