#include "admin/servecommand.h"

#include "config/portalconfig.h"
#include "http/portalserver.h"
#include "service/portalservice.h"

#include <QIODevice>
#include <QSocketNotifier>
#include <csignal>
#include <unistd.h>

namespace bxt::portal {

namespace {

int stopPipe[2] = { -1, -1 };

// A signal handler may only do async-signal-safe things: it writes one byte, and the event
// loop, woken by the notifier on the other end, quits.
void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(stopPipe[1], &byte, 1);
}

bool quitOnStopSignals(QString *error)
{
    if (::pipe(stopPipe) != 0) {
        *error = ServeCommand::tr("Cannot set up the stop signals.");
        return false;
    }
    auto *notifier = new QSocketNotifier(stopPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
    struct sigaction action
    {
    };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGTERM, &action, nullptr) == 0 && sigaction(SIGINT, &action, nullptr) == 0;
}

} // namespace

int ServeCommand::run(const QString &configPath, QIODevice &err)
{
    const auto fail = [&err](const QString &message) {
        err.write((message.simplified() + QLatin1Char('\n')).toUtf8());
        return 1;
    };
    PortalConfig config;
    QString error;
    if (!PortalConfig::read(configPath, &config, &error))
        return fail(error);
    PortalService service(config);
    if (!service.start(&error) || !quitOnStopSignals(&error))
        return fail(error);
    QObject::connect(&service.server(), &PortalServer::requestServed, &service,
        [&err](const QString &method, const QString &path, int status, qint64 elapsedMs) {
            err.write(QStringLiteral("%1 %2 %3 %4 ms\n").arg(method, path).arg(status).arg(elapsedMs).toUtf8());
        });
    const QString scheme = config.plainHttpLoopback ? QStringLiteral("http") : QStringLiteral("https");
    QString host = config.listenAddress.toString();
    if (config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    err.write(
        tr("Serving %1://%2:%3%4\n").arg(scheme, host).arg(service.server().port()).arg(config.basePath).toUtf8());
    QCoreApplication::exec();
    return 0;
}

} // namespace bxt::portal
