#include "config/portalconfig.h"

#include "text/unknownkeys.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace bxt::portal {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PortalConfig)
};

const QStringList &knownKeys()
{
    static const QStringList keys { QStringLiteral("database"), QStringLiteral("listen"), QStringLiteral("certificate"),
        QStringLiteral("key"), QStringLiteral("plain_http_loopback"), QStringLiteral("connections_per_address"),
        QStringLiteral("token_hours"), QStringLiteral("base_path"), QStringLiteral("answer_delay_ms") };
    return keys;
}

bool openSettings(const QString &path, QSettings &settings, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = Tr::tr("The configuration file %1 does not exist.").arg(path);
        return false;
    }
    if (settings.status() != QSettings::NoError) {
        *error = Tr::tr("The configuration file %1 cannot be read.").arg(path);
        return false;
    }
    const QString unknown = firstUnknownKey(settings.allKeys(), knownKeys());
    if (unknown.isNull())
        return true;
    *error = Tr::tr("The configuration file %1 has an unknown setting \"%2\".").arg(path, unknown);
    return false;
}

bool readDatabase(const QString &path, const QSettings &settings, PortalConfig *config, QString *error)
{
    config->database = settings.value(QStringLiteral("database")).toString().trimmed();
    if (config->database.isEmpty()) {
        *error = Tr::tr("The configuration file %1 does not say which database (database = ...).").arg(path);
        return false;
    }
    return true;
}

bool readListen(const QString &path, const QSettings &settings, PortalConfig *config, QString *error)
{
    const QString listen = settings.value(QStringLiteral("listen")).toString().trimmed();
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        *error
            = Tr::tr("The configuration file %1: listen must be address:port, for example 127.0.0.1:8443.").arg(path);
        return false;
    }
    config->listenAddress = address;
    config->listenPort = quint16(port);
    return true;
}

bool readTransport(const QString &path, const QSettings &settings, PortalConfig *config, QString *error)
{
    config->certificatePath = settings.value(QStringLiteral("certificate")).toString().trimmed();
    config->keyPath = settings.value(QStringLiteral("key")).toString().trimmed();
    const QString plain = settings.value(QStringLiteral("plain_http_loopback"), QStringLiteral("false")).toString();
    if (plain != QLatin1String("true") && plain != QLatin1String("false")) {
        *error = Tr::tr("The configuration file %1: plain_http_loopback is true or false.").arg(path);
        return false;
    }
    config->plainHttpLoopback = plain == QLatin1String("true");
    const bool tls = !config->certificatePath.isEmpty() || !config->keyPath.isEmpty();
    if (config->plainHttpLoopback == tls) {
        *error = Tr::tr(
            "The configuration file %1 needs either certificate and key (HTTPS) or plain_http_loopback = true.")
                     .arg(path);
        return false;
    }
    if (tls && (config->certificatePath.isEmpty() || config->keyPath.isEmpty())) {
        *error = Tr::tr("The configuration file %1 needs both certificate and key.").arg(path);
        return false;
    }
    if (config->plainHttpLoopback && !config->listenAddress.isLoopback()) {
        *error
            = Tr::tr("The configuration file %1: plain HTTP is served only on a loopback address (127.0.0.1 or ::1).")
                  .arg(path);
        return false;
    }
    bool ok = false;
    const int perAddress = settings.value(QStringLiteral("connections_per_address"), 512).toString().toInt(&ok);
    if (!ok || perAddress < 1 || perAddress > 100000) {
        *error = Tr::tr("The configuration file %1: connections_per_address is a whole number, 1 to 100000.").arg(path);
        return false;
    }
    config->connectionsPerAddress = perAddress;
    return true;
}

bool readSession(const QString &path, const QSettings &settings, PortalConfig *config, QString *error)
{
    bool ok = false;
    const int hours = settings.value(QStringLiteral("token_hours"), 12).toString().toInt(&ok);
    if (!ok || hours < 1 || hours > 24 * 90) {
        *error = Tr::tr("The configuration file %1: token_hours is a whole number of hours, 1 to 2160.").arg(path);
        return false;
    }
    config->tokenHours = hours;
    QString basePath = settings.value(QStringLiteral("base_path"), QStringLiteral("/api/v1")).toString().trimmed();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    if (!basePath.isEmpty() && !basePath.startsWith(QLatin1Char('/'))) {
        *error = Tr::tr("The configuration file %1: base_path starts with /, for example /api/v1.").arg(path);
        return false;
    }
    config->basePath = basePath;
    return true;
}

bool readAnswerDelay(const QString &path, const QSettings &settings, PortalConfig *config, QString *error)
{
    bool ok = false;
    const int delay = settings.value(QStringLiteral("answer_delay_ms"), 0).toString().toInt(&ok);
    if (!ok || delay < 0 || delay > 60000) {
        *error = Tr::tr("The configuration file %1: answer_delay_ms is a whole number of milliseconds, 0 to 60000.")
                     .arg(path);
        return false;
    }
    config->answerDelayMs = delay;
    return true;
}

} // namespace

bool PortalConfig::read(const QString &path, PortalConfig *config, QString *error)
{
    QSettings settings(path, QSettings::IniFormat);
    return openSettings(path, settings, error) && readDatabase(path, settings, config, error)
        && readListen(path, settings, config, error) && readTransport(path, settings, config, error)
        && readSession(path, settings, config, error) && readAnswerDelay(path, settings, config, error);
}

bool PortalConfig::readDatabaseOnly(const QString &path, PortalConfig *config, QString *error)
{
    QSettings settings(path, QSettings::IniFormat);
    return openSettings(path, settings, error) && readDatabase(path, settings, config, error);
}

} // namespace bxt::portal
