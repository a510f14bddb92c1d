#include "sync/outboxpusher.h"

#include "actions/outbox.h"
#include "actions/portalcopies.h"
#include "domain/postvalidator.h"
#include "rules/scopefilter.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/poststore.h"
#include "sync/conflictstore.h"
#include "sync/localstate.h"
#include "sync/portalsession.h"

#include <QCoreApplication>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutboxPusher)
};

QString leftScope()
{
    return Tr::tr("The portal took the action, but the post is no longer in your scope.");
}

// An answer that settles the action for good: the portal will give the same to the same key.
bool isRefusal(const PortalError &error)
{
    return error.kind == PortalError::Kind::Http
        && (error.status == 400 || error.status == 403 || error.status == 404 || error.status == 422);
}

QJsonObject storedJson(PostStore &posts, const QString &id, QString *error, bool *ok)
{
    std::optional<Post> post;
    *ok = posts.find(id, &post, error);
    return post ? post->json() : QJsonObject();
}

} // namespace

OutboxPusher::OutboxPusher(const Database &database, PortalSession &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

void OutboxPusher::start(const Actor &actor)
{
    ++m_run;
    m_actor = actor;
    m_counts = {};
    sendNext();
}

void OutboxPusher::cancel()
{
    ++m_run;
}

void OutboxPusher::fail(const PortalError &error)
{
    cancel();
    emit failed(error);
}

bool OutboxPusher::fixBaseVersion(OutboxEntry *entry, QString *error)
{
    if (!entry->changesState() || entry->baseVersion)
        return true;
    // The version the portal last sent for the post: its copy, or the stored post when no
    // copy was needed.
    std::optional<Post> copy;
    if (!PortalCopies(m_database).find(entry->postId, &copy, error))
        return false;
    if (!copy) {
        PostStore posts(m_database);
        if (!posts.find(entry->postId, &copy, error))
            return false;
    }
    const qint64 version = copy ? copy->version() : 0;
    // Kept, so that a retry after a lost answer sends exactly the same request.
    if (!inTransaction(
            m_database,
            [&](QString *failure) { return Outbox(m_database).setBaseVersion(entry->seq, version, failure); }, error))
        return false;
    entry->baseVersion = version;
    return true;
}

void OutboxPusher::sendNext()
{
    std::optional<OutboxEntry> next;
    QString error;
    if (!Outbox(m_database).nextToSend(&next, &error) || (next && !fixBaseVersion(&*next, &error))) {
        fail(PortalError::of(PortalError::Kind::Store, error));
        return;
    }
    if (!next) {
        emit finished(m_counts);
        return;
    }
    PortalRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/posts/%1/actions").arg(QString::fromLatin1(QUrl::toPercentEncoding(next->postId)));
    request.body = next->requestBody();
    request.idempotencyKey = next->idempotencyKey;
    const quint64 run = m_run;
    const OutboxEntry entry = *next;
    m_session.call(request, this, [this, run, entry](const PortalResponse &response) {
        if (run == m_run)
            received(entry, response);
    });
}

void OutboxPusher::received(const OutboxEntry &entry, const PortalResponse &response)
{
    const PortalError &answer = response.error;
    QString error;
    bool stored = false;
    if (!answer.isError()) {
        const QJsonObject post = response.json.value(QLatin1String("post")).toObject();
        if (const QString problem = validatePost(post); !problem.isEmpty() || Post(post).id() != entry.postId) {
            fail(PortalError::invalidPost(entry.postId, problem.isEmpty() ? QStringLiteral("id") : problem));
            return;
        }
        stored = inTransaction(
            m_database, [&](QString *failure) { return storeTaken(entry, post, failure); }, &error);
        m_counts.pushed += stored ? 1 : 0;
    } else if (answer.isHttp(409)) {
        stored = inTransaction(
            m_database, [&](QString *failure) { return storeConflict(entry, response, failure); }, &error);
        m_counts.conflicts += stored ? 1 : 0;
    } else if (isRefusal(answer)) {
        stored = inTransaction(
            m_database, [&](QString *failure) { return storeRefusal(entry, answer, failure); }, &error);
        m_counts.failed += stored ? 1 : 0;
    } else {
        fail(answer);
        return;
    }
    if (!stored) {
        fail(PortalError::of(PortalError::Kind::Store, error));
        return;
    }
    emit answered(entry.postId);
    sendNext();
}

bool OutboxPusher::storeTaken(const OutboxEntry &entry, const QJsonObject &post, QString *error)
{
    PostStore posts(m_database);
    LocalState local(m_database, posts);
    bool ok = false;
    const QJsonObject before = storedJson(posts, entry.postId, error, &ok);
    if (!ok || !Outbox(m_database).remove(entry.seq, error))
        return false;
    QJsonObject kept = post;
    bool stripped = false;
    if (ScopeFilter(m_actor).apply(&kept, &stripped) == ScopeFilter::Verdict::Withhold) {
        if (!local.forget(entry.postId, leftScope(), error))
            return false;
    } else if (!local.takePortalPost(Post(kept), error)) {
        return false;
    }
    const QJsonObject after = storedJson(posts, entry.postId, error, &ok);
    return ok && posts.flush(error)
        && AuditLog(m_database)
               .record(entry.actor.userId, QStringLiteral("sync_pushed"), entry.postId, before, after, error);
}

bool OutboxPusher::storeConflict(const OutboxEntry &entry, const PortalResponse &response, QString *error)
{
    PostStore posts(m_database);
    LocalState local(m_database, posts);
    bool ok = false;
    const QJsonObject mine = storedJson(posts, entry.postId, error, &ok);
    if (!ok)
        return false;
    QJsonObject theirs = response.json.value(QLatin1String("post")).toObject();
    bool stripped = false;
    // A 409 without a usable post still keeps the local version; the next pull brings theirs.
    if (!validatePost(theirs).isEmpty() || Post(theirs).id() != entry.postId) {
        theirs = {};
    } else if (ScopeFilter(m_actor).apply(&theirs, &stripped) == ScopeFilter::Verdict::Withhold) {
        return local.forget(entry.postId, leftScope(), error) && posts.flush(error);
    }
    PortalCopies copies(m_database);
    std::optional<Post> copy;
    if (!copies.find(entry.postId, &copy, error))
        return false;
    if (!theirs.isEmpty() && (!copy || Post(theirs).version() > copy->version()) && !copies.keep(Post(theirs), error))
        return false;
    SyncConflict conflict;
    conflict.postId = entry.postId;
    conflict.kind = SyncConflict::Kind::Version;
    conflict.outboxSeq = entry.seq;
    conflict.local = mine;
    conflict.portal = theirs.isEmpty() && copy ? copy->json() : theirs;
    conflict.message = describe(response.error);
    return Outbox(m_database).markConflict(entry.seq, error) && ConflictStore(m_database).add(conflict, error)
        && AuditLog(m_database)
               .record(entry.actor.userId, QStringLiteral("sync_conflict"), entry.postId, mine, conflict.portal, error);
}

bool OutboxPusher::storeRefusal(const OutboxEntry &entry, const PortalError &refusal, QString *error)
{
    PostStore posts(m_database);
    LocalState local(m_database, posts);
    bool ok = false;
    const QJsonObject before = storedJson(posts, entry.postId, error, &ok);
    if (!ok || !Outbox(m_database).markFailed(entry.seq, describe(refusal), error)
        || !local.rebuild(entry.postId, error))
        return false;
    const QJsonObject after = storedJson(posts, entry.postId, error, &ok);
    return ok && posts.flush(error)
        && AuditLog(m_database)
               .record(entry.actor.userId, QStringLiteral("sync_refused"), entry.postId, before, after, error);
}

} // namespace bxt
