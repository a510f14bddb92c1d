// Portal benchmark (issue 15), against baixingtan-portal serving a throwaway PostgreSQL cluster
// over HTTPS on loopback, the clients in this process:
//
// (1) load: N liaisons hold long polls on /changes (wait=25) while M column staff each take
//     an action every --interval-ms (classify a new post, dispatch it to a liaison's unit, reply
//     to it; then the next post) for --seconds. Reports errors (any answer but 200), action
//     latency p50/p99, how long after an action was sent a waiting liaison had the change (p99;
//     the commit lies between the two, so this bounds the time from commit), and the portal
//     process's peak resident memory (VmHWM).
// (2) feed: --posts synthetic posts imported with the portal's `import` (posts/s), then the
//     whole feed served to one fresh column staff client accepting gzip (posts/s), twice: to a
//     client that only reads and inflates the pages (the portal's own rate), then to one that
//     parses every page as a desk does (the desk's pull).
//
//   build/tests/bench/bench_portal [--liaisons 200] [--staff 10] [--seconds 600] [--interval-ms 1000]
//                                  [--posts 1000000] [--dir DIR] [--only load|feed]

#include "demo/syntheticpostgenerator.h"
#include "portalclient.h"
#include "portalprocess.h"
#include "postgrescluster.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <memory>

using namespace bxt;
using namespace bxt::test;

namespace {

const QString staffPassword = QStringLiteral("bench-staff-pw");
const QString liaisonPassword = QStringLiteral("bench-liaison-pw");

QString changesPath(const QString &cursor, int waitSeconds)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (waitSeconds > 0)
        query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    return QStringLiteral("/changes?") + query.toString(QUrl::FullyEncoded);
}

QString key(const QString &postId, qint64 version)
{
    return postId + QLatin1Char('@') + QString::number(version);
}

// Part (1): the clients, their requests chained through the event loop of this thread.
class LoadRun final : public QObject
{
public:
    LoadRun(const PortalProcess &portal, const QStringList &units, int liaisons, int staff, int intervalMs)
        : m_portal(portal)
        , m_units(units)
        , m_liaisonCount(liaisons)
        , m_staffCount(staff)
        , m_intervalMs(intervalMs)
    { }

    static QString liaisonName(int i) { return QStringLiteral("liaison%1").arg(i); }
    static QString staffName(int i) { return QStringLiteral("staff%1").arg(i); }
    static QString postId(int worker, int i) { return QStringLiteral("p-load-%1-%2").arg(worker).arg(i); }

    bool logIn(QString *error)
    {
        for (int i = 0; i < m_liaisonCount; ++i) {
            auto client = std::make_unique<PortalClient>(m_portal.baseUrl(), PortalProcess::caCertificatePath());
            if (!client->logIn(liaisonName(i), liaisonPassword, error))
                return false;
            const PortalAnswer head = client->call("GET", changesPath({}, 0));
            if (head.status != 200) {
                *error = QStringLiteral("first /changes of %1: %2").arg(liaisonName(i), describe(head));
                return false;
            }
            m_waiters.push_back({ std::move(client), head.json.value(QLatin1String("next_cursor")).toString() });
        }
        for (int i = 0; i < m_staffCount; ++i) {
            auto client = std::make_unique<PortalClient>(m_portal.baseUrl(), PortalProcess::caCertificatePath());
            if (!client->logIn(staffName(i), staffPassword, error))
                return false;
            m_workers.push_back({ std::move(client), i });
        }
        return true;
    }

    void run(int seconds)
    {
        m_clock.start();
        m_running = true;
        for (Waiter &waiter : m_waiters)
            poll(waiter);
        for (Worker &worker : m_workers)
            act(worker);
        QEventLoop loop;
        QTimer::singleShot(seconds * 1000, &loop, [&]() {
            m_running = false;
            loop.quit();
        });
        loop.exec();
        // Let the actions under way end; the long polls are cut.
        QEventLoop drain;
        QTimer check;
        connect(&check, &QTimer::timeout, &drain, [&]() {
            if (m_actionsUnderWay == 0)
                drain.quit();
        });
        check.start(20);
        drain.exec();
        for (Waiter &waiter : m_waiters) {
            if (waiter.reply)
                waiter.reply->abort();
        }
    }

    void report(qint64 portalPid) const
    {
        QList<double> latencies = m_actionMillis;
        say(QStringLiteral("load: %1 liaisons long-polling, %2 column staff, one action each every %3 ms")
                .arg(m_liaisonCount)
                .arg(m_staffCount)
                .arg(m_intervalMs));
        say(QStringLiteral("actions: %1 answered, errors %2 (actions %3, long polls %4)%5")
                .arg(latencies.size())
                .arg(m_actionErrors + m_pollErrors)
                .arg(m_actionErrors)
                .arg(m_pollErrors)
                .arg(m_firstError.isEmpty() ? QString() : QStringLiteral("; first: ") + m_firstError));
        say(QStringLiteral("action latency: p50 %1, p99 %2, max %3 (target p99 < 200 ms)")
                .arg(milliseconds(percentile(latencies, 0.50)), milliseconds(percentile(latencies, 0.99)),
                    milliseconds(percentile(latencies, 1.0))));
        say(QStringLiteral("a change reaching a waiting liaison, from sending the action: %1 deliveries, p50 %2, p99 "
                           "%3, max %4 (target < 1 s)")
                .arg(m_deliveryMillis.size())
                .arg(milliseconds(percentile(m_deliveryMillis, 0.50)), milliseconds(percentile(m_deliveryMillis, 0.99)),
                    milliseconds(percentile(m_deliveryMillis, 1.0))));
        say(QStringLiteral("portal process: peak resident memory %1 MB (VmHWM; target < 300 MB)")
                .arg(memoryMegabytes("VmHWM:", portalPid), 0, 'f', 1));
    }

private:
    struct Waiter
    {
        std::unique_ptr<PortalClient> client;
        QString cursor;
        QNetworkReply *reply = nullptr;
    };
    struct Worker
    {
        std::unique_ptr<PortalClient> client;
        int number = 0;
        int post = 0;
        int step = 0;
    };

    void error(const QString &what)
    {
        if (m_firstError.isEmpty())
            m_firstError = what;
    }

    void poll(Waiter &waiter)
    {
        waiter.reply = waiter.client->send("GET", changesPath(waiter.cursor, 25));
        QNetworkReply *reply = waiter.reply;
        connect(reply, &QNetworkReply::finished, this, [this, &waiter, reply]() {
            waiter.reply = nullptr;
            if (!m_running)
                return;
            const PortalAnswer page = PortalTestClient::answerOf(reply);
            if (page.status != 200) {
                ++m_pollErrors;
                error(QStringLiteral("/changes: ") + describe(page));
            } else {
                const double now = millisSince(m_clock);
                for (const QJsonObject &change : PortalClient::changesOf(page)) {
                    const QJsonObject post = change.value(QLatin1String("post")).toObject();
                    const auto sent = m_sentAt.constFind(key(
                        post.value(QLatin1String("id")).toString(), post.value(QLatin1String("version")).toInteger()));
                    if (sent != m_sentAt.cend())
                        m_deliveryMillis.append(now - *sent);
                }
                waiter.cursor = page.json.value(QLatin1String("next_cursor")).toString();
            }
            poll(waiter);
        });
    }

    // classify (base 1), dispatch to a unit (base 2), reply for the column: versions 2, 3, 4.
    QJsonObject nextAction(Worker &worker) const
    {
        switch (worker.step) {
        case 0:
            return { { QStringLiteral("type"), QStringLiteral("classify") },
                { QStringLiteral("category"), QStringLiteral("appeal") }, { QStringLiteral("base_version"), 1 } };
        case 1:
            return { { QStringLiteral("type"), QStringLiteral("dispatch") },
                { QStringLiteral("unit_ids"),
                    QJsonArray { m_units.at((worker.number * 7919 + worker.post) % m_units.size()) } },
                { QStringLiteral("base_version"), 2 } };
        default:
            return { { QStringLiteral("type"), QStringLiteral("reply") }, { QStringLiteral("unit_id"), QJsonValue() },
                { QStringLiteral("kind"), QStringLiteral("initial") },
                { QStringLiteral("text"), QStringLiteral("栏目已收到，正在协调办理。") },
                { QStringLiteral("doc_refs"), QJsonArray() },
                { QStringLiteral("visibility"), QStringLiteral("public") } };
        }
    }

    void act(Worker &worker)
    {
        if (!m_running)
            return;
        const QString id = postId(worker.number, worker.post);
        const double sentAt = millisSince(m_clock);
        QNetworkReply *reply = worker.client->send("POST", QStringLiteral("/posts/%1/actions").arg(id),
            nextAction(worker), QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        ++m_actionsUnderWay;
        connect(reply, &QNetworkReply::finished, this, [this, &worker, reply, sentAt, id]() {
            --m_actionsUnderWay;
            const double took = millisSince(m_clock) - sentAt;
            const PortalAnswer answer = PortalTestClient::answerOf(reply);
            if (answer.status == 200) {
                m_actionMillis.append(took);
                m_sentAt.insert(key(id,
                                    answer.json.value(QLatin1String("post"))
                                        .toObject()
                                        .value(QLatin1String("version"))
                                        .toInteger()),
                    sentAt);
            } else {
                ++m_actionErrors;
                error(QStringLiteral("action on %1: %2").arg(id, describe(answer)));
            }
            worker.step = (worker.step + 1) % 3;
            if (worker.step == 0)
                ++worker.post;
            QTimer::singleShot(std::max(0, m_intervalMs - int(took)), this, [this, &worker]() { act(worker); });
        });
    }

    const PortalProcess &m_portal;
    QStringList m_units;
    int m_liaisonCount;
    int m_staffCount;
    int m_intervalMs;
    std::vector<Waiter> m_waiters;
    std::vector<Worker> m_workers;
    QElapsedTimer m_clock;
    bool m_running = false;
    int m_actionsUnderWay = 0;
    QHash<QString, double> m_sentAt; // "post@version" an action produced → when it was sent
    QList<double> m_actionMillis;
    QList<double> m_deliveryMillis;
    int m_actionErrors = 0;
    int m_pollErrors = 0;
    QString m_firstError;
};

QJsonObject newPost(const QString &id)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
        { QStringLiteral("title"), QStringLiteral("小区电梯经常停运") },
        { QStringLiteral("body"), QStringLiteral("老人上下楼很困难，希望尽快维修。") },
        { QStringLiteral("submitted_at"), QStringLiteral("2026-03-02T09:00:00+08:00") },
        { QStringLiteral("author"), QJsonObject { { QStringLiteral("alias"), QStringLiteral("市民") } } },
        { QStringLiteral("wants_reply"), true }, { QStringLiteral("category"), QJsonValue() },
        { QStringLiteral("status"), QStringLiteral("new") }, { QStringLiteral("views"), 0 },
        { QStringLiteral("assignments"), QJsonArray() }, { QStringLiteral("supervisions"), QJsonArray() } };
}

bool prepareLoad(PortalProcess &portal, const QStringList &units, int liaisons, int staff, int seconds, int intervalMs,
    QString *error)
{
    QList<PortalAccount> accounts;
    for (int i = 0; i < staff; ++i)
        accounts.append({ LoadRun::staffName(i), QStringLiteral("column_staff"), {}, staffPassword });
    for (int i = 0; i < liaisons; ++i)
        accounts.append(
            { LoadRun::liaisonName(i), QStringLiteral("liaison"), units.at(i % units.size()), liaisonPassword });
    // Three actions a post: enough posts for every worker's whole run, and some over.
    const int postsEach = seconds * 1000 / std::max(1, intervalMs) / 3 + 10;
    QList<QJsonObject> posts;
    for (int worker = 0; worker < staff; ++worker) {
        for (int i = 0; i < postsEach; ++i)
            posts.append(newPost(LoadRun::postId(worker, i)));
    }
    return portal.prepare(SyntheticPostGenerator::harbinUnits(), accounts, posts, error);
}

int runLoad(PostgresCluster &cluster, int liaisons, int staff, int seconds, int intervalMs)
{
    QString connection;
    QString error;
    if (!cluster.createDatabase(QStringLiteral("load"), &connection, &error)) {
        say(QStringLiteral("load: ") + error);
        return 1;
    }
    // Every client of the load comes from 127.0.0.1: the per-address cap would close most of them.
    PortalProcess portal(connection, { { QStringLiteral("connections_per_address"), QStringLiteral("100000") } });
    QStringList units;
    for (const QJsonValue &unit : SyntheticPostGenerator::harbinUnits()) {
        if (unit.toObject().value(QLatin1String("active")).toBool())
            units.append(unit.toObject().value(QLatin1String("id")).toString());
    }
    QElapsedTimer timer;
    timer.start();
    if (!prepareLoad(portal, units, liaisons, staff, seconds, intervalMs, &error) || !portal.start(&error)) {
        say(QStringLiteral("load: ") + error);
        return 1;
    }
    say(QStringLiteral("load: portal prepared in %1").arg(milliseconds(timer)));
    LoadRun load(portal, units, liaisons, staff, intervalMs);
    timer.restart();
    if (!load.logIn(&error)) {
        say(QStringLiteral("load: ") + error);
        return 1;
    }
    say(QStringLiteral("load: %1 clients logged in in %2").arg(liaisons + staff).arg(milliseconds(timer)));
    load.run(seconds);
    load.report(portal.pid());
    return 0;
}

// The generator numbers a post's replies "r-<post>-<random>" and its supervisions "s-<post>",
// so two of one post can share an id, which the portal refuses (an id names one reply or
// supervision of a post). Each id is made unique within its post by a suffix.
QJsonObject withUniqueIds(QJsonObject post)
{
    QSet<QString> seen;
    const auto unique = [&seen](QJsonObject item) {
        QString id = item.value(QLatin1String("id")).toString();
        for (int n = 2; seen.contains(id); ++n)
            id = item.value(QLatin1String("id")).toString() + QLatin1Char('-') + QString::number(n);
        seen.insert(id);
        item.insert(QStringLiteral("id"), id);
        return item;
    };
    QJsonArray assignments;
    for (const QJsonValue &value : post.value(QLatin1String("assignments")).toArray()) {
        QJsonObject assignment = value.toObject();
        QJsonArray replies;
        for (const QJsonValue &reply : assignment.value(QLatin1String("replies")).toArray())
            replies.append(unique(reply.toObject()));
        assignment.insert(QStringLiteral("replies"), replies);
        assignments.append(assignment);
    }
    post.insert(QStringLiteral("assignments"), assignments);
    QJsonArray supervisions;
    for (const QJsonValue &supervision : post.value(QLatin1String("supervisions")).toArray())
        supervisions.append(unique(supervision.toObject()));
    post.insert(QStringLiteral("supervisions"), supervisions);
    return post;
}

bool writePosts(const QString &path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    SyntheticPostGenerator generator(15);
    for (qint64 i = 0; i < count; ++i) {
        if (file.write(QJsonDocument(withUniqueIds(generator.next())).toJson(QJsonDocument::Compact) + '\n') < 0)
            return false;
    }
    return true;
}

enum class FeedReader {
    InflateOnly, // finds the cursor and counts the changes in the text, parses nothing
    ParseEachPage, // parses each page, as a desk does
};

struct FeedPull
{
    qint64 changes = 0;
    int pages = 0;
    int gzipPages = 0;
    double millis = 0;
};

// The reader that parses nothing relies on the page's layout as the portal writes it:
// {"changes":[{"seq":N,...},...],"next_cursor":"C","has_more":B}
bool readPageText(const QByteArray &page, qint64 *changes, QString *cursor, bool *more)
{
    static const QByteArray cursorField = "\"next_cursor\":\"";
    const qsizetype cursorAt = page.lastIndexOf(cursorField);
    const qsizetype cursorEnd = page.indexOf('"', cursorAt + cursorField.size());
    if (cursorAt < 0 || cursorEnd < 0)
        return false;
    *cursor = QString::fromLatin1(page.mid(cursorAt + cursorField.size(), cursorEnd - cursorAt - cursorField.size()));
    *more = page.indexOf("\"has_more\":true", cursorEnd) > 0;
    *changes += page.count("{\"seq\":");
    return true;
}

bool pullWholeFeed(PortalClient &client, FeedReader reader, FeedPull *pull, QString *error)
{
    QString cursor;
    QElapsedTimer timer;
    timer.start();
    for (bool more = true; more;) {
        QNetworkReply *reply = client.send("GET", changesPath(cursor, 0));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (reply->rawHeader("Content-Encoding").contains("gzip"))
            ++pull->gzipPages;
        ++pull->pages;
        if (reader == FeedReader::InflateOnly) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray text = reply->readAll();
            if (status != 200 || !readPageText(text, &pull->changes, &cursor, &more)) {
                *error = QStringLiteral("/changes: %1 %2").arg(status).arg(QString::fromUtf8(text.left(200)));
                return false;
            }
            continue;
        }
        const PortalAnswer page = PortalTestClient::answerOf(reply);
        if (page.status != 200) {
            *error = QStringLiteral("/changes: ") + describe(page);
            return false;
        }
        pull->changes += page.json.value(QLatin1String("changes")).toArray().size();
        more = page.json.value(QLatin1String("has_more")).toBool();
        cursor = page.json.value(QLatin1String("next_cursor")).toString();
    }
    pull->millis = millisSince(timer);
    return true;
}

int runFeed(PostgresCluster &cluster, qint64 postCount, const QString &dir)
{
    QString connection;
    QString error;
    if (!cluster.createDatabase(QStringLiteral("feed"), &connection, &error)) {
        say(QStringLiteral("feed: ") + error);
        return 1;
    }
    PortalProcess portal(connection);
    const QString input = dir + QStringLiteral("/portal-posts.jsonl");
    if (!writePosts(input, postCount)) {
        say(QStringLiteral("feed: cannot write %1").arg(input));
        return 1;
    }
    if (!portal.prepare(SyntheticPostGenerator::harbinUnits(),
            { { QStringLiteral("staff0"), QStringLiteral("column_staff"), {}, staffPassword } }, {}, &error)) {
        say(QStringLiteral("feed: ") + error);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!portal.runCommand({ QStringLiteral("import"), input }, {}, nullptr, &error, 24 * 3600 * 1000LL)) {
        say(QStringLiteral("feed: ") + error);
        return 1;
    }
    const double importMillis = millisSince(timer);
    say(QStringLiteral("import of %1 posts into the portal: %2, %3 posts/s (target >= 20,000)")
            .arg(postCount)
            .arg(milliseconds(importMillis))
            .arg(postCount * 1000.0 / importMillis, 0, 'f', 0));
    if (!portal.start(&error)) {
        say(QStringLiteral("feed: ") + error);
        return 1;
    }
    PortalClient client(portal.baseUrl(), PortalProcess::caCertificatePath());
    if (!client.logIn(QStringLiteral("staff0"), staffPassword, &error)) {
        say(QStringLiteral("feed: ") + error);
        return 1;
    }
    // First as fast as the portal serves it: a client that only reads and inflates each page;
    // then as a desk reads it, every page parsed.
    for (const FeedReader reader : { FeedReader::InflateOnly, FeedReader::ParseEachPage }) {
        FeedPull pull;
        if (!pullWholeFeed(client, reader, &pull, &error)) {
            say(QStringLiteral("feed: ") + error);
            return 1;
        }
        say(QStringLiteral("feed to one fresh client that %1: %2 changes in %3 pages (%4 gzip), %5, %6 posts/s (target "
                           ">= 20,000)")
                .arg(reader == FeedReader::InflateOnly ? QStringLiteral("only reads and inflates (the portal's rate)")
                                                       : QStringLiteral("parses each page (the desk's pull)"))
                .arg(pull.changes)
                .arg(pull.pages)
                .arg(pull.gzipPages)
                .arg(milliseconds(pull.millis))
                .arg(pull.changes * 1000.0 / pull.millis, 0, 'f', 0));
    }
    say(QStringLiteral("portal process: peak resident memory %1 MB (VmHWM)")
            .arg(memoryMegabytes("VmHWM:", portal.pid()), 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("liaisons"), QStringLiteral("Long-polling liaison clients."), QStringLiteral("N"),
        QStringLiteral("200") });
    parser.addOption({ QStringLiteral("staff"), QStringLiteral("Column staff taking actions."), QStringLiteral("M"),
        QStringLiteral("10") });
    parser.addOption({ QStringLiteral("seconds"), QStringLiteral("How long the load runs."), QStringLiteral("D"),
        QStringLiteral("600") });
    parser.addOption({ QStringLiteral("interval-ms"), QStringLiteral("Between one staff member's actions."),
        QStringLiteral("MS"), QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("posts"), QStringLiteral("Posts in the served feed."), QStringLiteral("N"),
        QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Folder for the posts file."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("only"), QStringLiteral("Run one part: load or feed."), QStringLiteral("PART") });
    parser.process(app);
    const QString only = parser.value(QStringLiteral("only"));
    QTemporaryDir scratch;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : scratch.path();

    PostgresCluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        say(error);
        return 1;
    }
    int exitCode = 0;
    if (only.isEmpty() || only == QLatin1String("load")) {
        exitCode |= runLoad(cluster, parser.value(QStringLiteral("liaisons")).toInt(),
            parser.value(QStringLiteral("staff")).toInt(), parser.value(QStringLiteral("seconds")).toInt(),
            parser.value(QStringLiteral("interval-ms")).toInt());
    }
    if (only.isEmpty() || only == QLatin1String("feed"))
        exitCode |= runFeed(cluster, parser.value(QStringLiteral("posts")).toLongLong(), dir);
    return exitCode;
}
