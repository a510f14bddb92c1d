#include "sync/conflictstore.h"

#include "domain/post.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace bxt {

ConflictStore::ConflictStore(const Database &database)
    : m_db(database.connection())
{ }

bool ConflictStore::select(
    const QString &where, const QVariantList &values, QList<SyncConflict> *conflicts, QString *error) const
{
    conflicts->clear();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT post_id, kind, outbox_seq, local, portal, message, at FROM sync_conflicts ") + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    while (query.next()) {
        SyncConflict conflict;
        conflict.postId = query.value(0).toString();
        conflict.kind = query.value(1).toString() == QLatin1String("version") ? SyncConflict::Kind::Version
                                                                              : SyncConflict::Kind::NotReturned;
        conflict.outboxSeq = query.value(2).toLongLong();
        conflict.local = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
        conflict.portal = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
        conflict.message = query.value(5).toString();
        conflict.at = parseRfc3339(query.value(6).toString());
        conflicts->append(conflict);
    }
    return true;
}

bool ConflictStore::all(QList<SyncConflict> *conflicts, QString *error) const
{
    return select(QStringLiteral("ORDER BY at, post_id"), {}, conflicts, error);
}

bool ConflictStore::find(const QString &postId, std::optional<SyncConflict> *conflict, QString *error) const
{
    conflict->reset();
    QList<SyncConflict> found;
    if (!select(QStringLiteral("WHERE post_id = ?"), { postId }, &found, error))
        return false;
    if (!found.isEmpty())
        *conflict = found.first();
    return true;
}

bool ConflictStore::count(qint64 *count, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts")) || !query.next()) {
        *error = sqlError(query);
        return false;
    }
    *count = query.value(0).toLongLong();
    return true;
}

bool ConflictStore::add(const SyncConflict &conflict, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_conflicts(post_id, kind, outbox_seq, local, portal, "
                                 "message, at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(conflict.postId);
    query.addBindValue(
        conflict.kind == SyncConflict::Kind::Version ? QStringLiteral("version") : QStringLiteral("not_returned"));
    query.addBindValue(conflict.outboxSeq > 0 ? QVariant(conflict.outboxSeq) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(compactJson(conflict.local));
    query.addBindValue(nullableJson(conflict.portal));
    query.addBindValue(conflict.message);
    query.addBindValue(toRfc3339Cst(conflict.at.isValid() ? conflict.at : QDateTime::currentDateTimeUtc()));
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

bool ConflictStore::setPortalVersion(const QString &postId, const QJsonObject &portal, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_conflicts SET portal = ? WHERE post_id = ?"));
    query.addBindValue(nullableJson(portal));
    query.addBindValue(postId);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

bool ConflictStore::remove(const QString &postId, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_conflicts WHERE post_id = ?"));
    query.addBindValue(postId);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

} // namespace bxt
