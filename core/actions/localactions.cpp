#include "actions/localactions.h"

#include "actions/outbox.h"
#include "actions/portalcopies.h"
#include "rules/actioneffect.h"
#include "rules/actionpolicy.h"
#include "store/auditlog.h"
#include "store/calendarstore.h"
#include "store/database.h"
#include "store/poststore.h"
#include "store/unitstore.h"

#include <QCoreApplication>

namespace bxt {

LocalActions::LocalActions(Database &database) : m_database(database) { }

bool LocalActions::perform(const Actor &actor, const QString &postId, const QJsonObject &actionBody, Post *result,
                           QString *error, const QJsonArray &overriddenAdvice)
{
    const auto action = Action::fromJson(actionBody, error);
    if (!action)
        return false;
    Post changed;
    const bool done = inTransaction(m_database, [&](QString *failure) {
        PostStore posts(m_database);
        std::optional<Post> post;
        if (!posts.find(postId, &post, failure))
            return false;
        if (!post) {
            *failure = QCoreApplication::translate("LocalActions", "There is no post %1 in this store.").arg(postId);
            return false;
        }
        const CalendarStore calendars(m_database);
        WorkCalendar calendar;
        DeadlineRules rules;
        QHash<QString, Unit> units;
        if (!calendars.calendar(&calendar, failure) || !calendars.deadlineRules(&rules, failure)
            || !UnitStore(m_database).all(&units, failure))
            return false;
        const ActionPolicy policy(DeadlineCalculator(calendar, rules), units);
        if (QString refused = policy.refusal(actor, *post, *action); !refused.isEmpty()) {
            *failure = refused;
            return false;
        }
        // The first queued action of a post keeps the portal's state of it: with nothing queued
        // the stored post is exactly that state.
        PortalCopies copies(m_database);
        std::optional<Post> copy;
        if (!copies.find(postId, &copy, failure) || (!copy && !copies.keep(*post, failure)))
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        changed = applyActionLocally(*post, *action, actor, now);
        // Sync fills in base_version when it sends the action.
        return posts.replace(changed, failure) && posts.flush(failure)
                && Outbox(m_database).enqueue(actor, postId, action->body(), now, failure)
                && AuditLog(m_database).record(actor.userId, action->typeCode(), postId, post->json(),
                                               changed.json(), failure)
                && (overriddenAdvice.isEmpty()
                    || AuditLog(m_database).record(actor.userId, QStringLiteral("advice_overridden"), postId, {},
                                                   {{QStringLiteral("findings"), overriddenAdvice}}, failure));
    }, error);
    if (!done)
        return false;
    *result = changed;
    return true;
}

} // namespace bxt
