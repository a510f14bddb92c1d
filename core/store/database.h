#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace bxt {

// The case store: one SQLite file in WAL mode with foreign keys on, its schema brought up to
// date by numbered migrations keyed on PRAGMA user_version. One connection per instance;
// use an instance from one thread only.
class Database final
{
public:
    Q_DISABLE_COPY_MOVE(Database)
    ~Database();

    static QString defaultPath(); // under the user's data directory
    static int latestVersion();

    enum class Access {
        Create, // creates the store, and its folder, when missing (init, demo, the window)
        Write, // an existing store only
        Read, // an existing store, only read: also a read-only file or folder
    };

    // Opens (creating if needed) and migrates to targetVersion. A database written by a newer
    // program is refused. Returns null and sets *error on failure.
    static std::unique_ptr<Database> open(const QString &path, QString *error, int targetVersion = latestVersion());
    // The same with the access a command needs. An SQLite database of another program is never
    // a case store: refused, never given the store's tables. A store of an older schema is
    // migrated, so opened for writing, even for Read.
    static std::unique_ptr<Database> open(
        const QString &path, Access access, QString *error, int targetVersion = latestVersion());

    QSqlDatabase connection() const;
    // SQLite's own handle of the connection, for what Qt's driver does not offer (the online
    // backup, reading a million rows without a QVariant per value); null if unavailable.
    sqlite3 *nativeHandle() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs the statements of a script, one after another; false and *error on the first failure.
    bool execute(const QStringList &statements, QString *error) const;

private:
    Database(const QString &path, const QString &connectionName);
    bool migrate(int targetVersion, QString *error);

    QString m_path;
    QString m_connectionName;
};

// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() succeeded. Writers take the write
// lock up front so that two processes never deadlock upgrading a read lock.
class Transaction final
{
public:
    Q_DISABLE_COPY_MOVE(Transaction)
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

// Runs work inside one write transaction: committed when work returns true, rolled back
// otherwise. Returns false with *error when the transaction could not start, work failed or
// the commit failed; nothing is written then.
bool inTransaction(const Database &database, const std::function<bool(QString *error)> &work, QString *error);

// A number kept in the meta table; 0 when absent.
qint64 readMetaNumber(const QSqlDatabase &db, const char *key);
// The meta table's text for key: *value is empty when the key is absent; false and *error only
// on a database failure.
bool readMetaText(const QSqlDatabase &db, const QString &key, std::optional<QString> *value, QString *error);
// Writes the meta table's text for key; an empty value removes the key.
bool writeMetaText(const QSqlDatabase &db, const QString &key, const QString &value, QString *error);

// A JSON object as the compact text the store keeps.
QString compactJson(const QJsonObject &object);
// The same for a nullable column: NULL for an empty object.
QVariant nullableJson(const QJsonObject &object);

// SQLite's own handle of a connection; null if it is not an SQLite connection.
sqlite3 *nativeHandle(const QSqlDatabase &db);

// The text of the last error of a query, for messages.
QString sqlError(const class QSqlQuery &query);

} // namespace bxt
