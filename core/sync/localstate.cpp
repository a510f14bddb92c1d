#include "sync/localstate.h"

#include "actions/outbox.h"
#include "actions/portalcopies.h"
#include "actions/storedpolicy.h"
#include "rules/actioneffect.h"
#include "store/auditlog.h"
#include "store/poststore.h"
#include "sync/conflictstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalState)
};

} // namespace

LocalState::LocalState(const Database &database, PostStore &posts)
    : m_database(database)
    , m_posts(posts)
{ }

bool LocalState::store(const Post &post, QString *error)
{
    std::optional<Post> stored;
    if (!m_posts.find(post.id(), &stored, error))
        return false;
    if (stored)
        return m_posts.replace(post, error);
    PostStore::Outcome outcome;
    return m_posts.upsert(post, QJsonDocument(post.json()).toJson(QJsonDocument::Compact), &outcome, error);
}

bool LocalState::postsWithWork(QSet<QString> *postIds, QString *error) const
{
    QList<SyncConflict> conflicts;
    if (!Outbox(m_database).postsWithUnanswered(postIds, error) || !ConflictStore(m_database).all(&conflicts, error))
        return false;
    for (const SyncConflict &conflict : std::as_const(conflicts))
        postIds->insert(conflict.postId);
    return true;
}

bool LocalState::takePortalPost(const Post &post, QString *error)
{
    PortalCopies copies(m_database);
    std::optional<Post> copy;
    if (!copies.find(post.id(), &copy, error))
        return false;
    // As in the feed, a version that is not newer than the copy is ignored.
    const bool newer = !copy || post.version() > copy->version();
    if (newer && !copies.keep(post, error))
        return false;
    ConflictStore conflicts(m_database);
    std::optional<SyncConflict> conflict;
    if (!conflicts.find(post.id(), &conflict, error))
        return false;
    if (conflict)
        return !newer || conflicts.setPortalVersion(post.id(), post.json(), error);
    bool held = false;
    if (newer && !holdRefusedAction(copy, post, &held, error))
        return false;
    return held || rebuild(post.id(), error);
}

bool LocalState::holdRefusedAction(const std::optional<Post> &before, const Post &portal, bool *held, QString *error)
{
    *held = false;
    QList<OutboxEntry> queued;
    if (!Outbox(m_database).unanswered(portal.id(), &queued, error))
        return false;
    if (!queued.isEmpty() && !m_policy && !loadActionPolicy(m_database, &m_policy, error))
        return false;
    // Both versions are checked with the same units, calendar and time: only a refusal that
    // the new version's state causes is a conflict; any other is the portal's to give.
    Post replayed = portal;
    std::optional<Post> replayedBefore = before;
    for (const OutboxEntry &entry : std::as_const(queued)) {
        QString unknown;
        const auto action = Action::fromJson(entry.body, &unknown);
        if (!action)
            continue;
        const QString refusal = m_policy->refusal(entry.actor, replayed, *action);
        const bool allowedBefore = replayedBefore && m_policy->refusal(entry.actor, *replayedBefore, *action).isEmpty();
        if (refusal.isEmpty() || !allowedBefore) {
            replayed = applyActionLocally(replayed, *action, entry.actor, entry.queuedAt);
            if (replayedBefore)
                replayedBefore = applyActionLocally(*replayedBefore, *action, entry.actor, entry.queuedAt);
            continue;
        }
        std::optional<Post> mine;
        if (!m_posts.find(portal.id(), &mine, error))
            return false;
        SyncConflict conflict;
        conflict.postId = portal.id();
        conflict.kind = SyncConflict::Kind::Version;
        conflict.outboxSeq = entry.seq;
        conflict.local = mine ? mine->json() : QJsonObject();
        conflict.portal = portal.json();
        conflict.message = Tr::tr("The portal's newer version no longer allows this action: %1").arg(refusal);
        *held = true;
        return Outbox(m_database).markConflict(entry.seq, error) && ConflictStore(m_database).add(conflict, error)
            && AuditLog(m_database)
                   .record(entry.actor.userId, QStringLiteral("sync_conflict"), portal.id(), conflict.local,
                       conflict.portal, error);
    }
    return true;
}

bool LocalState::rebuild(const QString &postId, QString *error)
{
    PortalCopies copies(m_database);
    std::optional<Post> copy;
    if (!copies.find(postId, &copy, error))
        return false;
    if (!copy)
        return true; // no local work was ever queued: the stored post is the portal's
    QList<OutboxEntry> queued;
    if (!Outbox(m_database).unanswered(postId, &queued, error))
        return false;
    Post post = *copy;
    for (const OutboxEntry &entry : std::as_const(queued)) {
        QString unknown;
        if (const auto action = Action::fromJson(entry.body, &unknown))
            post = applyActionLocally(post, *action, entry.actor, entry.queuedAt);
    }
    if (!store(post, error))
        return false;
    return !queued.isEmpty() || copies.remove(postId, error);
}

bool LocalState::forget(const QString &postId, const QString &message, QString *error)
{
    return Outbox(m_database).failUnanswered(postId, message, error) && PortalCopies(m_database).remove(postId, error)
        && ConflictStore(m_database).remove(postId, error) && m_posts.remove(postId, error);
}

bool LocalState::leaveScope(
    const QString &postId, qint64 version, bool hasWork, const QString &message, Departure *departure, QString *error)
{
    std::optional<Post> known;
    if (!(hasWork ? PortalCopies(m_database).find(postId, &known, error) : m_posts.find(postId, &known, error)))
        return false;
    *departure = Departure::Replay;
    if (known && known->version() > version)
        return true;
    if (hasWork ? !forget(postId, message, error) : (known && !m_posts.remove(postId, error)))
        return false;
    *departure = known ? Departure::Removed : Departure::NothingStored;
    return true;
}

} // namespace bxt
