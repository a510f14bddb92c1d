#include "portalrun.h"
#include "portaltestclient.h"
#include "postgrescluster.h"

#include "config/portalconfig.h"
#include "db/portaldatabase.h"
#include "feed/postwriter.h"
#include "http/portalserver.h"
#include "intake/publicintake.h"
#include "service/portalservice.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <memory>
#include <sys/resource.h>

using bxt::portal::PortalConfig;
using bxt::portal::PortalDatabase;
using bxt::portal::PortalService;
using bxt::test::PortalTestClient;
using bxt::test::PostgresCluster;
using Answer = PortalTestClient::Answer;

namespace {

const QString certsDir = QStringLiteral(BXT_TEST_CERTS_DIR);
// The connection limits of the service the connection tests use (the real ones are 30 s and 60 s).
constexpr std::chrono::milliseconds requestLimit(600);
constexpr std::chrono::milliseconds idleLimit(1200);

// Whether a connection closed after elapsedMs went its limit: Qt's coarse timers may fire 5 %
// early, and the portal's clock starts a little before the client's.
bool notBefore(qint64 elapsedMs, std::chrono::milliseconds limit)
{
    return elapsedMs >= limit.count() * 8 / 10;
}

QJsonObject unitJson(const char *id, const char *name, const char *kind)
{
    return { { QStringLiteral("id"), QLatin1String(id) }, { QStringLiteral("name"), QString::fromUtf8(name) },
        { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("active"), true } };
}

// One connection to the portal written byte by byte as the test says, over TLS (not verifying
// the certificate: the tests here are about the connection, not about trust) or as plain TCP.
class RawConnection final
{
public:
    enum class Transport { Tls, PlainTcp };

    // Connected (and, over TLS, encrypted) or a test failure naming why.
    bool open(quint16 port, Transport transport = Transport::Tls)
    {
        if (transport == Transport::PlainTcp) {
            m_socket.connectToHost(QHostAddress::LocalHost, port);
        } else {
            m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        }
        QObject::connect(&m_socket, &QSslSocket::readyRead, [this] {
            if (m_received.isEmpty())
                m_answeredAt = m_since.elapsed();
            m_received += m_socket.readAll();
        });
        QObject::connect(&m_socket, &QSslSocket::disconnected, [this] { m_closedAt = m_since.elapsed(); });
        const auto ready = [&] {
            return transport == Transport::PlainTcp ? m_socket.state() == QAbstractSocket::ConnectedState
                                                    : m_socket.isEncrypted();
        };
        QDeadlineTimer deadline(10000);
        while (!ready() && !deadline.hasExpired() && m_socket.state() != QAbstractSocket::UnconnectedState)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!ready())
            qWarning("cannot connect: %s", qPrintable(m_socket.errorString()));
        m_since.start();
        return ready();
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool closed() const { return m_closedAt >= 0 || m_socket.state() == QAbstractSocket::UnconnectedState; }
    qint64 bytesToWrite() const { return m_socket.bytesToWrite(); }
    const QByteArray &received() const { return m_received; }
    // Milliseconds from open() until the first byte of an answer came, and until the portal
    // closed the connection; -1 when it has not.
    qint64 answeredAt() const { return m_answeredAt; }
    qint64 closedAt() const { return m_closedAt; }

private:
    QSslSocket m_socket;
    QByteArray m_received;
    QElapsedTimer m_since;
    qint64 m_answeredAt = -1;
    qint64 m_closedAt = -1;
};

} // namespace

// baixingtan-portal's HTTP service (portal-api.md Transport, Session, Reference data) against a
// real PostgreSQL cluster, over real HTTPS with the test CA; the service runs in this process,
// the `serve` command in its own.
class TestPortalServer : public QObject
{
    Q_OBJECT

private:
    using Run = bxt::test::PortalRun;

    Run portal(const QStringList &arguments, const QByteArray &input = {})
    {
        return bxt::test::runPortal(arguments, input);
    }

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        return path;
    }

    bool addUser(const QString &name, const QString &role, const QString &unit, const QByteArray &password)
    {
        QStringList arguments { QStringLiteral("--config"), m_configPath, QStringLiteral("user"), QStringLiteral("add"),
            name, QStringLiteral("--role"), role, QStringLiteral("--display"), name + QStringLiteral(" (display)") };
        if (!unit.isEmpty())
            arguments << QStringLiteral("--unit") << unit;
        const Run run = portal(arguments, password + '\n');
        if (run.exitCode != 0)
            qWarning("user add %s: %s", qPrintable(name), qPrintable(run.err));
        return run.exitCode == 0;
    }

    // Whether the first answer in received has the header Connection: close.
    static bool saysConnectionClose(const QByteArray &received) { return connectionHeaderOf(received) == "close"; }

    // The value of the Connection header of the first answer in received, lower case; empty
    // when it has none.
    static QByteArray connectionHeaderOf(const QByteArray &received)
    {
        const QByteArray head = received.left(received.indexOf("\r\n\r\n") + 2).toLower();
        const qsizetype start = head.indexOf("\r\nconnection: ");
        if (start < 0)
            return {};
        const qsizetype valueStart = start + qsizetype(qstrlen("\r\nconnection: "));
        return head.mid(valueStart, head.indexOf("\r\n", valueStart) - valueStart);
    }

    bool exec(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("inspect")));
        if (query.exec(statement))
            return true;
        qWarning("%s: %s", qPrintable(statement), qPrintable(bxt::portal::sqlError(query)));
        return false;
    }

    QByteArray logIn(const QString &name, const QString &password)
    {
        const Answer answer = m_client->postJson(QStringLiteral("/session"),
            { { QStringLiteral("username"), name }, { QStringLiteral("password"), password } });
        return answer.status == 200 ? answer.json.value(QLatin1String("token")).toString().toLatin1() : QByteArray();
    }

    int postCount()
    {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("inspect")));
        return query.exec(QStringLiteral("SELECT count(*) FROM posts")) && query.next() ? query.value(0).toInt() : -1;
    }

    QJsonObject storedPost(const QString &id)
    {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("inspect")));
        query.prepare(QStringLiteral("SELECT doc FROM posts WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {};
        return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    }

    Answer postForwardedFor(PortalTestClient &client, const QByteArray &forwardedFor)
    {
        return client.send("POST", QStringLiteral("/public/posts"), QJsonDocument(citizenPost()).toJson(), {},
            { { "Content-Type", "application/json" }, { "X-Forwarded-For", forwardedFor } });
    }

    // The change feed's cursor after every change so far (a long poll from it waits); empty on an error.
    QString latestCursor(const QByteArray &token)
    {
        QString cursor;
        for (bool more = true; more;) {
            const Answer page = m_client->send("GET",
                QStringLiteral("/changes?limit=1000")
                    + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                {}, token);
            if (page.status != 200) {
                qWarning("GET /changes: %d", page.status);
                return {};
            }
            cursor = page.json.value(QLatin1String("next_cursor")).toString();
            more = page.json.value(QLatin1String("has_more")).toBool();
        }
        return cursor;
    }

    static QJsonObject citizenPost()
    {
        return { { QStringLiteral("title"), QStringLiteral("小区门口路灯不亮") },
            { QStringLiteral("body"), QStringLiteral("晚上回家很黑，希望尽快修好。") },
            { QStringLiteral("wants_reply"), true } };
    }

    // A post taken in, then answered by column staff; its id and author token.
    QPair<QString, QByteArray> answeredPost()
    {
        const Answer created = m_client->postJson(QStringLiteral("/public/posts"), citizenPost());
        if (created.status != 201)
            return {};
        const QString id = created.json.value(QLatin1String("id")).toString();
        QJsonObject post = storedPost(id);
        post.insert(QStringLiteral("version"), 2);
        post.insert(QStringLiteral("status"), QStringLiteral("replied"));
        post.insert(QStringLiteral("replies"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("r-1") },
                { QStringLiteral("kind"), QStringLiteral("final") },
                { QStringLiteral("text"), QStringLiteral("已修复。") }, { QStringLiteral("doc_refs"), QJsonArray() },
                { QStringLiteral("visibility"), QStringLiteral("public") },
                { QStringLiteral("published_at"), QStringLiteral("2026-03-03T10:00:00+08:00") } } });
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("inspect"));
        QString error;
        if (!db.transaction() || !bxt::portal::PostWriter(db).write({ post }, &error) || !db.commit()) {
            qWarning("PostWriter: %s", qPrintable(error));
            return {};
        }
        return { id, created.json.value(QLatin1String("author_token")).toString().toLatin1() };
    }

    PostgresCluster m_cluster;
    QTemporaryDir m_files;
    QString m_connection;
    QString m_configPath;
    std::unique_ptr<PortalService> m_service;
    std::unique_ptr<PortalService> m_proxiedService; // plain HTTP on loopback, as behind nginx
    std::unique_ptr<PortalService> m_shortTimeouts; // the same over HTTPS, its connections short-lived
    std::unique_ptr<PortalTestClient> m_client;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY(m_files.isValid());
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("serve"), &m_connection, &error), qPrintable(error));
        m_configPath = writeFile(QStringLiteral("serve.ini"),
            QStringLiteral("database = %1\nlisten = 127.0.0.1:0\ncertificate = %2/server.pem\nkey = %2/server.key\n")
                .arg(m_connection, certsDir));
        QVERIFY(!m_configPath.isEmpty());
        const Run init = portal({ QStringLiteral("--config"), m_configPath, QStringLiteral("init") });
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("inspect"));
        db.setConnectOptions(m_connection);
        QVERIFY(db.open());
        // Positions out of alphabetical order: GET /units follows position.
        QSqlQuery units(db);
        units.prepare(QStringLiteral("INSERT INTO units (id, position, doc) VALUES (?, ?, ?::jsonb)"));
        const QList<QPair<QJsonObject, int>> rows { { unitJson("x-nangang", "南岗区人民政府", "district"), 2 },
            { unitJson("d-housing", "市住房和城乡建设局", "department"), 1 } };
        for (const auto &[unit, position] : rows) {
            units.addBindValue(unit.value(QLatin1String("id")).toString());
            units.addBindValue(position);
            units.addBindValue(QString::fromUtf8(QJsonDocument(unit).toJson(QJsonDocument::Compact)));
            QVERIFY2(units.exec(), qPrintable(bxt::portal::sqlError(units)));
        }
        QVERIFY(exec(
            QStringLiteral("INSERT INTO calendar_years (year, doc) VALUES (2026, "
                           "'{\"year\": 2026, \"holidays\": [\"2026-01-01\"], \"workdays\": [\"2026-01-04\"]}')")));

        QVERIFY(addUser(QStringLiteral("staff"), QStringLiteral("column_staff"), {}, "staff-secret"));
        QVERIFY(addUser(
            QStringLiteral("nangang"), QStringLiteral("liaison"), QStringLiteral("x-nangang"), "nangang-secret"));
        QVERIFY(addUser(QStringLiteral("leaving"), QStringLiteral("supervisor"), {}, "leaving-secret"));
        QVERIFY(addUser(QStringLiteral("gone"), QStringLiteral("leader"), {}, "gone-secret"));
        QCOMPARE(portal({ QStringLiteral("--config"), m_configPath, QStringLiteral("user"), QStringLiteral("disable"),
                            QStringLiteral("gone") })
                     .exitCode,
            0);

        PortalConfig config;
        QVERIFY2(PortalConfig::read(m_configPath, &config, &error), qPrintable(error));
        m_service = std::make_unique<PortalService>(config);
        QVERIFY2(m_service->start(&error), qPrintable(error));
        PortalConfig proxied = config;
        proxied.plainHttpLoopback = true;
        proxied.certificatePath.clear();
        proxied.keyPath.clear();
        m_proxiedService = std::make_unique<PortalService>(proxied);
        QVERIFY2(m_proxiedService->start(&error), qPrintable(error));
        m_shortTimeouts = std::make_unique<PortalService>(config);
        QVERIFY2(m_shortTimeouts->start(&error), qPrintable(error));
        m_shortTimeouts->server().setConnectionTimeouts({ requestLimit, idleLimit });
        m_client = std::make_unique<PortalTestClient>(
            QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(m_service->server().port())),
            certsDir + QStringLiteral("/test-ca.pem"));
    }

    // Every test starts with no public requests counted.
    void init() { QVERIFY(exec(QStringLiteral("DELETE FROM public_rate"))); }

    void cleanupTestCase()
    {
        m_client.reset();
        m_service.reset();
        m_proxiedService.reset();
        m_shortTimeouts.reset();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void logIn_answersTheContractsShape_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QJsonValue>("unitId");
        QTest::newRow("column staff") << QStringLiteral("staff") << QStringLiteral("staff-secret")
                                      << QStringLiteral("column_staff") << QJsonValue(QJsonValue::Null);
        QTest::newRow("liaison") << QStringLiteral("nangang") << QStringLiteral("nangang-secret")
                                 << QStringLiteral("liaison") << QJsonValue(QStringLiteral("x-nangang"));
    }

    void logIn_answersTheContractsShape()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, role);
        QFETCH(QJsonValue, unitId);
        const Answer answer = m_client->postJson(QStringLiteral("/session"),
            { { QStringLiteral("username"), name }, { QStringLiteral("password"), password } });
        QCOMPARE(answer.status, 200);
        const QString token = answer.json.value(QLatin1String("token")).toString();
        QCOMPARE(token.size(), 43); // 32 bytes in base64url without padding
        // token_hours defaults to 12.
        const QDateTime expires
            = QDateTime::fromString(answer.json.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
        QVERIFY(expires.isValid());
        QVERIFY(answer.json.value(QLatin1String("expires_at")).toString().endsWith(QLatin1String("+08:00")));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 12 * 3600) < 60);
        const QJsonObject user = answer.json.value(QLatin1String("user")).toObject();
        QVERIFY(user.value(QLatin1String("id")).toString().startsWith(QLatin1String("u-")));
        QCOMPARE(user.value(QLatin1String("name")).toString(), name + QStringLiteral(" (display)"));
        QCOMPARE(user.value(QLatin1String("role")).toString(), role);
        QCOMPARE(user.value(QLatin1String("unit_id")), unitId);

        // Only the token's hash is stored.
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("inspect")));
        query.prepare(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = ?"));
        query.addBindValue(token.toLatin1());
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void logIn_refused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong password") << QByteArray(R"({"username":"staff","password":"staff-secreT"})") << 401
                                        << QStringLiteral("bad_credentials") << QString();
        QTest::newRow("unknown user") << QByteArray(R"({"username":"nobody","password":"staff-secret"})") << 401
                                      << QStringLiteral("bad_credentials") << QString();
        QTest::newRow("disabled user") << QByteArray(R"({"username":"gone","password":"gone-secret"})") << 401
                                       << QStringLiteral("bad_credentials") << QString();
        QTest::newRow("no user name") << QByteArray(R"({"password":"staff-secret"})") << 422
                                      << QStringLiteral("invalid") << QStringLiteral("username");
        QTest::newRow("password a number") << QByteArray(R"({"username":"staff","password":7})") << 422
                                           << QStringLiteral("invalid") << QStringLiteral("password");
        QTest::newRow("not JSON") << QByteArray("username=staff") << 422 << QStringLiteral("invalid")
                                  << QStringLiteral("username");
        // No account has such a name; it never reaches the database's index of names (a 500 before).
        QByteArray longName(100000, 'a');
        QRandomGenerator letters(7); // not compressible, as a database would store it
        for (char &letter : longName)
            letter = char('a' + letters.bounded(26));
        QTest::newRow("user name of 100,000 letters") << (R"({"username":")" + longName + R"(","password":"x"})") << 401
                                                      << QStringLiteral("bad_credentials") << QString();
    }

    void logIn_refused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Answer answer
            = m_client->send("POST", QStringLiteral("/session"), body, {}, { { "Content-Type", "application/json" } });
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.errorCode(), code);
        const QJsonObject error = answer.json.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("field")).toString(), field);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(!answer.body.contains("token"));
    }

    // Five failures in a row lock the name out, even for the right password, and the lock is
    // in the database, not in the process.
    void logIn_fiveFailuresInARow_lockTheNameOut()
    {
        QVERIFY(addUser(QStringLiteral("clumsy"), QStringLiteral("column_staff"), {}, "clumsy-secret"));
        for (int i = 0; i < 4; ++i)
            QVERIFY(logIn(QStringLiteral("clumsy"), QStringLiteral("wrong")).isEmpty());
        QVERIFY(!logIn(QStringLiteral("clumsy"), QStringLiteral("clumsy-secret")).isEmpty()); // resets the count
        for (int i = 0; i < 5; ++i) {
            const Answer answer = m_client->postJson(QStringLiteral("/session"),
                { { QStringLiteral("username"), QStringLiteral("clumsy") },
                    { QStringLiteral("password"), QStringLiteral("wrong") } });
            QCOMPARE(answer.status, 401);
        }
        const Answer locked = m_client->postJson(QStringLiteral("/session"),
            { { QStringLiteral("username"), QStringLiteral("clumsy") },
                { QStringLiteral("password"), QStringLiteral("clumsy-secret") } });
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), QStringLiteral("too_many_requests"));
        bool ok = false;
        const int retryAfter = locked.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter > 240 && retryAfter <= 300, locked.header("Retry-After").constData());
        // Another name is not locked.
        QVERIFY(!logIn(QStringLiteral("staff"), QStringLiteral("staff-secret")).isEmpty());
        // When the lock-out has passed, the right password works again.
        QVERIFY(exec(QStringLiteral("UPDATE login_failures SET locked_until = now() - interval '1 second'"
                                    " WHERE name = 'clumsy'")));
        QVERIFY(!logIn(QStringLiteral("clumsy"), QStringLiteral("clumsy-secret")).isEmpty());
    }

    // Guesses sent at once are each counted before the password is checked, so no more than five
    // of them are ever checked (found by a hostile pass: 40 at once were all answered 401).
    void logIn_guessesSentAtOnce_lockTheNameOutAfterFive()
    {
        QVERIFY(addUser(QStringLiteral("guessed"), QStringLiteral("column_staff"), {}, "guessed-secret"));
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("username"), QStringLiteral("guessed") },
                                                  { QStringLiteral("password"), QStringLiteral("wrong") } })
                                    .toJson();
        int refused = 0;
        int locked = 0;
        int answered = 0;
        for (int i = 0; i < 20; ++i) {
            QNetworkReply *reply = m_client->start(
                "POST", QStringLiteral("/session"), body, {}, { { "Content-Type", "application/json" } });
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                const int status = PortalTestClient::answerOf(reply).status;
                refused += status == 401 ? 1 : 0;
                locked += status == 429 ? 1 : 0;
                ++answered;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 20, 60000);
        QCOMPARE(refused, 5);
        QCOMPARE(locked, 15);
    }

    // Checking a password takes a few hundred milliseconds of Argon2id: the other requests of
    // the process do not wait for it.
    void logIn_doesNotHoldUpOtherRequests()
    {
        const QByteArray token = logIn(QStringLiteral("staff"), QStringLiteral("staff-secret"));
        QVERIFY(!token.isEmpty());
        QNetworkAccessManager network;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(certsDir + QStringLiteral("/test-ca.pem")));
        const QUrl base(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(m_service->server().port()));
        QStringList finished;
        QNetworkRequest session(QUrl(base.toString() + QStringLiteral("/session")));
        session.setSslConfiguration(ssl);
        session.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QSignalSpy arrived(&m_service->server(), &bxt::portal::PortalServer::requestArrived);
        QNetworkReply *logInReply = network.post(session, R"({"username":"staff","password":"staff-secret"})");
        connect(logInReply, &QNetworkReply::finished, this, [&finished] { finished << QStringLiteral("session"); });
        QVERIFY(arrived.wait(30000));
        QNetworkRequest units(QUrl(base.toString() + QStringLiteral("/units")));
        units.setSslConfiguration(ssl);
        units.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *unitsReply = network.get(units);
        connect(unitsReply, &QNetworkReply::finished, this, [&finished] { finished << QStringLiteral("units"); });
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished, QStringList({ QStringLiteral("units"), QStringLiteral("session") }));
        QCOMPARE(logInReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(unitsReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        logInReply->deleteLater();
        unitsReply->deleteLater();
    }

    void staffCall_withoutAValidSession_is401_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("no token") << QByteArray();
        QTest::newRow("unknown token") << QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }

    void staffCall_withoutAValidSession_is401()
    {
        QFETCH(QByteArray, token);
        const Answer answer = m_client->send("GET", QStringLiteral("/units"), {}, token);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QStringLiteral("unauthorized"));
    }

    void staffCall_withAnExpiredToken_isTokenExpired()
    {
        const QByteArray token = logIn(QStringLiteral("leaving"), QStringLiteral("leaving-secret"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_client->send("GET", QStringLiteral("/units"), {}, token).status, 200);
        QVERIFY(exec(QStringLiteral("UPDATE sessions SET expires_at = now() - interval '1 second'"
                                    " WHERE user_id = (SELECT id FROM users WHERE name = 'leaving')")));
        const Answer answer = m_client->send("GET", QStringLiteral("/units"), {}, token);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QStringLiteral("token_expired"));
    }

    void logOut_is204_andEndsTheSession()
    {
        const QByteArray token = logIn(QStringLiteral("staff"), QStringLiteral("staff-secret"));
        const QByteArray other = logIn(QStringLiteral("staff"), QStringLiteral("staff-secret"));
        QVERIFY(!token.isEmpty() && !other.isEmpty());
        const Answer out = m_client->send("DELETE", QStringLiteral("/session"), {}, token);
        QCOMPARE(out.status, 204);
        QVERIFY(out.body.isEmpty());
        QCOMPARE(
            m_client->send("GET", QStringLiteral("/units"), {}, token).errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(m_client->send("GET", QStringLiteral("/units"), {}, other).status, 200); // the other session lives
    }

    void disablingAUser_endsItsSessions()
    {
        QVERIFY(addUser(QStringLiteral("temporary"), QStringLiteral("column_staff"), {}, "temporary-secret"));
        const QByteArray token = logIn(QStringLiteral("temporary"), QStringLiteral("temporary-secret"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_client->send("GET", QStringLiteral("/units"), {}, token).status, 200);
        QCOMPARE(portal({ QStringLiteral("--config"), m_configPath, QStringLiteral("user"), QStringLiteral("disable"),
                            QStringLiteral("temporary") })
                     .exitCode,
            0);
        QCOMPARE(m_client->send("GET", QStringLiteral("/units"), {}, token).status, 401);
        QVERIFY(logIn(QStringLiteral("temporary"), QStringLiteral("temporary-secret")).isEmpty());
    }

    // Hostile pass 6 F2: "josé" typed composed (NFC) or decomposed (NFD) is one name: user add
    // stores NFC and refuses the other form as taken; a log-in finds the user in either form,
    // also one stored decomposed before names were normalised (compared normalised).
    void userName_isOneNameInEitherNormalForm()
    {
        const QString composed = QStringLiteral("jos\u00E9");
        const QString decomposed = QStringLiteral("jose\u0301");
        const QString olderComposed = QStringLiteral("ren\u00E9e");
        const QString olderDecomposed = QStringLiteral("rene\u0301e");
        auto cleanUp = qScopeGuard([&] {
            exec(
                QStringLiteral("DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE name IN ('%1', '%2', "
                               "'%3'))")
                    .arg(composed, decomposed, olderDecomposed));
            exec(QStringLiteral("DELETE FROM users WHERE name IN ('%1', '%2', '%3')")
                     .arg(composed, decomposed, olderDecomposed));
        });
        QVERIFY(addUser(decomposed, QStringLiteral("column_staff"), {}, "nfc-secret-1"));
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("inspect")));
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM users WHERE name LIKE 'jos%'")) && query.next());
        QCOMPARE(query.value(0).toString(), composed);
        QVERIFY(!query.next());
        const Run again
            = portal({ QStringLiteral("--config"), m_configPath, QStringLiteral("user"), QStringLiteral("add"),
                         composed, QStringLiteral("--role"), QStringLiteral("leader") },
                "pw\n");
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("taken")), qPrintable(again.err));
        QVERIFY(!logIn(composed, QStringLiteral("nfc-secret-1")).isEmpty());
        QVERIFY(!logIn(decomposed, QStringLiteral("nfc-secret-1")).isEmpty());

        QVERIFY(exec(QStringLiteral("INSERT INTO users (id, name, display_name, role, password_hash, disabled) "
                                    "SELECT 'u-older-nfd', '%1', 'older', 'leader', password_hash, false FROM users "
                                    "WHERE name = 'staff'")
                         .arg(olderDecomposed)));
        QVERIFY(!logIn(olderComposed, QStringLiteral("staff-secret")).isEmpty());
        QVERIFY(!logIn(olderDecomposed, QStringLiteral("staff-secret")).isEmpty());
    }

    void userAdd_refused_changesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString name = QStringLiteral("newcomer");
        const QString role = QStringLiteral("--role");
        const QString unit = QStringLiteral("--unit");
        QTest::newRow("no role") << QStringList { name } << QByteArray("pw\n") << 2 << QStringLiteral("--role");
        QTest::newRow("unknown role") << QStringList { name, role, QStringLiteral("mayor") } << QByteArray("pw\n") << 2
                                      << QStringLiteral("mayor");
        QTest::newRow("liaison without unit") << QStringList { name, role, QStringLiteral("liaison") }
                                              << QByteArray("pw\n") << 2 << QStringLiteral("--unit");
        QTest::newRow("staff with a unit")
            << QStringList { name, role, QStringLiteral("column_staff"), unit, QStringLiteral("x-nangang") }
            << QByteArray("pw\n") << 2 << QStringLiteral("Only a liaison");
        QTest::newRow("unknown option") << QStringList { name, role, QStringLiteral("leader"), QStringLiteral("--mail"),
            QStringLiteral("a@b") } << QByteArray("pw\n")
                                        << 2 << QStringLiteral("--mail");
        QTest::newRow("option without value")
            << QStringList { name, role } << QByteArray("pw\n") << 2 << QStringLiteral("needs a value");
        QTest::newRow("unit not imported")
            << QStringList { name, role, QStringLiteral("liaison"), unit, QStringLiteral("x-nowhere") }
            << QByteArray("pw\n") << 1 << QStringLiteral("x-nowhere");
        QTest::newRow("empty name") << QStringList { QString(), role, QStringLiteral("leader") } << QByteArray("pw\n")
                                    << 2 << QStringLiteral("Give a user name.");
        QTest::newRow("name with a space inside")
            << QStringList { QStringLiteral("new comer"), role, QStringLiteral("leader") } << QByteArray("pw\n") << 2
            << QStringLiteral("no spaces");
        QTest::newRow("name with a line break")
            << QStringList { QStringLiteral("new\ncomer"), role, QStringLiteral("leader") } << QByteArray("pw\n") << 2
            << QStringLiteral("no spaces");
        QTest::newRow("name differing only in case")
            << QStringList { QStringLiteral("STAFF"), role, QStringLiteral("leader") } << QByteArray("pw\n") << 1
            << QStringLiteral("\"staff\" is taken");
        QTest::newRow("name of 65 characters")
            << QStringList { QString(65, QLatin1Char('n')), role, QStringLiteral("leader") } << QByteArray("pw\n") << 2
            << QStringLiteral("at most 64");
        QTest::newRow("name taken") << QStringList { QStringLiteral("staff"), role, QStringLiteral("leader") }
                                    << QByteArray("pw\n") << 1 << QStringLiteral("taken");
        // Hostile pass 6 F2: a name that shows as nothing, or is not what was typed.
        QTest::newRow("name starting with a combining mark")
            << QStringList { QStringLiteral("\u0301\u0301\u0301"), role, QStringLiteral("leader") }
            << QByteArray("pw\n") << 2 << QStringLiteral("starts with a combining mark");
        QTest::newRow("name with bytes not UTF-8 (U+FFFD)")
            << QStringList { QStringLiteral("ab\uFFFDcd"), role, QStringLiteral("leader") } << QByteArray("pw\n") << 2
            << QStringLiteral("UTF-8");
        QTest::newRow("empty password") << QStringList { name, role, QStringLiteral("leader") }
                                        << QByteArray("\nsecond\n") << 1 << QStringLiteral("password");
        QTest::newRow("no input") << QStringList { name, role, QStringLiteral("leader") } << QByteArray() << 1
                                  << QStringLiteral("password");
        // Cut at the NUL, the password stored would be "pw" alone, and nothing a log-in can send
        // holds a NUL.
        QTest::newRow("password with a NUL") << QStringList { name, role, QStringLiteral("leader") }
                                             << QByteArray("pw\0after-the-nul\n", 17) << 1 << QStringLiteral("NUL");
    }

    void userAdd_refused_changesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, password);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QSqlQuery count(QSqlDatabase::database(QStringLiteral("inspect")));
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM users")) && count.next());
        const int before = count.value(0).toInt();
        const Run run = portal(
            QStringList { QStringLiteral("--config"), m_configPath, QStringLiteral("user"), QStringLiteral("add") }
                + arguments,
            password);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        if (exitCode == 1)
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM users")) && count.next());
        QCOMPARE(count.value(0).toInt(), before);
    }

    // Issue 15: the limit of 64 counts characters (code points), not UTF-16 units, both when a
    // user is added and when one logs in.
    void userName_limitCountsCharacters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        const char32_t grinning = 0x1F600; // two UTF-16 units
        QString emoji;
        for (int i = 0; i < 40; ++i)
            emoji += QString::fromUcs4(&grinning, 1);
        QTest::newRow("64 CJK characters") << QString(64, QChar(0x4E2D)) << true;
        QTest::newRow("40 emoji, 80 UTF-16 units") << emoji << true;
        QTest::newRow("65 letters") << QString(65, QLatin1Char('m')) << false;
    }

    void userName_limitCountsCharacters()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        const Run run = portal({ QStringLiteral("--config"), m_configPath, QStringLiteral("user"),
                                   QStringLiteral("add"), name, QStringLiteral("--role"), QStringLiteral("leader") },
            "long-name-secret\n");
        QVERIFY2(run.exitCode == (accepted ? 0 : 2), qPrintable(run.err));
        if (!accepted) {
            QVERIFY2(run.err.contains(QLatin1String("at most 64 characters")), qPrintable(run.err));
            return;
        }
        QVERIFY(!logIn(name, QStringLiteral("long-name-secret")).isEmpty());
        QCOMPARE(portal({ QStringLiteral("--config"), m_configPath, QStringLiteral("user"), QStringLiteral("disable"),
                            name })
                     .exitCode,
            0);
    }

    // Issue 15: a user added before the limit, with a longer name, cannot log in; check names it,
    // on one visible line (hostile6 F9): control, format (bidi, zero-width) and separator
    // characters, a backslash and a mark with nothing to sit on are written as \uXXXX or \\.
    void check_namesActiveUsersWhoseNameIsTooLongToLogIn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shown");
        const QString o65(65, QLatin1Char('o'));
        QTest::newRow("plain") << o65 << o65;
        QTest::newRow("right-to-left override") << QChar(0x202E) + o65 << QStringLiteral("\\u202E") + o65;
        QTest::newRow("line break") << QStringLiteral("o\nuser x") + o65 << QStringLiteral("o\\u000Auser x") + o65;
        QTest::newRow("zero-width space, backslash")
            << QStringLiteral("a\u200Bb\\") + o65 << QStringLiteral("a\\u200Bb\\\\") + o65;
        QTest::newRow("only combining marks") << QString(65, QChar(0x0301)) << QStringLiteral("\\u0301").repeated(65);
        QTest::newRow("a mark on a letter stays") << QStringLiteral("e\u0301") + o65 << QStringLiteral("e\u0301") + o65;
    }

    void check_namesActiveUsersWhoseNameIsTooLongToLogIn()
    {
        QFETCH(QString, name);
        QFETCH(QString, shown);
        const QString disabledTooLong = QString(66, QLatin1Char('p'));
        QSqlQuery insert(QSqlDatabase::database(QStringLiteral("inspect")));
        insert.prepare(
            QStringLiteral("INSERT INTO users (id, name, display_name, role, password_hash, disabled) VALUES "
                           "('u-long-1', ?, 'old', 'leader', 'x', false), "
                           "('u-long-2', ?, 'old', 'leader', 'x', true)"));
        insert.addBindValue(name);
        insert.addBindValue(disabledTooLong);
        QVERIFY2(insert.exec(), qPrintable(bxt::portal::sqlError(insert)));
        const Run run = portal({ QStringLiteral("--config"), m_configPath, QStringLiteral("check") });
        QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id IN ('u-long-1', 'u-long-2')")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("schema version: ")), qPrintable(run.out));
        QVERIFY2(run.out.endsWith(QStringLiteral("\nuser %1 has a name over 64 characters and cannot log in; add a "
                                                 "shorter one and disable it\n")
                                      .arg(shown)),
            qPrintable(run.out));
        QVERIFY2(!run.out.contains(disabledTooLong), qPrintable(run.out));
    }

    void userDisable_unknownName_isExitOne()
    {
        const Run run = portal({ QStringLiteral("--config"), m_configPath, QStringLiteral("user"),
            QStringLiteral("disable"), QStringLiteral("nobody") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("nobody")), qPrintable(run.err));
    }

    void units_inPositionOrder()
    {
        const QByteArray token = logIn(QStringLiteral("nangang"), QStringLiteral("nangang-secret"));
        const Answer answer = m_client->send("GET", QStringLiteral("/units"), {}, token);
        QCOMPARE(answer.status, 200);
        const QJsonArray expected { unitJson("d-housing", "市住房和城乡建设局", "department"),
            unitJson("x-nangang", "南岗区人民政府", "district") };
        QCOMPARE(answer.json, QJsonObject({ { QStringLiteral("units"), expected } }));
        QVERIFY(answer.header("Content-Type").startsWith("application/json"));
    }

    // RFC 7235: the scheme of a credential is not case-sensitive.
    void staffCall_bearerSchemeInAnyCase_isAccepted()
    {
        const QByteArray token = logIn(QStringLiteral("nangang"), QStringLiteral("nangang-secret"));
        for (const QByteArray &scheme : { QByteArray("bearer "), QByteArray("BEARER ") }) {
            const Answer answer
                = m_client->send("GET", QStringLiteral("/units"), {}, {}, { { "Authorization", scheme + token } });
            QCOMPARE(answer.status, 200);
        }
    }

    void calendar_data()
    {
        QTest::addColumn<QString>("year");
        QTest::addColumn<int>("status");
        QTest::newRow("published") << QStringLiteral("2026") << 200;
        QTest::newRow("not published") << QStringLiteral("2031") << 404;
        QTest::newRow("not a year") << QStringLiteral("20x6") << 404;
        QTest::newRow("five digits") << QStringLiteral("02026") << 404;
    }

    void calendar()
    {
        QFETCH(QString, year);
        QFETCH(int, status);
        const QByteArray token = logIn(QStringLiteral("staff"), QStringLiteral("staff-secret"));
        const Answer answer = m_client->send("GET", QStringLiteral("/calendar/") + year, {}, token);
        QCOMPARE(answer.status, status);
        if (status == 200) {
            QCOMPARE(answer.json.value(QLatin1String("year")).toInt(), 2026);
            QCOMPARE(
                answer.json.value(QLatin1String("holidays")).toArray(), QJsonArray { QStringLiteral("2026-01-01") });
            QCOMPARE(
                answer.json.value(QLatin1String("workdays")).toArray(), QJsonArray { QStringLiteral("2026-01-04") });
        } else {
            QCOMPARE(answer.errorCode(), QStringLiteral("not_found"));
        }
    }

    void requestsNoEndpointTakes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/nothing") << QByteArray() << 404
                                      << QStringLiteral("not_found");
        QTest::newRow("one segment too many")
            << QByteArray("GET") << QStringLiteral("/units/x") << QByteArray() << 404 << QStringLiteral("not_found");
        QTest::newRow("wrong method") << QByteArray("POST") << QStringLiteral("/units")
                                      << QByteArray("application/json") << 405 << QStringLiteral("method_not_allowed");
        QTest::newRow("PUT on session") << QByteArray("PUT") << QStringLiteral("/session")
                                        << QByteArray("application/json") << 405
                                        << QStringLiteral("method_not_allowed");
        QTest::newRow("form body") << QByteArray("POST") << QStringLiteral("/session")
                                   << QByteArray("application/x-www-form-urlencoded") << 415
                                   << QStringLiteral("unsupported_media_type");
        QTest::newRow("no content type") << QByteArray("POST") << QStringLiteral("/session") << QByteArray() << 415
                                         << QStringLiteral("unsupported_media_type");
    }

    void requestsNoEndpointTakes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!contentType.isEmpty())
            headers.append({ "Content-Type", contentType });
        const Answer answer = m_client->send(method, path, "{}", {}, headers);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.errorCode(), code);
    }

    void outsideTheBasePath_isNotFound()
    {
        PortalTestClient root(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_service->server().port())),
            certsDir + QStringLiteral("/test-ca.pem"));
        const Answer answer = root.send("GET", QStringLiteral("/units"));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.errorCode(), QStringLiteral("not_found"));
    }

    void bodyOver16MiB_is413()
    {
        const QByteArray body = "{\"username\":\"" + QByteArray(16 * 1024 * 1024, 'a') + "\"}";
        const Answer answer
            = m_client->send("POST", QStringLiteral("/session"), body, {}, { { "Content-Type", "application/json" } });
        QCOMPARE(answer.status, 413);
        QCOMPARE(answer.errorCode(), QStringLiteral("payload_too_large"));
        // Just under the limit is read (and refused for what it says, not for its size).
        const QByteArray under = "{\"username\":\"" + QByteArray(16 * 1024 * 1024 - 20, 'a') + "\"}";
        QVERIFY(under.size() <= 16 * 1024 * 1024);
        const Answer read
            = m_client->send("POST", QStringLiteral("/session"), under, {}, { { "Content-Type", "application/json" } });
        QCOMPARE(read.status, 422);
    }

    // A body over 16 MiB is refused as its headers say so, or once it passes the limit, before
    // the client has sent it: the portal never holds it (hostile pass finding 5).
    void bodyOver16MiB_isRefusedBeforeItIsSent_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("Content-Length: 100000000") << false;
        QTest::newRow("a chunked body of 40 MiB") << true;
    }

    void bodyOver16MiB_isRefusedBeforeItIsSent()
    {
        QFETCH(bool, chunked);
        RawConnection connection;
        QVERIFY(connection.open(m_service->server().port()));
        connection.send(QByteArray("POST /api/v1/public/posts HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Content-Type: application/json\r\n")
            + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: 100000000\r\n\r\n"));
        const int before = postCount();
        qint64 sent = 0;
        if (chunked) {
            const QByteArray chunk = "100000\r\n" + QByteArray(1 << 20, 'a') + "\r\n"; // 1 MiB
            const qint64 body = 40 << 20;
            while (sent < body && !connection.closed() && connection.received().isEmpty()) {
                connection.send(chunk);
                sent += 1 << 20;
                QTRY_VERIFY_WITH_TIMEOUT(
                    connection.bytesToWrite() < (1 << 20) || connection.closed() || !connection.received().isEmpty(),
                    20000);
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(connection.closed() || connection.received().contains("\r\n\r\n"), 20000);
        QVERIFY2(sent < (40 << 20), "the whole 40 MiB body was taken");
        if (!connection.received().isEmpty()) {
            QVERIFY2(connection.received().startsWith("HTTP/1.1 413"), connection.received().left(200).constData());
            QVERIFY(saysConnectionClose(connection.received()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(connection.closed(), 20000);
        QCOMPARE(postCount(), before);
    }

    // A head whose body length two HTTP readers could take differently (a proxy in front and Qt's
    // parser) is refused and the connection closed, so that nothing after it is read as a request of
    // its own (request smuggling, RFC 9112 6.1 and 5.2; hostile pass 3 findings F3 and F5).
    void connection_ambiguousBodyLength_is400AndClosed_data()
    {
        QTest::addColumn<QByteArray>("framing");
        QTest::newRow("Content-Length and chunked")
            << QByteArray("Content-Length: 47\r\nTransfer-Encoding: chunked\r\n");
        QTest::newRow("chunked and Content-Length")
            << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 47\r\n");
        QTest::newRow("two lengths") << QByteArray("Content-Length: 5\r\nContent-Length: 47\r\n");
        QTest::newRow("folded length") << QByteArray("Content-Length:\r\n 47\r\n");
        QTest::newRow("length not a number") << QByteArray("Content-Length: 5x\r\n");
    }

    void connection_ambiguousBodyLength_is400AndClosed()
    {
        QFETCH(QByteArray, framing);
        RawConnection connection;
        QVERIFY(connection.open(m_service->server().port()));
        connection.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + framing + "\r\n0\r\n\r\nGET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(connection.closed(), 20000);
        QVERIFY2(connection.received().startsWith("HTTP/1.1 400"), connection.received().left(200).constData());
        QCOMPARE(connection.received().count("HTTP/1.1 "), 1);
        QVERIFY(connection.received().contains("\"bad_request\""));
        QVERIFY(saysConnectionClose(connection.received()));
    }

    // A request Qt's parser would misread (a broken chunk framing, a garbage request line) is
    // answered 400 once and the connection closed; it never reaches an endpoint and nothing after
    // it is read as a request (hostile pass 3, F4).
    void connection_brokenRequest_is400AndClosed_data()
    {
        QTest::addColumn<QByteArray>("request");
        const QByteArray post = "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                "Transfer-Encoding: chunked\r\n\r\n";
        const QByteArray next = "GET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        QTest::newRow("chunk size not hex") << post + "2\r\n{}\r\nzz\r\n" + next;
        QTest::newRow("chunk size over 64 bits") << post + "fffffffffffffffff1\r\n{}\r\n0\r\n\r\n" + next;
        QTest::newRow("chunk without its line end") << post + "2\r\n{}xx0\r\n\r\n" + next;
        QTest::newRow("empty chunk size") << post + "\r\n{}\r\n0\r\n\r\n" + next;
        QTest::newRow("trailer after the last chunk") << post + "2\r\n{}\r\n0\r\nX-Trailer: 1\r\n\r\n" + next;
        QTest::newRow("garbage request line") << "BLAH\r\n\r\n" + next;
        QTest::newRow("garbage request line alone") << QByteArray("BLAH\r\n\r\n");
        QTest::newRow("request line without a version") << "GET /api/v1/units\r\nHost: 127.0.0.1\r\n\r\n" + next;
    }

    void connection_brokenRequest_is400AndClosed()
    {
        QFETCH(QByteArray, request);
        RawConnection connection;
        QVERIFY(connection.open(m_service->server().port()));
        connection.send(request);
        QTRY_VERIFY_WITH_TIMEOUT(connection.closed(), 10000);
        QVERIFY2(connection.received().startsWith("HTTP/1.1 400"), connection.received().left(200).constData());
        QCOMPARE(connection.received().count("HTTP/1.1 "), 1);
        QVERIFY(connection.received().contains("\"bad_request\""));
        QVERIFY(saysConnectionClose(connection.received()));
    }

    // A request pipelined behind a long poll on the same connection is answered after it: HTTP/1.1
    // answers in the order of the requests (RFC 9112 9.3.2; hostile pass 3, F2).
    void connection_requestPipelinedBehindALongPoll_isAnsweredAfterIt()
    {
        const QByteArray token = logIn(QStringLiteral("staff"), QStringLiteral("staff-secret"));
        QVERIFY(!token.isEmpty());
        const QString cursor = latestCursor(token);
        QVERIFY(!cursor.isEmpty());
        const int waitSeconds = 2;
        RawConnection connection;
        QVERIFY(connection.open(m_service->server().port()));
        const QByteArray authorization = "Host: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        connection.send("GET /api/v1/changes?wait=" + QByteArray::number(waitSeconds) + "&cursor=" + cursor.toLatin1()
            + " HTTP/1.1\r\n" + authorization);
        connection.send("GET /api/v1/units HTTP/1.1\r\n" + authorization);
        QTRY_VERIFY_WITH_TIMEOUT(connection.closed() || connection.received().count("HTTP/1.1 200") == 2, 20000);
        QVERIFY(connection.answeredAt() >= waitSeconds * 1000);
        const QByteArray &received = connection.received();
        QVERIFY2(received.indexOf("\"next_cursor\"") >= 0, received.left(400).constData());
        QVERIFY2(received.indexOf("\"next_cursor\"") < received.indexOf("x-nangang"), received.left(400).constData());
        QVERIFY(connection.isOpen());
    }

    // A connection is closed once a request that does not keep it alive is answered: HTTP/1.0
    // without keep-alive, or Connection: close (RFC 9112 9.3; hostile pass 3, F6). The answer says
    // Connection: close when it closes (RFC 9112 9.6; issue 15) and, to an HTTP/1.0 client, which
    // takes an answer without it as the last (RFC 9112 C.2.2), keep-alive when it stays open
    // (hostile6 F7); HTTP/1.1 keeps it open without saying so.
    void connection_notKeptAlive_isClosedOnceAnswered_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("keptAlive");
        QTest::addColumn<QByteArray>("connectionHeader");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /api/v1/units HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n") << false
                                  << QByteArray("close");
        QTest::newRow("HTTP/1.1, Connection: close")
            << QByteArray("GET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n") << false
            << QByteArray("close");
        QTest::newRow("HTTP/1.0, Connection: keep-alive")
            << QByteArray("GET /api/v1/units HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n") << true
            << QByteArray("keep-alive");
        QTest::newRow("HTTP/1.0, Connection: Keep-Alive, close")
            << QByteArray("GET /api/v1/units HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: Keep-Alive, close\r\n\r\n")
            << false << QByteArray("close");
        QTest::newRow("HTTP/1.1") << QByteArray("GET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << true
                                  << QByteArray();
        QTest::newRow("HTTP/1.1, Connection: keep-alive")
            << QByteArray("GET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n") << true
            << QByteArray();
    }

    void connection_notKeptAlive_isClosedOnceAnswered()
    {
        QFETCH(QByteArray, request);
        QFETCH(bool, keptAlive);
        QFETCH(QByteArray, connectionHeader);
        RawConnection connection;
        QVERIFY(connection.open(m_service->server().port()));
        connection.send(request);
        QTRY_VERIFY_WITH_TIMEOUT(connection.received().contains("\r\n\r\n"), 10000);
        QVERIFY2(connection.received().startsWith("HTTP/1.1 401"), connection.received().left(200).constData());
        QCOMPARE(connectionHeaderOf(connection.received()), connectionHeader);
        if (!keptAlive) {
            QTRY_VERIFY_WITH_TIMEOUT(connection.closed(), 5000); // the idle limit is 60 s
            return;
        }
        connection.send(request); // a second answer on the same connection
        QTRY_VERIFY_WITH_TIMEOUT(connection.received().count("HTTP/1.1 401") == 2, 10000);
        QVERIFY(connection.isOpen());
    }

    // Expect: 100-continue is answered 100 Continue before the client sends its body (curl waits
    // a second for it before sending a body over 1 MiB; hostile pass 3, F6).
    void connection_expect100Continue_getsContinue()
    {
        RawConnection connection;
        QVERIFY(connection.open(m_service->server().port()));
        connection.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Content-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(connection.received().contains("\r\n\r\n"), 5000);
        QCOMPARE(connection.received(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        connection.send("{}");
        QTRY_VERIFY_WITH_TIMEOUT(connection.received().count("HTTP/1.1 ") == 2, 10000);
        QVERIFY2(connection.received().contains("HTTP/1.1 422"), connection.received().constData());
    }

    // 100 Continue is never sent to an HTTP/1.0 client, which may not understand it (RFC 9110
    // 10.1.1; issue 15). The body comes with the head, so the test waits for nothing but answers.
    void connection_expect100Continue_notToHttp10_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("continued");
        QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0") << false;
        QTest::newRow("HTTP/1.1") << QByteArray("HTTP/1.1") << true;
    }

    void connection_expect100Continue_notToHttp10()
    {
        QFETCH(QByteArray, version);
        QFETCH(bool, continued);
        RawConnection connection;
        QVERIFY(connection.open(m_service->server().port()));
        connection.send("POST /api/v1/session " + version
            + "\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              "Content-Length: 2\r\nExpect: 100-continue\r\n\r\n{}");
        QTRY_VERIFY_WITH_TIMEOUT(connection.received().contains("HTTP/1.1 422"), 10000);
        QCOMPARE(connection.received().contains("100 Continue"), continued);
        QCOMPARE(connection.received().startsWith("HTTP/1.1 422"), !continued);
    }

    // A transfer coding other than exactly chunked is refused 501 and the connection closed: the
    // portal cannot tell where such a body ends (RFC 9112 6.1; hostile pass 3, F6).
    void connection_transferCodingOtherThanChunked_is501AndClosed_data()
    {
        QTest::addColumn<QByteArray>("coding");
        QTest::newRow("xchunked") << QByteArray("xchunked");
        QTest::newRow("gzip, chunked") << QByteArray("gzip, chunked");
        QTest::newRow("chunked, gzip") << QByteArray("chunked, gzip");
        QTest::newRow("gzip") << QByteArray("gzip");
    }

    void connection_transferCodingOtherThanChunked_is501AndClosed()
    {
        QFETCH(QByteArray, coding);
        RawConnection connection;
        QVERIFY(connection.open(m_service->server().port()));
        connection.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Transfer-Encoding: "
            + coding + "\r\n\r\n2\r\n{}\r\n0\r\n\r\nGET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(connection.closed(), 10000);
        QVERIFY2(connection.received().startsWith("HTTP/1.1 501"), connection.received().left(200).constData());
        QCOMPARE(connection.received().count("HTTP/1.1 "), 1);
        QVERIFY(saysConnectionClose(connection.received()));
    }

    // Half a request holds a connection only until the request limit, counted from its first
    // byte however slowly the rest trickles in (slowloris; hostile pass finding 2).
    void connection_halfARequest_isClosedAtTheRequestLimit_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("headers never finished") << QByteArray("GET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QTest::newRow("body never finished")
            << QByteArray("POST /api/v1/public/posts HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"title\":");
    }

    void connection_halfARequest_isClosedAtTheRequestLimit()
    {
        QFETCH(QByteArray, request);
        RawConnection connection;
        QVERIFY(connection.open(m_shortTimeouts->server().port()));
        connection.send(request);
        QTimer trickle; // one more header byte every 100 ms
        QObject::connect(&trickle, &QTimer::timeout, [&] { connection.send(request.endsWith("\r\n") ? "X" : " "); });
        trickle.start(100);
        QTRY_VERIFY_WITH_TIMEOUT(connection.closedAt() >= 0, 10000);
        QVERIFY2(notBefore(connection.closedAt(), requestLimit), qPrintable(QString::number(connection.closedAt())));
        QVERIFY(connection.received().isEmpty());
    }

    void connection_tlsHandshakeNeverFinished_isClosedAtTheRequestLimit()
    {
        RawConnection connection;
        QVERIFY(connection.open(m_shortTimeouts->server().port(), RawConnection::Transport::PlainTcp));
        connection.send(QByteArray::fromHex("160301")); // the first bytes of a ClientHello
        QTRY_VERIFY_WITH_TIMEOUT(connection.closedAt() >= 0, int(requestLimit.count()) + 3000);
        QVERIFY2(notBefore(connection.closedAt(), requestLimit), qPrintable(QString::number(connection.closedAt())));
    }

    // A kept-alive connection is closed when no request follows an answer within the idle limit.
    void connection_idleAfterAnAnswer_isClosedAtTheIdleLimit()
    {
        RawConnection connection;
        QVERIFY(connection.open(m_shortTimeouts->server().port()));
        connection.send("GET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(connection.received().contains("\r\n\r\n"), 10000);
        QVERIFY(connection.received().startsWith("HTTP/1.1 401"));
        QTRY_VERIFY_WITH_TIMEOUT(connection.closedAt() >= 0, 10000);
        const qint64 idle = connection.closedAt() - connection.answeredAt();
        QVERIFY2(notBefore(idle, idleLimit), qPrintable(QString::number(idle)));
    }

    // Issue 15: one address holds at most connections_per_address open
    // connections; a further one is closed at once, and one closed frees a place. Behind the proxy
    // every connection is the proxy's, from loopback: nothing is capped there (nginx's limit_conn is).
    void connection_perAddressCap_data()
    {
        QTest::addColumn<bool>("proxied");
        QTest::newRow("HTTPS, capped") << false;
        QTest::newRow("plain HTTP behind the proxy, not capped") << true;
    }

    void connection_perAddressCap()
    {
        QFETCH(bool, proxied);
        PortalConfig config;
        QString error;
        QVERIFY2(PortalConfig::read(m_configPath, &config, &error), qPrintable(error));
        if (proxied) {
            config.plainHttpLoopback = true;
            config.certificatePath.clear();
            config.keyPath.clear();
        }
        const int cap = 8;
        config.connectionsPerAddress = cap;
        PortalService service(config);
        QVERIFY2(service.start(&error), qPrintable(error));
        const quint16 port = service.server().port();
        const auto transport = proxied ? RawConnection::Transport::PlainTcp : RawConnection::Transport::Tls;
        const QByteArray request = "GET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        // Served: a request on it is answered (401, no token).
        const auto served = [&](RawConnection &connection) {
            const qsizetype before = connection.received().count("HTTP/1.1 401");
            connection.send(request);
            QDeadlineTimer deadline(10000);
            while (
                !connection.closed() && connection.received().count("HTTP/1.1 401") == before && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            return connection.received().count("HTTP/1.1 401") > before;
        };
        std::vector<std::unique_ptr<RawConnection>> connections;
        for (int i = 0; i < cap; ++i) {
            connections.push_back(std::make_unique<RawConnection>());
            QVERIFY2(connections.back()->open(port, transport), qPrintable(QString::number(i)));
        }
        // Logged for the operator (hostile6 F4): a line for the address's first refusal in a
        // minute, none for the next.
        if (!proxied) {
            QTest::ignoreMessage(QtWarningMsg,
                "portal: 127.0.0.1 holds 8 connections, its cap (connections_per_address): a further one was closed");
            QTest::failOnWarning(QRegularExpression(QStringLiteral("connections_per_address")));
        }
        RawConnection further;
        const bool opened = further.open(port, transport);
        QCOMPARE(opened && served(further), proxied);
        if (!proxied) {
            QTRY_VERIFY_WITH_TIMEOUT(further.closed(), 10000);
            RawConnection second;
            second.open(port, transport);
            QTRY_VERIFY_WITH_TIMEOUT(second.closed(), 10000);
        }
        QVERIFY(served(*connections.front()));

        connections.pop_back();
        bool placeFreed = false;
        for (int attempt = 0; attempt < 20 && !placeFreed; ++attempt) {
            RawConnection again; // the portal may see the close a moment after this one connects
            placeFreed = again.open(port, transport) && served(again);
        }
        QVERIFY(placeFreed);
    }

    // Hostile pass 6 F5: a connection the client closed frees its place for the next one even
    // when the portal sees the new connection before it has read that close (a burst of
    // reconnects), so the cap is the configured one, not lower.
    void connection_perAddressCap_closedPlaceIsFreeForAReconnectAtOnce()
    {
        PortalConfig config;
        QString error;
        QVERIFY2(PortalConfig::read(m_configPath, &config, &error), qPrintable(error));
        const int cap = 4;
        config.connectionsPerAddress = cap;
        PortalService service(config);
        QVERIFY2(service.start(&error), qPrintable(error));
        const quint16 port = service.server().port();
        std::vector<std::unique_ptr<RawConnection>> held;
        for (int i = 0; i < cap - 1; ++i) {
            held.push_back(std::make_unique<RawConnection>());
            QVERIFY(held.back()->open(port));
        }
        auto last = std::make_unique<RawConnection>();
        QVERIFY(last->open(port));
        for (int round = 0; round < 10; ++round) {
            last.reset(); // closes it; the portal reads that on its next turn of the event loop
            last = std::make_unique<RawConnection>();
            QVERIFY2(last->open(port), qPrintable(QStringLiteral("round %1").arg(round)));
        }
    }

    // Hostile pass 6 F6: at the file-descriptor limit accept() fails while a connection waits in
    // the backlog; the portal pauses accepting a moment instead of retrying at once on every
    // loop (a core spent), and serves again once descriptors are free.
    void connection_atTheDescriptorLimit_pausesAcceptingAndRecovers()
    {
        PortalConfig config;
        QString error;
        QVERIFY2(PortalConfig::read(m_configPath, &config, &error), qPrintable(error));
        config.connectionsPerAddress = 0; // the limit is the process's, not an address's
        PortalService service(config);
        QVERIFY2(service.start(&error), qPrintable(error));
        const quint16 port = service.server().port();

        // Connections first, so that the listener has emptied its backlog once: Qt 6.4 then
        // keeps reporting that "temporary" error for every later accept() failure, and retries at
        // once without pausing or saying so.
        std::vector<std::unique_ptr<RawConnection>> earlier;
        for (int i = 0; i < 3; ++i) {
            earlier.push_back(std::make_unique<RawConnection>());
            QVERIFY(earlier.back()->open(port));
        }
        // Connections the kernel completes into the listen backlog while the event loop does not
        // run (waitForConnected waits on its own socket only); then only 3 descriptors are left.
        // They start TLS, so that those the portal accepts are handed to the HTTP server while
        // the limit holds (Qt resumes its own accepting whenever one is).
        std::vector<std::unique_ptr<QSslSocket>> held;
        for (int i = 0; i < 20; ++i) {
            held.push_back(std::make_unique<QSslSocket>());
            held.back()->setPeerVerifyMode(QSslSocket::VerifyNone);
            held.back()->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            QVERIFY(held.back()->waitForConnected(5000));
        }
        rlimit before {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &before), 0);
        rlimit tight = before;
        tight.rlim_cur = rlim_t(QDir(QStringLiteral("/proc/self/fd")).count() + 3);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &tight), 0);
        auto restore = qScopeGuard([&before] { setrlimit(RLIMIT_NOFILE, &before); });
        const auto cpuMilliseconds = [] {
            rusage usage {};
            getrusage(RUSAGE_SELF, &usage);
            return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
                + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
        };
        // Logged, once each pause.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^portal: cannot accept connections: ")));
        const qint64 cpuBefore = cpuMilliseconds();
        QElapsedTimer wall;
        wall.start();
        QTest::qWait(2000);
        const qint64 cpu = cpuMilliseconds() - cpuBefore;
        const qint64 elapsed = wall.elapsed();
        qInfo("CPU %lld ms in %lld ms at the limit", cpu, elapsed);
        restore.dismiss();
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &before), 0);
        QVERIFY2(cpu < elapsed / 5, qPrintable(QStringLiteral("%1 ms of CPU in %2 ms").arg(cpu).arg(elapsed)));

        held.clear();
        RawConnection again;
        QVERIFY(again.open(port));
        again.send("GET /api/v1/units HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(again.received().startsWith("HTTP/1.1 401"), 10000);
    }

    // A long poll waits for its answer far longer than both limits, and gets it.
    void connection_longPollWaitingForItsAnswer_staysOpen()
    {
        const QByteArray token = logIn(QStringLiteral("staff"), QStringLiteral("staff-secret"));
        QVERIFY(!token.isEmpty());
        const QString cursor = latestCursor(token);
        QVERIFY(!cursor.isEmpty());
        const int waitSeconds = 4;
        QVERIFY(waitSeconds * 1000 > 2 * (requestLimit + idleLimit).count());
        RawConnection connection;
        QVERIFY(connection.open(m_shortTimeouts->server().port()));
        connection.send("GET /api/v1/changes?wait=" + QByteArray::number(waitSeconds) + "&cursor=" + cursor.toLatin1()
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(connection.closed() || connection.received().contains("\r\n\r\n"), 20000);
        QVERIFY2(connection.received().startsWith("HTTP/1.1 200"), connection.received().left(200).constData());
        QVERIFY(connection.answeredAt() >= waitSeconds * 1000);
        QCOMPARE(connection.closedAt(), -1);
    }

    void gzip_whenTheClientAcceptsIt_data()
    {
        QTest::addColumn<QByteArray>("acceptEncoding");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("gzip") << QByteArray("gzip") << true;
        QTest::newRow("among others") << QByteArray("br, gzip;q=0.8") << true;
        QTest::newRow("identity") << QByteArray("identity") << false;
        QTest::newRow("refused") << QByteArray("gzip;q=0") << false;
    }

    void gzip_whenTheClientAcceptsIt()
    {
        QFETCH(QByteArray, acceptEncoding);
        QFETCH(bool, gzip);
        const QByteArray token = logIn(QStringLiteral("staff"), QStringLiteral("staff-secret"));
        // A request that sets Accept-Encoding itself gets the body as sent, not inflated.
        const Answer answer
            = m_client->send("GET", QStringLiteral("/units"), {}, token, { { "Accept-Encoding", acceptEncoding } });
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Encoding") == "gzip", gzip);
        QCOMPARE(answer.body.startsWith("\x1f\x8b"), gzip);
        // RFC 1952 XFL 4: compressed at the fastest level, which keeps the feed's pages cheap (issue 15).
        if (gzip)
            QCOMPARE(answer.body.at(8), '\x04');
        QCOMPARE(answer.header("Content-Length").toLongLong(), answer.body.size());
    }

    void publicPost_isANewPost_data()
    {
        QTest::addColumn<QJsonValue>("contact");
        QTest::addColumn<QJsonObject>("author");
        const QJsonValue null(QJsonValue::Null);
        QTest::newRow("full contact") << QJsonValue(
            QJsonObject { { QStringLiteral("alias"), QStringLiteral("市民王女士") },
                { QStringLiteral("phone"), QStringLiteral(" 13900000002 ") },
                { QStringLiteral("email"), QStringLiteral("w@example.org") } })
                                      << QJsonObject { { QStringLiteral("alias"), QStringLiteral("市民王女士") },
                                             { QStringLiteral("phone"), QStringLiteral("13900000002") },
                                             { QStringLiteral("email"), QStringLiteral("w@example.org") } };
        QTest::newRow("phone only") << QJsonValue(
            QJsonObject { { QStringLiteral("phone"), QStringLiteral("0451-1234") } })
                                    << QJsonObject { { QStringLiteral("alias"), QStringLiteral("网友") },
                                           { QStringLiteral("phone"), QStringLiteral("0451-1234") },
                                           { QStringLiteral("email"), null } };
        QTest::newRow("no contact") << QJsonValue(QJsonValue::Undefined)
                                    << QJsonObject { { QStringLiteral("alias"), QStringLiteral("网友") },
                                           { QStringLiteral("phone"), null }, { QStringLiteral("email"), null } };
        QTest::newRow("null contact") << null
                                      << QJsonObject { { QStringLiteral("alias"), QStringLiteral("网友") },
                                             { QStringLiteral("phone"), null }, { QStringLiteral("email"), null } };
    }

    void publicPost_isANewPost()
    {
        QFETCH(QJsonValue, contact);
        QFETCH(QJsonObject, author);
        QJsonObject body = citizenPost();
        if (!contact.isUndefined())
            body.insert(QStringLiteral("contact"), contact);
        body.insert(QStringLiteral("unknown_field"), 1); // ignored
        const int before = postCount();
        const Answer answer = m_client->postJson(QStringLiteral("/public/posts"), body);
        QCOMPARE(answer.status, 201);
        const QString id = answer.json.value(QLatin1String("id")).toString();
        const QString today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).toString(QStringLiteral("yyyyMMdd"));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^p-%1-[0-9]{4,}$").arg(today)).match(id).hasMatch(), qPrintable(id));
        const QByteArray token = answer.json.value(QLatin1String("author_token")).toString().toLatin1();
        QCOMPARE(token.size(), 43);
        QCOMPARE(postCount(), before + 1);

        const QJsonObject post = storedPost(id);
        QCOMPARE(post.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(post.value(QLatin1String("status")).toString(), QStringLiteral("new"));
        QVERIFY(post.value(QLatin1String("category")).isNull());
        QCOMPARE(post.value(QLatin1String("title")).toString(), QStringLiteral("小区门口路灯不亮"));
        QCOMPARE(post.value(QLatin1String("wants_reply")).toBool(), true);
        QCOMPARE(post.value(QLatin1String("author")).toObject(), author);
        QVERIFY(!post.contains(QLatin1String("unknown_field")));
        const QString submitted = post.value(QLatin1String("submitted_at")).toString();
        QVERIFY2(submitted.endsWith(QLatin1String("+08:00")), qPrintable(submitted));
        QVERIFY(qAbs(QDateTime::fromString(submitted, Qt::ISODate).secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(post.value(QLatin1String("assignments")).toArray(), QJsonArray());

        // The token is kept only as its SHA-256; the post is in the change feed.
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("inspect")));
        query.prepare(QStringLiteral("SELECT author_token_hash, (SELECT count(*) FROM changes c WHERE c.post_id = p.id)"
                                     " FROM posts p WHERE id = ?"));
        query.addBindValue(id);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toByteArray(), QCryptographicHash::hash(token, QCryptographicHash::Sha256));
        QCOMPARE(query.value(1).toInt(), 1);
    }

    void publicPost_invalid_is422AndStoresNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        const auto text = [](int n) { return QJsonValue(QString(n, QChar(0x8def))); }; // 路
        QTest::newRow("no title") << QStringLiteral("title") << absent << 422 << QStringLiteral("title");
        QTest::newRow("blank title") << QStringLiteral("title") << QJsonValue(QStringLiteral("  ")) << 422
                                     << QStringLiteral("title");
        QTest::newRow("title a number") << QStringLiteral("title") << QJsonValue(5) << 422 << QStringLiteral("title");
        // U+0000 cannot be stored, a lone surrogate is not text: invalid, not a server error that
        // a client retries (hostile pass).
        QTest::newRow("NUL in the body") << QStringLiteral("body") << QJsonValue(QStringLiteral("a\u0000b")) << 422
                                         << QStringLiteral("body");
        QTest::newRow("lone surrogate in the title")
            << QStringLiteral("title") << QJsonValue(QString(QChar(0xd800)) + QStringLiteral("x")) << 422
            << QStringLiteral("body");
        // Control characters and bidi overrides (hostile pass): none in a one-line field, where they
        // could make a listing lie about its text; in the body only line breaks and tabs.
        const auto withChar
            = [](char16_t c) { return QJsonValue(QStringLiteral("路灯") + QChar(c) + QStringLiteral("不亮")); };
        const auto contactWith = [&](const char *key, char16_t c) {
            return QJsonValue(QJsonObject { { QLatin1String(key), withChar(c) } });
        };
        QTest::newRow("BEL in the title")
            << QStringLiteral("title") << withChar(0x07) << 422 << QStringLiteral("title");
        QTest::newRow("newline in the title")
            << QStringLiteral("title") << withChar(u'\n') << 422 << QStringLiteral("title");
        QTest::newRow("RLO in the title")
            << QStringLiteral("title") << withChar(0x202e) << 422 << QStringLiteral("title");
        QTest::newRow("LRE in the title")
            << QStringLiteral("title") << withChar(0x202a) << 422 << QStringLiteral("title");
        QTest::newRow("PDI in the title")
            << QStringLiteral("title") << withChar(0x2069) << 422 << QStringLiteral("title");
        QTest::newRow("ESC in the body") << QStringLiteral("body") << withChar(0x1b) << 422 << QStringLiteral("body");
        QTest::newRow("DEL in the body") << QStringLiteral("body") << withChar(0x7f) << 422 << QStringLiteral("body");
        QTest::newRow("C1 NEL in the body")
            << QStringLiteral("body") << withChar(0x85) << 422 << QStringLiteral("body");
        QTest::newRow("line breaks and tabs in the body")
            << QStringLiteral("body") << QJsonValue(QStringLiteral("第一行\r\n第二行\n\t第三行")) << 201 << QString();
        QTest::newRow("FSI in the alias")
            << QStringLiteral("contact") << contactWith("alias", 0x2068) << 422 << QStringLiteral("contact.alias");
        QTest::newRow("RLO in the alias")
            << QStringLiteral("contact") << contactWith("alias", 0x202e) << 422 << QStringLiteral("contact.alias");
        QTest::newRow("tab in the phone")
            << QStringLiteral("contact") << contactWith("phone", u'\t') << 422 << QStringLiteral("contact.phone");
        QTest::newRow("ESC in the e-mail")
            << QStringLiteral("contact") << contactWith("email", 0x1b) << 422 << QStringLiteral("contact.email");
        QTest::newRow("title of 200") << QStringLiteral("title") << text(200) << 201 << QString();
        QTest::newRow("title of 201") << QStringLiteral("title") << text(201) << 422 << QStringLiteral("title");
        QTest::newRow("no body") << QStringLiteral("body") << absent << 422 << QStringLiteral("body");
        QTest::newRow("body of 20000") << QStringLiteral("body") << text(20000) << 201 << QString();
        QTest::newRow("body of 20001") << QStringLiteral("body") << text(20001) << 422 << QStringLiteral("body");
        QTest::newRow("contact a string") << QStringLiteral("contact") << QJsonValue(QStringLiteral("13900000000"))
                                          << 422 << QStringLiteral("contact");
        QTest::newRow("phone a number") << QStringLiteral("contact")
                                        << QJsonValue(QJsonObject { { QStringLiteral("phone"), 13900000000.0 } }) << 422
                                        << QStringLiteral("contact.phone");
        QTest::newRow("alias of 51") << QStringLiteral("contact")
                                     << QJsonValue(QJsonObject { { QStringLiteral("alias"), text(51) } }) << 422
                                     << QStringLiteral("contact.alias");
        QTest::newRow("no wants_reply") << QStringLiteral("wants_reply") << absent << 422
                                        << QStringLiteral("wants_reply");
        QTest::newRow("wants_reply a string") << QStringLiteral("wants_reply") << QJsonValue(QStringLiteral("yes"))
                                              << 422 << QStringLiteral("wants_reply");
    }

    void publicPost_invalid_is422AndStoresNothing()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, field);
        QJsonObject body = citizenPost();
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        const int before = postCount();
        const Answer answer = m_client->postJson(QStringLiteral("/public/posts"), body);
        QCOMPARE(answer.status, status);
        QCOMPARE(postCount(), before + (status == 201 ? 1 : 0));
        if (status == 422) {
            QCOMPARE(answer.errorCode(), QStringLiteral("invalid"));
            QCOMPARE(
                answer.json.value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(), field);
        }
    }

    // A body that is not JSON is said to be so, not taken for a post without a title.
    void publicBodyNotJson_isNamedAsSuch_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("post") << QStringLiteral("/public/posts");
        QTest::newRow("rating") << QStringLiteral("/public/posts/p-1/satisfaction");
    }

    void publicBodyNotJson_isNamedAsSuch()
    {
        QFETCH(QString, path);
        const int before = postCount();
        const Answer answer
            = m_client->send("POST", path, "{\"title\": ", {}, { { "Content-Type", "application/json" } });
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.json.value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
            QStringLiteral("body"));
        QCOMPARE(postCount(), before);
    }

    void publicPost_over256KiB_is413()
    {
        QJsonObject body = citizenPost();
        body.insert(QStringLiteral("padding"), QString(256 * 1024, QLatin1Char('x')));
        const int before = postCount();
        const Answer answer = m_client->postJson(QStringLiteral("/public/posts"), body);
        QCOMPARE(answer.status, 413);
        QCOMPARE(answer.errorCode(), QStringLiteral("payload_too_large"));
        QCOMPARE(postCount(), before);
    }

    void publicPost_overTheHourlyLimit_is429_perAddress()
    {
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_client->postJson(QStringLiteral("/public/posts"), citizenPost()).status, 201);
        const int before = postCount();
        const Answer refused = m_client->postJson(QStringLiteral("/public/posts"), citizenPost());
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("too_many_requests"));
        bool ok = false;
        const int retryAfter = refused.header("Retry-After").toInt(&ok);
        QVERIFY(ok && retryAfter >= 1 && retryAfter <= 3600);
        QCOMPARE(postCount(), before);
        // Serving HTTPS itself, the portal has no proxy in front: whoever sends X-Forwarded-For
        // is the client (hostile pass finding 7).
        const Answer forged = postForwardedFor(*m_client, "198.51.100.7, 203.0.113.9");
        QCOMPARE(forged.status, 429);
        QCOMPARE(postCount(), before);
    }

    // Behind a reverse proxy (plain HTTP on loopback) the client is the address the proxy
    // appended last to X-Forwarded-For; an IPv6 client counts by its /64, which it can fill
    // with addresses of its own.
    void publicPost_behindAProxy_isCountedPerForwardedClient_data()
    {
        QTest::addColumn<QByteArrayList>("counted"); // ten posts, from these clients in turn
        QTest::addColumn<QByteArray>("next");
        QTest::addColumn<int>("status");
        const QByteArrayList one { "198.51.100.7" };
        QByteArrayList sameSlash64;
        for (int i = 1; i <= 10; ++i)
            sameSlash64.append("2001:db8:1:2::" + QByteArray::number(i, 16));
        QTest::newRow("IPv4: the same client again") << one << QByteArray("198.51.100.7") << 429;
        QTest::newRow("IPv4: another client") << one << QByteArray("198.51.100.8") << 201;
        QTest::newRow("IPv4: the proxy's last entry counts") << one << QByteArray("203.0.113.5, 198.51.100.7") << 429;
        QTest::newRow("IPv6: another address of the same /64")
            << sameSlash64 << QByteArray("2001:db8:1:2:ffff:ffff:ffff:ffff") << 429;
        QTest::newRow("IPv6: the next /64") << sameSlash64 << QByteArray("2001:db8:1:3::1") << 201;
    }

    void publicPost_behindAProxy_isCountedPerForwardedClient()
    {
        QFETCH(QByteArrayList, counted);
        QFETCH(QByteArray, next);
        QFETCH(int, status);
        PortalTestClient proxy(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_proxiedService->server().port())),
            certsDir + QStringLiteral("/test-ca.pem"));
        for (int i = 0; i < bxt::portal::PublicIntake::postsPerHour; ++i)
            QCOMPARE(postForwardedFor(proxy, counted.at(i % counted.size())).status, 201);
        QCOMPARE(postForwardedFor(proxy, next).status, status);
    }

    // public_rate keeps only this hour's windows, of every address, not only of one that comes
    // back (hostile pass finding 7).
    void publicRate_pastHoursOfEveryAddressAreDeleted()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO public_rate (address, window_start, requests) VALUES"
                                    " ('post 192.0.2.1', date_trunc('hour', now()) - interval '1 hour', 3),"
                                    " ('rating 192.0.2.2', date_trunc('hour', now()) - interval '5 hours', 1)")));
        QCOMPARE(m_client->postJson(QStringLiteral("/public/posts"), citizenPost()).status, 201);
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("inspect")));
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*), count(*) FILTER (WHERE window_start < date_trunc('hour', now()))"
                           " FROM public_rate")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 0);
    }

    void satisfaction_data()
    {
        QTest::addColumn<QString>("post"); // "answered", "unanswered" or an id
        QTest::addColumn<QByteArray>("token"); // "right" for the post's own
        QTest::addColumn<QJsonValue>("satisfaction");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonValue satisfied(QStringLiteral("satisfied"));
        QTest::newRow("rated") << QStringLiteral("answered") << QByteArray("right") << satisfied << 200 << QString();
        QTest::newRow("basically") << QStringLiteral("answered") << QByteArray("right")
                                   << QJsonValue(QStringLiteral("basically_satisfied")) << 200 << QString();
        QTest::newRow("wrong token") << QStringLiteral("answered") << QByteArray("AAAA") << satisfied << 403
                                     << QStringLiteral("forbidden");
        QTest::newRow("no reply yet") << QStringLiteral("unanswered") << QByteArray("right") << satisfied << 422
                                      << QStringLiteral("invalid");
        QTest::newRow("no such post") << QStringLiteral("p-nowhere") << QByteArray("AAAA") << satisfied << 404
                                      << QStringLiteral("not_found");
        QTest::newRow("unknown rating") << QStringLiteral("answered") << QByteArray("right")
                                        << QJsonValue(QStringLiteral("delighted")) << 422 << QStringLiteral("invalid");
        QTest::newRow("no token") << QStringLiteral("answered") << QByteArray() << satisfied << 422
                                  << QStringLiteral("invalid");
    }

    void satisfaction()
    {
        QFETCH(QString, post);
        QFETCH(QByteArray, token);
        QFETCH(QJsonValue, satisfaction);
        QFETCH(int, status);
        QFETCH(QString, code);
        QString id = post;
        QByteArray rightToken;
        if (post == QLatin1String("answered")) {
            const auto answered = answeredPost();
            QVERIFY(!answered.first.isEmpty());
            id = answered.first;
            rightToken = answered.second;
        } else if (post == QLatin1String("unanswered")) {
            const Answer created = m_client->postJson(QStringLiteral("/public/posts"), citizenPost());
            QCOMPARE(created.status, 201);
            id = created.json.value(QLatin1String("id")).toString();
            rightToken = created.json.value(QLatin1String("author_token")).toString().toLatin1();
        }
        const QJsonObject before = storedPost(id);
        QJsonObject body { { QStringLiteral("satisfaction"), satisfaction } };
        if (!token.isEmpty())
            body.insert(QStringLiteral("token"), QString::fromLatin1(token == "right" ? rightToken : token));
        const Answer answer = m_client->postJson(QStringLiteral("/public/posts/%1/satisfaction").arg(id), body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.errorCode(), code);
        const QJsonObject after = storedPost(id);
        if (status == 200) {
            QCOMPARE(answer.json.value(QLatin1String("satisfaction")), satisfaction);
            QCOMPARE(after.value(QLatin1String("satisfaction")), satisfaction);
            QCOMPARE(after.value(QLatin1String("version")).toInt(), before.value(QLatin1String("version")).toInt() + 1);
            // The same rating again changes nothing; another one replaces it.
            QCOMPARE(m_client->postJson(QStringLiteral("/public/posts/%1/satisfaction").arg(id), body).status, 200);
            QCOMPARE(storedPost(id).value(QLatin1String("version")), after.value(QLatin1String("version")));
            body.insert(QStringLiteral("satisfaction"), QStringLiteral("unsatisfied"));
            QCOMPARE(m_client->postJson(QStringLiteral("/public/posts/%1/satisfaction").arg(id), body).status, 200);
            QCOMPARE(storedPost(id).value(QLatin1String("satisfaction")).toString(), QStringLiteral("unsatisfied"));
        } else {
            QCOMPARE(after, before);
        }
    }

    void satisfaction_overTheHourlyLimit_is429()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO public_rate (address, window_start, requests)"
                                    " VALUES ('ratings 127.0.0.1', date_trunc('hour', now()), 30)")));
        const Answer answer = m_client->postJson(QStringLiteral("/public/posts/p-any/satisfaction"),
            { { QStringLiteral("token"), QStringLiteral("AAAA") },
                { QStringLiteral("satisfaction"), QStringLiteral("satisfied") } });
        QCOMPARE(answer.status, 429);
        QVERIFY(!answer.header("Retry-After").isEmpty());
    }

    // A restart of PostgreSQL ends the service's connection: the request that finds it gone is
    // a 500 (which clients retry), and the next one is served on a new connection.
    void databaseRestart_theServiceReconnects()
    {
        const QByteArray token = logIn(QStringLiteral("staff"), QStringLiteral("staff-secret"));
        QVERIFY(!token.isEmpty());
        QSqlDatabase::database(QStringLiteral("inspect")).close();
        QString error;
        QVERIFY2(m_cluster.restart(&error), qPrintable(error));
        QVERIFY(QSqlDatabase::database(QStringLiteral("inspect")).open());
        const Answer first = m_client->send("GET", QStringLiteral("/units"), {}, token);
        QVERIFY2(first.status == 200 || first.status == 500, first.body.constData());
        const Answer second = m_client->send("GET", QStringLiteral("/units"), {}, token);
        QCOMPARE(second.status, 200);
    }

    void https_aClientThatDoesNotTrustTheCertificate_fails()
    {
        PortalTestClient stranger(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(m_service->server().port())),
            certsDir + QStringLiteral("/unknown-ca.pem"));
        const Answer answer = stranger.send("GET", QStringLiteral("/units"));
        QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(answer.status, 0);
    }

    void config_connectionsPerAddress_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("expected"); // 0: refused
        QTest::newRow("absent: 512") << QString() << 512;
        QTest::newRow("3") << QStringLiteral("connections_per_address = 3\n") << 3;
        QTest::newRow("0") << QStringLiteral("connections_per_address = 0\n") << 0;
        QTest::newRow("not a number") << QStringLiteral("connections_per_address = many\n") << 0;
    }

    void config_connectionsPerAddress()
    {
        QFETCH(QString, line);
        QFETCH(int, expected);
        // A file of its own per row: QSettings keeps what it read of a path.
        const QString path = writeFile(
            QStringLiteral("per-address-%1.ini").arg(QString::fromLatin1(QTest::currentDataTag())).remove(u' '),
            QStringLiteral("database = %1\nlisten = 127.0.0.1:0\ncertificate = %2/server.pem\nkey = %2/server.key\n")
                    .arg(m_connection, certsDir)
                + line);
        PortalConfig config;
        QString error;
        QCOMPARE(PortalConfig::read(path, &config, &error), expected > 0);
        if (expected > 0)
            QCOMPARE(config.connectionsPerAddress, expected);
        else
            QVERIFY2(error.contains(QLatin1String("connections_per_address")), qPrintable(error));
    }

    void serve_plainHttpOnANonLoopbackAddress_isRefused()
    {
        const QString config = writeFile(QStringLiteral("public-plain.ini"),
            QStringLiteral("database = %1\nlisten = 0.0.0.0:0\nplain_http_loopback = true\n").arg(m_connection));
        const Run run = portal({ QStringLiteral("--config"), config, QStringLiteral("serve") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("loopback")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    void serve_answersOverHttps_sharesSessionsAndLockOuts_andStopsOnSigterm()
    {
        QProcess process;
        process.setReadChannel(QProcess::StandardError);
        process.start(
            QStringLiteral(BXT_PORTAL_BINARY), { QStringLiteral("--config"), m_configPath, QStringLiteral("serve") });
        QVERIFY(process.waitForStarted());
        QByteArray banner;
        while (!banner.contains('\n') && process.waitForReadyRead(30000))
            banner += process.readAllStandardError();
        const QByteArray prefix = "Serving https://127.0.0.1:";
        QVERIFY2(banner.startsWith(prefix), banner.constData());
        const int port = banner.mid(prefix.size()).split('/').first().toInt();
        QVERIFY(port > 0);
        PortalTestClient client(
            QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(port)), certsDir + QStringLiteral("/test-ca.pem"));
        const Answer answer = client.postJson(QStringLiteral("/session"),
            { { QStringLiteral("username"), QStringLiteral("staff") },
                { QStringLiteral("password"), QStringLiteral("staff-secret") } });
        QCOMPARE(answer.status, 200);
        // The session and the lock-out live in the database: what one process did, the other
        // knows.
        QCOMPARE(m_client
                     ->send("GET", QStringLiteral("/units"), {},
                         answer.json.value(QLatin1String("token")).toString().toLatin1())
                     .status,
            200);
        for (int i = 0; i < 5; ++i)
            QVERIFY(logIn(QStringLiteral("elsewhere"), QStringLiteral("guess")).isEmpty());
        const Answer locked = client.postJson(QStringLiteral("/session"),
            { { QStringLiteral("username"), QStringLiteral("elsewhere") },
                { QStringLiteral("password"), QStringLiteral("guess") } });
        QCOMPARE(locked.status, 429);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray log = banner + process.readAllStandardError();
        QVERIFY2(log.contains("POST /api/v1/session 200"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestPortalServer)
#include "tst_portalserver.moc"
