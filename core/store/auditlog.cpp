#include "store/auditlog.h"

#include "domain/post.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace bxt {

AuditLog::AuditLog(const Database &database)
    : m_db(database.connection())
{ }

bool AuditLog::record(const QString &actor, const QString &action, const QString &postId, const QJsonObject &before,
    const QJsonObject &after, QString *error)
{
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO audit_log(at, actor, action, post_id, before, after) VALUES(?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(toRfc3339Cst(QDateTime::currentDateTimeUtc()));
    insert.addBindValue(actor);
    insert.addBindValue(action);
    insert.addBindValue(postId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : postId);
    insert.addBindValue(nullableJson(before));
    insert.addBindValue(nullableJson(after));
    if (!insert.exec()) {
        *error = sqlError(insert);
        return false;
    }
    return true;
}

bool AuditLog::entriesFor(const QString &postId, QList<Entry> *entries, QString *error) const
{
    entries->clear();
    QSqlQuery select(m_db);
    select.prepare(QStringLiteral(
        "SELECT at, actor, action, post_id, before, after FROM audit_log WHERE post_id = ? ORDER BY id"));
    select.addBindValue(postId);
    if (!select.exec()) {
        *error = sqlError(select);
        return false;
    }
    while (select.next()) {
        entries->append({ select.value(0).toString(), select.value(1).toString(), select.value(2).toString(),
            select.value(3).toString(), QJsonDocument::fromJson(select.value(4).toByteArray()).object(),
            QJsonDocument::fromJson(select.value(5).toByteArray()).object() });
    }
    return true;
}

} // namespace bxt
