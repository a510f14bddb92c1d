#include "postgrescluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <unistd.h>

namespace bxt::test {

namespace {

const QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin");

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster()
{
    QString ignored;
    if (m_running)
        stop(&ignored);
}

QStringList PostgresCluster::asServerUser(const QStringList &command) const
{
    if (!runningAsRoot())
        return command;
    return QStringList { QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
        QStringLiteral("--") }
    + command;
}

bool PostgresCluster::run(const QStringList &command, QString *error) const
{
    const QStringList full = asServerUser(command);
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(full.first(), full.mid(1));
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2 %3")
                     .arg(full.join(QLatin1Char(' ')), process.errorString(),
                         QString::fromLocal8Bit(process.readAll()).simplified());
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString *error)
{
    if (!QFile::exists(binDir + QStringLiteral("/initdb"))) {
        *error = QStringLiteral("PostgreSQL 15 is not installed (%1/initdb).").arg(binDir);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bxt-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("Cannot make a temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    if (runningAsRoot()) {
        QProcess chown;
        chown.start(QStringLiteral("chown"), { QStringLiteral("postgres:postgres"), m_dir->path() });
        if (!chown.waitForFinished() || chown.exitCode() != 0) {
            *error = QStringLiteral("Cannot give %1 to the postgres user.").arg(m_dir->path());
            return false;
        }
    }
    const QString data = m_dir->path() + QStringLiteral("/data");
    if (!run({ binDir + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"),
                 QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                 QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync") },
            error))
        return false;
    return restart(error);
}

bool PostgresCluster::restart(QString *error)
{
    if (m_running && !stop(error))
        return false;
    const QString data = m_dir->path() + QStringLiteral("/data");
    // fsync off: a test cluster is thrown away, and it makes the tests' commits fast.
    const QString options
        = QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c max_connections=300").arg(m_dir->path());
    if (!run({ binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-o"), options,
                 QStringLiteral("-l"), m_dir->path() + QStringLiteral("/server.log"), QStringLiteral("-w"),
                 QStringLiteral("start") },
            error))
        return false;
    m_running = true;
    return true;
}

bool PostgresCluster::stop(QString *error)
{
    const QString data = m_dir->path() + QStringLiteral("/data");
    const bool stopped = run({ binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-m"),
                                 QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") },
        error);
    m_running = !stopped;
    return stopped;
}

QString PostgresCluster::connectionString(const QString &database) const
{
    return QStringLiteral("host=%1 dbname=%2 user=postgres").arg(m_dir->path(), database);
}

bool PostgresCluster::createDatabase(const QString &name, QString *connectionString, QString *error)
{
    bool created = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bxt-test-admin"));
        admin.setConnectOptions(this->connectionString(QStringLiteral("postgres")));
        if (!admin.open()) {
            *error = admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            created = query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!created)
                *error = query.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bxt-test-admin"));
    *connectionString = this->connectionString(name);
    return created;
}

} // namespace bxt::test
