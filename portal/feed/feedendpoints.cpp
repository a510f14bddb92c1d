#include "feed/feedendpoints.h"

#include "actions/postactions.h"
#include "db/portaldatabase.h"
#include "feed/changefeed.h"
#include "feed/changelistener.h"
#include "feed/feedcompactor.h"

namespace bxt::portal {

FeedEndpoints::FeedEndpoints(QObject *parent)
    : QObject(parent)
{ }

FeedEndpoints::~FeedEndpoints() = default;

bool FeedEndpoints::start(PortalDatabase &database, const QString &connectionString, QString *error)
{
    m_database = &database;
    m_listener = std::make_unique<ChangeListener>();
    if (!m_listener->start(connectionString, error))
        return false;
    m_feed = std::make_unique<ChangeFeed>(database.db(), *m_listener);
    m_actions = std::make_unique<PostActions>(database.db());
    connect(&m_compaction, &QTimer::timeout, this, &FeedEndpoints::compact);
    m_compaction.start(kCompactionIntervalMs);
    return true;
}

Endpoint FeedEndpoints::changes() const
{
    return m_feed->endpoint();
}

Endpoint FeedEndpoints::actions() const
{
    return m_actions->endpoint();
}

void FeedEndpoints::compact()
{
    qint64 deleted = 0;
    QString error;
    if (!FeedCompactor(m_database->db()).compactKeepingNewest(kKeptFeedRows, &deleted, &error))
        qWarning("portal: %s", qPrintable(error));
}

} // namespace bxt::portal
