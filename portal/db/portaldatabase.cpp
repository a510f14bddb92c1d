#include "db/portaldatabase.h"

#include "db/portalmigrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace bxt::portal {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> next = 0;
    return QStringLiteral("bxt-portal-%1").arg(++next);
}

} // namespace

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text().simplified();
}

QString sqlLiteral(const QSqlDatabase &db, const QVariant &value)
{
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return db.driver()->formatValue(field);
}

PortalDatabase::PortalDatabase(const QString &connectionName)
    : m_connectionName(connectionName)
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName))
{ }

PortalDatabase::~PortalDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<PortalDatabase> PortalDatabase::open(const QString &connectionString, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = PortalDatabase::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).");
        return nullptr;
    }
    std::unique_ptr<PortalDatabase> database(new PortalDatabase(uniqueConnectionName()));
    // QPSQL appends the connect options to its libpq connection string, with ';' as a separator.
    database->m_db.setConnectOptions(connectionString);
    if (!database->connect(error))
        return nullptr;
    return database;
}

bool PortalDatabase::connect(QString *error)
{
    if (!m_db.open()) {
        *error = PortalDatabase::tr("Cannot connect to the database: %1").arg(m_db.lastError().text().simplified());
        return false;
    }
    QSqlQuery setup(m_db);
    // The planner cannot count the elements of a jsonb array, guesses millions of rows and would
    // spend longer compiling the portal's statements (JIT) than running them.
    for (const QString &statement :
        { QStringLiteral("SET TIME ZONE 'Asia/Shanghai'"), QStringLiteral("SET jit = off") }) {
        if (!setup.exec(statement)) {
            *error = PortalDatabase::tr("Cannot set up the database connection: %1").arg(sqlError(setup));
            return false;
        }
    }
    // A cluster made under LANG=C is SQL_ASCII: it would take citizens' text, but a log-in
    // compares names with normalize(), which only UTF8 has.
    if (!setup.exec(QStringLiteral("SHOW server_encoding")) || !setup.next()) {
        *error = PortalDatabase::tr("Cannot set up the database connection: %1").arg(sqlError(setup));
        return false;
    }
    const QString encoding = setup.value(0).toString();
    if (encoding != QLatin1String("UTF8")) {
        *error = PortalDatabase::tr("The database uses the encoding %1; the portal needs UTF8. Create it with "
                                    "createdb -E UTF8 -T template0 --locale=C.UTF-8 NAME.")
                     .arg(encoding);
        return false;
    }
    return true;
}

bool PortalDatabase::reconnectIfLost(QString *error)
{
    QSqlQuery probe(m_db);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return true;
    probe = QSqlQuery();
    m_db.close();
    return connect(error);
}

int PortalDatabase::latestVersion()
{
    return portalMigrations().constLast().version;
}

int PortalDatabase::schemaVersion(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !query.next()) {
        *error = PortalDatabase::tr("Cannot read the schema version: %1").arg(sqlError(query));
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        *error = PortalDatabase::tr("Cannot read the schema version: %1").arg(sqlError(query));
        return -1;
    }
    return query.value(0).toInt();
}

bool PortalDatabase::isLatest(QString *error)
{
    const int version = schemaVersion(error);
    if (version < 0)
        return false;
    if (version == latestVersion())
        return true;
    *error = PortalDatabase::tr("The database has schema version %1, this program %2: run init.")
                 .arg(version)
                 .arg(latestVersion());
    return false;
}

bool PortalDatabase::migrate(QString *error)
{
    const int current = schemaVersion(error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        *error = PortalDatabase::tr(
            "The database has schema version %1, newer than this program knows (%2): upgrade the program.")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (const PortalMigration &migration : portalMigrations()) {
        if (migration.version <= current)
            continue;
        PortalTransaction transaction(m_db);
        if (!transaction.started()) {
            *error = PortalDatabase::tr("Cannot start a transaction: %1").arg(m_db.lastError().text().simplified());
            return false;
        }
        QSqlQuery query(m_db);
        // Two processes running init at once: the second waits here and then finds the work done.
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7171)"))) {
            *error = PortalDatabase::tr("Cannot lock the schema: %1").arg(sqlError(query));
            return false;
        }
        const int now = schemaVersion(error);
        if (now < 0)
            return false;
        if (now >= migration.version)
            continue;
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                *error = PortalDatabase::tr("Schema update %1 failed: %2").arg(migration.version).arg(sqlError(query));
                return false;
            }
        }
        query.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
        query.addBindValue(migration.version);
        if (!query.exec()) {
            *error = PortalDatabase::tr("Schema update %1 failed: %2").arg(migration.version).arg(sqlError(query));
            return false;
        }
        if (!transaction.commit(error))
            return false;
    }
    return true;
}

PortalTransaction::PortalTransaction(QSqlDatabase &db)
    : m_db(db)
    , m_started(db.transaction())
{ }

PortalTransaction::~PortalTransaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

bool PortalTransaction::commit(QString *error)
{
    m_done = true;
    if (m_db.commit())
        return true;
    *error = PortalDatabase::tr("Cannot commit: %1").arg(m_db.lastError().text().simplified());
    m_db.rollback();
    return false;
}

} // namespace bxt::portal
