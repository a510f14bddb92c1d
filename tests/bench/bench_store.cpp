// Store benchmark (issue 2): import rate of the real import path against a floor that only
// parses each line and inserts it into one bare table; search latency over a fixed mix of 2-,
// 3- and 4-character queries; database size against the input; peak memory.
//
//   build/tests/bench/bench_store --count 1000000 [--dir DIR] [--keep]

#include "demo/syntheticpostgenerator.h"
#include "search/postsearch.h"
#include "store/database.h"
#include "sync/postimporter.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace bxt;

namespace {

qint64 storeBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// Generates (or reads) the posts, measures the floor and the import; returns the store.
std::unique_ptr<Database> importBenchmark(
    const QCommandLineParser &parser, qint64 count, const QString &dir, const QString &storePath)
{
    const QString input = parser.isSet(QStringLiteral("input")) ? parser.value(QStringLiteral("input"))
                                                                : dir + QStringLiteral("/posts.jsonl");
    QElapsedTimer timer;
    timer.start();
    if (!parser.isSet(QStringLiteral("input"))) {
        QFile file(input);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        SyntheticPostGenerator generator(20051209);
        for (qint64 i = 0; i < count; ++i)
            file.write(QJsonDocument(generator.next()).toJson(QJsonDocument::Compact) + '\n');
    }
    const qint64 inputBytes = QFileInfo(input).size();
    say(QStringLiteral("input: %1 posts, %2 MB of JSON Lines in %3 s")
            .arg(parser.isSet(QStringLiteral("input")) ? QStringLiteral("?") : QString::number(count))
            .arg(inputBytes / 1e6, 0, 'f', 1)
            .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1));

    const QString floorDb = dir + QStringLiteral("/floor.sqlite");
    QFile::remove(floorDb);
    QFile::remove(floorDb + QStringLiteral("-wal"));
    qint64 floorLines = 0;
    const double floor = floorRate(input, floorDb, &floorLines);
    QFile::remove(floorDb);
    QFile::remove(floorDb + QStringLiteral("-wal"));
    QFile::remove(floorDb + QStringLiteral("-shm"));
    say(QStringLiteral("floor (parse + bare insert): %1 posts/s").arg(floor, 0, 'f', 0));

    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(storePath + suffix);
    QString error;
    auto database = Database::open(storePath, &error);
    if (!database) {
        say(error);
        return nullptr;
    }
    QFile file(input);
    file.open(QIODevice::ReadOnly);
    ImportReport report;
    timer.restart();
    const double cpuStart = cpuMillis();
    if (!PostImporter(*database, QStringLiteral("bench")).run(file, input, &report, &error)) {
        say(error);
        return nullptr;
    }
    const double importRate = report.inserted / (timer.nsecsElapsed() / 1e9);
    say(QStringLiteral("import (validation, store, search index): %1 posts/s = %2% of the floor (target >= 50%)")
            .arg(importRate, 0, 'f', 0)
            .arg(100 * importRate / floor, 0, 'f', 0));
    // On a shared machine the rate varies with the others' load; the CPU time much less.
    say(QStringLiteral("import CPU time (all threads): %1 s = %2 us per post")
            .arg((cpuMillis() - cpuStart) / 1e3, 0, 'f', 1)
            .arg(1e3 * (cpuMillis() - cpuStart) / std::max<qint64>(1, report.inserted), 0, 'f', 1));

    QSqlQuery(database->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 dbBytes = storeBytes(storePath);
    say(QStringLiteral("database %1 MB = %2 x the JSON Lines (target < 3)")
            .arg(dbBytes / 1e6, 0, 'f', 1)
            .arg(double(dbBytes) / inputBytes, 0, 'f', 2));

    return database;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("count"), QStringLiteral("Posts to generate."), QStringLiteral("n"),
        QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("input"), QStringLiteral("Use this JSON Lines file instead of generating."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("search-only"), QStringLiteral("Only search the store already in --dir.") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."), QStringLiteral("dir") });
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("count")).toLongLong();
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    if (!QDir().mkpath(dir)) {
        say(QStringLiteral("cannot create the work folder %1").arg(dir));
        return 1;
    }

    const bool searchOnly = parser.isSet(QStringLiteral("search-only"));
    const QString storePath = dir + QStringLiteral("/cases.sqlite");
    QElapsedTimer timer;
    QString error;
    std::unique_ptr<Database> database;
    if (searchOnly) {
        database = Database::open(storePath, &error);
        if (!database) {
            say(error);
            return 1;
        }
    } else {
        database = importBenchmark(parser, count, dir, storePath);
        if (!database)
            return 1;
    }

    const QStringList queries = { // two characters
        QStringLiteral("供暖"), QStringLiteral("物业"), QStringLiteral("停车"), QStringLiteral("噪音"),
        QStringLiteral("公交"), QStringLiteral("医保"), QStringLiteral("拆迁"), QStringLiteral("清雪"),
        QStringLiteral("燃气"), QStringLiteral("路灯"),
        // three characters
        QStringLiteral("物业费"), QStringLiteral("道里区"), QStringLiteral("停水了"), QStringLiteral("出租车"),
        QStringLiteral("松花江"), QStringLiteral("农民工"), QStringLiteral("不动产"), QStringLiteral("3号线"),
        QStringLiteral("南岗区"), QStringLiteral("垃圾桶"),
        // four characters
        QStringLiteral("供暖温度"), QStringLiteral("小区停车"), QStringLiteral("噪音扰民"), QStringLiteral("医保报销"),
        QStringLiteral("拆迁补偿"), QStringLiteral("中央大街"), QStringLiteral("垃圾分类"), QStringLiteral("违章建筑"),
        QStringLiteral("冬季清雪"), QStringLiteral("营商环境")
    };
    PostSearch search(*database);
    QList<double> millis;
    QHash<QString, double> slowest; // per query, over the rounds
    qint64 hitsTotal = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString &query : queries) {
            QList<SearchHit> hits;
            timer.restart();
            search.search(query, 20, &hits, &error);
            const double elapsed = timer.nsecsElapsed() / 1e6;
            millis.append(elapsed);
            slowest[query] = std::max(slowest.value(query), elapsed);
            hitsTotal += hits.size();
        }
    }
    std::sort(millis.begin(), millis.end());
    const auto percentile
        = [&millis](double p) { return millis.at(qMin(millis.size() - 1, qsizetype(p * millis.size()))); };
    say(QStringLiteral(
        "search over %1 queries x 5 (limit 20, %2 hits): p50 %3 ms, p95 %4 ms, max %5 ms (target p95 < 50)")
            .arg(queries.size())
            .arg(hitsTotal)
            .arg(percentile(0.50), 0, 'f', 1)
            .arg(percentile(0.95), 0, 'f', 1)
            .arg(millis.last(), 0, 'f', 1));
    QList<std::pair<double, QString>> byTime;
    for (auto it = slowest.cbegin(); it != slowest.cend(); ++it)
        byTime.append({ it.value(), it.key() });
    std::sort(byTime.begin(), byTime.end(), std::greater<>());
    QStringList slowQueries;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, byTime.size()); ++i)
        slowQueries.append(QStringLiteral("%1 %2 ms").arg(byTime.at(i).second).arg(byTime.at(i).first, 0, 'f', 1));
    say(QStringLiteral("slowest queries: %1").arg(slowQueries.join(QStringLiteral(", "))));
    say(QStringLiteral("peak memory: %1 MB").arg(memoryMegabytes("VmHWM:"), 0, 'f', 0));
    return 0;
}
