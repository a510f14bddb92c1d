#pragma once

#include "actions/outbox.h"
#include "domain/role.h"
#include "sync/conflictstore.h"
#include "sync/portalerror.h"
#include "sync/portaltransport.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace bxt {

class ChangePuller;
class Database;
class OutboxPusher;
class PasswordKeychain;
class PortalSession;
class ReferenceDataSync;
struct PullCounts;
struct PushCounts;

struct SyncSettings
{
    QUrl portalUrl; // e.g. https://portal.example.org/api/v1
    QString userName;
    QString caFile; // empty: the system's trust store
    bool allowInsecureLoopback = false; // development only: http:// to this computer
};

struct SyncSummary
{
    qint64 pulled = 0; // changes received
    qint64 stored = 0; // posts new or newer
    qint64 removed = 0; // local posts removed
    qint64 withheld = 0; // posts the portal sent that this user must not keep (R10)
    qint64 stripped = 0; // posts stored without an author contact the user is not entitled to (R10)
    qint64 pushed = 0; // queued actions the portal took
    qint64 failed = 0; // queued actions the portal refused in this run (their effect undone)
    qint64 conflicts = 0; // open conflicts after the run
    qint64 heldByConflicts = 0; // queued actions of those posts: they wait for the user's choice
    // The other actions still queued after the run, for the next sync: queued while this one
    // pulled (after its push step) or, after a failed run, not sent yet.
    qint64 queuedForNextSync = 0;

    bool inStep() const { return conflicts == 0 && heldByConflicts == 0 && queuedForNextSync == 0; }
    // After a finished run, for the CLI and the window alike.
    QString queuedDuringSyncText() const;
};

// Synchronises the case store with the portal, for the GUI and the CLI: logs in (the password
// from the user or the system keychain), fetches the units and calendars, pushes the outbox
// in order, then pulls changes until has_more is false. While watching, it holds a long poll
// open and applies what arrives. Conflicts stay until the user resolves them. All work runs
// asynchronously; the QNetworkAccessManager comes from outside.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    enum class Resolution {
        KeepMine, // send the local actions again, against the portal's version
        TakePortal, // drop the local actions; the post becomes the portal's version
    };

    SyncController(Database &database, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SyncController() override;

    // false and *error (a sentence) for an address or CA file that cannot be used.
    bool configure(const SyncSettings &settings, QString *error);
    void setRetryPolicy(const RetryPolicy &policy);
    void setPageSize(int limit);
    // A password the user typed. remember: keep it in the system keychain after a log-in
    // that worked; without one, the keychain is asked.
    void setPassword(const QString &password, bool remember);

    // Log in if needed, push, pull. Called while busy, it runs once more afterwards.
    void synchronize();
    // Long polling with wait=waitSeconds while the window is open.
    void setWatching(bool watching, int waitSeconds = 25);
    void cancel();
    // DELETE /session; loggedOut() follows.
    void logOut();

    bool isBusy() const { return m_step != Step::Idle && m_step != Step::Watching; }
    bool isOnline() const { return m_online; }
    const SyncSummary &lastSummary() const { return m_summary; }
    const PortalError &lastError() const { return m_error; }

    bool pendingCount(qint64 *count, QString *error) const;
    bool conflicts(QList<SyncConflict> *conflicts, QString *error) const;
    bool resolveConflict(const QString &postId, Resolution resolution, QString *error);
    bool failedActions(QList<OutboxEntry> *entries, QString *error) const;
    bool dismissFailedAction(qint64 seq, QString *error);

signals:
    void started();
    void progress(qint64 pulled, bool hasMore);
    void finished(const bxt::SyncSummary &summary);
    void failed(const QString &message);
    void onlineChanged(bool online);
    void pendingCountChanged(qint64 count);
    void conflictsChanged();
    // These posts were stored, changed or removed: by a pulled page, an answered action or a
    // settled conflict. Emitted after each, so that a window refreshes those rows as they come.
    void postsChanged(const QStringList &postIds);
    void notice(const QString &message); // e.g. that the password was not remembered
    void loggedOut();

private:
    enum class Step { Idle, LoggingIn, ReferenceData, Pushing, Pulling, Watching };

    void logIn();
    void logInWithPassword();
    void rememberPassword();
    void bindUser();
    void pushed(const PushCounts &counts);
    void pulled(const PullCounts &counts);
    void pullFailed(const PortalError &error);
    void done();
    void fail(const PortalError &error);
    void startPolling();
    void polled(const PullCounts &counts);
    // Without error, for the counts shown between runs: a failure leaves them as they were and
    // the run's summary reports it.
    bool refreshCounts(QString *error = nullptr);
    bool summariseWhatWaits(QString *error);

    Database &m_database;
    std::unique_ptr<PortalTransport> m_transport;
    std::unique_ptr<PortalSession> m_session;
    std::unique_ptr<PasswordKeychain> m_keychain;
    std::unique_ptr<ReferenceDataSync> m_referenceData;
    std::unique_ptr<OutboxPusher> m_pusher;
    std::unique_ptr<ChangePuller> m_puller;
    QTimer *m_pollTimer = nullptr;
    QElapsedTimer m_pollClock;
    SyncSettings m_settings;
    bool m_configured = false;
    bool m_rememberPassword = false;
    bool m_passwordFromKeychain = false;
    bool m_again = false;
    bool m_watching = false;
    bool m_synchronizedOnce = false;
    bool m_online = false;
    int m_waitSeconds = 25;
    Step m_step = Step::Idle;
    Actor m_actor;
    SyncSummary m_summary;
    PortalError m_error;
    qint64 m_pending = -1;
    qint64 m_conflicts = -1;
};

} // namespace bxt

Q_DECLARE_METATYPE(bxt::SyncSummary)
