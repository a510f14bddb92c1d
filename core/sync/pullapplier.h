#pragma once

#include "sync/changepage.h"

namespace bxt {

class Database;

// What pulling did to the store.
struct PullCounts
{
    qint64 changes = 0; // changes received
    qint64 stored = 0; // posts new or newer than the stored version
    qint64 removed = 0; // local posts removed (left the scope, withheld, or not returned by a full pass)
    qint64 withheld = 0; // posts the portal sent that this user must not keep (R10)
    qint64 stripped = 0; // posts stored without the author's contact the user is not entitled to
    qint64 conflicts = 0; // posts with unsent local work a full pass did not return

    PullCounts &operator+=(const PullCounts &other);
};

// Applies pages of GET /changes to the store: pages in one transaction together with the
// cursor after the last of them, so that a crash never skips or half-applies a page. A change
// whose version is not newer than the stored one is ignored; posts with local work get a new
// portal copy instead (sync/localstate.h). At the end of a full pass that reconciles, local
// posts the pass did not return are removed, except those with unsent work: they become
// conflicts. A post the user must not keep (sync/scopefilter.h) is never stored: it counts as
// withheld, a local copy of it is removed, and the rest of its page is applied as usual (the
// portal's bug must not stop the user's work). Runs on any thread with that thread's connection.
class PullApplier final
{
public:
    Q_DISABLE_COPY_MOVE(PullApplier)
    explicit PullApplier(const Database &database)
        : m_database(database)
    { }

    bool apply(const QList<PreparedPage> &pages, PullCounts *counts, QString *error);
    // The posts stored, changed or removed by the applies that were committed, for the window
    // to refresh those rows only.
    const QStringList &changedPosts() const { return m_changed; }

private:
    bool reconcile(const QSet<QString> &withWork, class PostStore &posts, PullCounts *counts, QStringList *removed,
        QString *error);

    const Database &m_database;
    QStringList m_changed;
};

} // namespace bxt
