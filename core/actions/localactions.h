#pragma once

#include "domain/post.h"
#include "domain/role.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace bxt {

class Action;
class ActionPolicy;
class Database;
class PostStore;

// What an action on many posts did: the posts changed, and those the rules refused (with why).
struct BulkActionOutcome
{
    struct Refusal
    {
        QString postId;
        QString reason;
    };
    QStringList changed;
    QList<Refusal> refused;
};

// Performs an action on this machine: checks it against the rules (ActionPolicy), applies
// its local effect, stores the post, puts the action in the outbox for the portal (with its
// Idempotency-Key fixed now; core/actions/outbox.h) and records it in the audit log, all in one
// transaction. The search index's upkeep (SearchIndexMaintenance) runs after the transaction,
// or is left to the caller (the window runs it when the user pauses).
class LocalActions final
{
public:
    enum class IndexUpkeep { AfterEachAction, ByCaller };

    Q_DISABLE_COPY_MOVE(LocalActions)
    explicit LocalActions(Database &database, IndexUpkeep upkeep = IndexUpkeep::AfterEachAction);

    // actionBody is portal-api.md's action body ({"type": ..., parameters}). On refusal or
    // failure returns false, sets *error to a sentence for the user and changes nothing.
    // overriddenAdvice: reply-quality advice the user chose to send past (R19), recorded in the
    // audit log with the action.
    bool perform(const Actor &actor, const QString &postId, const QJsonObject &actionBody, Post *result, QString *error,
        const QJsonArray &overriddenAdvice = {});

    // (posts done, posts in all), after each post.
    using Progress = std::function<void(qsizetype done, qsizetype total)>;
    // The same action on each post, all in one transaction: the posts the rules refuse are
    // listed in *outcome and left as they are, every other one is changed, queued and recorded.
    // On a failure (a bad action body, a database error) returns false with *error and changes
    // nothing at all.
    bool performOnAll(const Actor &actor, const QStringList &postIds, const QJsonObject &actionBody,
        BulkActionOutcome *outcome, QString *error, const Progress &progress = {});

private:
    enum class Step { Done, Refused, Failed };
    // Runs work in one transaction with the stored action rules; the search index's upkeep follows a commit.
    bool inPolicyTransaction(
        const std::function<bool(const ActionPolicy &, PostStore &, QString *)> &work, QString *error);
    // Inside the caller's transaction; *message is why on Refused or Failed.
    Step performOne(const Actor &actor, const QString &postId, const Action &action, const ActionPolicy &policy,
        PostStore &posts, const QJsonArray &overriddenAdvice, Post *changed, QString *message);
    void maintainSearchIndex() const;

    Database &m_database;
    const IndexUpkeep m_upkeep;
};

} // namespace bxt
