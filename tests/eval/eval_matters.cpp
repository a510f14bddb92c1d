// Key issues on real text (issue 12, R22): imports a corpus of portal posts into a temporary
// store as `baixingtan-cli import` does, groups a period into matters, and compares them with
// matters checked by hand. For each reference matter: the rank of the group that holds most of
// its posts, that group's precision and recall, and whether it is in the top 15. Exit 0 when
// every matter is in the top 15 with precision >= 0.8 and recall >= 0.7.
//
//   build/tests/eval/eval_matters /work/shared/data/wenzheng-dev.jsonl.gz
//       tests/eval/data/matters-reference.json [--units wenzheng-units.json] [--from D --to D]
//
// A .gz corpus is read through gzip -dc. Without --units, wenzheng-units.json beside the corpus
// is used when it exists.

#include "evalsupport.h"

#include "matters/mattergrouper.h"
#include "store/database.h"
#include "store/unitstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <cstdio>

using namespace bxt;

namespace {

constexpr int kTop = 15;
constexpr double kPrecision = 0.8;
constexpr double kRecall = 0.7;

struct ReferenceMatter
{
    QString name;
    QSet<QString> ids;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("JSON Lines of portal posts, or .gz."));
    parser.addPositionalArgument(QStringLiteral("reference"), QStringLiteral("Matters checked by hand (JSON)."));
    parser.addOption(
        { QStringLiteral("units"), QStringLiteral("The portal's GET /units body."), QStringLiteral("file") });
    parser.addOption(
        { QStringLiteral("from"), QStringLiteral("First day; default the reference's."), QStringLiteral("date") });
    parser.addOption(
        { QStringLiteral("to"), QStringLiteral("Last day; default the reference's."), QStringLiteral("date") });
    parser.addOption({ QStringLiteral("threshold"), QStringLiteral("Similarity a post needs to join a matter."),
        QStringLiteral("cosine"), QString::number(MatterGrouper::kDefaultThreshold) });
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        parser.showHelp(2);
    const QString corpus = parser.positionalArguments().at(0);
    QJsonObject reference;
    QString error;
    if (!eval::readJson(parser.positionalArguments().at(1), &reference, &error))
        return eval::fail(error);
    const QDate from
        = QDate::fromString(parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                                                                 : reference.value(QLatin1String("from")).toString(),
            Qt::ISODate);
    const QDate to
        = QDate::fromString(parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to"))
                                                               : reference.value(QLatin1String("to")).toString(),
            Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return eval::fail(QStringLiteral("the period needs --from and --to, or from and to in the reference"));
    QList<ReferenceMatter> matters;
    for (const QJsonValue &value : reference.value(QLatin1String("matters")).toArray()) {
        ReferenceMatter matter { value[QLatin1String("name")].toString(), {} };
        for (const QJsonValue &id : value[QLatin1String("post_ids")].toArray())
            matter.ids.insert(id.toString());
        matters.append(matter);
    }
    QString units = parser.value(QStringLiteral("units"));
    if (units.isEmpty() && QFileInfo::exists(QFileInfo(corpus).dir().filePath(QStringLiteral("wenzheng-units.json"))))
        units = QFileInfo(corpus).dir().filePath(QStringLiteral("wenzheng-units.json"));

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cases.sqlite"));
    if (!eval::importCorpus(db, corpus, units, &error))
        return eval::fail(error);
    const auto database = Database::open(db, &error);
    if (!database)
        return eval::fail(error);
    QHash<QString, Unit> unitList;
    if (!UnitStore(*database).all(&unitList, &error))
        return eval::fail(error);
    MatterGrouping grouping;
    MatterGrouper grouper(*database, unitList);
    grouper.setThreshold(parser.value(QStringLiteral("threshold")).toDouble());
    if (!grouper.group(from, to, &grouping, &error))
        return eval::fail(error);
    eval::say(QStringLiteral("%1 to %2: %3 posts in %4 matters")
                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                  .arg(grouping.posts.size())
                  .arg(grouping.matters.size()));

    int met = 0;
    for (const ReferenceMatter &matter : std::as_const(matters)) {
        qsizetype bestRank = -1;
        qsizetype bestShared = 0;
        for (qsizetype rank = 0; rank < grouping.matters.size(); ++rank) {
            qsizetype shared = 0;
            for (const quint32 member : grouping.matters.at(rank).members)
                shared += matter.ids.contains(grouping.post(member).id) ? 1 : 0;
            if (shared > bestShared) {
                bestShared = shared;
                bestRank = rank;
            }
        }
        const double precision = bestRank < 0 ? 0 : double(bestShared) / grouping.matters.at(bestRank).volume();
        const double recall = double(bestShared) / std::max<qsizetype>(1, matter.ids.size());
        const bool inTop = bestRank >= 0 && bestRank < kTop;
        const bool ok = inTop && precision >= kPrecision && recall >= kRecall;
        met += ok ? 1 : 0;
        eval::say(QStringLiteral("%1  rank %2  precision %3  recall %4  top %5: %6  %7")
                      .arg(ok ? QStringLiteral("ok  ") : QStringLiteral("MISS"))
                      .arg(bestRank < 0 ? QStringLiteral("-") : QString::number(bestRank + 1), 4)
                      .arg(precision, 0, 'f', 2)
                      .arg(recall, 0, 'f', 2)
                      .arg(kTop)
                      .arg(inTop ? QStringLiteral("yes") : QStringLiteral("no"), matter.name));
    }
    eval::say(QStringLiteral("top 15:"));
    for (qsizetype rank = 0; rank < std::min<qsizetype>(kTop, grouping.matters.size()); ++rank) {
        const Matter &matter = grouping.matters.at(rank);
        QStringList ids;
        for (const quint32 member : matter.members)
            ids.append(grouping.post(member).id);
        eval::say(QStringLiteral("  #%1 score %2  %3 posts: %4")
                      .arg(rank + 1)
                      .arg(matter.score, 0, 'f', 2)
                      .arg(matter.volume())
                      .arg(ids.join(QLatin1Char(' '))));
    }
    eval::say(QStringLiteral("%1 of %2 reference matters met the targets").arg(met).arg(matters.size()));
    return met == matters.size() ? 0 : 1;
}
