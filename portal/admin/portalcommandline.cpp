#include "admin/portalcommandline.h"

#include "admin/jsonfile.h"
#include "admin/postimport.h"
#include "admin/referenceimport.h"
#include "admin/servecommand.h"
#include "admin/usercommand.h"
#include "config/portalconfig.h"
#include "db/portaldatabase.h"
#include "session/sessionservice.h"
#include "text/oneline.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QSqlQuery>

namespace bxt::portal {

namespace {

const char *const usage = QT_TRANSLATE_NOOP("PortalCommandLine",
    "Usage:\n"
    "  baixingtan-portal --config FILE init                      create or upgrade the database\n"
    "  baixingtan-portal --config FILE serve                     run the service\n"
    "  baixingtan-portal --config FILE user add NAME --role ROLE [--unit ID] [--display NAME]   password on stdin\n"
    "  baixingtan-portal --config FILE user disable NAME\n"
    "  baixingtan-portal --config FILE units import FILE         the GET /units body\n"
    "  baixingtan-portal --config FILE calendar import FILE      own or holiday-cn shape, as the desk takes it\n"
    "  baixingtan-portal --config FILE import FILE|-             JSON Lines of POST objects (migrating history)\n"
    "  baixingtan-portal --config FILE check                     schema version, counts, feed head\n");

std::unique_ptr<PortalDatabase> openDatabase(const QString &configPath, QString *error)
{
    PortalConfig config;
    if (!PortalConfig::readDatabaseOnly(configPath, &config, error))
        return nullptr;
    return PortalDatabase::open(config.database, error);
}

} // namespace

PortalCommandLine::PortalCommandLine(QIODevice &in, QIODevice &out, QIODevice &err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{ }

int PortalCommandLine::usageError(const QString &message)
{
    m_err.write((message + QLatin1Char('\n')).toUtf8());
    m_err.write(PortalCommandLine::tr(usage).toUtf8());
    return 2;
}

int PortalCommandLine::failure(const QString &message)
{
    m_err.write((message.simplified() + QLatin1Char('\n')).toUtf8());
    return 1;
}

int PortalCommandLine::run(const QStringList &arguments)
{
    if (arguments.size() < 3 || arguments.at(0) != QLatin1String("--config"))
        return usageError(PortalCommandLine::tr("The first argument is --config FILE, then the command."));
    const QString configPath = arguments.at(1);
    const QString command = arguments.at(2);
    const QStringList rest = arguments.mid(3);
    if (command == QLatin1String("init"))
        return init(configPath, rest);
    if (command == QLatin1String("check"))
        return check(configPath, rest);
    if (command == QLatin1String("units") || command == QLatin1String("calendar"))
        return importReference(configPath, command, rest);
    if (command == QLatin1String("import"))
        return importPosts(configPath, rest);
    if (command == QLatin1String("serve"))
        return rest.isEmpty() ? ServeCommand::run(configPath, m_err)
                              : usageError(PortalCommandLine::tr("serve takes no arguments."));
    if (command == QLatin1String("user"))
        return user(configPath, rest);
    return usageError(PortalCommandLine::tr("Unknown command \"%1\".").arg(command));
}

int PortalCommandLine::init(const QString &configPath, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(PortalCommandLine::tr("init takes no arguments."));
    QString error;
    const auto database = openDatabase(configPath, &error);
    if (!database || !database->migrate(&error))
        return failure(error);
    m_out.write(
        PortalCommandLine::tr("The database is at schema version %1.\n").arg(PortalDatabase::latestVersion()).toUtf8());
    return 0;
}

int PortalCommandLine::user(const QString &configPath, const QStringList &arguments)
{
    const UserCommand::Outcome outcome
        = UserCommand::run([&configPath](QString *error) { return openDatabase(configPath, error); }, arguments, m_in);
    if (outcome.exitCode == 2)
        return usageError(outcome.message);
    if (outcome.exitCode != 0)
        return failure(outcome.message);
    m_out.write((outcome.message + QLatin1Char('\n')).toUtf8());
    return 0;
}

int PortalCommandLine::check(const QString &configPath, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(PortalCommandLine::tr("check takes no arguments."));
    QString error;
    const auto database = openDatabase(configPath, &error);
    if (!database)
        return failure(error);
    if (!database->isLatest(&error))
        return failure(error);
    const int version = PortalDatabase::latestVersion();
    QSqlQuery query(database->db());
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM units),"
                                   " (SELECT count(*) FROM users WHERE NOT disabled),"
                                   " (SELECT coalesce(max(seq), 0) FROM changes), (SELECT horizon FROM feed_state)"))
        || !query.next())
        return failure(PortalCommandLine::tr("Cannot read the counts: %1").arg(sqlError(query)));
    m_out.write(PortalCommandLine::tr(
        "schema version: %1\nposts: %2\nunits: %3\nactive users: %4\nfeed head: %5\nfeed horizon: %6\n")
                    .arg(version)
                    .arg(query.value(0).toLongLong())
                    .arg(query.value(1).toLongLong())
                    .arg(query.value(2).toLongLong())
                    .arg(query.value(3).toLongLong())
                    .arg(query.value(4).toLongLong())
                    .toUtf8());
    // Names from before the limit: SessionService refuses them at log-in like a wrong password.
    if (!query.exec(QStringLiteral("SELECT name FROM users WHERE NOT disabled ORDER BY name")))
        return failure(PortalCommandLine::tr("Cannot read the users: %1").arg(sqlError(query)));
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (SessionService::isUserNameTooLong(name))
            m_out.write(PortalCommandLine::tr("user %1 has a name over %2 characters and cannot log in; add a shorter "
                                              "one and disable it\n")
                            .arg(escapedToOneLine(name))
                            .arg(SessionService::longestUserName)
                            .toUtf8());
    }
    return 0;
}

int PortalCommandLine::importReference(const QString &configPath, const QString &command, const QStringList &arguments)
{
    if (arguments.size() != 2 || arguments.first() != QLatin1String("import"))
        return usageError(PortalCommandLine::tr("%1 takes: import FILE.").arg(command));
    QString error;
    QJsonObject json;
    if (!readJsonObjectFile(arguments.at(1), &json, &error))
        return failure(PortalCommandLine::tr("%1 Nothing was imported.").arg(error));
    const auto database = openDatabase(configPath, &error);
    if (!database)
        return failure(error);
    ReferenceImport import(*database);
    QString summary;
    const bool imported = command == QLatin1String("units") ? import.importUnits(json, &summary, &error)
                                                            : import.importCalendarYear(json, &summary, &error);
    if (!imported) {
        if (!error.endsWith(QLatin1Char('.')))
            error += QLatin1Char('.');
        return failure(PortalCommandLine::tr("%1: %2 Nothing was imported.").arg(arguments.at(1), error));
    }
    m_out.write((summary + QLatin1Char('\n')).toUtf8());
    return 0;
}

int PortalCommandLine::importPosts(const QString &configPath, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(PortalCommandLine::tr("import takes one FILE, or - for standard input."));
    QFile file(arguments.first());
    const bool fromStdin = arguments.first() == QLatin1String("-");
    if (!fromStdin && !file.open(QIODevice::ReadOnly))
        return failure(PortalCommandLine::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QString error;
    const auto database = openDatabase(configPath, &error);
    if (!database)
        return failure(error);
    PostImportReport report;
    if (!PostImport(*database).run(fromStdin ? m_in : file, m_out, &report, &error))
        return failure(error);
    m_out.write(PortalCommandLine::tr("%1 posts imported, %2 skipped (the portal holds the same or a newer version).\n")
                    .arg(report.written)
                    .arg(report.skipped)
                    .toUtf8());
    return 0;
}

} // namespace bxt::portal
