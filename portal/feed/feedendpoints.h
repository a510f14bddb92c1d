#pragma once

#include "http/portalexchange.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace bxt::portal {

class ChangeFeed;
class ChangeListener;
class PortalDatabase;
class PostActions;

// The change feed and the actions of one serve process, for the server's routes:
//     FeedEndpoints feed;
//     if (!feed.start(database, config.database, &error)) ...
//     GET /changes -> feed.changes(); POST /posts/{id}/actions -> feed.actions()
// It listens for changes on a connection of its own and compacts the feed on a timer, keeping
// the newest kKeptFeedRows rows whole (a desk that last pulled before them starts again, 410).
class FeedEndpoints final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kKeptFeedRows = 200000;
    static constexpr int kCompactionIntervalMs = 60 * 60 * 1000;

    explicit FeedEndpoints(QObject *parent = nullptr);
    ~FeedEndpoints() override;

    // database: the connection the endpoints query (this thread's); connectionString opens
    // the listener's own.
    bool start(PortalDatabase &database, const QString &connectionString, QString *error);

    Endpoint changes() const;
    Endpoint actions() const;

private:
    void compact();

    PortalDatabase *m_database = nullptr;
    std::unique_ptr<ChangeListener> m_listener;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<PostActions> m_actions;
    QTimer m_compaction;
};

} // namespace bxt::portal
