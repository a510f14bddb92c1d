#include "actions/localactions.h"

#include "actions/outbox.h"
#include "actions/portalcopies.h"
#include "actions/storedpolicy.h"
#include "rules/actioneffect.h"
#include "rules/actionpolicy.h"
#include "search/searchindexmaintenance.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/poststore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace bxt {

LocalActions::LocalActions(Database &database, IndexUpkeep upkeep)
    : m_database(database)
    , m_upkeep(upkeep)
{ }

bool LocalActions::perform(const Actor &actor, const QString &postId, const QJsonObject &actionBody, Post *result,
    QString *error, const QJsonArray &overriddenAdvice)
{
    const auto action = Action::fromJson(actionBody, error);
    return action
        && inPolicyTransaction(
            [&](const ActionPolicy &policy, PostStore &posts, QString *failure) {
                return performOne(actor, postId, *action, policy, posts, overriddenAdvice, result, failure)
                    == Step::Done;
            },
            error);
}

bool LocalActions::performOnAll(const Actor &actor, const QStringList &postIds, const QJsonObject &actionBody,
    BulkActionOutcome *outcome, QString *error, const Progress &progress)
{
    const auto action = Action::fromJson(actionBody, error);
    BulkActionOutcome result;
    const bool done = action
        && inPolicyTransaction(
            [&](const ActionPolicy &policy, PostStore &posts, QString *failure) {
                for (qsizetype i = 0; i < postIds.size(); ++i) {
                    Post changed;
                    QString message;
                    switch (performOne(actor, postIds.at(i), *action, policy, posts, {}, &changed, &message)) {
                    case Step::Done: result.changed.append(postIds.at(i)); break;
                    case Step::Refused: result.refused.append({ postIds.at(i), message }); break;
                    case Step::Failed: *failure = message; return false;
                    }
                    if (progress)
                        progress(i + 1, postIds.size());
                }
                return true;
            },
            error);
    if (done)
        *outcome = result;
    return done;
}

bool LocalActions::inPolicyTransaction(
    const std::function<bool(const ActionPolicy &, PostStore &, QString *)> &work, QString *error)
{
    const bool done = inTransaction(
        m_database,
        [&](QString *failure) {
            std::optional<ActionPolicy> rules;
            if (!loadActionPolicy(m_database, &rules, failure))
                return false;
            PostStore posts(m_database);
            return work(*rules, posts, failure) && posts.flush(failure);
        },
        error);
    if (done && m_upkeep == IndexUpkeep::AfterEachAction)
        maintainSearchIndex();
    return done;
}

LocalActions::Step LocalActions::performOne(const Actor &actor, const QString &postId, const Action &action,
    const ActionPolicy &policy, PostStore &posts, const QJsonArray &overriddenAdvice, Post *changed, QString *message)
{
    std::optional<Post> post;
    if (!posts.find(postId, &post, message))
        return Step::Failed;
    if (!post) {
        *message = QCoreApplication::translate("LocalActions", "There is no post %1 in this store.").arg(postId);
        return Step::Refused;
    }
    if (QString refused = policy.refusal(actor, *post, action); !refused.isEmpty()) {
        *message = refused;
        return Step::Refused;
    }
    // The first queued action of a post keeps the portal's state of it: with nothing queued
    // the stored post is exactly that state.
    PortalCopies copies(m_database);
    std::optional<Post> copy;
    if (!copies.find(postId, &copy, message) || (!copy && !copies.keep(*post, message)))
        return Step::Failed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    *changed = applyActionLocally(*post, action, actor, now);
    // Sync fills in base_version when it sends the action.
    const bool stored = posts.replace(*changed, message)
        && Outbox(m_database).enqueue(actor, postId, action.body(), now, message)
        && AuditLog(m_database).record(actor.userId, action.typeCode(), postId, post->json(), changed->json(), message)
        && (overriddenAdvice.isEmpty()
            || AuditLog(m_database)
                   .record(actor.userId, QStringLiteral("advice_overridden"), postId, {},
                       { { QStringLiteral("findings"), overriddenAdvice } }, message));
    return stored ? Step::Done : Step::Failed;
}

void LocalActions::maintainSearchIndex() const
{
    // The action is stored and searchable either way: a failure here only leaves the upkeep for
    // the next time.
    QString error;
    if (!SearchIndexMaintenance(m_database).runIfDue(&error))
        qWarning("search index maintenance: %s", qPrintable(error));
}

} // namespace bxt
