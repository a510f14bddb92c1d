#pragma once

#include "http/portalexchange.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace bxt::portal {

// portal-api.md Reference data: GET /units (in the order the units were imported) and
// GET /calendar/{year}, both as stored by the import commands. A year that is not four digits
// is answered like an unpublished one: 404 not_found.
class ReferenceData final
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)

public:
    explicit ReferenceData(QSqlDatabase &db);

    void units(const PortalRequest &request, const Respond &respond);
    void calendar(const PortalRequest &request, const Respond &respond);

private:
    QSqlDatabase &m_db;
};

} // namespace bxt::portal
