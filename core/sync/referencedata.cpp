#include "sync/referencedata.h"

#include "calendar/calendaryear.h"
#include "domain/post.h"
#include "store/calendarstore.h"
#include "store/database.h"
#include "store/unitstore.h"
#include "sync/portalsession.h"

#include <QJsonArray>

namespace bxt {

ReferenceDataSync::ReferenceDataSync(const Database &database, PortalSession &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

void ReferenceDataSync::start()
{
    const quint64 run = ++m_run;
    PortalRequest request;
    request.path = QStringLiteral("/units");
    m_session.call(request, this, [this, run](const PortalResponse &response) {
        if (run == m_run)
            storeUnits(response);
    });
}

void ReferenceDataSync::storeUnits(const PortalResponse &response)
{
    if (response.error.isError()) {
        emit failed(response.error);
        return;
    }
    const QJsonValue units = response.json.value(QLatin1String("units"));
    if (!units.isArray()) {
        emit failed(PortalError::of(PortalError::Kind::Malformed, QStringLiteral("no \"units\" list")));
        return;
    }
    QString error;
    if (!inTransaction(
            m_database, [&](QString *failure) { return UnitStore(m_database).replaceAll(units.toArray(), failure); },
            &error)) {
        emit failed(PortalError::of(PortalError::Kind::Malformed, error));
        return;
    }
    const int thisYear = cstDate(QDateTime::currentDateTimeUtc()).year();
    fetchCalendar(thisYear, thisYear + 1);
}

void ReferenceDataSync::fetchCalendar(int year, int lastYear)
{
    if (year > lastYear) {
        emit finished();
        return;
    }
    const quint64 run = m_run;
    PortalRequest request;
    request.path = QStringLiteral("/calendar/%1").arg(year);
    m_session.call(request, this, [this, run, year, lastYear](const PortalResponse &response) {
        if (run == m_run)
            storeCalendar(year, lastYear, response);
    });
}

void ReferenceDataSync::storeCalendar(int year, int lastYear, const PortalResponse &response)
{
    if (response.error.isHttp(404)) {
        fetchCalendar(year + 1, lastYear);
        return;
    }
    if (response.error.isError()) {
        emit failed(response.error);
        return;
    }
    CalendarYear calendar;
    QString error;
    if (!parseCalendarYear(response.json, &calendar, &error) || !checkNeighbourDays(calendar, &error)
        || calendar.year != year) {
        emit failed(PortalError::of(
            PortalError::Kind::Malformed, error.isEmpty() ? QStringLiteral("calendar of another year") : error));
        return;
    }
    calendar.source = QStringLiteral("portal");
    if (!inTransaction(
            m_database, [&](QString *failure) { return CalendarStore(m_database).saveYear(calendar, failure); },
            &error)) {
        emit failed(PortalError::of(PortalError::Kind::Store, error));
        return;
    }
    fetchCalendar(year + 1, lastYear);
}

} // namespace bxt
