#pragma once

#include <QList>
#include <QStringList>

namespace bxt::portal {

// One schema update of the portal's database. Versions are consecutive from 1; never change a
// released migration, add one.
struct PortalMigration
{
    int version;
    QStringList statements;
};

const QList<PortalMigration> &portalMigrations();

} // namespace bxt::portal
