#include "sync/synccontroller.h"

#include "actions/portalcopies.h"
#include "store/auditlog.h"
#include "store/currentuserstore.h"
#include "store/database.h"
#include "store/poststore.h"
#include "sync/changepuller.h"
#include "sync/localstate.h"
#include "sync/outboxpusher.h"
#include "sync/passwordkeychain.h"
#include "sync/portalsession.h"
#include "sync/referencedata.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimer>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncController)
};

// A long poll that came back at once without changes: the portal did not hold it.
constexpr int kQuickPollMs = 1000;
constexpr int kPollPauseMs = 5000;
// After a failure while watching, the next attempt.
constexpr int kWatchRetryMs = 30000;

bool exists(const Database &database, const char *sql, bool *found, QString *error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QLatin1String(sql)) || !query.next()) {
        *error = sqlError(query);
        return false;
    }
    *found = query.value(0).toBool();
    return true;
}

} // namespace

QString SyncSummary::queuedDuringSyncText() const
{
    return Tr::tr("%1 actions were queued during this sync; they go with the next sync").arg(queuedForNextSync);
}

SyncController::SyncController(Database &database, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_transport(std::make_unique<PortalTransport>(network))
    , m_session(std::make_unique<PortalSession>(*m_transport))
    , m_keychain(std::make_unique<PasswordKeychain>())
    , m_referenceData(std::make_unique<ReferenceDataSync>(database, *m_session))
    , m_pusher(std::make_unique<OutboxPusher>(database, *m_session))
    , m_puller(std::make_unique<ChangePuller>(database, *m_session))
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, [this]() {
        if (!m_watching)
            return;
        if (m_step == Step::Watching)
            startPolling();
        else if (m_step == Step::Idle)
            synchronize();
    });
    connect(m_transport.get(), &PortalTransport::reachabilityChanged, this, [this](bool reachable) {
        m_online = reachable;
        emit onlineChanged(reachable);
    });
    connect(m_referenceData.get(), &ReferenceDataSync::finished, this, [this]() {
        m_step = Step::Pushing;
        m_pusher->start(m_actor);
    });
    connect(m_referenceData.get(), &ReferenceDataSync::failed, this, &SyncController::fail);
    connect(m_pusher.get(), &OutboxPusher::answered, this, [this](const QString &postId) {
        refreshCounts();
        emit postsChanged({ postId });
    });
    connect(m_pusher.get(), &OutboxPusher::finished, this, &SyncController::pushed);
    connect(m_pusher.get(), &OutboxPusher::failed, this, &SyncController::fail);
    connect(m_puller.get(), &ChangePuller::progress, this, &SyncController::progress);
    connect(m_puller.get(), &ChangePuller::postsChanged, this, [this](const QStringList &postIds) {
        refreshCounts();
        emit postsChanged(postIds);
    });
    connect(m_puller.get(), &ChangePuller::finished, this, [this](const PullCounts &counts) {
        if (m_step == Step::Pulling)
            pulled(counts);
        else if (m_step == Step::Watching)
            polled(counts);
    });
    connect(m_puller.get(), &ChangePuller::failed, this, &SyncController::pullFailed);
}

SyncController::~SyncController()
{
    // Nothing answers any more; the puller's thread ends before the store it writes to.
    m_step = Step::Idle;
    m_referenceData->cancel();
    m_pusher->cancel();
    m_puller.reset();
    m_transport->abortAll();
}

bool SyncController::configure(const SyncSettings &settings, QString *error)
{
    if (settings.userName.isEmpty()) {
        *error = Tr::tr("Give the user name you log in to the portal with.");
        return false;
    }
    PortalError problem;
    if (!m_transport->configure(settings.portalUrl, settings.caFile, settings.allowInsecureLoopback, &problem)) {
        *error = describe(problem);
        return false;
    }
    if (settings.userName != m_settings.userName || settings.portalUrl != m_settings.portalUrl)
        m_session->setCredentials(settings.userName, {});
    m_settings = settings;
    m_configured = true;
    return true;
}

void SyncController::setRetryPolicy(const RetryPolicy &policy)
{
    m_transport->setRetryPolicy(policy);
}

void SyncController::setPageSize(int limit)
{
    m_puller->setPageSize(limit);
}

void SyncController::setPassword(const QString &password, bool remember)
{
    m_session->setCredentials(m_settings.userName, password);
    m_rememberPassword = remember && !password.isEmpty();
    m_passwordFromKeychain = false;
}

void SyncController::synchronize()
{
    if (isBusy()) {
        m_again = true;
        return;
    }
    m_pollTimer->stop();
    m_puller->cancel();
    m_summary = {};
    m_error = {};
    if (!m_configured) {
        fail(PortalError::of(PortalError::Kind::BadAddress));
        return;
    }
    m_step = Step::LoggingIn;
    emit started();
    logIn();
}

void SyncController::logIn()
{
    if (m_session->isLoggedIn()) {
        bindUser();
        return;
    }
    if (m_session->hasPassword()) {
        logInWithPassword();
        return;
    }
    const QString key = PasswordKeychain::keyFor(m_settings.portalUrl, m_settings.userName);
    m_keychain->read(key, this, [this](const QString &password, const QString &problem) {
        if (m_step != Step::LoggingIn)
            return;
        if (password.isEmpty()) {
            fail(PortalError::of(
                PortalError::Kind::NoPassword, problem.isEmpty() ? Tr::tr("none is stored in the keychain") : problem));
            return;
        }
        m_session->setCredentials(m_settings.userName, password);
        m_passwordFromKeychain = true;
        logInWithPassword();
    });
}

void SyncController::logInWithPassword()
{
    m_session->logIn(this, [this](const PortalError &error) {
        if (m_step != Step::LoggingIn)
            return;
        if (error.isHttp(401, "bad_credentials") && m_passwordFromKeychain) {
            // The remembered password is out of date: forget it, so that the user is asked.
            m_passwordFromKeychain = false;
            m_session->setCredentials(m_settings.userName, {});
            m_keychain->remove(
                PasswordKeychain::keyFor(m_settings.portalUrl, m_settings.userName), this, [](const QString &) {});
        }
        if (error.isError())
            fail(error);
        else
            rememberPassword();
    });
}

void SyncController::rememberPassword()
{
    if (!m_rememberPassword) {
        bindUser();
        return;
    }
    m_rememberPassword = false;
    // The session holds the password that just worked.
    const QString key = PasswordKeychain::keyFor(m_settings.portalUrl, m_settings.userName);
    m_keychain->write(key, m_session->password(), this, [this](const QString &problem) {
        if (!problem.isEmpty())
            emit notice(Tr::tr("The password was not remembered: %1.").arg(problem));
        if (m_step == Step::LoggingIn)
            bindUser();
    });
}

void SyncController::bindUser()
{
    const CurrentUser user = *m_session->user();
    // The cursor belongs to one portal and one user.
    const QUrl portal = m_transport->baseUrl().adjusted(QUrl::StripTrailingSlash);
    const QString source = portal.toString() + QLatin1Char(' ') + user.actor.userId;
    QString otherPortal;
    QString otherUser;
    bool noPortal = false;
    QString error;
    const bool bound = inTransaction(
        m_database,
        [&](QString *failure) {
            std::optional<CurrentUser> stored;
            SyncState state(m_database);
            QString storedSource;
            bool hasPosts = false;
            bool hasWork = false;
            if (!CurrentUserStore(m_database).load(&stored, failure) || !state.source(&storedSource, failure)
                || !exists(m_database, "SELECT EXISTS(SELECT 1 FROM posts)", &hasPosts, failure)
                || !exists(m_database, "SELECT EXISTS(SELECT 1 FROM outbox)", &hasWork, failure))
                return false;
            // Posts of another portal would all be removed by a full pass: a user id says who
            // someone is on one portal only.
            // Posts of no portal (import, demo) would all be removed the same way.
            if (storedSource.isEmpty() && (hasPosts || hasWork)) {
                noPortal = true;
                return false;
            }
            const QString storedPortal = storedSource.left(storedSource.lastIndexOf(QLatin1Char(' ')));
            if (!storedPortal.isEmpty() && QUrl(storedPortal).adjusted(QUrl::StripTrailingSlash) != portal
                && (hasPosts || hasWork)) {
                otherPortal = storedPortal;
                return false;
            }
            if (stored && stored->actor.userId != user.actor.userId && (hasPosts || hasWork)) {
                otherUser = stored->name.isEmpty() ? stored->actor.userId : stored->name;
                return false;
            }
            const bool sameScope = stored && stored->actor.userId == user.actor.userId
                && stored->actor.role == user.actor.role && stored->actor.unitId == user.actor.unitId
                && storedSource == source;
            // Another scope: read it whole, and drop what it does not hold.
            if (!sameScope && hasPosts && !state.restartFullPass(failure))
                return false;
            if (!sameScope && !hasPosts
                && (!state.setCursor({}, failure) || !state.setPass(SyncState::Pass::None, failure)))
                return false;
            return CurrentUserStore(m_database).save(user, failure) && state.setSource(source, failure);
        },
        &error);
    if (noPortal) {
        fail(PortalError::of(PortalError::Kind::NoPortal));
        return;
    }
    if (!otherPortal.isEmpty()) {
        fail(PortalError::of(PortalError::Kind::OtherPortal, otherPortal));
        return;
    }
    if (!otherUser.isEmpty()) {
        fail(PortalError::of(PortalError::Kind::OtherUser, otherUser));
        return;
    }
    if (!bound) {
        fail(PortalError::of(PortalError::Kind::Store, error));
        return;
    }
    m_actor = user.actor;
    m_step = Step::ReferenceData;
    m_referenceData->start();
}

void SyncController::pushed(const PushCounts &counts)
{
    m_summary.pushed += counts.pushed;
    m_summary.failed += counts.failed;
    m_step = Step::Pulling;
    m_puller->start(m_actor, 0);
}

void SyncController::pulled(const PullCounts &counts)
{
    m_summary.pulled += counts.changes;
    m_summary.stored += counts.stored;
    m_summary.removed += counts.removed;
    m_summary.withheld += counts.withheld;
    m_summary.stripped += counts.stripped;
    done();
}

void SyncController::pullFailed(const PortalError &error)
{
    if (m_step == Step::Pulling) {
        fail(error);
    } else if (m_step == Step::Watching) {
        m_step = Step::Idle;
        m_pollTimer->start(kWatchRetryMs);
    }
}

void SyncController::done()
{
    QString error;
    if (!summariseWhatWaits(&error)) {
        fail(PortalError::of(PortalError::Kind::Store,
            Tr::tr("Cannot count the conflicts and the actions still queued: %1").arg(error)));
        return;
    }
    m_step = Step::Idle;
    m_synchronizedOnce = true;
    emit finished(m_summary);
    if (m_again) {
        m_again = false;
        synchronize();
    } else if (m_watching && m_step == Step::Idle) {
        startPolling();
    }
}

void SyncController::fail(const PortalError &error)
{
    m_referenceData->cancel();
    m_pusher->cancel();
    m_puller->cancel();
    m_error = error;
    m_step = Step::Idle;
    QString countError; // the run fails anyway, with its own reason: the counts stay as they were
    summariseWhatWaits(&countError);
    emit failed(describe(error));
    if (m_again) {
        m_again = false;
        synchronize();
    } else if (m_watching && error.kind != PortalError::Kind::Cancelled && m_step == Step::Idle) {
        m_pollTimer->start(kWatchRetryMs);
    }
}

void SyncController::cancel()
{
    m_again = false;
    m_pollTimer->stop();
    if (m_step == Step::Watching) {
        m_puller->cancel();
        m_step = Step::Idle;
        m_transport->abortAll();
        return;
    }
    if (isBusy()) {
        fail(PortalError::of(PortalError::Kind::Cancelled));
        m_transport->abortAll();
    }
}

void SyncController::setWatching(bool watching, int waitSeconds)
{
    m_watching = watching;
    m_waitSeconds = std::max(1, waitSeconds);
    if (!watching) {
        m_pollTimer->stop();
        if (m_step == Step::Watching) {
            m_puller->cancel();
            m_step = Step::Idle;
            m_transport->abortAll(); // the long poll the portal holds
        }
        return;
    }
    if (m_step == Step::Idle) {
        if (m_synchronizedOnce)
            startPolling();
        else
            synchronize();
    }
}

void SyncController::startPolling()
{
    m_step = Step::Watching;
    m_pollClock.start();
    m_puller->start(m_actor, m_waitSeconds);
}

void SyncController::polled(const PullCounts &counts)
{
    if (!m_watching) {
        m_step = Step::Idle;
        return;
    }
    if (counts.changes == 0 && m_pollClock.elapsed() < kQuickPollMs)
        m_pollTimer->start(kPollPauseMs);
    else
        startPolling();
}

void SyncController::logOut()
{
    setWatching(false);
    cancel();
    m_session->logOut(this, [this]() { emit loggedOut(); });
}

bool SyncController::refreshCounts(QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    qint64 pending = 0;
    qint64 open = 0;
    if (!Outbox(m_database).unansweredCount(&pending, error) || !ConflictStore(m_database).count(&open, error))
        return false;
    if (pending != m_pending) {
        m_pending = pending;
        emit pendingCountChanged(pending);
    }
    if (open != m_conflicts) {
        m_conflicts = open;
        emit conflictsChanged();
    }
    return true;
}

bool SyncController::summariseWhatWaits(QString *error)
{
    qint64 held = 0;
    if (!refreshCounts(error) || !Outbox(m_database).heldByConflictsCount(&held, error))
        return false;
    m_summary.conflicts = m_conflicts;
    m_summary.heldByConflicts = held;
    m_summary.queuedForNextSync = m_pending - held;
    return true;
}

bool SyncController::pendingCount(qint64 *count, QString *error) const
{
    return Outbox(m_database).unansweredCount(count, error);
}

bool SyncController::conflicts(QList<SyncConflict> *conflicts, QString *error) const
{
    return ConflictStore(m_database).all(conflicts, error);
}

bool SyncController::resolveConflict(const QString &postId, Resolution resolution, QString *error)
{
    const bool resolved = inTransaction(
        m_database,
        [&](QString *failure) {
            ConflictStore conflicts(m_database);
            std::optional<SyncConflict> conflict;
            if (!conflicts.find(postId, &conflict, failure))
                return false;
            if (!conflict) {
                *failure = Tr::tr("Post %1 has no conflict with the portal.").arg(postId);
                return false;
            }
            PostStore posts(m_database);
            LocalState local(m_database, posts);
            PortalCopies copies(m_database);
            Outbox outbox(m_database);
            std::optional<Post> before;
            if (!posts.find(postId, &before, failure) || !conflicts.remove(postId, failure))
                return false;
            if (resolution == Resolution::KeepMine) {
                if (conflict->kind == SyncConflict::Kind::Version && !outbox.requeue(conflict->outboxSeq, failure))
                    return false;
                if (!local.rebuild(postId, failure))
                    return false;
            } else {
                std::optional<Post> copy;
                if (!outbox.discardUnanswered(postId, failure) || !copies.find(postId, &copy, failure))
                    return false;
                const bool portalShowsIt = !conflict->portal.isEmpty();
                if (!(portalShowsIt ? local.store(copy ? *copy : Post(conflict->portal), failure)
                                    : posts.remove(postId, failure))
                    || !copies.remove(postId, failure))
                    return false;
            }
            std::optional<Post> after;
            return posts.find(postId, &after, failure) && posts.flush(failure)
                && AuditLog(m_database)
                       .record(m_actor.userId.isEmpty() ? m_settings.userName : m_actor.userId,
                           resolution == Resolution::KeepMine ? QStringLiteral("conflict_keep_mine")
                                                              : QStringLiteral("conflict_take_portal"),
                           postId, before ? before->json() : QJsonObject(), after ? after->json() : QJsonObject(),
                           failure);
        },
        error);
    if (resolved) {
        refreshCounts();
        emit postsChanged({ postId });
    }
    return resolved;
}

bool SyncController::failedActions(QList<OutboxEntry> *entries, QString *error) const
{
    return Outbox(m_database).failed(entries, error);
}

bool SyncController::dismissFailedAction(qint64 seq, QString *error)
{
    return inTransaction(
        m_database,
        [&](QString *failure) {
            QList<OutboxEntry> failedEntries;
            if (!Outbox(m_database).failed(&failedEntries, failure))
                return false;
            for (const OutboxEntry &entry : std::as_const(failedEntries)) {
                if (entry.seq == seq)
                    return Outbox(m_database).remove(seq, failure);
            }
            *failure = Tr::tr("There is no failed action %1.").arg(seq);
            return false;
        },
        error);
}

} // namespace bxt
