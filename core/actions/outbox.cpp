#include "actions/outbox.h"

#include "domain/post.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace bxt {

namespace {

QString stateCode(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending: return QStringLiteral("pending");
    case OutboxEntry::State::Conflict: return QStringLiteral("conflict");
    case OutboxEntry::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

OutboxEntry::State stateFromCode(const QString &code)
{
    if (code == QLatin1String("conflict"))
        return OutboxEntry::State::Conflict;
    if (code == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

const QString kColumns = QStringLiteral(
    "seq, post_id, idempotency_key, body, actor_id, actor_role, actor_unit, queued_at, base_version, state, message");

} // namespace

bool OutboxEntry::changesState() const
{
    const QString type = body.value(QLatin1String("type")).toString();
    for (const char *append : { "reply", "promise", "supervise", "supervision_result" }) {
        if (type == QLatin1String(append))
            return false;
    }
    return true;
}

QJsonObject OutboxEntry::requestBody() const
{
    QJsonObject request = body;
    if (changesState() && baseVersion)
        request.insert(QStringLiteral("base_version"), *baseVersion);
    return request;
}

Outbox::Outbox(const Database &database)
    : m_db(database.connection())
{ }

bool Outbox::run(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

bool Outbox::count(const QString &sql, qint64 *count, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next()) {
        *error = sqlError(query);
        return false;
    }
    *count = query.value(0).toLongLong();
    return true;
}

bool Outbox::select(const QString &where, const QVariantList &values, QList<OutboxEntry> *entries, QString *error) const
{
    entries->clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE %2").arg(kColumns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    while (query.next()) {
        OutboxEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.postId = query.value(1).toString();
        entry.idempotencyKey = query.value(2).toByteArray();
        entry.body = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
        entry.actor = { query.value(4).toString(), roleFromCode(query.value(5).toString()).value_or(Role::Leader),
            query.value(6).toString() };
        entry.queuedAt = parseRfc3339(query.value(7).toString());
        if (!query.value(8).isNull())
            entry.baseVersion = query.value(8).toLongLong();
        entry.state = stateFromCode(query.value(9).toString());
        entry.message = query.value(10).toString();
        entries->append(entry);
    }
    return true;
}

bool Outbox::enqueue(
    const Actor &actor, const QString &postId, const QJsonObject &body, const QDateTime &at, QString *error)
{
    return run(QStringLiteral("INSERT INTO outbox(post_id, idempotency_key, body, actor_id, actor_role, actor_unit, "
                              "queued_at) VALUES(?, ?, ?, ?, ?, ?, ?)"),
        { postId, newKey(), compactJson(body), actor.userId, roleCode(actor.role),
            actor.unitId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : actor.unitId, toRfc3339Cst(at) },
        error);
}

bool Outbox::nextToSend(std::optional<OutboxEntry> *entry, QString *error) const
{
    entry->reset();
    QList<OutboxEntry> entries;
    if (!select(QStringLiteral("state = 'pending' AND post_id NOT IN (SELECT post_id FROM sync_conflicts) "
                               "ORDER BY seq LIMIT 1"),
            {}, &entries, error))
        return false;
    if (!entries.isEmpty())
        *entry = entries.first();
    return true;
}

bool Outbox::unanswered(const QString &postId, QList<OutboxEntry> *entries, QString *error) const
{
    return select(
        QStringLiteral("post_id = ? AND state IN ('pending', 'conflict') ORDER BY seq"), { postId }, entries, error);
}

bool Outbox::postsWithUnanswered(QSet<QString> *postIds, QString *error) const
{
    postIds->clear();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT DISTINCT post_id FROM outbox WHERE state IN ('pending', 'conflict')"))) {
        *error = sqlError(query);
        return false;
    }
    while (query.next())
        postIds->insert(query.value(0).toString());
    return true;
}

bool Outbox::unansweredCount(qint64 *count, QString *error) const
{
    return this->count(
        QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'conflict')"), count, error);
}

bool Outbox::heldByConflictsCount(qint64 *count, QString *error) const
{
    return this->count(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'conflict') "
                                      "AND post_id IN (SELECT post_id FROM sync_conflicts)"),
        count, error);
}

bool Outbox::allUnanswered(QList<OutboxEntry> *entries, QString *error) const
{
    return select(QStringLiteral("state IN ('pending', 'conflict') ORDER BY seq"), {}, entries, error);
}

bool Outbox::failed(QList<OutboxEntry> *entries, QString *error) const
{
    return select(QStringLiteral("state = 'failed' ORDER BY seq"), {}, entries, error);
}

bool Outbox::setBaseVersion(qint64 seq, qint64 version, QString *error)
{
    return run(QStringLiteral("UPDATE outbox SET base_version = ? WHERE seq = ?"), { version, seq }, error);
}

bool Outbox::remove(qint64 seq, QString *error)
{
    return run(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), { seq }, error);
}

bool Outbox::markFailed(qint64 seq, const QString &message, QString *error)
{
    return run(QStringLiteral("UPDATE outbox SET state = ?, message = ? WHERE seq = ?"),
        { stateCode(OutboxEntry::State::Failed), message, seq }, error);
}

bool Outbox::markConflict(qint64 seq, QString *error)
{
    return run(QStringLiteral("UPDATE outbox SET state = ? WHERE seq = ?"),
        { stateCode(OutboxEntry::State::Conflict), seq }, error);
}

bool Outbox::requeue(qint64 seq, QString *error)
{
    return run(QStringLiteral("UPDATE outbox SET state = 'pending', idempotency_key = ?, base_version = NULL, "
                              "message = NULL WHERE seq = ?"),
        { newKey(), seq }, error);
}

bool Outbox::discardUnanswered(const QString &postId, QString *error)
{
    return run(
        QStringLiteral("DELETE FROM outbox WHERE post_id = ? AND state IN ('pending', 'conflict')"), { postId }, error);
}

bool Outbox::failUnanswered(const QString &postId, const QString &message, QString *error)
{
    return run(QStringLiteral("UPDATE outbox SET state = 'failed', message = ? WHERE post_id = ? "
                              "AND state IN ('pending', 'conflict')"),
        { message, postId }, error);
}

} // namespace bxt
