#pragma once

#include "domain/role.h"
#include "sync/portalerror.h"

#include <QObject>

namespace bxt {

class Database;
class PortalSession;
struct OutboxEntry;
struct PortalResponse;

struct PushCounts
{
    qint64 pushed = 0; // the portal took the action
    qint64 conflicts = 0; // 409: both versions kept for the user
    qint64 failed = 0; // refused: marked failed, local effect undone
};

// Sends the outbox in order, one action at a time (portal-api.md "Actions (push)"), and
// stores each answer in one transaction: 200 the portal's post; 409 a conflict that keeps both
// versions; 400/403/404/422 the action failed with the portal's message and its local effect is
// undone. Any other failure stops the push with the action still queued under the same
// Idempotency-Key, so that sending it again can never apply it twice.
class OutboxPusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxPusher)

public:
    OutboxPusher(const Database &database, PortalSession &session, QObject *parent = nullptr);

    void start(const Actor &actor);
    void cancel();

signals:
    void answered(const QString &postId); // one action on this post left the queue
    void finished(const bxt::PushCounts &counts);
    void failed(const bxt::PortalError &error);

private:
    void sendNext();
    bool fixBaseVersion(OutboxEntry *entry, QString *error);
    void received(const OutboxEntry &entry, const PortalResponse &response);
    bool storeTaken(const OutboxEntry &entry, const QJsonObject &post, QString *error);
    bool storeConflict(const OutboxEntry &entry, const PortalResponse &response, QString *error);
    bool storeRefusal(const OutboxEntry &entry, const PortalError &refusal, QString *error);
    void fail(const PortalError &error);

    const Database &m_database;
    PortalSession &m_session;
    Actor m_actor;
    PushCounts m_counts;
    quint64 m_run = 0;
};

} // namespace bxt
