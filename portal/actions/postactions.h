#pragma once

#include "http/portalexchange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>

namespace bxt {
class ActionPolicy;
}

namespace bxt::portal {

// POST /posts/{id}/actions (portal-api.md "Actions (push)") as an Endpoint, exactly once per
// user and Idempotency-Key across every process on the database. One transaction: the key's
// row is inserted first (a concurrent request with the same key waits on it, then finds it
// taken and answers what was stored), the post is locked, the action checked (the contract's
// "who" table, then ActionPolicy with the units and calendar of the database) and applied
// (applyActionLocally, reply and supervision ids from the database's sequences, version + 1),
// the post written through PostWriter, the answer stored with the key, an audit_log row; then
// COMMIT and the answer.
//
// Answers the contract leaves open, as the fake portal: a missing or unusable Idempotency-Key
// is 422 (field Idempotency-Key) and not stored; every other answer is stored, and the same
// key returns it again whatever the body. Unlike the fake portal, a post outside a liaison's
// scope (another unit's, or a report) is 404 not_found, as an unknown post, so that a
// liaison cannot learn that a report exists. A post in the answer, also in a 409, is shown
// as the feed shows it to that user (contact only where entitled, R10). A database error is
// 503 with Retry-After, nothing stored.
class PostActions final
{
    Q_DECLARE_TR_FUNCTIONS(PostActions)

public:
    // No action makes a post's JSON larger, so that a page of the feed always holds it.
    static constexpr qint64 kMaxPostBytes = 1024 * 1024;

    explicit PostActions(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    void serve(const PortalRequest &request, const Respond &respond);
    Endpoint endpoint();

private:
    struct Outcome
    {
        PortalReply reply;
        QJsonObject applied; // the request body when the action changed the post
    };

    PortalReply handle(const Actor &actor, const QString &postId, const QString &key, const QJsonDocument &body);
    Outcome decide(const Actor &actor, const QString &postId, const QJsonDocument &body, QString *failure);
    // The policy of the units and calendar years (their docs) of the database.
    static std::unique_ptr<ActionPolicy> policyOf(const QJsonArray &units, const QJsonArray &calendarYears);
    QString nextId(char kind, QString *failure);

    QSqlDatabase m_db;
};

} // namespace bxt::portal
