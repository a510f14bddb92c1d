// The fake portal itself, seen through a plain QNetworkAccessManager that trusts the test CA:
// it must follow portal-api.md, since the sync engine's tests rely on it.

#include "fakeportal.h"

#include "../core/storetestsupport.h"

#include "demo/syntheticpostgenerator.h"
#include "domain/post.h"
#include "domain/postvalidator.h"
#include "rules/actioneffect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QUuid>

using bxt::test::FakePortal;
using bxt::test::samplePost;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

struct Answer
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QJsonObject errorObject() const { return json.value(QLatin1String("error")).toObject(); }
    QString errorCode() const { return errorObject().value(QLatin1String("code")).toString(); }
    QString errorField() const { return errorObject().value(QLatin1String("field")).toString(); }
    QJsonArray changes() const { return json.value(QLatin1String("changes")).toArray(); }
    QString nextCursor() const { return json.value(QLatin1String("next_cursor")).toString(); }
    bool hasMore() const { return json.value(QLatin1String("has_more")).toBool(); }
};

Answer waitFor(QNetworkReply *reply)
{
    Answer answer;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000))
            return answer;
    }
    answer.finished = true;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

// A client of the portal that trusts one CA and holds the session token.
class Client final
{
public:
    Q_DISABLE_COPY_MOVE(Client)
    Client(const QUrl &baseUrl, const QString &caPath)
        : m_baseUrl(baseUrl)
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setCaCertificates(QSslCertificate::fromPath(caPath));
    }

    // path is relative to the base URL and may carry a query.
    QNetworkReply *send(
        const QByteArray &verb, const QString &path, const QJsonObject &body = {}, const Headers &headers = {})
    {
        QUrl url = m_baseUrl;
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        url.setPath(url.path() + path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        request.setSslConfiguration(m_ssl);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (verb == "POST") {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
            return m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        return m_network.sendCustomRequest(request, verb);
    }

    Answer call(const QByteArray &verb, const QString &path, const QJsonObject &body = {}, const Headers &headers = {})
    {
        return waitFor(send(verb, path, body, headers));
    }

    Answer logIn(const QString &name, const QString &password)
    {
        const Answer answer = call("POST", QStringLiteral("/session"),
            { { QStringLiteral("username"), name }, { QStringLiteral("password"), password } });
        if (answer.status == 200)
            m_token = answer.json.value(QLatin1String("token")).toString().toLatin1();
        return answer;
    }

    Answer changes(const QString &cursor = {}, int limit = 1000)
    {
        QString path = QStringLiteral("/changes?limit=%1").arg(limit);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        return call("GET", path);
    }

    // Every page from the beginning: the changes in order, and the last cursor.
    QJsonArray pullAll(int limit, QString *lastCursor = nullptr)
    {
        QJsonArray all;
        QString cursor;
        for (int pages = 0; pages < 1000; ++pages) {
            const Answer page = changes(cursor, limit);
            if (page.status != 200)
                return {};
            for (const QJsonValue &change : page.changes())
                all.append(change);
            cursor = page.nextCursor();
            if (!page.hasMore())
                break;
        }
        if (lastCursor)
            *lastCursor = cursor;
        return all;
    }

    Answer act(const QString &postId, const QJsonObject &body, const QByteArray &key)
    {
        return call("POST", QStringLiteral("/posts/%1/actions").arg(postId), body, { { "Idempotency-Key", key } });
    }

private:
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    QUrl m_baseUrl;
    QByteArray m_token;
};

QJsonObject assignment(const QString &unitId)
{
    return bxt::pendingAssignment(unitId, QStringLiteral("2025-03-03T10:02:00+08:00"));
}

QJsonObject dispatchedPost(
    const QString &id, const QStringList &units, const QString &category = QStringLiteral("appeal"))
{
    QJsonArray assignments;
    for (const QString &unit : units)
        assignments.append(assignment(unit));
    return samplePost(id, 1, QStringLiteral("道里区某小区供暖温度不达标"), QStringLiteral("室温只有十四度。"),
        { { QStringLiteral("category"), category }, { QStringLiteral("status"), QStringLiteral("dispatched") },
            { QStringLiteral("assignments"), assignments } });
}

QJsonObject newPost(const QString &id)
{
    return samplePost(id, 1, QStringLiteral("公交线路调整问题"), QStringLiteral("换乘两次。"));
}

// The post ids of the changes; a removal as "removed:ID".
QStringList idsOf(const QJsonArray &changes)
{
    QStringList ids;
    for (const QJsonValue &change : changes) {
        const QJsonObject object = change.toObject();
        if (object.contains(QLatin1String("post")))
            ids.append(object.value(QLatin1String("post")).toObject().value(QLatin1String("id")).toString());
        else
            ids.append(QLatin1String("removed:")
                + object.value(QLatin1String("removed")).toObject().value(QLatin1String("id")).toString());
    }
    return ids;
}

qint64 removedVersion(const QJsonValue &change)
{
    return change.toObject().value(QLatin1String("removed")).toObject().value(QLatin1String("version")).toInteger();
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QJsonObject classify(qint64 baseVersion, const QString &category = QStringLiteral("appeal"))
{
    return { { QStringLiteral("type"), QStringLiteral("classify") }, { QStringLiteral("base_version"), baseVersion },
        { QStringLiteral("category"), category } };
}

} // namespace

class TestFakePortal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void logIn_answersTokenAndUser();
    void logIn_wrongPassword_isBadCredentials();
    void logIn_repeatedFailures_areThrottled();
    void calls_needAValidToken();
    void calendar_notFoundUntilPublished();
    void feed_liaisonSeesOwnUnitOnlyNeverReports_R10();
    void feed_pagesFollowCursorsToTheEnd();
    void feed_limitOutsideRange_isInvalid_data();
    void feed_limitOutsideRange_isInvalid();
    void feed_postLeavingScope_isRemovedChange();
    void longPoll_answersWhenAChangeArrives();
    void longPoll_answersEmptyPageWhenTheWaitEnds();
    void action_sameIdempotencyKey_appliesOnce();
    void action_staleBaseVersion_isVersionConflict();
    void action_appendsNeverConflict_andGetPortalIds();
    void action_refusals_data();
    void action_refusals();
    void fault_cutMidPage_dropsTheConnection();
    void fault_loseActionResponse_appliesWithoutAnswer();
    void fault_retryLater_data();
    void fault_retryLater();
    void fault_serverError_isOneAnswer();
    void fault_cursorExpired_andExpireCursors();
    void fault_tokenExpired_staysExpired();
    void fault_repeatPage_servesTheLastPageAgain();
    void fault_oversizedBody_isValidJsonOver16MiB();
    void fault_malformedBody_isNotJson();
    void fault_stuckCursor_hasMoreWithTheCursorAskedWith();
    void fault_truncatedGzip_isHalfAGzipStreamOfItsAnnouncedLength();
    void fault_compressedOversizedBody_isSmallOnTheWire();
    void fault_leakReport_sendsAReportToALiaison();
    void fault_invalidPost_failsValidation();
    void gzip_whenTheClientAcceptsIt();
    void requestServed_reportsEveryAnswer();
    void tls_unknownCa_refusesTheHandshake();

private:
    std::unique_ptr<Client> loggedIn(const QString &name);

    std::unique_ptr<FakePortal> m_portal;
};

void TestFakePortal::init()
{
    m_portal = std::make_unique<FakePortal>();
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    const QStringList users { QStringLiteral("staff"), QStringLiteral("daoli"), QStringLiteral("housing"),
        QStringLiteral("leader"), QStringLiteral("super") };
    const QStringList roles { QStringLiteral("column_staff"), QStringLiteral("liaison"), QStringLiteral("liaison"),
        QStringLiteral("leader"), QStringLiteral("supervisor") };
    const QStringList units { QString(), QStringLiteral("x-daoli"), QStringLiteral("d-housing"), QString(), QString() };
    for (qsizetype i = 0; i < users.size(); ++i)
        m_portal->addUser(QStringLiteral("u-") + users.at(i), users.at(i), QStringLiteral("pw-") + users.at(i),
            roles.at(i), units.at(i));
}

void TestFakePortal::cleanup()
{
    m_portal.reset();
}

// A client logged in as u-NAME with the password pw-NAME.
std::unique_ptr<Client> TestFakePortal::loggedIn(const QString &name)
{
    auto client = std::make_unique<Client>(m_portal->baseUrl(), FakePortal::caCertificatePath());
    const Answer answer = client->logIn(name, QStringLiteral("pw-") + name);
    if (answer.status != 200)
        qWarning("log-in of %s: %d %s", qPrintable(name), answer.status, answer.body.constData());
    return client;
}

void TestFakePortal::logIn_answersTokenAndUser()
{
    Client client(m_portal->baseUrl(), FakePortal::caCertificatePath());
    const Answer liaison = client.logIn(QStringLiteral("daoli"), QStringLiteral("pw-daoli"));
    QCOMPARE(liaison.status, 200);
    QVERIFY(!liaison.json.value(QLatin1String("token")).toString().isEmpty());
    QVERIFY(bxt::parseRfc3339(liaison.json.value(QLatin1String("expires_at")).toString()).isValid());
    const QJsonObject user = liaison.json.value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("id")).toString(), QStringLiteral("u-daoli"));
    QCOMPARE(user.value(QLatin1String("name")).toString(), QStringLiteral("daoli"));
    QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("liaison"));
    QCOMPARE(user.value(QLatin1String("unit_id")).toString(), QStringLiteral("x-daoli"));

    const Answer staff = client.logIn(QStringLiteral("staff"), QStringLiteral("pw-staff"));
    QCOMPARE(staff.status, 200);
    QVERIFY(staff.json.value(QLatin1String("user")).toObject().value(QLatin1String("unit_id")).isNull());
}

void TestFakePortal::logIn_wrongPassword_isBadCredentials()
{
    Client client(m_portal->baseUrl(), FakePortal::caCertificatePath());
    const Answer answer = client.logIn(QStringLiteral("daoli"), QStringLiteral("guess"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("bad_credentials"));
    // portal-api.md: {"error": {"code", "message"}}, "field" only for validation errors
    QCOMPARE(answer.json.keys(), QStringList { QStringLiteral("error") });
    QCOMPARE(answer.errorObject().keys(), (QStringList { QStringLiteral("code"), QStringLiteral("message") }));
}

void TestFakePortal::logIn_repeatedFailures_areThrottled()
{
    m_portal->setRetryAfterSeconds(30);
    Client client(m_portal->baseUrl(), FakePortal::caCertificatePath());
    for (int attempt = 0; attempt < 5; ++attempt)
        QCOMPARE(client.logIn(QStringLiteral("daoli"), QStringLiteral("guess")).status, 401);
    const Answer throttled = client.logIn(QStringLiteral("daoli"), QStringLiteral("pw-daoli"));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers.value("retry-after"), QByteArray("30"));
    QCOMPARE(client.logIn(QStringLiteral("staff"), QStringLiteral("pw-staff")).status, 200); // others still can
}

void TestFakePortal::calls_needAValidToken()
{
    Client anonymous(m_portal->baseUrl(), FakePortal::caCertificatePath());
    QCOMPARE(anonymous.call("GET", QStringLiteral("/units")).status, 401);

    auto client = loggedIn(QStringLiteral("staff"));
    const Answer units = client->call("GET", QStringLiteral("/units"));
    QCOMPARE(units.status, 200);
    QCOMPARE(units.json.value(QLatin1String("units")).toArray(), bxt::SyntheticPostGenerator::harbinUnits());

    QCOMPARE(client->call("DELETE", QStringLiteral("/session")).status, 204);
    QCOMPARE(client->call("GET", QStringLiteral("/units")).status, 401);
}

void TestFakePortal::calendar_notFoundUntilPublished()
{
    auto client = loggedIn(QStringLiteral("staff"));
    QCOMPARE(client->call("GET", QStringLiteral("/calendar/2031")).status, 404);
    const QJsonObject year { { QStringLiteral("year"), 2031 },
        { QStringLiteral("holidays"), QJsonArray { QStringLiteral("2031-01-01") } },
        { QStringLiteral("workdays"), QJsonArray() } };
    m_portal->setCalendar(year);
    const Answer answer = client->call("GET", QStringLiteral("/calendar/2031"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json, year);
}

void TestFakePortal::feed_liaisonSeesOwnUnitOnlyNeverReports_R10()
{
    const QString daoli = QStringLiteral("x-daoli");
    const QString housing = QStringLiteral("d-housing");
    m_portal->putPost(dispatchedPost(QStringLiteral("p-1"), { daoli }));
    m_portal->putPost(dispatchedPost(QStringLiteral("p-2"), { housing }));
    m_portal->putPost(dispatchedPost(QStringLiteral("p-3"), { daoli }, QStringLiteral("report")));
    m_portal->putPost(dispatchedPost(QStringLiteral("p-4"), { daoli, housing }, QStringLiteral("multi_department")));

    const QStringList all { QStringLiteral("p-1"), QStringLiteral("p-2"), QStringLiteral("p-3"),
        QStringLiteral("p-4") };
    struct Expected
    {
        QString user;
        QStringList ids;
        QStringList withContact;
    };
    const QStringList daoliPosts { QStringLiteral("p-1"), QStringLiteral("p-4") };
    const QStringList housingPosts { QStringLiteral("p-2"), QStringLiteral("p-4") };
    const QList<Expected> expectations {
        { QStringLiteral("daoli"), daoliPosts, daoliPosts }, // the contact on its own assignments
        { QStringLiteral("housing"), housingPosts, housingPosts },
        { QStringLiteral("staff"), all, all },
        { QStringLiteral("super"), all, { QStringLiteral("p-1"), QStringLiteral("p-2"), QStringLiteral("p-4") } },
        { QStringLiteral("leader"), all, {} },
    };
    for (const Expected &expected : expectations) {
        auto client = loggedIn(expected.user);
        const QJsonArray changes = client->pullAll(1000);
        QCOMPARE(idsOf(changes), expected.ids);
        QList<QJsonObject> pulled;
        QStringList withContact;
        for (const QJsonValue &change : changes) {
            const QJsonObject post = change.toObject().value(QLatin1String("post")).toObject();
            pulled.append(post);
            if (post.value(QLatin1String("author")).toObject().contains(QLatin1String("phone")))
                withContact.append(post.value(QLatin1String("id")).toString());
        }
        QCOMPARE(withContact, expected.withContact);
        QCOMPARE(pulled, m_portal->postsVisibleTo(QStringLiteral("u-") + expected.user));
    }
}

void TestFakePortal::feed_pagesFollowCursorsToTheEnd()
{
    for (int i = 1; i <= 25; ++i)
        m_portal->putPost(newPost(QStringLiteral("p-%1").arg(i, 2, 10, QLatin1Char('0'))));
    auto client = loggedIn(QStringLiteral("staff"));

    QString cursor;
    QStringList ids;
    qint64 lastSeq = 0;
    QList<int> sizes;
    QList<bool> more;
    for (int page = 0; page < 3; ++page) {
        const Answer answer = client->changes(cursor, 10);
        QCOMPARE(answer.status, 200);
        for (const QJsonValue &change : answer.changes()) {
            const qint64 seq = change.toObject().value(QLatin1String("seq")).toInteger();
            QVERIFY(seq > lastSeq);
            lastSeq = seq;
        }
        ids += idsOf(answer.changes());
        sizes.append(int(answer.changes().size()));
        more.append(answer.hasMore());
        cursor = answer.nextCursor();
        QVERIFY(!cursor.isEmpty());
    }
    QCOMPARE(sizes, (QList<int> { 10, 10, 5 }));
    QCOMPARE(more, (QList<bool> { true, true, false }));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 25);

    const Answer atEnd = client->changes(cursor, 10);
    QCOMPARE(atEnd.changes().size(), 0);
    QCOMPARE(atEnd.nextCursor(), cursor);

    QJsonObject changed = newPost(QStringLiteral("p-03"));
    changed.insert(QStringLiteral("views"), 99);
    m_portal->putPost(changed);
    const Answer next = client->changes(cursor, 10);
    QCOMPARE(idsOf(next.changes()), QStringList { QStringLiteral("p-03") });
    const QJsonObject post = next.changes().at(0).toObject().value(QLatin1String("post")).toObject();
    QCOMPARE(post.value(QLatin1String("version")).toInteger(), 2);
    QCOMPARE(post.value(QLatin1String("views")).toInteger(), 99);
    QVERIFY(next.changes().at(0).toObject().value(QLatin1String("seq")).toInteger() > lastSeq);
}

void TestFakePortal::feed_limitOutsideRange_isInvalid_data()
{
    QTest::addColumn<QString>("limit");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("over 1000") << QStringLiteral("1001");
    QTest::newRow("not a number") << QStringLiteral("many");
}

void TestFakePortal::feed_limitOutsideRange_isInvalid()
{
    QFETCH(QString, limit);
    auto client = loggedIn(QStringLiteral("staff"));
    const Answer answer = client->call("GET", QStringLiteral("/changes?limit=") + limit);
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.errorCode(), QStringLiteral("invalid"));
    QCOMPARE(answer.errorField(), QStringLiteral("limit"));
}

void TestFakePortal::feed_postLeavingScope_isRemovedChange()
{
    m_portal->putPost(dispatchedPost(QStringLiteral("p-1"), { QStringLiteral("x-daoli") }));
    m_portal->putPost(dispatchedPost(QStringLiteral("p-2"), { QStringLiteral("x-daoli") }));
    auto daoli = loggedIn(QStringLiteral("daoli"));
    auto staff = loggedIn(QStringLiteral("staff"));
    QString daoliCursor;
    QString staffCursor;
    QCOMPARE(daoli->pullAll(100, &daoliCursor).size(), 2);
    QCOMPARE(staff->pullAll(100, &staffCursor).size(), 2);

    m_portal->putPost(dispatchedPost(QStringLiteral("p-1"), { QStringLiteral("d-housing") })); // reassigned away
    m_portal->withdrawPost(QStringLiteral("p-2"));

    const Answer forDaoli = daoli->changes(daoliCursor);
    QCOMPARE(idsOf(forDaoli.changes()), (QStringList { QStringLiteral("removed:p-1"), QStringLiteral("removed:p-2") }));
    QCOMPARE(removedVersion(forDaoli.changes().at(0)), 2);
    QCOMPARE(removedVersion(forDaoli.changes().at(1)), 2);
    QCOMPARE(idsOf(staff->changes(staffCursor).changes()),
        (QStringList { QStringLiteral("p-1"), QStringLiteral("removed:p-2") }));

    // A liaison that never could see a post hears nothing of it.
    auto housing = loggedIn(QStringLiteral("housing"));
    QCOMPARE(idsOf(housing->pullAll(100)), QStringList { QStringLiteral("p-1") });
}

void TestFakePortal::longPoll_answersWhenAChangeArrives()
{
    auto client = loggedIn(QStringLiteral("staff"));
    QString cursor;
    client->pullAll(100, &cursor);
    const int before = m_portal->requestCount(QStringLiteral("/changes"));
    QNetworkReply *reply = client->send("GET", QStringLiteral("/changes?wait=30&cursor=") + cursor);
    QTRY_COMPARE(m_portal->requestCount(QStringLiteral("/changes")), before + 1);
    QVERIFY(!reply->isFinished());

    m_portal->putPost(newPost(QStringLiteral("p-new")));
    const Answer answer = waitFor(reply);
    QCOMPARE(answer.status, 200);
    QCOMPARE(idsOf(answer.changes()), QStringList { QStringLiteral("p-new") });
}

void TestFakePortal::longPoll_answersEmptyPageWhenTheWaitEnds()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    auto client = loggedIn(QStringLiteral("staff"));
    QString cursor;
    client->pullAll(100, &cursor);
    const Answer answer = client->call("GET", QStringLiteral("/changes?wait=1&cursor=") + cursor);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.changes().size(), 0);
    QVERIFY(answer.json.contains(QLatin1String("has_more")));
    QVERIFY(!answer.hasMore());
    QCOMPARE(answer.nextCursor(), cursor);
}

void TestFakePortal::action_sameIdempotencyKey_appliesOnce()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    auto client = loggedIn(QStringLiteral("staff"));
    const QByteArray key = newKey();
    const Answer first = client->act(QStringLiteral("p-1"), classify(1), key);
    QCOMPARE(first.status, 200);
    const QJsonObject post = first.json.value(QLatin1String("post")).toObject();
    QCOMPARE(post.value(QLatin1String("version")).toInteger(), 2);
    QCOMPARE(post.value(QLatin1String("category")).toString(), QStringLiteral("appeal"));
    QCOMPARE(post.value(QLatin1String("status")).toString(), QStringLiteral("triaged"));

    const Answer again = client->act(QStringLiteral("p-1"), classify(1), key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(m_portal->appliedActionCount(), 1);
    QCOMPARE(m_portal->post(QStringLiteral("p-1")).value(QLatin1String("version")).toInteger(), 2);
    const QJsonObject applied = m_portal->appliedActions().value(0);
    QCOMPARE(applied.value(QLatin1String("post_id")).toString(), QStringLiteral("p-1"));
    QCOMPARE(applied.value(QLatin1String("idempotency_key")).toString(), QString::fromLatin1(key));
    QCOMPARE(applied.value(QLatin1String("body")).toObject(), classify(1));
}

void TestFakePortal::action_staleBaseVersion_isVersionConflict()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    QJsonObject changed = newPost(QStringLiteral("p-1"));
    changed.insert(QStringLiteral("views"), 500);
    m_portal->putPost(changed); // version 2, by the portal
    auto client = loggedIn(QStringLiteral("staff"));
    const Answer answer = client->act(QStringLiteral("p-1"), classify(1), newKey());
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.errorCode(), QStringLiteral("version_conflict"));
    QCOMPARE(answer.json.value(QLatin1String("post")).toObject(), m_portal->post(QStringLiteral("p-1")));
    QCOMPARE(m_portal->appliedActionCount(), 0);
}

void TestFakePortal::action_appendsNeverConflict_andGetPortalIds()
{
    m_portal->putPost(dispatchedPost(QStringLiteral("p-1"), { QStringLiteral("x-daoli") }));
    auto daoli = loggedIn(QStringLiteral("daoli"));
    const QJsonObject accept { { QStringLiteral("type"), QStringLiteral("accept") },
        { QStringLiteral("base_version"), 1 }, { QStringLiteral("unit_id"), QStringLiteral("x-daoli") } };
    QCOMPARE(daoli->act(QStringLiteral("p-1"), accept, newKey()).status, 200);
    const QJsonObject finalReply { { QStringLiteral("type"), QStringLiteral("reply") },
        { QStringLiteral("base_version"), 1 }, // stale, and it does not matter
        { QStringLiteral("unit_id"), QStringLiteral("x-daoli") }, { QStringLiteral("kind"), QStringLiteral("final") },
        { QStringLiteral("text"), QStringLiteral("已协调供热公司整改，室温已达标。") },
        { QStringLiteral("doc_refs"), QJsonArray() }, { QStringLiteral("visibility"), QStringLiteral("public") } };
    const Answer replied = daoli->act(QStringLiteral("p-1"), finalReply, newKey());
    QCOMPARE(replied.status, 200);
    const bxt::Post post(replied.json.value(QLatin1String("post")).toObject());
    QCOMPARE(post.version(), 3);
    const QJsonObject published
        = post.assignmentFor(QStringLiteral("x-daoli")).value(QLatin1String("replies")).toArray().at(0).toObject();
    QCOMPARE(published.value(QLatin1String("id")).toString(), QStringLiteral("r-1"));
    QVERIFY(bxt::parseRfc3339(published.value(QLatin1String("published_at")).toString()).isValid());

    auto supervisor = loggedIn(QStringLiteral("super"));
    const QJsonObject supervise { { QStringLiteral("type"), QStringLiteral("supervise") },
        { QStringLiteral("unit_id"), QStringLiteral("x-daoli") }, { QStringLiteral("method"), QStringLiteral("phone") },
        { QStringLiteral("reason"), QStringLiteral("public_attention") }, { QStringLiteral("note"), QString() } };
    const Answer supervised = supervisor->act(QStringLiteral("p-1"), supervise, newKey());
    QCOMPARE(supervised.status, 200);
    const QJsonObject supervision
        = bxt::Post(supervised.json.value(QLatin1String("post")).toObject()).supervisions().at(0).toObject();
    QCOMPARE(supervision.value(QLatin1String("id")).toString(), QStringLiteral("s-1"));
    QVERIFY(bxt::parseRfc3339(supervision.value(QLatin1String("opened_at")).toString()).isValid());
    QCOMPARE(m_portal->appliedActionCount(), 3);
}

void TestFakePortal::action_refusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("postId");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QJsonObject accept { { QStringLiteral("type"), QStringLiteral("accept") },
        { QStringLiteral("base_version"), 1 }, { QStringLiteral("unit_id"), QStringLiteral("x-daoli") } };
    QJsonObject noBase = classify(1);
    noBase.remove(QStringLiteral("base_version"));
    QJsonObject otherUnit = accept;
    otherUnit.insert(QStringLiteral("unit_id"), QStringLiteral("d-housing"));
    const QJsonObject close { { QStringLiteral("type"), QStringLiteral("close") },
        { QStringLiteral("base_version"), 1 } };

    QTest::newRow("leader classifies") << "leader"
                                       << "p-new" << classify(1) << newKey() << 403 << "forbidden"
                                       << "";
    QTest::newRow("liaison, another unit's post") << "housing"
                                                  << "p-daoli" << accept << newKey() << 403 << "forbidden"
                                                  << "";
    QTest::newRow("liaison for another unit") << "daoli"
                                              << "p-daoli" << otherUnit << newKey() << 403 << "forbidden"
                                              << "";
    QTest::newRow("unknown post") << "staff"
                                  << "p-none" << classify(1) << newKey() << 404 << "not_found"
                                  << "";
    QTest::newRow("unknown category") << "staff"
                                      << "p-new" << classify(1, QStringLiteral("gossip")) << newKey() << 422
                                      << "invalid"
                                      << "category";
    QTest::newRow("no base_version") << "staff"
                                     << "p-new" << noBase << newKey() << 422 << "invalid"
                                     << "base_version";
    QTest::newRow("state refuses") << "staff"
                                   << "p-daoli" << close << newKey() << 422 << "invalid"
                                   << "type";
    QTest::newRow("no Idempotency-Key") << "staff"
                                        << "p-new" << classify(1) << QByteArray() << 422 << "invalid"
                                        << "Idempotency-Key";
}

void TestFakePortal::action_refusals()
{
    QFETCH(QString, user);
    QFETCH(QString, postId);
    QFETCH(QJsonObject, body);
    QFETCH(QByteArray, key);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);

    m_portal->putPost(newPost(QStringLiteral("p-new")));
    m_portal->putPost(dispatchedPost(QStringLiteral("p-daoli"), { QStringLiteral("x-daoli") }));
    auto client = loggedIn(user);
    const Answer answer = client->call("POST", QStringLiteral("/posts/%1/actions").arg(postId), body,
        key.isEmpty() ? Headers() : Headers { { "Idempotency-Key", key } });
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), code);
    QCOMPARE(answer.errorField(), field);
    QVERIFY(!answer.errorObject().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(m_portal->appliedActionCount(), 0);
}

void TestFakePortal::fault_cutMidPage_dropsTheConnection()
{
    for (int i = 0; i < 50; ++i)
        m_portal->putPost(newPost(QStringLiteral("p-%1").arg(i)));
    auto client = loggedIn(QStringLiteral("staff"));
    QSignalSpy served(m_portal.get(), &FakePortal::requestServed);
    m_portal->injectFault(FakePortal::Fault::CutMidPage);
    const Answer cut = client->changes();
    QVERIFY(cut.finished);
    QVERIFY(cut.error != QNetworkReply::NoError);
    QCOMPARE(served.last().at(2).toInt(), 0);
    QCOMPARE(client->changes().changes().size(), 50);
}

void TestFakePortal::fault_loseActionResponse_appliesWithoutAnswer()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    auto client = loggedIn(QStringLiteral("staff"));
    const QByteArray key = newKey();
    m_portal->injectFault(FakePortal::Fault::LoseActionResponse);
    const Answer lost = client->act(QStringLiteral("p-1"), classify(1), key);
    QVERIFY(lost.finished);
    QVERIFY(lost.error != QNetworkReply::NoError);
    QCOMPARE(m_portal->appliedActionCount(), 1);

    const Answer retried = client->act(QStringLiteral("p-1"), classify(1), key);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json.value(QLatin1String("post")).toObject().value(QLatin1String("version")).toInteger(), 2);
    QCOMPARE(m_portal->appliedActionCount(), 1);
}

void TestFakePortal::fault_retryLater_data()
{
    QTest::addColumn<FakePortal::Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("429") << FakePortal::Fault::TooManyRequests << 429;
    QTest::newRow("503") << FakePortal::Fault::ServiceUnavailable << 503;
}

void TestFakePortal::fault_retryLater()
{
    QFETCH(FakePortal::Fault, fault);
    QFETCH(int, status);
    auto client = loggedIn(QStringLiteral("staff"));
    m_portal->setRetryAfterSeconds(7);
    m_portal->injectFault(fault, 2);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Answer answer = client->call("GET", QStringLiteral("/units"));
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.headers.value("retry-after"), QByteArray("7"));
    }
    QCOMPARE(client->call("GET", QStringLiteral("/units")).status, 200);
}

void TestFakePortal::fault_serverError_isOneAnswer()
{
    auto client = loggedIn(QStringLiteral("staff"));
    m_portal->injectFault(FakePortal::Fault::ServerError);
    QCOMPARE(client->changes().status, 500);
    QCOMPARE(client->changes().status, 200);
}

void TestFakePortal::fault_cursorExpired_andExpireCursors()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    auto client = loggedIn(QStringLiteral("staff"));
    const QString cursor = client->changes().nextCursor();

    m_portal->injectFault(FakePortal::Fault::CursorExpired);
    QCOMPARE(client->changes().status, 200); // the fault waits for a request with a cursor
    const Answer expired = client->changes(cursor);
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.errorCode(), QStringLiteral("cursor_expired"));
    QCOMPARE(client->changes(cursor).status, 200);

    m_portal->expireCursors();
    QCOMPARE(client->changes(cursor).status, 410);
    const Answer fresh = client->changes();
    QCOMPARE(fresh.changes().size(), 1);
    QCOMPARE(client->changes(fresh.nextCursor()).status, 200);
}

void TestFakePortal::fault_tokenExpired_staysExpired()
{
    auto client = loggedIn(QStringLiteral("staff"));
    m_portal->injectFault(FakePortal::Fault::TokenExpired);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Answer answer = client->call("GET", QStringLiteral("/units"));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QStringLiteral("token_expired"));
    }
    QCOMPARE(client->logIn(QStringLiteral("staff"), QStringLiteral("pw-staff")).status, 200);
    QCOMPARE(client->call("GET", QStringLiteral("/units")).status, 200);

    m_portal->expireTokens();
    QCOMPARE(client->call("GET", QStringLiteral("/units")).errorCode(), QStringLiteral("token_expired"));
    QCOMPARE(client->logIn(QStringLiteral("staff"), QStringLiteral("pw-staff")).status, 200);
    QCOMPARE(client->call("GET", QStringLiteral("/units")).status, 200);
}

void TestFakePortal::fault_repeatPage_servesTheLastPageAgain()
{
    for (int i = 1; i <= 5; ++i)
        m_portal->putPost(newPost(QStringLiteral("p-%1").arg(i)));
    auto client = loggedIn(QStringLiteral("staff"));
    const Answer first = client->changes({}, 2);
    m_portal->putPost(newPost(QStringLiteral("p-1"))); // the repeat still shows the page as it was
    m_portal->injectFault(FakePortal::Fault::RepeatPage);
    const Answer repeated = client->changes(first.nextCursor(), 2);
    QCOMPARE(repeated.body, first.body);
    const Answer second = client->changes(repeated.nextCursor(), 2);
    QCOMPARE(idsOf(second.changes()), (QStringList { QStringLiteral("p-3"), QStringLiteral("p-4") }));
}

void TestFakePortal::fault_oversizedBody_isValidJsonOver16MiB()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    auto client = loggedIn(QStringLiteral("staff"));
    m_portal->injectFault(FakePortal::Fault::OversizedBody);
    const Answer answer = client->changes();
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.size() > 16 * 1024 * 1024);
    QCOMPARE(answer.changes().size(), 1);
}

void TestFakePortal::fault_malformedBody_isNotJson()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    auto client = loggedIn(QStringLiteral("staff"));
    m_portal->injectFault(FakePortal::Fault::MalformedBody);
    const Answer answer = client->changes();
    QCOMPARE(answer.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(answer.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestFakePortal::fault_stuckCursor_hasMoreWithTheCursorAskedWith()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    auto client = loggedIn(QStringLiteral("staff"));
    const QString cursor = client->changes().nextCursor();
    m_portal->injectFault(FakePortal::Fault::StuckCursor);
    const Answer answer = client->changes(cursor);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.changes().isEmpty());
    QVERIFY(answer.hasMore());
    QCOMPARE(answer.nextCursor(), cursor);
}

void TestFakePortal::fault_truncatedGzip_isHalfAGzipStreamOfItsAnnouncedLength()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    auto client = loggedIn(QStringLiteral("staff"));
    const QByteArray whole = client->changes().body;
    m_portal->injectFault(FakePortal::Fault::TruncatedGzip);
    const Answer answer = client->changes();
    QCOMPARE(answer.error, QNetworkReply::NoError); // nothing on the wire says it is cut
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-encoding"), QByteArray("gzip"));
    QVERIFY(answer.body.size() < whole.size());
    QVERIFY(whole.startsWith(answer.body));
}

void TestFakePortal::fault_compressedOversizedBody_isSmallOnTheWire()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    auto client = loggedIn(QStringLiteral("staff"));
    m_portal->injectFault(FakePortal::Fault::CompressedOversizedBody);
    const Answer answer = client->changes();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-encoding"), QByteArray("gzip"));
    QVERIFY(answer.headers.value("content-length").toLongLong() < 1024 * 1024);
    QCOMPARE(answer.error, QNetworkReply::UnknownContentError); // Qt's safety check refuses to unpack it
}

void TestFakePortal::fault_leakReport_sendsAReportToALiaison()
{
    m_portal->putPost(dispatchedPost(QStringLiteral("p-1"), { QStringLiteral("x-daoli") }));
    m_portal->injectFault(FakePortal::Fault::LeakReport);
    auto staff = loggedIn(QStringLiteral("staff"));
    QCOMPARE(idsOf(staff->pullAll(100)), QStringList { QStringLiteral("p-1") }); // the fault waits for a liaison

    auto daoli = loggedIn(QStringLiteral("daoli"));
    QString cursor;
    const QJsonArray changes = daoli->pullAll(100, &cursor);
    QCOMPARE(changes.size(), 2);
    const bxt::Post leaked(changes.at(1).toObject().value(QLatin1String("post")).toObject());
    QCOMPARE(leaked.categoryCode(), QStringLiteral("report"));
    QVERIFY(!leaked.assignmentFor(QStringLiteral("x-daoli")).isEmpty());
    QCOMPARE(m_portal->postsVisibleTo(QStringLiteral("u-daoli")).size(), 1);
    QCOMPARE(daoli->changes(cursor).changes().size(), 0); // once
}

void TestFakePortal::fault_invalidPost_failsValidation()
{
    m_portal->putPost(newPost(QStringLiteral("p-1")));
    auto client = loggedIn(QStringLiteral("staff"));
    m_portal->injectFault(FakePortal::Fault::InvalidPost);
    const QJsonArray changes = client->pullAll(100);
    QCOMPARE(changes.size(), 2);
    QVERIFY(bxt::validatePost(changes.at(0).toObject().value(QLatin1String("post")).toObject()).isEmpty());
    QVERIFY(!bxt::validatePost(changes.at(1).toObject().value(QLatin1String("post")).toObject()).isEmpty());
}

void TestFakePortal::gzip_whenTheClientAcceptsIt()
{
    for (int i = 0; i < 20; ++i)
        m_portal->putPost(newPost(QStringLiteral("p-%1").arg(i)));
    m_portal->setGzip(true);
    auto client = loggedIn(QStringLiteral("staff"));
    // QNetworkAccessManager asks for gzip by itself and inflates the body.
    const Answer answer = client->changes();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-encoding"), QByteArray("gzip"));
    QCOMPARE(answer.changes().size(), 20);

    const Answer plain = client->call("GET", QStringLiteral("/units"), {}, { { "Accept-Encoding", "identity" } });
    QVERIFY(!plain.headers.contains("content-encoding"));
    QCOMPARE(plain.json.value(QLatin1String("units")).toArray(), bxt::SyntheticPostGenerator::harbinUnits());
}

void TestFakePortal::requestServed_reportsEveryAnswer()
{
    QSignalSpy served(m_portal.get(), &FakePortal::requestServed);
    auto client = loggedIn(QStringLiteral("staff"));
    client->call("GET", QStringLiteral("/calendar/2031"));
    QCOMPARE(served.size(), 2);
    QCOMPARE(served.at(0), (QVariantList { QStringLiteral("POST"), QStringLiteral("/session"), 200 }));
    QCOMPARE(served.at(1), (QVariantList { QStringLiteral("GET"), QStringLiteral("/calendar/2031"), 404 }));
    QCOMPARE(m_portal->requestCount(QStringLiteral("/calendar")), 1);
}

void TestFakePortal::tls_unknownCa_refusesTheHandshake()
{
    Client client(m_portal->baseUrl(), FakePortal::unknownCaCertificatePath());
    const Answer answer = client.logIn(QStringLiteral("staff"), QStringLiteral("pw-staff"));
    QVERIFY(answer.finished);
    QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(m_portal->requestCount(QString()), 0);
}

QTEST_GUILESS_MAIN(TestFakePortal)
#include "tst_fakeportal.moc"
