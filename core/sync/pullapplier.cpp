#include "sync/pullapplier.h"

#include "actions/outbox.h"
#include "store/database.h"
#include "store/poststore.h"
#include "sync/conflictstore.h"
#include "sync/localstate.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PullApplier)
};

QString leftScope()
{
    return Tr::tr("The post left your scope on the portal (reassigned, reclassified or withdrawn) before this "
                  "action reached it.");
}

bool storeHasPosts(const Database &database, bool *hasPosts, QString *error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM posts)")) || !query.next()) {
        *error = sqlError(query);
        return false;
    }
    *hasPosts = query.value(0).toBool();
    return true;
}

} // namespace

PullCounts &PullCounts::operator+=(const PullCounts &other)
{
    changes += other.changes;
    stored += other.stored;
    removed += other.removed;
    withheld += other.withheld;
    stripped += other.stripped;
    conflicts += other.conflicts;
    return *this;
}

bool PullApplier::apply(const QList<PreparedPage> &pages, PullCounts *counts, QString *error)
{
    if (pages.isEmpty())
        return true;
    PullCounts done;
    QStringList changed;
    const bool applied = inTransaction(
        m_database,
        [&](QString *failure) {
            SyncState state(m_database);
            QString cursor;
            SyncState::Pass pass = SyncState::Pass::None;
            if (!state.cursor(&cursor, failure) || !state.pass(&pass, failure))
                return false;
            if (cursor.isEmpty() && pass == SyncState::Pass::None) {
                bool hasPosts = false;
                if (!storeHasPosts(m_database, &hasPosts, failure))
                    return false;
                pass = hasPosts ? SyncState::Pass::Reconcile : SyncState::Pass::Fresh;
                if (!state.setPass(pass, failure))
                    return false;
            }
            PostStore posts(m_database);
            LocalState local(m_database, posts);
            QSet<QString> withWork;
            if (!local.postsWithWork(&withWork, failure))
                return false;
            QSqlQuery seen(m_database.connection());
            seen.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_pass_seen(id) VALUES(?)"));
            for (const PreparedPage &page : pages) {
                std::vector<IndexedPost> indexed(page.terms.documents.size());
                for (const PreparedChange &change : page.changes) {
                    ++done.changes;
                    const bool hasWork = withWork.contains(change.id);
                    switch (change.kind) {
                    case PreparedChange::Kind::Withheld: ++done.withheld; [[fallthrough]];
                    case PreparedChange::Kind::Removed: {
                        // A removal older than the state kept here is a replay: the post came back since.
                        LocalState::Departure departure = LocalState::Departure::Replay;
                        if (!local.leaveScope(change.id, change.version, hasWork, leftScope(), &departure, failure))
                            return false;
                        if (departure != LocalState::Departure::Replay)
                            withWork.remove(change.id);
                        if (departure == LocalState::Departure::Removed) {
                            ++done.removed;
                            changed.append(change.id);
                        }
                        break;
                    }
                    case PreparedChange::Kind::Post: {
                        done.stripped += change.contactStripped ? 1 : 0;
                        PostStore::Outcome outcome = PostStore::Outcome::Updated;
                        if (!(hasWork
                                    ? local.takePortalPost(Post(QJsonDocument::fromJson(change.raw).object()), failure)
                                    : posts.upsert(change.record, change.raw, &outcome,
                                        &indexed[std::size_t(change.document)], failure)))
                            return false;
                        if (outcome != PostStore::Outcome::Unchanged) {
                            ++done.stored;
                            changed.append(change.id);
                        }
                        if (pass == SyncState::Pass::Reconcile) {
                            seen.bindValue(0, change.id);
                            if (!seen.exec()) {
                                *failure = sqlError(seen);
                                return false;
                            }
                        }
                        break;
                    }
                    }
                }
                if (!posts.addTerms(page.terms, indexed, failure))
                    return false;
            }
            const PreparedPage &last = pages.constLast();
            if (!state.setCursor(last.nextCursor, failure))
                return false;
            if (!last.hasMore) {
                if (pass == SyncState::Pass::Reconcile && !reconcile(withWork, posts, &done, &changed, failure))
                    return false;
                if (!state.setPass(SyncState::Pass::None, failure))
                    return false;
            }
            return posts.flush(failure);
        },
        error);
    if (applied) {
        *counts += done;
        m_changed += changed;
    }
    return applied;
}

bool PullApplier::reconcile(
    const QSet<QString> &withWork, PostStore &posts, PullCounts *counts, QStringList *removed, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM posts WHERE id NOT IN (SELECT id FROM sync_pass_seen)"))) {
        *error = sqlError(query);
        return false;
    }
    QStringList missing;
    while (query.next())
        missing.append(query.value(0).toString());
    query.finish();
    ConflictStore conflicts(m_database);
    for (const QString &id : std::as_const(missing)) {
        if (!withWork.contains(id)) {
            if (!posts.remove(id, error))
                return false;
            ++counts->removed;
            removed->append(id);
            continue;
        }
        // Unsent local work is never dropped silently: the user decides.
        std::optional<SyncConflict> open;
        std::optional<Post> local;
        if (!conflicts.find(id, &open, error) || !posts.find(id, &local, error))
            return false;
        if (open || !local)
            continue;
        SyncConflict conflict;
        conflict.postId = id;
        conflict.kind = SyncConflict::Kind::NotReturned;
        conflict.local = local->json();
        conflict.message = Tr::tr("The portal no longer shows this post to you, but your changes to it were not "
                                  "sent yet.");
        if (!conflicts.add(conflict, error))
            return false;
        ++counts->conflicts;
    }
    QSqlQuery clear(m_database.connection());
    if (!clear.exec(QStringLiteral("DELETE FROM sync_pass_seen"))) {
        *error = sqlError(clear);
        return false;
    }
    return true;
}

} // namespace bxt
