#include "admin/portalcommandline.h"
#include "text/standardstreams.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Baixingtan"));
    QCoreApplication::setApplicationName(QStringLiteral("baixingtan-portal"));
    bxt::StandardStreams streams;
    bxt::portal::PortalCommandLine commandLine(streams.in, streams.out, streams.err);
    return commandLine.run(app.arguments().mid(1));
}
