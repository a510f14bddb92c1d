#include "admin/adminaudit.h"

#include "db/portaldatabase.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace bxt::portal {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceImport)
};

} // namespace

bool recordAdminAction(PortalDatabase &database, const QString &action, const QJsonObject &detail, QString *error)
{
    QSqlQuery query(database.db());
    query.prepare(QStringLiteral("INSERT INTO audit_log (action, detail) VALUES (?, ?::jsonb)"));
    query.addBindValue(action);
    query.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (query.exec())
        return true;
    *error = Tr::tr("Cannot write the audit log: %1").arg(sqlError(query));
    return false;
}

} // namespace bxt::portal
