#include "cli/commandline.h"
#include "text/standardstreams.h"

#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // A command line has no screen, whatever the environment says.
    const bool gui = bxt::CommandLine::needsGuiApplication(arguments);
    if (gui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(
        gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Baixingtan"));
    QCoreApplication::setApplicationName(QStringLiteral("baixingtan"));
    bxt::StandardStreams streams;
    bxt::CommandLine commandLine(streams.in, streams.out, streams.err);
    return commandLine.run(app->arguments().mid(1));
}
