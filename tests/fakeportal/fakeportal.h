#pragma once

#include "portalfeed.h"

#include "domain/role.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class QAbstractHttpServer;
class QHttpServerRequest;
class QTcpSocket;
class QTimer;

namespace bxt::test {

struct HttpAnswer;
class PortalActions;
enum class Delivery;

// A test double of the portal (/work/shared/portal-api.md) over HTTPS on 127.0.0.1, on a free
// port, with a certificate from a test CA. It follows the contract and nothing more, so that
// a client passing against it relies only on what the contract says; faults can be injected.
//
// Users log in with their name and password (POST /session). Posts are put in by the test as
// the portal's own changes. Units default to SyntheticPostGenerator::harbinUnits(); calendar
// years are published only when set. Actions are checked against the contract's "who"
// column and ActionPolicy, applied with applyActionLocally, and numbered by the portal.
// Answers the contract leaves open: DELETE /session is 204; 401 "unauthorized" without a
// valid token; 422 "invalid" with "field" for bad query parameters (limit 1–1000, wait 0–3600,
// cursor) and for a missing Idempotency-Key; 405 "method_not_allowed"; 415
// "unsupported_media_type" for a POST body not declared as application/json; five failed
// log-ins in a row for a name lock it out for the Retry-After time (429).
class FakePortal final : public QObject
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(FakePortal)

    enum class Fault {
        CutMidPage, // a /changes answer whose connection drops half-way through the body
        LoseActionResponse, // an action is applied, but its answer is cut off half-way
        TooManyRequests, // any request: 429 with Retry-After
        ServiceUnavailable, // any request: 503 with Retry-After
        ServerError, // any request: 500
        CursorExpired, // a /changes with a cursor: 410 cursor_expired
        TokenExpired, // an authenticated call: 401 token_expired, and that token stays expired
        RepeatPage, // a /changes: the page served last to that user again, byte for byte
        OversizedBody, // a /changes: valid JSON over 16 MiB
        MalformedBody, // a /changes: a body that is not JSON
        ShapelessPage, // a /changes with a cursor: {}, JSON without the page's fields
        LeakReport, // a liaison's /changes: also a `report` post assigned to its unit (a server bug)
        InvalidPost, // a /changes: also a post without id and with fields of the wrong type
        StuckCursor, // a /changes: no changes, has_more true and the cursor it was asked with
        EmptyPagesForever, // a /changes: no changes, has_more true and a cursor one further each time
        TruncatedGzip, // a /changes: gzip cut off half-way, Content-Length saying that is all
        Trickle, // a /changes: the answer one byte at a time, trickleIntervalMs apart
        CompressedOversizedBody, // a /changes: gzip of a few KiB that unpacks to valid JSON over 16 MiB
    };
    Q_ENUM(Fault)

    explicit FakePortal(QObject *parent = nullptr);
    ~FakePortal() override;

    bool start(QString *error); // TLS on 127.0.0.1, a free port
    QUrl baseUrl() const; // https://127.0.0.1:PORT/api/v1
    static QString caCertificatePath(); // PEM of the test CA that signed the server certificate
    static QString unknownCaCertificatePath(); // PEM of a CA that did not sign it

    void setGzip(bool on); // gzip bodies when the request accepts gzip
    void setRetryAfterSeconds(int seconds); // for 429 and 503; default 1
    void setTrickleIntervalMs(int ms); // for Fault::Trickle; default 500
    // name and password log in; role is a wire code ("column_staff", "liaison", ...); unitId
    // is a liaison's unit. An unknown role can log in but is refused everything else (403).
    void addUser(const QString &id, const QString &name, const QString &password, const QString &role,
        const QString &unitId = {});
    void setUnits(const QJsonArray &units); // GET /units
    void setCalendar(const QJsonObject &year); // GET /calendar/{year}, the contract's shape

    // Creates or replaces the post as the portal's own change: its version becomes the stored
    // one plus one (1 for a new post), whatever the given post says, and it gets a new seq.
    void putPost(const QJsonObject &post);
    void withdrawPost(const QString &id); // leaves everyone's scope: a "removed" change
    QJsonObject post(const QString &id) const; // the portal's full current state
    // The cursor of a client that has read every change so far: binds a copy of a large store
    // to this portal without pulling it (bench_worklife).
    QString cursorAtHead() const;
    // Exactly what that user's feed shows now (scoped, contact stripped), sorted by id.
    QList<QJsonObject> postsVisibleTo(const QString &userId) const;

    void injectFault(Fault fault, int times = 1); // the next `times` matching requests
    void expireCursors(); // cursors issued so far answer 410 cursor_expired
    void expireTokens(); // tokens issued so far answer 401 token_expired
    int appliedActionCount() const; // actions applied (idempotent repeats not counted)
    QList<QJsonObject> appliedActions() const; // {"post_id", "idempotency_key", "body"} in order
    int requestCount(const QString &pathPrefix) const; // relative to baseUrl, e.g. "/changes"; "" counts all

signals:
    // Every answer; status 0 when the connection was cut on purpose.
    void requestServed(const QString &method, const QString &path, int status);

private:
    struct User
    {
        Actor actor;
        QString name;
        QString password;
        QString roleCode;
        bool roleKnown = false;
    };
    struct Session
    {
        QString userId;
        bool expired = false;
    };
    struct Exchange
    {
        QPointer<QTcpSocket> socket;
        QString method;
        QString path; // relative to baseUrl
        bool gzip = false;
        bool closeAfter = false;
    };
    struct WaitingPoll
    {
        Exchange exchange;
        Actor actor;
        qint64 afterSeq = 0;
        int limit = 0;
        QTimer *timer = nullptr;
    };
    struct FailedLogins
    {
        int count = 0;
        qint64 lockedUntilMs = 0;
    };

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void route(const Exchange &exchange, const QHttpServerRequest &request);
    void logIn(const Exchange &exchange, const QHttpServerRequest &request);
    void logOut(const Exchange &exchange, const QByteArray &token);
    void serveCalendar(const Exchange &exchange, const QString &year);
    void serveChanges(const Exchange &exchange, const QHttpServerRequest &request, const User &user);
    void serveAction(
        const Exchange &exchange, const QHttpServerRequest &request, const User &user, const QString &postId);
    // The user behind the request's bearer token; answers 401 and returns null otherwise.
    const User *authenticate(const Exchange &exchange, const QHttpServerRequest &request, QByteArray *token);
    bool takeFault(Fault fault);
    void answer(const Exchange &exchange, const HttpAnswer &answer);
    void answer(const Exchange &exchange, const HttpAnswer &answer, Delivery delivery);
    void deliverPage(const Exchange &exchange, const Actor &actor, const PortalFeed::Page &page);
    void answerWaitingPolls();
    void finishPoll(quint64 id);
    QByteArray pageBody(const PortalFeed::Page &page) const; // with the cursor of page.nextSeq
    QByteArray cursorAfter(qint64 seq) const;

    std::unique_ptr<QAbstractHttpServer> m_server;
    std::unique_ptr<PortalFeed> m_feed;
    std::unique_ptr<PortalActions> m_actions;
    quint16 m_port = 0;
    bool m_gzip = false;
    int m_retryAfterSeconds = 1;
    int m_trickleIntervalMs = 500;
    QHash<QString, User> m_users; // by id
    QHash<QByteArray, Session> m_sessions; // by token
    QHash<QString, FailedLogins> m_failedLogins; // by user name
    QJsonArray m_units;
    QHash<int, QJsonObject> m_calendars;
    QHash<Fault, int> m_faults; // how many more requests each applies to
    int m_cursorEpoch = 1;
    QHash<QString, QByteArray> m_lastPages; // by user id: the last /changes body served
    QHash<quint64, WaitingPoll> m_polls;
    quint64 m_lastPollId = 0;
    QHash<QString, int> m_requestCounts; // by path
    qint64 m_lastLeakedReport = 0;
};

} // namespace bxt::test
