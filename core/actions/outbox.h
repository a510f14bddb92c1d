#pragma once

#include "domain/role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace bxt {

class Database;

// A local action waiting for the portal's answer (portal-api.md "Actions (push)").
struct OutboxEntry
{
    enum class State {
        Pending, // to be sent
        Conflict, // the portal answered 409; the user decides (sync_conflicts)
        Failed, // the portal refused it; its local effect was undone
    };

    qint64 seq = 0;
    QString postId;
    QByteArray idempotencyKey; // fixed when the action was queued; a retry sends the same
    QJsonObject body; // the action body without base_version
    Actor actor;
    QDateTime queuedAt;
    std::optional<qint64> baseVersion; // fixed at the first attempt to send
    State state = State::Pending;
    QString message; // why the portal refused it

    // reply, promise, supervise and supervision_result append and never conflict.
    bool changesState() const;
    // The body to send: with base_version for the actions that change state.
    QJsonObject requestBody() const;
};

// The outbox: local actions in the order they were made. Every method works inside the
// caller's transaction.
class Outbox final
{
public:
    Q_DISABLE_COPY_MOVE(Outbox)
    explicit Outbox(const Database &database);

    bool enqueue(
        const Actor &actor, const QString &postId, const QJsonObject &body, const QDateTime &at, QString *error);
    // The oldest pending entry whose post has no open conflict; empty when there is none.
    bool nextToSend(std::optional<OutboxEntry> *entry, QString *error) const;
    // The entries of a post that are not answered yet (pending or in conflict), oldest first.
    bool unanswered(const QString &postId, QList<OutboxEntry> *entries, QString *error) const;
    bool postsWithUnanswered(QSet<QString> *postIds, QString *error) const;
    bool unansweredCount(qint64 *count, QString *error) const;
    // The unanswered entries of posts with an open conflict: they wait for the user's choice.
    bool heldByConflictsCount(qint64 *count, QString *error) const;
    // Every entry not answered yet (pending or in conflict), oldest first: what waits to be sent.
    bool allUnanswered(QList<OutboxEntry> *entries, QString *error) const;
    bool failed(QList<OutboxEntry> *entries, QString *error) const;

    bool setBaseVersion(qint64 seq, qint64 version, QString *error);
    bool remove(qint64 seq, QString *error);
    bool markFailed(qint64 seq, const QString &message, QString *error);
    bool markConflict(qint64 seq, QString *error);
    // Pending again as a new action: a new Idempotency-Key, and the base version set anew.
    bool requeue(qint64 seq, QString *error);
    // Drops the unanswered entries of a post, or marks them failed with message.
    bool discardUnanswered(const QString &postId, QString *error);
    bool failUnanswered(const QString &postId, const QString &message, QString *error);

private:
    bool run(const QString &sql, const QVariantList &values, QString *error);
    bool count(const QString &sql, qint64 *count, QString *error) const;
    bool select(const QString &where, const QVariantList &values, QList<OutboxEntry> *entries, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace bxt
