// PostWriter's batch write rate (issue 15: the admin import writes 1M posts through it at
// >= 20,000 posts/s): generated posts written into a fresh portal database of a throwaway
// cluster, in batches of one transaction each; then the rate at which GET /changes serves
// that feed to a fresh desk (pages of 1000, each serialised to JSON as the server sends it,
// without gzip). Usage: bench_postwriter [POSTS] [BATCH]
#include "portaltestdatabase.h"

#include "demo/syntheticpostgenerator.h"
#include "feed/changefeed.h"
#include "feed/changelistener.h"
#include "feed/postwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <cstdio>
#include <unistd.h>

using namespace bxt;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The generator draws reply ids at random, so two replies of one post can share one, which
// the portal refuses; the portal numbers replies itself.
QJsonObject withDistinctReplyIds(QJsonObject post)
{
    static qint64 next = 0;
    QJsonArray assignments = post.value(QLatin1String("assignments")).toArray();
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        QJsonObject assignment = assignments.at(i).toObject();
        QJsonArray replies = assignment.value(QLatin1String("replies")).toArray();
        for (qsizetype j = 0; j < replies.size(); ++j) {
            QJsonObject reply = replies.at(j).toObject();
            reply.insert(QStringLiteral("id"), QStringLiteral("r-%1").arg(++next));
            replies.replace(j, reply);
        }
        assignment.insert(QStringLiteral("replies"), replies);
        assignments.replace(i, assignment);
    }
    post.insert(QStringLiteral("assignments"), assignments);
    return post;
}

// CPU seconds (user + system) a process has used, from /proc/PID/stat; -1 when unreadable.
double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;
    const int batchSize = arguments.size() > 2 ? arguments.at(2).toInt() : 2000;
    if (count < 1 || batchSize < 1) {
        say(QStringLiteral("usage: bench_postwriter [POSTS] [BATCH]"));
        return 2;
    }

    test::PostgresCluster cluster;
    QString error;
    QString connection;
    if (!cluster.start(&error)) {
        say(error);
        return 1;
    }
    auto database = test::migratedPortalDatabase(cluster, QStringLiteral("bench"), &connection, &error);
    if (!database) {
        say(error);
        return 1;
    }

    SyntheticPostGenerator generator(15);
    QList<QJsonObject> posts;
    posts.reserve(count);
    for (int i = 0; i < count; ++i)
        posts.append(withDistinctReplyIds(generator.next()));

    QSqlQuery backend(database->db());
    if (!backend.exec(QStringLiteral("SELECT pg_backend_pid()")) || !backend.next()) {
        say(portal::sqlError(backend));
        return 1;
    }
    const qint64 serverPid = backend.value(0).toLongLong();
    const double serverCpuBefore = cpuSeconds(serverPid);
    const double clientCpuBefore = cpuSeconds(QCoreApplication::applicationPid());

    portal::PostWriter writer(database->db());
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < count; start += batchSize) {
        portal::PortalTransaction transaction(database->db());
        if (!writer.write(posts.mid(start, batchSize), &error) || !transaction.commit(&error)) {
            say(error);
            return 1;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double serverCpu = cpuSeconds(serverPid) - serverCpuBefore;
    const double clientCpu = cpuSeconds(QCoreApplication::applicationPid()) - clientCpuBefore;
    QSqlQuery query(database->db());
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM changes),"
                                   " (SELECT count(*) FROM assignments), (SELECT count(*) FROM replies)"))
        || !query.next()) {
        say(portal::sqlError(query));
        return 1;
    }
    say(QStringLiteral("PostWriter: %1 posts in batches of %2: %3 s, %4 posts/s (posts %5, changes %6, assignments %7, "
                       "replies %8)")
            .arg(count)
            .arg(batchSize)
            .arg(seconds, 0, 'f', 2)
            .arg(count / seconds, 0, 'f', 0)
            .arg(query.value(0).toLongLong())
            .arg(query.value(1).toLongLong())
            .arg(query.value(2).toLongLong())
            .arg(query.value(3).toLongLong()));
    // On a shared machine the wall-clock rate says more about the other programs; the CPU time
    // of this client and its server process says what the writes cost.
    say(QStringLiteral("CPU: client %1 s, server backend %2 s: %3 posts per CPU second")
            .arg(clientCpu, 0, 'f', 2)
            .arg(serverCpu, 0, 'f', 2)
            .arg(count / (clientCpu + serverCpu), 0, 'f', 0));

    // The feed, page by page, as column staff and as one liaison would pull it from scratch.
    portal::ChangeListener listener;
    if (!listener.start(connection, &error)) {
        say(error);
        return 1;
    }
    portal::ChangeFeed feed(database->db(), listener);
    for (const Actor &actor : { Actor { QStringLiteral("u-1"), Role::ColumnStaff, {} },
             Actor { QStringLiteral("u-2"), Role::Liaison, QStringLiteral("x-daoli") } }) {
        QElapsedTimer reading;
        reading.start();
        const double clientBefore = cpuSeconds(QCoreApplication::applicationPid());
        const double serverBefore = cpuSeconds(serverPid);
        qint64 served = 0;
        qint64 bytes = 0;
        QString cursor;
        for (bool more = true; more;) {
            portal::PortalRequest request;
            request.actor = actor;
            request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            if (!cursor.isEmpty())
                request.query.addQueryItem(QStringLiteral("cursor"), cursor);
            portal::PortalReply page;
            feed.serve(request, [&page](const portal::PortalReply &reply) { page = reply; });
            if (page.status != 200) {
                say(QStringLiteral("GET /changes answered %1").arg(page.status));
                return 1;
            }
            bytes += page.text().size();
            const QJsonObject body = page.object();
            served += body.value(QLatin1String("changes")).toArray().size();
            cursor = body.value(QLatin1String("next_cursor")).toString();
            more = body.value(QLatin1String("has_more")).toBool();
        }
        const double readSeconds = reading.nsecsElapsed() / 1e9;
        const double readCpu
            = cpuSeconds(QCoreApplication::applicationPid()) - clientBefore + cpuSeconds(serverPid) - serverBefore;
        say(QStringLiteral("GET /changes as %1: %2 posts, %3 MB in %4 s: %5 posts/s; %6 CPU s: %7 posts per CPU second")
                .arg(roleCode(actor.role))
                .arg(served)
                .arg(bytes / 1e6, 0, 'f', 1)
                .arg(readSeconds, 0, 'f', 2)
                .arg(served / readSeconds, 0, 'f', 0)
                .arg(readCpu, 0, 'f', 2)
                .arg(served / readCpu, 0, 'f', 0));
    }
    return 0;
}
