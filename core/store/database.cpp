#include "store/database.h"

#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <sqlite3.h>

namespace bxt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr int kBusyTimeoutMilliseconds = 10000;
constexpr int kBusyRetryMilliseconds = 2;

// SQLite's own busy handler sleeps 100 ms between tries once it has waited a third of a second,
// so a bulk writer (an import, a pull) would have to leave the write lock free that long for a
// local action to get in. Trying every 2 ms lets that gap be short (LogCheckpointer).
int retryUntilTimeout(void *, int attempts)
{
    // A thread waits for one lock at a time; the sleeps take longer than asked on a busy machine.
    thread_local QElapsedTimer waited;
    if (attempts == 0)
        waited.start();
    if (waited.elapsed() >= kBusyTimeoutMilliseconds)
        return 0;
    sqlite3_sleep(kBusyRetryMilliseconds);
    return 1;
}
} // namespace

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cases.sqlite");
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, int targetVersion)
{
    return open(path, Access::Create, error, targetVersion);
}

std::unique_ptr<Database> Database::open(const QString &path, Access access, QString *error, int targetVersion)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = Tr::tr("%1 is a folder, not a case store. Check --db.").arg(path);
        return nullptr;
    }
    const auto readOnly = [&path]() {
        return Tr::tr("The case store %1 is read-only for this user, and this command changes it. Nothing was "
                      "changed.")
            .arg(path);
    };
    if (access != Access::Read && info.exists() && !info.isWritable()) {
        *error = readOnly();
        return nullptr;
    }
    if (access != Access::Create && !info.exists()) {
        *error = Tr::tr("There is no case store at %1: only init and demo create one. Check --db.").arg(path);
        return nullptr;
    }
    if (access == Access::Create && !QDir().mkpath(info.absolutePath())) {
        *error = Tr::tr("Cannot create the folder %1.").arg(info.absolutePath());
        return nullptr;
    }
    const QString name = QStringLiteral("bxt-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QStringList options;
        db.setDatabaseName(info.absoluteFilePath());
        if (access == Access::Read) {
            options += QStringLiteral("QSQLITE_OPEN_READONLY");
            // In a folder this user cannot write, SQLite cannot make the WAL index beside the store;
            // nobody without write access there can be writing it either, so it is read as is.
            if (!QFileInfo(info.absolutePath()).isWritable()) {
                options += QStringLiteral("QSQLITE_OPEN_URI");
                QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
                uri.setQuery(QStringLiteral("immutable=1"));
                db.setDatabaseName(uri.toString());
            }
        }
        db.setConnectOptions(options.join(u';'));
        if (!db.open()) {
            *error = Tr::tr("Cannot open the case store %1: %2").arg(path, db.lastError().text());
            return nullptr;
        }
        sqlite3_busy_handler(bxt::nativeHandle(db), retryUntilTimeout, nullptr);
        {
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("SELECT count(*), (SELECT user_version FROM pragma_user_version) "
                                           "FROM sqlite_master"))
                || !probe.next()) {
                const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
                // Opened for writing in a folder this user cannot write, SQLite cannot make the WAL index.
                *error = code == SQLITE_NOTADB || code == SQLITE_CORRUPT
                    ? Tr::tr("%1 is not a case store (not an SQLite database, or damaged): %2")
                          .arg(path, sqlError(probe))
                    : code == SQLITE_READONLY && access != Access::Read
                    ? readOnly()
                    : Tr::tr("Cannot read the case store %1: %2").arg(path, sqlError(probe));
                return nullptr;
            }
            // Every case store has a schema version; a database without one is empty or another
            // program's, and only an empty one may become a store.
            const bool empty = probe.value(0).toLongLong() == 0;
            if (probe.value(1).toInt() == 0 && (access != Access::Create || !empty)) {
                *error = empty
                    ? Tr::tr("%1 is not a case store: it is an empty database. Create one with init.").arg(path)
                    : Tr::tr("%1 is not a case store: it is an SQLite database of another program. Nothing "
                             "was changed.")
                          .arg(path);
                return nullptr;
            }
        }
    }
    if (access == Access::Read) {
        if (database->schemaVersion() < targetVersion) {
            database.reset();
            return open(path, Access::Write, error, targetVersion);
        }
        if (!database->execute({ QStringLiteral("PRAGMA cache_size=-65536") }, error)
            || !database->migrate(targetVersion, error))
            return nullptr;
        return database;
    }
    // A new store has 16 KiB pages (a store keeps the size it was made with): a post's row is
    // about 1.5 KB, so 4 KiB pages held two and were a third empty, and an import or a pull wrote
    // twice as many pages.
    if (!database->execute({ QStringLiteral("PRAGMA page_size=16384"), QStringLiteral("PRAGMA journal_mode=WAL"),
                               QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                               QStringLiteral("PRAGMA cache_size=-65536") },
            error))
        return nullptr;
    if (!database->migrate(targetVersion, error))
        return nullptr;
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::nativeHandle() const
{
    return bxt::nativeHandle(connection());
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::execute(const QStringList &statements, QString *error) const
{
    for (const QString &statement : statements) {
        QSqlQuery query(connection());
        if (!query.exec(statement)) {
            *error = Tr::tr("Database error: %1 (in: %2)").arg(sqlError(query), statement.left(80));
            return false;
        }
    }
    return true;
}

bool Database::migrate(int targetVersion, QString *error)
{
    const int current = schemaVersion();
    if (current > latestVersion()) {
        *error = Tr::tr("The case store %1 was written by a newer version of Baixingtan Desk (schema %2; this "
                        "program knows up to %3). Open it with the newer program, or restore a backup.")
                     .arg(m_path)
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        Transaction transaction(connection());
        if (!transaction.isActive()) {
            *error = transaction.errorString();
            return false;
        }
        if (schemaVersion() >= migration.version)
            continue; // another process migrated while this one waited for the lock
        if (!execute(migration.statements, error))
            return false;
        if (migration.step && !migration.step(connection(), error))
            return false;
        if (!execute({ QStringLiteral("PRAGMA user_version=%1").arg(migration.version) }, error))
            return false;
        if (!transaction.commit()) {
            *error = transaction.errorString();
            return false;
        }
    }
    return true;
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (m_active)
        return;
    if ((query.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_BUSY)
        m_error = Tr::tr("The case store is busy: another program has been writing to it for %1 seconds. Try again "
                         "when it has finished.")
                      .arg(kBusyTimeoutMilliseconds / 1000);
    else
        m_error = Tr::tr("Cannot start a transaction: %1").arg(sqlError(query));
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = Tr::tr("Cannot save the changes: %1").arg(sqlError(query));
        return false;
    }
    m_active = false;
    return true;
}

qint64 readMetaNumber(const QSqlDatabase &db, const char *key)
{
    std::optional<QString> value;
    QString error;
    return readMetaText(db, QLatin1String(key), &value, &error) && value ? value->toLongLong() : 0;
}

bool readMetaText(const QSqlDatabase &db, const QString &key, std::optional<QString> *value, QString *error)
{
    value->reset();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    if (query.next())
        *value = query.value(0).toString();
    return true;
}

bool writeMetaText(const QSqlDatabase &db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(db);
    if (value.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        query.addBindValue(key);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant nullableJson(const QJsonObject &object)
{
    return object.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(compactJson(object));
}

bool inTransaction(const Database &database, const std::function<bool(QString *)> &work, QString *error)
{
    Transaction transaction(database.connection());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    if (!work(error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace bxt
