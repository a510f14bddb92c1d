// Help-with-judgement benchmark (issue 3) on a store built by bench_store: the queue's flag
// column (every post with a flagged term), likely duplicates of 200 posts one after another
// as a clerk clicks through them, and the triage suggester's training and per-post time.
//
//   build/tests/bench/bench_store --count 1000000 --dir DIR
//   build/tests/bench/bench_judgement --dir DIR

#include "benchsupport.h"
#include "domain/post.h"
#include "judgement/duplicatefinder.h"
#include "judgement/flaggedposts.h"
#include "judgement/flaggedterms.h"
#include "judgement/triagesuggester.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

using namespace bxt;

namespace {

QString percentiles(QList<double> millis)
{
    std::sort(millis.begin(), millis.end());
    const auto at = [&millis](double p) { return millis.at(qMin(millis.size() - 1, qsizetype(p * millis.size()))); };
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms")
        .arg(at(0.50), 0, 'f', 1)
        .arg(at(0.95), 0, 'f', 1)
        .arg(millis.last(), 0, 'f', 1);
}

// Posts spread evenly over the store, as a clerk would meet them.
QList<Post> samplePosts(const Database &database, int count)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT max(local_id) FROM posts"));
    query.next();
    const qint64 last = query.value(0).toLongLong();
    query.prepare(QStringLiteral("SELECT raw FROM posts WHERE local_id >= ? ORDER BY local_id LIMIT 1"));
    QList<Post> posts;
    for (int i = 0; i < count; ++i) {
        query.bindValue(0, 1 + last * i / count);
        if (query.exec() && query.next())
            posts.append(Post(QJsonDocument::fromJson(query.value(0).toByteArray()).object()));
    }
    return posts;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Folder of bench_store's cases.sqlite."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("posts"), QStringLiteral("Posts to find duplicates of."), QStringLiteral("n"),
        QStringLiteral("200") });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("dir"))) {
        say(QStringLiteral("--dir is required: the folder of a store built by bench_store"));
        return 2;
    }
    QString error;
    const auto database = Database::open(parser.value(QStringLiteral("dir")) + QStringLiteral("/cases.sqlite"), &error);
    if (!database) {
        say(error);
        return 1;
    }
    QSqlQuery count(database->connection());
    count.exec(QStringLiteral("SELECT count(*) FROM posts"));
    count.next();
    say(QStringLiteral("store: %1 posts").arg(count.value(0).toLongLong()));

    // The flag column: first call (cold page cache for the postings) and warm calls.
    const FlaggedTerms terms = FlaggedTerms::builtIn();
    QList<double> flagMillis;
    QSet<qint64> flagged;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!flaggedPostIds(*database, terms, &flagged, &error)) {
            say(error);
            return 1;
        }
        flagMillis.append(millisSince(timer));
    }
    say(QStringLiteral("flaggedPostIds, built-in list (%1 terms): %2 posts flagged; first %3 ms, then %4")
            .arg(terms.abusive().size() + terms.illegal().size())
            .arg(flagged.size())
            .arg(flagMillis.first(), 0, 'f', 1)
            .arg(percentiles(flagMillis.mid(1))));
    // Terms that occur: every post whose text has a common word, as a worst case for the index.
    const auto common = FlaggedTerms::fromJson(
        { { QStringLiteral("abusive"), QJsonArray { QStringLiteral("物业"), QStringLiteral("开发商") } },
            { QStringLiteral("illegal"), QJsonArray { QStringLiteral("供暖温度"), QStringLiteral("停车") } } },
        &error);
    QElapsedTimer timer;
    timer.start();
    if (!flaggedPostIds(*database, *common, &flagged, &error)) {
        say(error);
        return 1;
    }
    say(QStringLiteral("flaggedPostIds, 4 common words (物业 开发商 供暖温度 停车): %1 posts flagged in %2 ms")
            .arg(flagged.size())
            .arg(millisSince(timer), 0, 'f', 1));

    const int postCount = parser.value(QStringLiteral("posts")).toInt();
    const QList<Post> posts = samplePosts(*database, postCount);
    DuplicateFinder finder(*database);
    QList<double> duplicateMillis;
    qint64 found = 0;
    qint64 sameAuthor = 0;
    for (const Post &post : posts) {
        QList<DuplicateCandidate> candidates;
        timer.restart();
        if (!finder.find(post, 10, &candidates, &error)) {
            say(error);
            return 1;
        }
        duplicateMillis.append(millisSince(timer));
        found += candidates.size();
        sameAuthor += std::count_if(candidates.cbegin(), candidates.cend(),
            [](const DuplicateCandidate &candidate) { return candidate.sameAuthor; });
    }
    say(QStringLiteral("DuplicateFinder, one finder over %1 posts (limit 10, threshold %2): first %3 ms, then %4; "
                       "%5 candidates, %6 same author")
            .arg(posts.size())
            .arg(finder.threshold())
            .arg(duplicateMillis.first(), 0, 'f', 1)
            .arg(percentiles(duplicateMillis.mid(1)))
            .arg(found)
            .arg(sameAuthor));

    // Re-posts: each sampled post again with its last sentence replaced; is the original found?
    int repostsFound = 0, repostsFirst = 0;
    double top1 = 0, top10 = 0;
    for (const Post &post : posts) {
        QJsonObject json = post.json();
        QString body = post.body();
        body.chop(1);
        body = body.left(body.lastIndexOf(QStringLiteral("。")) + 1) + QStringLiteral("请尽快处理，谢谢。");
        json.insert(QStringLiteral("id"), QStringLiteral("bench-repost"));
        json.insert(QStringLiteral("body"), body);
        QList<DuplicateCandidate> candidates;
        if (!finder.find(Post(json), 10, &candidates, &error)) {
            say(error);
            return 1;
        }
        const auto original = std::find_if(candidates.cbegin(), candidates.cend(),
            [&post](const DuplicateCandidate &c) { return c.postId == post.id(); });
        repostsFound += original != candidates.cend();
        top1 += candidates.isEmpty() ? 0 : candidates.first().similarity;
        top10 += candidates.size() < 10 ? 0 : candidates.at(9).similarity;
        repostsFirst += original != candidates.cend() && original->similarity >= candidates.first().similarity;
    }
    say(QStringLiteral("re-posts (last sentence replaced): original among the 10 found for %1/%2, "
                       "ranked first (or tied) for %3/%2")
            .arg(repostsFound)
            .arg(posts.size())
            .arg(repostsFirst));
    say(QStringLiteral("re-posts: mean similarity of the first found %1, of the tenth %2")
            .arg(top1 / posts.size(), 0, 'f', 3)
            .arg(top10 / posts.size(), 0, 'f', 3));

    timer.restart();
    const double cpuBefore = cpuMillis();
    const std::optional<TriageSuggester> suggester = TriageSuggester::train(*database, &error);
    if (!suggester) {
        say(error);
        return 1;
    }
    say(QStringLiteral("TriageSuggester::train on the %1 most recent classified posts: %2 ms (%3 ms of CPU)")
            .arg(suggester->learnedPosts())
            .arg(millisSince(timer), 0, 'f', 0)
            .arg(cpuMillis() - cpuBefore, 0, 'f', 0));
    QList<double> suggestMillis;
    int categoryRight = 0, categoryAsked = 0, unitRight = 0, unitAsked = 0;
    double categoryConfidence = 0, unitConfidence = 0;
    for (const Post &post : posts) {
        timer.restart();
        const QList<Suggestion> categories = suggester->categories(post);
        const QList<Suggestion> units = suggester->units(post);
        suggestMillis.append(millisSince(timer));
        if (!post.categoryCode().isEmpty()) {
            ++categoryAsked;
            categoryRight += !categories.isEmpty() && categories.first().code == post.categoryCode();
            categoryConfidence += categories.isEmpty() ? 0 : categories.first().confidence;
        }
        const QJsonArray assignments = post.assignments();
        if (!assignments.isEmpty()) {
            ++unitAsked;
            const QString first = units.isEmpty() ? QString() : units.first().code;
            unitConfidence += units.isEmpty() ? 0 : units.first().confidence;
            unitRight += std::any_of(assignments.begin(), assignments.end(), [&first](const QJsonValue &value) {
                return value.toObject().value(QLatin1String("unit_id")).toString() == first;
            });
        }
    }
    say(QStringLiteral("suggestions (categories + units) per post: %1").arg(percentiles(suggestMillis)));
    say(QStringLiteral("first category right for %1/%2 posts, mean confidence %3 (synthetic categories are random); "
                       "first unit among the assigned for %4/%5, mean confidence %6")
            .arg(categoryRight)
            .arg(categoryAsked)
            .arg(categoryConfidence / std::max(1, categoryAsked), 0, 'f', 2)
            .arg(unitRight)
            .arg(unitAsked)
            .arg(unitConfidence / std::max(1, unitAsked), 0, 'f', 2));
    say(QStringLiteral("peak memory: %1 MB").arg(memoryMegabytes("VmHWM:"), 0, 'f', 0));
    return 0;
}
