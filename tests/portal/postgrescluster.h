#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace bxt::test {

// A throwaway PostgreSQL 15 cluster for one test program: initdb and pg_ctl from Debian's
// packages in a temporary folder, reachable only through a Unix socket in that folder, removed
// when the object goes. PostgreSQL refuses to run as root, so as root the server runs as the
// `postgres` user (runuser -u postgres --).
class PostgresCluster final
{
public:
    Q_DISABLE_COPY_MOVE(PostgresCluster)
    PostgresCluster();
    ~PostgresCluster();

    bool start(QString *error);
    bool stop(QString *error); // immediate shutdown, as a crash would be
    bool restart(QString *error);

    // A new empty database; its libpq connection string.
    bool createDatabase(const QString &name, QString *connectionString, QString *error);
    QString connectionString(const QString &database) const;
    QString socketDirectory() const { return m_dir ? m_dir->path() : QString(); }

private:
    bool run(const QStringList &command, QString *error) const;
    QStringList asServerUser(const QStringList &command) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
};

} // namespace bxt::test
