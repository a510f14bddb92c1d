#include "fakeportal.h"

#include "httpanswer.h"
#include "portalactions.h"
#include "portalfeed.h"

#include "calendar/calendaryear.h"
#include "demo/syntheticpostgenerator.h"
#include "domain/post.h"
#include "http/handlerhttpserver.h"
#include "rules/actioneffect.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace bxt::test {

namespace {

constexpr int kFailedLoginsBeforeLockout = 5;
constexpr int kMaxLimit = 1000;
constexpr int kDefaultLimit = 200;
constexpr int kMaxWaitSeconds = 3600;
constexpr qsizetype kBodyLimit = 16 * 1024 * 1024; // what the client refuses (portal-api.md)

QByteArray headerValue(const QHttpServerRequest &request, const char *name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

HttpAnswer notFound(const QString &message)
{
    return HttpAnswer::error(404, QStringLiteral("not_found"), message);
}

HttpAnswer invalidParameter(const QString &field, const QString &message)
{
    return HttpAnswer::error(422, QStringLiteral("invalid"), message, field);
}

// A non-negative whole number, or nullopt.
std::optional<int> wholeNumber(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

// A report on the liaison's own unit: what a server bug could leak (R10).
QJsonObject leakedReport(const QString &unitId, qint64 number)
{
    const QString now = toRfc3339Cst(QDateTime::currentDateTimeUtc());
    const QJsonValue null(QJsonValue::Null);
    const QJsonObject assignment = pendingAssignment(unitId, now);
    return { { QStringLiteral("id"), QStringLiteral("p-leaked-report-%1").arg(number) },
        { QStringLiteral("version"), 1 }, { QStringLiteral("title"), QStringLiteral("举报某单位工作人员索要好处费") },
        { QStringLiteral("body"), QStringLiteral("办事时被要求另交费用，不给就不办。") },
        { QStringLiteral("submitted_at"), now },
        { QStringLiteral("author"),
            QJsonObject { { QStringLiteral("alias"), QStringLiteral("匿名网友") },
                { QStringLiteral("phone"), QStringLiteral("13900000000") },
                { QStringLiteral("email"), QStringLiteral("whistle@example.org") } } },
        { QStringLiteral("wants_reply"), true }, { QStringLiteral("category"), QStringLiteral("report") },
        { QStringLiteral("status"), QStringLiteral("forwarded") },
        { QStringLiteral("forwarded_to"), QStringLiteral("discipline_mailbox") },
        { QStringLiteral("shield_reason"), null }, { QStringLiteral("duplicate_of"), null },
        { QStringLiteral("views"), 0 }, { QStringLiteral("satisfaction"), null },
        { QStringLiteral("assignments"), QJsonArray { assignment } },
        { QStringLiteral("supervisions"), QJsonArray() } };
}

QJsonObject invalidPost()
{
    return { { QStringLiteral("version"), QStringLiteral("three") }, { QStringLiteral("title"), 7 },
        { QStringLiteral("assignments"), QStringLiteral("none") } };
}

} // namespace

FakePortal::FakePortal(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<portal::HandlerHttpServer>(
          [this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); }))
    , m_feed(std::make_unique<PortalFeed>())
    , m_actions(std::make_unique<PortalActions>(*m_feed))
    , m_units(SyntheticPostGenerator::harbinUnits())
{ }

FakePortal::~FakePortal() = default;

bool FakePortal::start(QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("This Qt has no TLS support.");
        return false;
    }
    QFile certificateFile(QStringLiteral(BXT_FAKEPORTAL_CERTS_DIR "/server.pem"));
    QFile keyFile(QStringLiteral(BXT_FAKEPORTAL_CERTS_DIR "/server.key"));
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the test certificate or key in %1.")
                     .arg(QStringLiteral(BXT_FAKEPORTAL_CERTS_DIR));
        return false;
    }
    const QSslCertificate certificate(&certificateFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("The test certificate or key in %1 is not valid PEM.")
                     .arg(QStringLiteral(BXT_FAKEPORTAL_CERTS_DIR));
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->sslSetup(configuration);
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        *error = QStringLiteral("The fake portal cannot listen on 127.0.0.1.");
        return false;
    }
    return true;
}

QUrl FakePortal::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(m_port));
}

QString FakePortal::caCertificatePath()
{
    return QStringLiteral(BXT_FAKEPORTAL_CERTS_DIR "/test-ca.pem");
}

QString FakePortal::unknownCaCertificatePath()
{
    return QStringLiteral(BXT_FAKEPORTAL_CERTS_DIR "/unknown-ca.pem");
}

void FakePortal::setGzip(bool on)
{
    m_gzip = on;
}

void FakePortal::setRetryAfterSeconds(int seconds)
{
    m_retryAfterSeconds = seconds;
}

void FakePortal::setTrickleIntervalMs(int ms)
{
    m_trickleIntervalMs = ms;
}

void FakePortal::addUser(
    const QString &id, const QString &name, const QString &password, const QString &role, const QString &unitId)
{
    const auto knownRole = roleFromCode(role);
    User user;
    user.actor = Actor { id, knownRole.value_or(Role::Leader), unitId };
    user.name = name;
    user.password = password;
    user.roleCode = role;
    user.roleKnown = knownRole.has_value();
    m_users.insert(id, user);
}

void FakePortal::setUnits(const QJsonArray &units)
{
    m_units = units;
    m_actions->setUnits(units);
}

void FakePortal::setCalendar(const QJsonObject &year)
{
    m_calendars.insert(year.value(QLatin1String("year")).toInt(), year);
    CalendarYear parsed;
    QString error;
    if (parseCalendarYear(year, &parsed, &error))
        m_actions->setCalendarYear(parsed);
    else
        qFatal("FakePortal::setCalendar: the test gave a calendar the portal cannot publish: %s", qPrintable(error));
}

void FakePortal::putPost(const QJsonObject &post)
{
    m_feed->put(post);
    answerWaitingPolls();
}

void FakePortal::withdrawPost(const QString &id)
{
    if (m_feed->withdraw(id))
        answerWaitingPolls();
}

QJsonObject FakePortal::post(const QString &id) const
{
    return m_feed->post(id);
}

QList<QJsonObject> FakePortal::postsVisibleTo(const QString &userId) const
{
    const auto user = m_users.constFind(userId);
    if (user == m_users.cend() || !user->roleKnown)
        return {};
    return m_feed->visibleTo(user->actor);
}

void FakePortal::injectFault(Fault fault, int times)
{
    m_faults[fault] += times;
}

void FakePortal::expireCursors()
{
    ++m_cursorEpoch;
}

void FakePortal::expireTokens()
{
    for (Session &session : m_sessions)
        session.expired = true;
}

int FakePortal::appliedActionCount() const
{
    return m_actions->appliedCount();
}

QList<QJsonObject> FakePortal::appliedActions() const
{
    return m_actions->applied();
}

int FakePortal::requestCount(const QString &pathPrefix) const
{
    int count = 0;
    for (auto it = m_requestCounts.cbegin(); it != m_requestCounts.cend(); ++it) {
        if (it.key().startsWith(pathPrefix))
            count += it.value();
    }
    return count;
}

void FakePortal::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    static const QString base = QStringLiteral("/api/v1");
    const QString path = request.url().path();
    const bool underBase = path.startsWith(base + QLatin1Char('/'));
    Exchange exchange;
    exchange.socket = socket;
    exchange.method = QString::fromLatin1(portal::httpMethodName(request.method()));
    exchange.path = underBase ? path.mid(base.size()) : path;
    exchange.gzip = m_gzip && headerValue(request, "Accept-Encoding").contains("gzip");
    exchange.closeAfter = headerValue(request, "Connection").compare("close", Qt::CaseInsensitive) == 0;
    m_requestCounts[exchange.path] += 1;
    if (!underBase)
        return answer(exchange, notFound(QStringLiteral("No such path.")));

    const auto retryLater = [this](int status, const char *code, const char *message) {
        HttpAnswer answer = HttpAnswer::error(status, QLatin1String(code), QLatin1String(message));
        answer.headers.append({ "Retry-After", QByteArray::number(m_retryAfterSeconds) });
        return answer;
    };
    if (takeFault(Fault::TooManyRequests))
        return answer(exchange, retryLater(429, "too_many_requests", "Too many requests; try again later."));
    if (takeFault(Fault::ServiceUnavailable))
        return answer(exchange, retryLater(503, "service_unavailable", "The portal is down for maintenance."));
    if (takeFault(Fault::ServerError))
        return answer(exchange,
            HttpAnswer::error(
                500, QStringLiteral("server_error"), QStringLiteral("Something went wrong on the portal.")));
    route(exchange, request);
}

void FakePortal::route(const Exchange &exchange, const QHttpServerRequest &request)
{
    const QStringList parts = exchange.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    const bool isDelete = request.method() == QHttpServerRequest::Method::Delete;
    const bool session = parts == QStringList { QStringLiteral("session") };
    const bool units = parts == QStringList { QStringLiteral("units") };
    const bool calendar = parts.size() == 2 && parts.at(0) == QLatin1String("calendar");
    const bool changes = parts == QStringList { QStringLiteral("changes") };
    const bool actions
        = parts.size() == 3 && parts.at(0) == QLatin1String("posts") && parts.at(2) == QLatin1String("actions");
    if (!session && !units && !calendar && !changes && !actions)
        return answer(exchange, notFound(QStringLiteral("No such path.")));
    if (!((session && (isPost || isDelete)) || ((units || calendar || changes) && isGet) || (actions && isPost)))
        return answer(exchange,
            HttpAnswer::error(405, QStringLiteral("method_not_allowed"),
                QStringLiteral("This path does not take %1.").arg(exchange.method)));
    if (isPost && !headerValue(request, "Content-Type").startsWith("application/json"))
        return answer(exchange,
            HttpAnswer::error(
                415, QStringLiteral("unsupported_media_type"), QStringLiteral("Send the body as application/json.")));
    if (session && isPost)
        return logIn(exchange, request);

    QByteArray token;
    const User *user = authenticate(exchange, request, &token);
    if (!user)
        return;
    if (session)
        return logOut(exchange, token);
    if (!user->roleKnown)
        return answer(exchange,
            HttpAnswer::error(
                403, QStringLiteral("forbidden"), QStringLiteral("This account has no role the portal knows.")));
    if (units)
        return answer(exchange, HttpAnswer::json(200, { { QStringLiteral("units"), m_units } }));
    if (calendar)
        return serveCalendar(exchange, parts.at(1));
    if (changes)
        return serveChanges(exchange, request, *user);
    serveAction(exchange, request, *user, parts.at(1));
}

void FakePortal::logIn(const Exchange &exchange, const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QJsonValue name = body.value(QLatin1String("username"));
    const QJsonValue password = body.value(QLatin1String("password"));
    if (!name.isString() || name.toString().isEmpty())
        return answer(exchange, invalidParameter(QStringLiteral("username"), QStringLiteral("Give a user name.")));
    if (!password.isString())
        return answer(exchange, invalidParameter(QStringLiteral("password"), QStringLiteral("Give a password.")));

    FailedLogins &failures = m_failedLogins[name.toString()];
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (failures.lockedUntilMs > nowMs) {
        HttpAnswer locked = HttpAnswer::error(
            429, QStringLiteral("too_many_requests"), QStringLiteral("Too many failed log-ins; try again later."));
        locked.headers.append({ "Retry-After", QByteArray::number(m_retryAfterSeconds) });
        return answer(exchange, locked);
    }
    for (const User &user : std::as_const(m_users)) {
        if (user.name != name.toString() || user.password != password.toString())
            continue;
        failures = FailedLogins();
        const QByteArray token = QUuid::createUuid().toByteArray(QUuid::Id128);
        m_sessions.insert(token, Session { user.actor.userId, false });
        const QJsonValue unitId
            = user.actor.unitId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(user.actor.unitId);
        const QJsonObject userJson { { QStringLiteral("id"), user.actor.userId }, { QStringLiteral("name"), user.name },
            { QStringLiteral("role"), user.roleCode }, { QStringLiteral("unit_id"), unitId } };
        const QString expiresAt = toRfc3339Cst(QDateTime::currentDateTimeUtc().addSecs(8 * 3600));
        return answer(exchange,
            HttpAnswer::json(200,
                { { QStringLiteral("token"), QString::fromLatin1(token) }, { QStringLiteral("expires_at"), expiresAt },
                    { QStringLiteral("user"), userJson } }));
    }
    if (++failures.count >= kFailedLoginsBeforeLockout) {
        failures.count = 0;
        failures.lockedUntilMs = nowMs + qint64(m_retryAfterSeconds) * 1000;
    }
    answer(exchange,
        HttpAnswer::error(
            401, QStringLiteral("bad_credentials"), QStringLiteral("The user name or the password is wrong.")));
}

void FakePortal::logOut(const Exchange &exchange, const QByteArray &token)
{
    m_sessions.remove(token);
    answer(exchange, HttpAnswer { 204, {}, {} });
}

void FakePortal::serveCalendar(const Exchange &exchange, const QString &year)
{
    bool ok = false;
    const auto found = m_calendars.constFind(year.toInt(&ok));
    if (!ok || found == m_calendars.cend())
        return answer(exchange, notFound(QStringLiteral("The calendar of %1 is not published.").arg(year)));
    answer(exchange, HttpAnswer::json(200, *found));
}

void FakePortal::serveChanges(const Exchange &exchange, const QHttpServerRequest &request, const User &user)
{
    const QUrlQuery query = request.query();
    int limit = kDefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const auto value = wholeNumber(query.queryItemValue(QStringLiteral("limit")));
        if (!value || *value < 1 || *value > kMaxLimit)
            return answer(exchange, invalidParameter(QStringLiteral("limit"), QStringLiteral("limit is 1 to 1000.")));
        limit = *value;
    }
    int wait = 0;
    if (query.hasQueryItem(QStringLiteral("wait"))) {
        const auto value = wholeNumber(query.queryItemValue(QStringLiteral("wait")));
        if (!value || *value > kMaxWaitSeconds)
            return answer(
                exchange, invalidParameter(QStringLiteral("wait"), QStringLiteral("wait is 0 to 3600 seconds.")));
        wait = *value;
    }
    qint64 afterSeq = 0;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        // A cursor is "epoch.seq" in base64url; expireCursors() starts a new epoch.
        const auto decoded = QByteArray::fromBase64Encoding(
            query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QList<QByteArray> fields = decoded.decoded.split('.');
        bool epochOk = false;
        bool seqOk = false;
        const int epoch = fields.value(0).toInt(&epochOk);
        afterSeq = fields.value(1).toLongLong(&seqOk);
        if (!decoded || fields.size() != 2 || !epochOk || !seqOk || epoch > m_cursorEpoch || afterSeq < 0)
            return answer(
                exchange, invalidParameter(QStringLiteral("cursor"), QStringLiteral("This is not a cursor.")));
        if (epoch < m_cursorEpoch || takeFault(Fault::CursorExpired)) {
            const QString message = QStringLiteral("The cursor has expired; start again without one.");
            return answer(exchange, HttpAnswer::error(410, QStringLiteral("cursor_expired"), message));
        }
    }

    const QString userId = user.actor.userId;
    if (m_faults.value(Fault::RepeatPage) > 0 && m_lastPages.contains(userId)) {
        takeFault(Fault::RepeatPage);
        return answer(exchange, HttpAnswer { 200, m_lastPages.value(userId), {} });
    }
    if (user.actor.role == Role::Liaison && takeFault(Fault::LeakReport))
        m_feed->inject(leakedReport(user.actor.unitId, ++m_lastLeakedReport), userId);
    if (takeFault(Fault::InvalidPost))
        m_feed->inject(invalidPost(), userId);

    const PortalFeed::Page page = m_feed->page(user.actor, afterSeq, limit);
    if (takeFault(Fault::CutMidPage))
        return answer(exchange, HttpAnswer { 200, pageBody(page), {} }, Delivery::CutMidBody);
    if (takeFault(Fault::OversizedBody)) {
        // Valid JSON with an unknown field: only the size makes it wrong.
        const QByteArray padding(kBodyLimit, 'x');
        return answer(exchange, HttpAnswer { 200, "{\"padding\":\"" + padding + "\"," + pageBody(page).mid(1), {} });
    }
    if (takeFault(Fault::MalformedBody)) {
        const QByteArray body = pageBody(page);
        return answer(exchange, HttpAnswer { 200, body.left(body.size() / 2), {} });
    }
    if (query.hasQueryItem(QStringLiteral("cursor")) && takeFault(Fault::ShapelessPage))
        return answer(exchange, HttpAnswer { 200, "{}", {} });
    if (takeFault(Fault::StuckCursor)) {
        const QByteArray body = "{\"changes\":[],\"next_cursor\":\"" + cursorAfter(afterSeq) + "\",\"has_more\":true}";
        return answer(exchange, HttpAnswer { 200, body, {} });
    }
    if (takeFault(Fault::EmptyPagesForever)) {
        const QByteArray body
            = "{\"changes\":[],\"next_cursor\":\"" + cursorAfter(afterSeq + 1) + "\",\"has_more\":true}";
        return answer(exchange, HttpAnswer { 200, body, {} });
    }
    if (takeFault(Fault::TruncatedGzip))
        return answer(exchange, HttpAnswer { 200, pageBody(page), {} }, Delivery::TruncatedGzip);
    if (takeFault(Fault::Trickle))
        return answer(exchange, HttpAnswer { 200, pageBody(page), {} }, Delivery::Trickle);
    if (takeFault(Fault::CompressedOversizedBody)) {
        const QByteArray padding(kBodyLimit + 1024 * 1024, 'x');
        Exchange packed = exchange;
        packed.gzip = true;
        return answer(packed, HttpAnswer { 200, "{\"padding\":\"" + padding + "\"," + pageBody(page).mid(1), {} });
    }
    if (!page.changes.isEmpty() || wait == 0)
        return deliverPage(exchange, user.actor, page);

    const quint64 id = ++m_lastPollId;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] { finishPoll(id); });
    timer->start(wait * 1000);
    m_polls.insert(id, WaitingPoll { exchange, user.actor, afterSeq, limit, timer });
}

void FakePortal::serveAction(
    const Exchange &exchange, const QHttpServerRequest &request, const User &user, const QString &postId)
{
    const PortalActions::Outcome outcome = m_actions->handle(
        user.actor, postId, headerValue(request, "Idempotency-Key"), request.body(), QDateTime::currentDateTimeUtc());
    if (outcome.applied)
        answerWaitingPolls();
    if (outcome.applied && takeFault(Fault::LoseActionResponse))
        return answer(exchange, outcome.answer, Delivery::CutMidBody);
    answer(exchange, outcome.answer);
}

const FakePortal::User *FakePortal::authenticate(
    const Exchange &exchange, const QHttpServerRequest &request, QByteArray *token)
{
    const QByteArray authorization = headerValue(request, "Authorization");
    if (authorization.startsWith("Bearer "))
        *token = authorization.mid(7).trimmed();
    const auto session = m_sessions.find(*token);
    if (token->isEmpty() || session == m_sessions.end() || !m_users.contains(session->userId)) {
        answer(exchange, HttpAnswer::error(401, QStringLiteral("unauthorized"), QStringLiteral("Log in first.")));
        return nullptr;
    }
    if (!session->expired && takeFault(Fault::TokenExpired))
        session->expired = true;
    if (session->expired) {
        answer(exchange,
            HttpAnswer::error(401, QStringLiteral("token_expired"), QStringLiteral("The session has expired.")));
        return nullptr;
    }
    return &m_users.find(session->userId).value();
}

bool FakePortal::takeFault(Fault fault)
{
    const auto found = m_faults.find(fault);
    if (found == m_faults.end() || *found <= 0)
        return false;
    --*found;
    return true;
}

void FakePortal::answer(const Exchange &exchange, const HttpAnswer &answer)
{
    this->answer(exchange, answer, Delivery::Whole);
}

void FakePortal::answer(const Exchange &exchange, const HttpAnswer &answer, Delivery delivery)
{
    if (!exchange.socket)
        return;
    writeAnswer(exchange.socket, answer, exchange.gzip, delivery, m_trickleIntervalMs);
    if (exchange.closeAfter && delivery == Delivery::Whole)
        exchange.socket->disconnectFromHost();
    emit requestServed(exchange.method, exchange.path, delivery == Delivery::Whole ? answer.status : 0);
}

void FakePortal::deliverPage(const Exchange &exchange, const Actor &actor, const PortalFeed::Page &page)
{
    const QByteArray body = pageBody(page);
    m_lastPages.insert(actor.userId, body);
    m_feed->forget(page.injectedSeqs);
    answer(exchange, HttpAnswer { 200, body, {} });
}

void FakePortal::answerWaitingPolls()
{
    const QList<quint64> ids = m_polls.keys();
    for (const quint64 id : ids) {
        const WaitingPoll &poll = m_polls[id];
        if (!poll.exchange.socket || !m_feed->page(poll.actor, poll.afterSeq, 1).changes.isEmpty())
            finishPoll(id);
    }
}

// Answers a held GET /changes with what the feed has now (an empty page when the wait ran out).
void FakePortal::finishPoll(quint64 id)
{
    const WaitingPoll poll = m_polls.take(id);
    if (!poll.timer)
        return;
    poll.timer->deleteLater();
    if (poll.exchange.socket)
        deliverPage(poll.exchange, poll.actor, m_feed->page(poll.actor, poll.afterSeq, poll.limit));
}

QString FakePortal::cursorAtHead() const
{
    return QString::fromLatin1(cursorAfter(m_feed->lastSeq()));
}

QByteArray FakePortal::cursorAfter(qint64 seq) const
{
    return (QByteArray::number(m_cursorEpoch) + '.' + QByteArray::number(seq))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray FakePortal::pageBody(const PortalFeed::Page &page) const
{
    return "{\"changes\":[" + page.changes.join(',') + "],\"next_cursor\":\"" + cursorAfter(page.nextSeq)
        + "\",\"has_more\":" + (page.hasMore ? "true" : "false") + '}';
}

} // namespace bxt::test
