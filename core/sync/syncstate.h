#pragma once

#include <QSqlDatabase>
#include <QString>

namespace bxt {

class Database;

// Where the change feed stands, kept in the meta table so that it is written in the same
// transaction as the changes it follows.
class SyncState final
{
public:
    Q_DISABLE_COPY_MOVE(SyncState)
    explicit SyncState(const Database &database);

    // A pass without a cursor reads the user's whole scope. Reconcile: at its end, local posts
    // it did not return are removed (portal-api.md 410 cursor_expired). Fresh: the store was
    // empty when it began, so there is nothing to remove.
    enum class Pass { None, Fresh, Reconcile };

    bool cursor(QString *cursor, QString *error) const;
    bool setCursor(const QString &cursor, QString *error);
    bool pass(Pass *pass, QString *error) const;
    bool setPass(Pass pass, QString *error);
    // The portal and user the cursor belongs to.
    bool source(QString *source, QString *error) const;
    bool setSource(const QString &source, QString *error);

    // Forgets the cursor: the next pass reads everything and removes what it did not return.
    bool restartFullPass(QString *error);

private:
    bool read(const char *key, QString *value, QString *error) const;
    bool write(const char *key, const QString &value, QString *error);

    QSqlDatabase m_db;
};

} // namespace bxt
