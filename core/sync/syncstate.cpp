#include "sync/syncstate.h"

#include "store/database.h"

#include <QSqlQuery>

namespace bxt {

namespace {
constexpr const char *kCursor = "sync_cursor";
constexpr const char *kPass = "sync_pass";
constexpr const char *kSource = "sync_source";
} // namespace

SyncState::SyncState(const Database &database)
    : m_db(database.connection())
{ }

bool SyncState::read(const char *key, QString *value, QString *error) const
{
    std::optional<QString> stored;
    if (!readMetaText(m_db, QLatin1String(key), &stored, error))
        return false;
    *value = stored.value_or(QString());
    return true;
}

bool SyncState::write(const char *key, const QString &value, QString *error)
{
    return writeMetaText(m_db, QLatin1String(key), value, error);
}

bool SyncState::cursor(QString *cursor, QString *error) const
{
    return read(kCursor, cursor, error);
}

bool SyncState::setCursor(const QString &cursor, QString *error)
{
    return write(kCursor, cursor, error);
}

bool SyncState::pass(Pass *pass, QString *error) const
{
    QString value;
    if (!read(kPass, &value, error))
        return false;
    *pass = value == QLatin1String("reconcile") ? Pass::Reconcile
        : value == QLatin1String("fresh")       ? Pass::Fresh
                                                : Pass::None;
    return true;
}

bool SyncState::setPass(Pass pass, QString *error)
{
    switch (pass) {
    case Pass::None: return write(kPass, {}, error);
    case Pass::Fresh: return write(kPass, QStringLiteral("fresh"), error);
    case Pass::Reconcile: return write(kPass, QStringLiteral("reconcile"), error);
    }
    return false;
}

bool SyncState::source(QString *source, QString *error) const
{
    return read(kSource, source, error);
}

bool SyncState::setSource(const QString &source, QString *error)
{
    return write(kSource, source, error);
}

bool SyncState::restartFullPass(QString *error)
{
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM sync_pass_seen"))) {
        *error = sqlError(clear);
        return false;
    }
    return setCursor({}, error) && setPass(Pass::Reconcile, error);
}

} // namespace bxt
