#include "cli/commandline.h"

#include <QGuiApplication>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // A report may be written as PDF, which needs fonts and so a QGuiApplication; a command
    // line has no screen, whatever the environment says. The other commands need neither.
    const bool report = std::any_of(argv + 1, argv + argc, [](const char *arg) { return qstrcmp(arg, "report") == 0; });
    if (report)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(report ? new QGuiApplication(argc, argv)
                                                       : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Baixingtan"));
    QCoreApplication::setApplicationName(QStringLiteral("baixingtan"));
    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    bxt::CommandLine commandLine(in, out, err);
    const int exitCode = commandLine.run(app->arguments().mid(1));
    out.flush();
    return exitCode;
}
