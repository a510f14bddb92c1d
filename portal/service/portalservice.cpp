#include "service/portalservice.h"

#include "db/portaldatabase.h"
#include "feed/feedendpoints.h"
#include "http/portalserver.h"
#include "intake/publicintake.h"
#include "reference/referencedata.h"
#include "session/secrets.h"
#include "session/sessionservice.h"

#include <QDebug>

namespace bxt::portal {

PortalService::PortalService(PortalConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

PortalService::~PortalService() = default;

bool PortalService::start(QString *error)
{
    if (!secrets::init()) {
        *error = tr("libsodium cannot start (no source of randomness).");
        return false;
    }
    m_database = PortalDatabase::open(m_config.database, error);
    if (!m_database)
        return false;
    if (!m_database->isLatest(error))
        return false;
    m_sessions = std::make_unique<SessionService>(m_database->db(), m_config.tokenHours);
    m_reference = std::make_unique<ReferenceData>(m_database->db());
    m_intake = std::make_unique<PublicIntake>(m_database->db(), m_config.plainHttpLoopback);
    m_feed = std::make_unique<FeedEndpoints>();
    if (!m_feed->start(*m_database, m_config.database, error))
        return false;
    m_server = std::make_unique<PortalServer>(m_config.basePath,
        [this](const QByteArray &token, PortalReply *refusal) { return m_sessions->authenticate(token, refusal); });
    addRoutes();
    watchTheConnection();
    return m_server->listen(m_config, error);
}

// A 500 may be a connection PostgreSQL has closed (a restart): the next request first makes
// sure there is a live one. Asking only after a failure spares every request a round trip.
void PortalService::watchTheConnection()
{
    connect(m_server.get(), &PortalServer::requestServed, this, [this](const QString &, const QString &, int status) {
        if (status >= 500)
            m_connectionSuspect = true;
    });
    connect(m_server.get(), &PortalServer::requestArrived, this, [this] {
        if (!m_connectionSuspect)
            return;
        QString error;
        m_connectionSuspect = !m_database->reconnectIfLost(&error);
        if (m_connectionSuspect)
            qWarning().noquote() << "database:" << error;
    });
}

void PortalService::addRoutes()
{
    using Access = PortalServer::Access;
    const auto bind = [](auto *object, auto member) {
        return [object, member](
                   const PortalRequest &request, const Respond &respond) { (object->*member)(request, respond); };
    };
    m_server->addRoute(
        "POST", QStringLiteral("/session"), Access::Public, bind(m_sessions.get(), &SessionService::logIn));
    m_server->addRoute(
        "DELETE", QStringLiteral("/session"), Access::Staff, bind(m_sessions.get(), &SessionService::logOut));
    m_server->addRoute("GET", QStringLiteral("/units"), Access::Staff, bind(m_reference.get(), &ReferenceData::units));
    m_server->addRoute(
        "GET", QStringLiteral("/calendar/{year}"), Access::Staff, bind(m_reference.get(), &ReferenceData::calendar));
    m_server->addRoute(
        "POST", QStringLiteral("/public/posts"), Access::Public, bind(m_intake.get(), &PublicIntake::submit));
    m_server->addRoute("POST", QStringLiteral("/public/posts/{id}/satisfaction"), Access::Public,
        bind(m_intake.get(), &PublicIntake::rate));
    m_server->addRoute("GET", QStringLiteral("/changes"), Access::Staff, m_feed->changes());
    m_server->addRoute("POST", QStringLiteral("/posts/{id}/actions"), Access::Staff, m_feed->actions());
}

} // namespace bxt::portal
