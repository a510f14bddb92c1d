#pragma once

#include "config/portalconfig.h"

#include <QCoreApplication>
#include <QObject>
#include <memory>

namespace bxt::portal {

class FeedEndpoints;
class PortalDatabase;
class PortalServer;
class PublicIntake;
class ReferenceData;
class SessionService;

// One process of the portal service: its database connection, its endpoints, and the routing
// table that joins them to the HTTP server.
class PortalService final : public QObject
{
    Q_OBJECT

public:
    explicit PortalService(PortalConfig config, QObject *parent = nullptr);
    ~PortalService() override;

    // Connects to a database at this program's schema version and listens.
    bool start(QString *error);
    PortalServer &server() { return *m_server; }

private:
    void addRoutes();
    void watchTheConnection();

    PortalConfig m_config;
    bool m_connectionSuspect = false; // a request failed: check the connection before the next
    std::unique_ptr<PortalDatabase> m_database;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<ReferenceData> m_reference;
    std::unique_ptr<PublicIntake> m_intake;
    std::unique_ptr<FeedEndpoints> m_feed;
    std::unique_ptr<PortalServer> m_server; // last: it goes first, before what its routes use
};

} // namespace bxt::portal
