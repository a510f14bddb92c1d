#include "reference/referencedata.h"

#include "db/portaldatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace bxt::portal {

ReferenceData::ReferenceData(QSqlDatabase &db)
    : m_db(db)
{ }

void ReferenceData::units(const PortalRequest &, const Respond &respond)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(jsonb_agg(doc ORDER BY position), '[]'::jsonb) FROM units"))
        || !query.next())
        return respond(PortalReply::internalError(sqlError(query)));
    const QJsonArray units = QJsonDocument::fromJson(query.value(0).toByteArray()).array();
    respond(PortalReply::json(200, { { QStringLiteral("units"), units } }));
}

void ReferenceData::calendar(const PortalRequest &request, const Respond &respond)
{
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    const QString year = request.parameters.value(QStringLiteral("year"));
    const PortalReply unpublished = PortalReply::error(
        404, QStringLiteral("not_found"), tr("The calendar of %1 is not published.").arg(year.left(16)));
    if (!fourDigits.match(year).hasMatch())
        return respond(unpublished);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT doc FROM calendar_years WHERE year = ?"));
    query.addBindValue(year.toInt());
    if (!query.exec())
        return respond(PortalReply::internalError(sqlError(query)));
    if (!query.next())
        return respond(unpublished);
    respond(PortalReply::json(200, QJsonDocument::fromJson(query.value(0).toByteArray()).object()));
}

} // namespace bxt::portal
