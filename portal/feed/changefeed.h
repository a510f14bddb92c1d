#pragma once

#include "http/portalexchange.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

class QTimer;

namespace bxt::portal {

class ChangeListener;

// GET /changes (portal-api.md "Change feed") as an Endpoint: serve() answers a page of the
// user's feed, or, when there is nothing new and the request asks to wait, holds the answer
// until the ChangeListener reports a change in the user's scope or the wait runs out.
//
// Scope is in the queries: column staff, supervisors, leaders and administrators read every
// row; a liaison only the rows naming its unit (in scope after the change, or left by it).
// Each row serves the post's current state when it is in the user's scope now, with the
// author's contact only where the rules allow it (ScopeFilter, R10), and {"removed": {"id",
// "version"}} otherwise; a post changed twice within a page appears once, at its last row.
//
// The cursor is opaque: base64url of "f.SEQ", the last feed row the page covered. A cursor
// that does not decode exactly is 422 (field cursor); one below feed_state.horizon (rows
// compacted away) or beyond the head (not of this feed) is 410 cursor_expired.
// A page and its checks read one snapshot (REPEATABLE READ), so a compaction committing
// meanwhile cannot take rows from under it. A database error is 503 with Retry-After.
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxPageBytes = 8 * 1024 * 1024;

    ChangeFeed(QSqlDatabase db, ChangeListener &listener, QObject *parent = nullptr);
    ~ChangeFeed() override;

    void serve(const PortalRequest &request, const Respond &respond);
    Endpoint endpoint();

    int waitingCount() const { return int(m_waiters.size()); }

    static QString cursorAfter(qint64 seq);

private:
    struct Query
    {
        qint64 after = 0;
        bool fromStart = true; // no cursor: the whole feed, whatever was compacted
        int limit = 200;
        int waitSeconds = 0;
    };
    struct Waiter
    {
        Actor actor;
        Query query;
        Respond respond;
        QPointer<QObject> connection;
        QTimer *timer = nullptr;
    };

    std::optional<Query> parse(const QUrlQuery &query, PortalReply *refusal) const;
    // The page after query.after; *empty when it holds no change (or on an error).
    PortalReply page(const Actor &actor, const Query &query, bool *empty);
    void wake(const QStringList &units, bool everyone);
    void finish(quint64 id, const std::optional<PortalReply> &reply);

    QSqlDatabase m_db;
    QHash<quint64, Waiter> m_waiters;
    quint64 m_lastWaiter = 0;
};

} // namespace bxt::portal
