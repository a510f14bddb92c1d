#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

class QSqlQuery;

namespace bxt::portal {

// One connection to the portal's PostgreSQL database (Qt Sql's QPSQL driver), under a name of
// its own so that several can live in one process (the long-poll listener has its own).
class PortalDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(PortalDatabase)

public:
    Q_DISABLE_COPY_MOVE(PortalDatabase)
    ~PortalDatabase();

    // connectionString is libpq's ("host=/run/postgresql dbname=baixingtan user=portal").
    static std::unique_ptr<PortalDatabase> open(const QString &connectionString, QString *error);

    QSqlDatabase &db() { return m_db; }
    // After a failure: whether the connection still answers, and if not (PostgreSQL restarted,
    // the network broke) a new one; false with *error when that cannot be had either.
    bool reconnectIfLost(QString *error);

    // The schema version, 0 for an empty database; -1 on error.
    int schemaVersion(QString *error);
    static int latestVersion();
    // Whether the schema is at latestVersion(); otherwise *error says so (run init).
    bool isLatest(QString *error);
    // Creates or upgrades the schema to latestVersion(), each migration one transaction. A
    // database newer than this program is refused.
    bool migrate(QString *error);

private:
    explicit PortalDatabase(const QString &connectionName);
    bool connect(QString *error);
    QString m_connectionName;
    QSqlDatabase m_db;
};

// The query's error in one line.
QString sqlError(const QSqlQuery &query);

// The value as an SQL literal of the driver, escaped as Qt Sql escapes bound values. QPSQL sends
// a prepared query as PREPARE, EXECUTE and DEALLOCATE: three round trips where a statement
// with literals takes one.
QString sqlLiteral(const QSqlDatabase &db, const QVariant &value);

// A transaction that rolls back unless committed.
class PortalTransaction final
{
public:
    Q_DISABLE_COPY_MOVE(PortalTransaction)
    explicit PortalTransaction(QSqlDatabase &db);
    ~PortalTransaction();
    bool started() const { return m_started; }
    bool commit(QString *error);

private:
    QSqlDatabase &m_db;
    bool m_started = false;
    bool m_done = false;
};

} // namespace bxt::portal
