#pragma once

#include <QIODevice>
#include <QStringList>

namespace bxt {

// baixingtan-cli: the command-line interface scripts and administrators use. Exit codes:
// 0 success, 1 failure, 2 usage error, 3 a reply the quality check blocks; errors are one line
// on the error stream.
class CommandLine final
{
public:
    Q_DISABLE_COPY_MOVE(CommandLine)
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2, Blocked = 3 };

    CommandLine(QIODevice &in, QIODevice &out, QIODevice &err);

    // arguments excludes the program name.
    int run(const QStringList &arguments);
    // Whether the command needs a QGuiApplication: a report may be written as PDF, which needs
    // fonts. The other commands need none.
    static bool needsGuiApplication(const QStringList &arguments);

private:
    QIODevice &m_in;
    QIODevice &m_out;
    QIODevice &m_err;
};

} // namespace bxt
