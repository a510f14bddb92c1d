#pragma once

#include "domain/role.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace bxt {

class Database;

// Who changed what, when, with the state before and after. Written inside the caller's
// transaction, so a change and its record land together or not at all.
class AuditLog final
{
public:
    Q_DISABLE_COPY_MOVE(AuditLog)
    explicit AuditLog(const Database &database);

    bool record(const QString &actor, const QString &action, const QString &postId, const QJsonObject &before,
        const QJsonObject &after, QString *error);

    struct Entry
    {
        QString at;
        QString actor;
        QString action;
        QString postId;
        QJsonObject before;
        QJsonObject after;
    };
    bool entriesFor(const QString &postId, QList<Entry> *entries, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace bxt
