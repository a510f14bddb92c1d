#pragma once

#include "domain/post.h"
#include "rules/actionpolicy.h"

#include <QSet>
#include <optional>

namespace bxt {

class Database;
class PostStore;

// Keeps the rule "stored post = the portal's copy + the queued actions replayed" for posts with
// local work (portal-api.md "Actions (push)"): an optimistic local change never pretends to be
// a portal version, and undoing one is rebuilding without it. Works inside the caller's
// transaction, with the caller's PostStore (flushed by the caller).
class LocalState final
{
public:
    Q_DISABLE_COPY_MOVE(LocalState)
    LocalState(const Database &database, PostStore &posts);

    // The posts with local work: unsent actions or an open conflict. A newer version of one of
    // them goes through takePortalPost(), never straight into the store.
    bool postsWithWork(QSet<QString> *postIds, QString *error) const;
    // A post from the portal (scope already checked) for a post with local work: kept as the
    // portal copy when newer; then the stored post is rebuilt, unless a conflict holds it. A
    // queued action the newer version no longer allows (where the copy before did) is a
    // conflict, as a 409 would be: the stored post stays the local version until the user decides.
    bool takePortalPost(const Post &post, QString *error);
    // Rebuilds the stored post from the portal copy and the actions still queued; once none is
    // queued, the stored post is the portal copy and the copy is dropped.
    bool rebuild(const QString &postId, QString *error);
    // The post left this user's scope: the post, its copy and any conflict go; its queued
    // actions are marked failed with message.
    bool forget(const QString &postId, const QString &message, QString *error);
    // What leaveScope() did: nothing for a replay (the state kept here is newer), else the post
    // left, with or without a stored copy to remove.
    enum class Departure { Replay, NothingStored, Removed };
    // The portal's version of the post is one this user may not hold (R10): the post goes as
    // forget() takes it, unless that version is older than the state kept here.
    bool leaveScope(const QString &postId, qint64 version, bool hasWork, const QString &message, Departure *departure,
        QString *error);

    // Stores post as the local state, whatever the stored version.
    bool store(const Post &post, QString *error);

private:
    // *held when a queued action that the portal copy before allowed is refused on the
    // portal's newer post, and now waits as a conflict.
    bool holdRefusedAction(const std::optional<Post> &before, const Post &portal, bool *held, QString *error);

    const Database &m_database;
    PostStore &m_posts;
    std::optional<ActionPolicy> m_policy; // read when first needed
};

} // namespace bxt
