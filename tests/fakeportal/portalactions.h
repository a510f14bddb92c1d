#pragma once

#include "httpanswer.h"
#include "portalfeed.h"

#include "calendar/calendaryear.h"
#include "calendar/workcalendar.h"
#include "domain/unit.h"
#include "rules/action.h"
#include "rules/actionpolicy.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace bxt::test {

// POST /posts/{id}/actions (portal-api.md "Actions (push)"): who may do what (the contract's
// table), whether the post's state allows it (ActionPolicy), the effect (applyActionLocally,
// with the portal's own reply and supervision ids), and the first answer kept per
// Idempotency-Key so that a repeated request changes nothing.
class PortalActions final
{
public:
    Q_DISABLE_COPY_MOVE(PortalActions)
    explicit PortalActions(PortalFeed &feed);

    void setUnits(const QJsonArray &units); // GET /units' array
    void setCalendarYear(const CalendarYear &year);

    struct Outcome
    {
        HttpAnswer answer;
        bool applied = false; // this request changed the post (not a repeat)
    };
    Outcome handle(const Actor &actor, const QString &postId, const QByteArray &idempotencyKey, const QByteArray &body,
        const QDateTime &now);

    int appliedCount() const { return int(m_applied.size()); }
    const QList<QJsonObject> &applied() const { return m_applied; } // {"post_id", "idempotency_key", "body"}

private:
    Outcome decide(const Actor &actor, const QString &postId, const QByteArray &idempotencyKey, const QByteArray &body,
        const QDateTime &now);
    HttpAnswer refusal(const Actor &actor, const Post &post, const Action &action) const;
    QJsonObject withPortalIds(const QJsonObject &before, QJsonObject after);
    void rebuildPolicy();

    PortalFeed &m_feed;
    QHash<QString, Unit> m_units;
    WorkCalendar m_calendar;
    ActionPolicy m_policy;
    QHash<QByteArray, HttpAnswer> m_answers; // by Idempotency-Key
    QList<QJsonObject> m_applied;
    qint64 m_lastReplyId = 0;
    qint64 m_lastSupervisionId = 0;
};

} // namespace bxt::test
