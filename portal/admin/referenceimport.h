#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace bxt::portal {

class PortalDatabase;

// The reference data an administrator imports: the unit list (GET /units) and the working-day
// calendar of a year (GET /calendar/{year}). Each import is checked whole, then written in one
// transaction with its audit_log row; bad input changes nothing.
class ReferenceImport final
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceImport)

public:
    Q_DISABLE_COPY_MOVE(ReferenceImport)
    explicit ReferenceImport(PortalDatabase &database);

    // body is the GET /units body. The listed units replace the stored ones, served in the order
    // listed. A stored unit the list leaves out is deleted, unless an assignment, a supervision
    // or a user names it: then it is kept, inactive, after the listed ones, so that old posts
    // still name a unit the desks know.
    bool importUnits(const QJsonObject &body, QString *summary, QString *error);
    // json is the portal's shape or holiday-cn's, as the desk's calendar import takes it; the
    // year is stored in the portal's shape, replacing a year imported before.
    bool importCalendarYear(const QJsonObject &json, QString *summary, QString *error);

private:
    PortalDatabase &m_database;
};

} // namespace bxt::portal
