#pragma once

#include <QJsonObject>
#include <QString>

namespace bxt::portal {

class PortalDatabase;

// Records an administration command in audit_log (no user: the administrator at the machine),
// in the caller's transaction when there is one.
bool recordAdminAction(PortalDatabase &database, const QString &action, const QJsonObject &detail, QString *error);

} // namespace bxt::portal
