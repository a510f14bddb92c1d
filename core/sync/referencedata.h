#pragma once

#include "sync/portalerror.h"

#include <QObject>

namespace bxt {

class Database;
class PortalSession;
struct PortalResponse;

// portal-api.md "Reference data": GET /units (who posts go to, and of which kind) and GET
// /calendar/{year} for this year and the next (the working days deadlines are counted in,
// R16–R18). A year the portal has not published (404) keeps what the store has.
class ReferenceDataSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceDataSync)

public:
    ReferenceDataSync(const Database &database, PortalSession &session, QObject *parent = nullptr);

    void start();
    void cancel() { ++m_run; }

signals:
    void finished();
    void failed(const bxt::PortalError &error);

private:
    void storeUnits(const PortalResponse &response);
    void fetchCalendar(int year, int lastYear);
    void storeCalendar(int year, int lastYear, const PortalResponse &response);

    const Database &m_database;
    PortalSession &m_session;
    quint64 m_run = 0;
};

} // namespace bxt
