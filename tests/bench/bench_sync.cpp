// Sync benchmark (issue 4): pulls N posts from the fake portal, run as a separate process on
// loopback so that server and client do not share a thread, and reports posts/s against the
// foundation import floor (benchsupport.h) and the file import, both measured in the same run
// on the same posts; then queues M actions and times pushing them.
//
//   build/tests/bench/bench_sync --posts 100000 --actions 1000 [--dir DIR] [--gzip]

#include "actions/localactions.h"
#include "demo/syntheticpostgenerator.h"
#include "store/currentuserstore.h"
#include "store/database.h"
#include "store/poststore.h"
#include "sync/postimporter.h"
#include "sync/synccontroller.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <unistd.h>

using namespace bxt;

namespace {

// Runs one synchronisation to its end; false with *message when it failed.
bool synchronize(SyncController &controller, QString *message)
{
    QEventLoop loop;
    bool finished = false;
    bool ended = false;
    QObject::connect(&controller, &SyncController::finished, &loop, [&]() {
        finished = ended = true;
        loop.quit();
    });
    QObject::connect(&controller, &SyncController::failed, &loop, [&](const QString &text) {
        *message = text;
        ended = true;
        loop.quit();
    });
    controller.synchronize();
    if (!ended)
        loop.exec();
    QObject::disconnect(&controller, nullptr, &loop, nullptr);
    return finished;
}

// CPU time of another process of this user, from /proc/PID/stat (utime and stime, in ticks).
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The fields after the command name, which is in parentheses and may hold spaces.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// Actions the portal takes: a classification of a post that has none, else a reply for the
// author only (column staff may reply to any post that is neither new nor shielded).
QJsonObject actionFor(const Post &post)
{
    if (post.status() == QLatin1String("new"))
        return { { QStringLiteral("type"), QStringLiteral("classify") },
            { QStringLiteral("category"), QStringLiteral("appeal") } };
    return { { QStringLiteral("type"), QStringLiteral("reply") }, { QStringLiteral("unit_id"), QJsonValue() },
        { QStringLiteral("kind"), QStringLiteral("followup") },
        { QStringLiteral("text"), QStringLiteral("您的留言已转有关部门办理，请耐心等待。") },
        { QStringLiteral("doc_refs"), QJsonArray() }, { QStringLiteral("visibility"), QStringLiteral("submitter") } };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("posts"), QStringLiteral("Posts the fake portal serves."), QStringLiteral("n"),
        QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("actions"), QStringLiteral("Actions to queue and push."), QStringLiteral("n"),
        QStringLiteral("1000") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("gzip"),
        QStringLiteral("The portal packs its answers with gzip, as the real one does; the client unpacks them.") });
    parser.process(app);
    const int count = parser.value(QStringLiteral("posts")).toInt();
    const int actions = parser.value(QStringLiteral("actions")).toInt();
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    if (!QDir().mkpath(dir)) {
        say(QStringLiteral("cannot create the work folder %1").arg(dir));
        return 1;
    }

    // The portal, in its own process: it prints its base URL and CA file once it listens.
    QProcess portal;
    portal.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList portalArguments { QStringLiteral("--posts"), QString::number(count), QStringLiteral("--user"),
        QStringLiteral("bench"), QStringLiteral("--password"), QStringLiteral("bench"), QStringLiteral("--role"),
        QStringLiteral("column_staff") };
    if (parser.isSet(QStringLiteral("gzip")))
        portalArguments.append(QStringLiteral("--gzip"));
    portal.start(QStringLiteral(BXT_FAKE_PORTAL_PATH), portalArguments);
    QStringList lines;
    while (lines.size() < 2 && portal.waitForReadyRead(600000)) {
        while (portal.canReadLine() && lines.size() < 2)
            lines.append(QString::fromUtf8(portal.readLine()).trimmed());
    }
    if (lines.size() < 2) {
        say(QStringLiteral("the fake portal did not start"));
        return 1;
    }

    // The floor over the same posts (fake-portal's default seed is 1).
    const QString input = dir + QStringLiteral("/posts.jsonl");
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            say(QStringLiteral("cannot write %1: %2").arg(input, file.errorString()));
            return 1;
        }
        SyntheticPostGenerator generator(1);
        for (int i = 0; i < count; ++i)
            file.write(QJsonDocument(generator.next()).toJson(QJsonDocument::Compact) + '\n');
    }
    qint64 floorLines = 0;
    const QString floorDb = dir + QStringLiteral("/floor.sqlite");
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(floorDb + suffix);
    const double floorCpuBefore = cpuMillis() / 1000;
    const double floor = floorRate(input, floorDb, &floorLines);
    const double floorCpu = cpuMillis() / 1000 - floorCpuBefore;
    if (floorLines != count) {
        say(QStringLiteral("the floor read %1 of %2 posts from %3").arg(floorLines).arg(count).arg(input));
        return 1;
    }
    say(QStringLiteral("floor (parse + bare insert): %1 posts/s; CPU %2 s")
            .arg(floor, 0, 'f', 0)
            .arg(floorCpu, 0, 'f', 2));
    QString error;
    {
        // The import of the same posts, for comparison: the same store, without the network.
        const QString importPath = dir + QStringLiteral("/imported.sqlite");
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(importPath + suffix);
        auto imported = Database::open(importPath, &error);
        QFile file(input);
        file.open(QIODevice::ReadOnly);
        ImportReport report;
        const double importCpuBefore = cpuMillis() / 1000;
        QElapsedTimer timer;
        timer.start();
        if (!imported || !PostImporter(*imported, QStringLiteral("bench")).run(file, input, &report, &error)) {
            say(error);
            return 1;
        }
        const double importRate = report.inserted / (timer.nsecsElapsed() / 1e9);
        say(QStringLiteral("import of the same posts from a file: %1 posts/s = %2% of the floor; CPU %3 s")
                .arg(importRate, 0, 'f', 0)
                .arg(100 * importRate / floor, 0, 'f', 0)
                .arg(cpuMillis() / 1000 - importCpuBefore, 0, 'f', 2));
    }

    const QString storePath = dir + QStringLiteral("/cases.sqlite");
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(storePath + suffix);
    auto database = Database::open(storePath, &error);
    if (!database) {
        say(error);
        return 1;
    }
    QNetworkAccessManager network;
    SyncController controller(*database, &network);
    if (!controller.configure({ QUrl(lines.at(0)), QStringLiteral("bench"), lines.at(1), false }, &error)) {
        say(error);
        return 1;
    }
    controller.setPassword(QStringLiteral("bench"), false);

    const double clientCpuBefore = cpuMillis() / 1000;
    const double portalCpuBefore = processCpuSeconds(portal.processId());
    QElapsedTimer timer;
    timer.start();
    if (!synchronize(controller, &error)) {
        say(error);
        return 1;
    }
    const double pullSeconds = timer.nsecsElapsed() / 1e9;
    const double clientCpu = cpuMillis() / 1000 - clientCpuBefore;
    const double portalCpu = processCpuSeconds(portal.processId()) - portalCpuBefore;
    qint64 stored = 0;
    PostStore(*database).count(&stored, &error);
    const double pullRate = stored / pullSeconds;
    say(QStringLiteral("pull over HTTPS (log-in, validation, scope, store, search index): %1 posts in %2 s = "
                       "%3 posts/s = %4% of the floor (target >= 40%); CPU of the client %5 s, of the portal %6 s")
            .arg(stored)
            .arg(pullSeconds, 0, 'f', 2)
            .arg(pullRate, 0, 'f', 0)
            .arg(100 * pullRate / floor, 0, 'f', 0)
            .arg(clientCpu, 0, 'f', 2)
            .arg(portalCpu, 0, 'f', 2));

    // Queue actions on the first posts that take one.
    std::optional<CurrentUser> user;
    CurrentUserStore(*database).load(&user, &error);
    QStringList ids;
    QSqlQuery select(database->connection());
    select.exec(QStringLiteral("SELECT id FROM posts WHERE status NOT IN ('shielded') ORDER BY local_id LIMIT %1")
                    .arg(actions));
    while (select.next())
        ids.append(select.value(0).toString());
    select.finish();
    LocalActions local(*database);
    timer.restart();
    for (const QString &id : std::as_const(ids)) {
        std::optional<Post> post;
        PostStore(*database).find(id, &post, &error);
        Post changed;
        if (!local.perform(user->actor, id, actionFor(*post), &changed, &error)) {
            say(QStringLiteral("%1: %2").arg(id, error));
            return 1;
        }
    }
    const double queueSeconds = timer.nsecsElapsed() / 1e9;
    qint64 pushMs = -1;
    QObject::connect(&controller, &SyncController::pendingCountChanged, &controller, [&](qint64 pending) {
        if (pending == 0 && pushMs < 0)
            pushMs = timer.elapsed();
    });
    timer.restart();
    if (!synchronize(controller, &error)) {
        say(error);
        return 1;
    }
    const SyncSummary summary = controller.lastSummary();
    say(QStringLiteral("queue %1 actions locally: %2 s; push them: %3 s = %4 actions/s (%5 taken, %6 failed, %7 "
                       "conflicts); the whole sync with the pull of their results: %8 s")
            .arg(ids.size())
            .arg(queueSeconds, 0, 'f', 2)
            .arg(pushMs / 1000.0, 0, 'f', 2)
            .arg(ids.size() / (pushMs / 1000.0), 0, 'f', 0)
            .arg(summary.pushed)
            .arg(summary.failed)
            .arg(summary.conflicts)
            .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2));
    say(QStringLiteral("peak memory of the client: %1 MB").arg(memoryMegabytes("VmHWM:"), 0, 'f', 0));
    portal.kill();
    portal.waitForFinished();
    return 0;
}
