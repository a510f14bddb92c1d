// The triage suggestions on real text (issue 12): imports a corpus into a temporary store as
// `baixingtan-cli import` does, trains the suggester on its classified posts, and runs the
// category and unit suggestions and the duplicate finder on every unclassified post. Counts
// suggestions without a reason or with a confidence outside 0..1, and the duplicate pairs
// suggested; prints pairs to read (--show N) and how many suggested pairs have the same title.
// Exit 0 when no suggestion lacks a reason and every confidence is within 0..1.
//
//   build/tests/eval/eval_suggestions /work/shared/data/wenzheng-dev.jsonl.gz [--show 40]

#include "evalsupport.h"

#include "domain/post.h"
#include "judgement/duplicatefinder.h"
#include "judgement/triagesuggester.h"
#include "store/database.h"
#include "store/poststore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

using namespace bxt;

namespace {

struct Check
{
    int suggestions = 0;
    int withoutReason = 0;
    int badConfidence = 0;

    void add(const QList<Suggestion> &list)
    {
        for (const Suggestion &suggestion : list) {
            ++suggestions;
            withoutReason += suggestion.why.trimmed().isEmpty() || suggestion.code.isEmpty() ? 1 : 0;
            badConfidence += suggestion.confidence >= 0 && suggestion.confidence <= 1 ? 0 : 1;
        }
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("JSON Lines of portal posts, or .gz."));
    parser.addOption(
        { QStringLiteral("units"), QStringLiteral("The portal's GET /units body."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("show"), QStringLiteral("Duplicate pairs to print for reading."),
        QStringLiteral("n"), QStringLiteral("40") });
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cases.sqlite"));
    QString error;
    if (!eval::importCorpus(db, parser.positionalArguments().first(), parser.value(QStringLiteral("units")), &error))
        return eval::fail(error);
    const auto database = Database::open(db, &error);
    if (!database)
        return eval::fail(error);
    const std::optional<TriageSuggester> suggester = TriageSuggester::train(*database, &error);
    if (!suggester)
        return eval::fail(error);
    QList<Post> unclassified;
    QHash<QString, QString> titles;
    if (!PostStore(*database).forEachRaw(
            [&](const QByteArray &raw) {
                Post post(QJsonDocument::fromJson(raw).object());
                titles.insert(post.id(), post.title());
                if (post.categoryCode().isEmpty())
                    unclassified.append(post);
                return true;
            },
            &error))
        return eval::fail(error);

    Check categories, units;
    DuplicateFinder finder(*database);
    QSet<QPair<QString, QString>> pairs;
    QList<std::tuple<double, QString, QString>> listed;
    QElapsedTimer timer;
    timer.start();
    QStringList examples; // the first posts' suggestions, to read
    for (const Post &post : std::as_const(unclassified)) {
        const QList<Suggestion> categorySuggestions = suggester->categories(post);
        const QList<Suggestion> unitSuggestions = suggester->units(post);
        categories.add(categorySuggestions);
        units.add(unitSuggestions);
        for (const Suggestion &suggestion : categorySuggestions + unitSuggestions) {
            if (examples.size() < 6)
                examples.append(QStringLiteral("  %1 %2 %3: %4")
                                    .arg(post.id(), suggestion.code)
                                    .arg(suggestion.confidence, 0, 'f', 2)
                                    .arg(suggestion.why));
        }
        QList<DuplicateCandidate> candidates;
        if (!finder.find(post, 3, &candidates, &error))
            return eval::fail(error);
        for (const DuplicateCandidate &candidate : std::as_const(candidates)) {
            const auto pair = qMakePair(std::min(post.id(), candidate.postId), std::max(post.id(), candidate.postId));
            if (!pairs.contains(pair)) {
                pairs.insert(pair);
                listed.append({ candidate.similarity, pair.first, pair.second });
            }
        }
    }
    const double millis = double(timer.elapsed());
    int sameTitle = 0;
    for (const auto &[similarity, first, second] : std::as_const(listed))
        sameTitle += titles.value(first).simplified() == titles.value(second).simplified() ? 1 : 0;

    eval::say(QStringLiteral("trained on %1 classified posts; %2 unclassified posts checked in %3 ms")
                  .arg(suggester->learnedPosts())
                  .arg(unclassified.size())
                  .arg(millis, 0, 'f', 0));
    eval::say(QStringLiteral("categories: %1 suggestions, %2 without a reason, %3 with a confidence outside 0..1")
                  .arg(categories.suggestions)
                  .arg(categories.withoutReason)
                  .arg(categories.badConfidence));
    eval::say(QStringLiteral("units: %1 suggestions, %2 without a reason, %3 with a confidence outside 0..1")
                  .arg(units.suggestions)
                  .arg(units.withoutReason)
                  .arg(units.badConfidence));
    for (const QString &example : std::as_const(examples))
        eval::say(example);
    eval::say(QStringLiteral("duplicates: %1 pairs suggested (similarity >= %2), %3 of them with the same title")
                  .arg(pairs.size())
                  .arg(DuplicateFinder::kDefaultThreshold)
                  .arg(sameTitle));
    std::sort(listed.begin(), listed.end());
    const qsizetype show = std::min<qsizetype>(parser.value(QStringLiteral("show")).toInt(), listed.size());
    for (qsizetype i = 0; i < show; ++i) { // the least similar first: the pairs most worth reading
        const auto &[similarity, first, second] = listed.at(i);
        eval::say(QStringLiteral("  %1  %2 %3").arg(similarity, 0, 'f', 2).arg(first, second));
    }
    const bool ok
        = categories.withoutReason + units.withoutReason + categories.badConfidence + units.badConfidence == 0;
    return ok ? 0 : 1;
}
