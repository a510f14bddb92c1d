#pragma once

#include "cli/commandline.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringList>

namespace bxt::test {

// One in-process run of baixingtan-cli: its exit code and what it wrote.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {})
{
    CliRun run;
    QByteArray in = input;
    QBuffer inBuffer(&in);
    QBuffer outBuffer(&run.out);
    QBuffer errBuffer(&run.err);
    inBuffer.open(QIODevice::ReadOnly);
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    run.exitCode = CommandLine(inBuffer, outBuffer, errBuffer).run(arguments);
    return run;
}

} // namespace bxt::test
