#pragma once

#include "domain/post.h"
#include "domain/role.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bxt {

class Database;

// Performs an action on this machine: checks it against the rules (ActionPolicy), applies
// its local effect, stores the post, puts the action in the outbox for the portal (with its
// Idempotency-Key fixed now; core/actions/outbox.h) and records it in the audit log, all in one
// transaction.
class LocalActions final
{
public:
    Q_DISABLE_COPY_MOVE(LocalActions)
    explicit LocalActions(Database &database);

    // actionBody is portal-api.md's action body ({"type": ..., parameters}). On refusal or
    // failure returns false, sets *error to a sentence for the user and changes nothing.
    // overriddenAdvice: reply-quality advice the user chose to send past (R19), recorded in the
    // audit log with the action.
    bool perform(const Actor &actor, const QString &postId, const QJsonObject &actionBody, Post *result,
                 QString *error, const QJsonArray &overriddenAdvice = {});

private:
    Database &m_database;
};

} // namespace bxt
