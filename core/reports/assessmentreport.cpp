#include "reports/assessmentreport.h"

#include "replyquality/replylinter.h"
#include "reports/jsonfield.h"
#include "reports/replyratings.h"
#include "reports/reportunits.h"
#include "store/database.h"
#include "store/replycheckrulesstore.h"
#include "store/unitstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace bxt {

namespace {

const QString kWeightsKey = QStringLiteral("assessment_weights");

// Sums of one part of the score.
struct Part
{
    double sum = 0;
    qint64 count = 0;

    void add(double value)
    {
        sum += value;
        ++count;
    }
    std::optional<double> mean() const { return count > 0 ? std::optional<double>(sum / count) : std::nullopt; }
};

struct UnitTally
{
    qint64 assigned = 0;
    qint64 replied = 0;
    Part lint;
    Part satisfaction;
};

double lintScore(const QList<ReplyFinding> &findings)
{
    if (ReplyLinter::blocks(findings))
        return 0;
    return findings.isEmpty() ? 100 : 50;
}

std::optional<double> satisfactionScore(const QString &code)
{
    if (code == QLatin1String("satisfied"))
        return 100;
    if (code == QLatin1String("basically_satisfied"))
        return 60;
    if (code == QLatin1String("unsatisfied"))
        return 0;
    return std::nullopt;
}

std::optional<double> weightedQuality(const UnitAssessment &unit, const AssessmentWeights &weights)
{
    double sum = 0, weight = 0;
    for (const auto &[part, partWeight] :
        { std::pair { unit.lintScore, weights.lint }, std::pair { unit.ratingScore, weights.ratings },
            std::pair { unit.satisfactionScore, weights.satisfaction } }) {
        if (part && partWeight > 0) {
            sum += *part * partWeight;
            weight += partWeight;
        }
    }
    return weight > 0 ? std::optional<double>(sum / weight) : std::nullopt;
}

} // namespace

bool AssessmentWeights::isValid() const
{
    return lint >= 0 && ratings >= 0 && satisfaction >= 0 && lint + ratings + satisfaction > 0;
}

bool AssessmentWeights::load(const Database &database, AssessmentWeights *weights, QString *error)
{
    std::optional<QString> text;
    if (!readMetaText(database.connection(), kWeightsKey, &text, error))
        return false;
    *weights = AssessmentWeights();
    if (!text || text->isEmpty())
        return true;
    const QJsonObject json = QJsonDocument::fromJson(text->toUtf8()).object();
    weights->lint = json.value(QLatin1String("lint")).toDouble(weights->lint);
    weights->ratings = json.value(QLatin1String("ratings")).toDouble(weights->ratings);
    weights->satisfaction = json.value(QLatin1String("satisfaction")).toDouble(weights->satisfaction);
    return true;
}

bool AssessmentWeights::save(const Database &database, QString *error) const
{
    if (!isValid()) {
        *error = QCoreApplication::translate(
            "AssessmentWeights", "Weights are numbers of 0 or more, and not all of them 0.");
        return false;
    }
    const QJsonObject json { { QStringLiteral("lint"), lint }, { QStringLiteral("ratings"), ratings },
        { QStringLiteral("satisfaction"), satisfaction } };
    return inTransaction(
        database,
        [&](QString *failure) { return writeMetaText(database.connection(), kWeightsKey, compactJson(json), failure); },
        error);
}

AssessmentReportBuilder::AssessmentReportBuilder(const Database &database)
    : m_database(database)
{ }

bool AssessmentReportBuilder::build(const ReportPeriod &year, AssessmentReport *report, QString *error) const
{
    AssessmentReport result;
    result.year = year;
    QHash<QString, Unit> known;
    if (!AssessmentWeights::load(m_database, &result.weights, error) || !UnitStore(m_database).all(&known, error))
        return false;
    const std::optional<ReplyLinter> linter = ReplyCheckRulesStore(m_database).linter(error);
    if (!linter)
        return false;
    ReportUnits units(known);
    QHash<int, UnitTally> tallies;
    QHash<QString, int> replyRows; // the row of the unit of each reply judged

    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT a.unit_id, p.category, p.raw FROM assignments a JOIN posts p ON p.local_id = "
                                  "a.post WHERE a.dispatched_at >= ? AND a.dispatched_at < ? AND %1")
                       .arg(unitWorkPosts()));
    select.addBindValue(year.start());
    select.addBindValue(year.end());
    if (!select.exec()) {
        *error = sqlError(select);
        return false;
    }
    while (select.next()) {
        const QString unitId = select.value(0).toString();
        const QByteArray raw = select.value(2).toByteArray();
        const QJsonArray assignments = topLevelJsonField(raw, "assignments").toArray();
        const auto found = std::find_if(assignments.begin(), assignments.end(), [&unitId](const QJsonValue &value) {
            return value.toObject().value(QLatin1String("unit_id")).toString() == unitId;
        });
        if (found == assignments.end())
            continue;
        const QJsonObject assignment = (*found).toObject();
        if (year.contains(epochSeconds(assignment.value(QLatin1String("returned_at")).toString())))
            continue; // returned: not the unit's to reply to (R15)
        UnitTally &tally = tallies[units.row(unitId)];
        ++tally.assigned;
        ReplyContext context;
        context.category = Categories::fromCode(select.value(1).toString());
        context.postTitle = topLevelJsonField(raw, "title").toString();
        context.postBody = topLevelJsonField(raw, "body").toString();
        bool replied = false;
        for (const QJsonValue &value : assignment.value(QLatin1String("replies")).toArray()) {
            const QJsonObject reply = value.toObject();
            if (epochSeconds(reply.value(QLatin1String("published_at")).toString()) >= year.end())
                continue;
            replied = true;
            context.kind = reply.value(QLatin1String("kind")).toString();
            tally.lint.add(lintScore(linter->check(reply, context)));
            replyRows.insert(reply.value(QLatin1String("id")).toString(), units.row(unitId));
            context.earlierReplies.append(reply);
        }
        if (!replied)
            continue;
        ++tally.replied;
        if (const auto satisfaction = satisfactionScore(topLevelJsonField(raw, "satisfaction").toString()))
            tally.satisfaction.add(*satisfaction);
    }

    QList<ReplyRating> ratings;
    if (!ReplyRatingStore(m_database).list(QString(), &ratings, error))
        return false;
    QHash<int, Part> rated;
    for (const ReplyRating &rating : std::as_const(ratings)) {
        const auto row = replyRows.constFind(rating.replyId);
        if (row != replyRows.cend() && units.unit(*row).id == rating.unitId)
            rated[*row].add(rating.score());
    }

    for (int row = 0; row < units.size(); ++row) {
        const UnitTally tally = tallies.value(row);
        UnitAssessment unit;
        unit.unitId = units.unit(row).id;
        unit.unitName = units.unit(row).name;
        unit.assigned = tally.assigned;
        unit.replied = tally.replied;
        unit.repliesChecked = tally.lint.count;
        unit.lintScore = tally.lint.mean();
        unit.ratings = rated.value(row).count;
        unit.ratingScore = rated.value(row).mean();
        unit.satisfactionAnswers = tally.satisfaction.count;
        unit.satisfactionScore = tally.satisfaction.mean();
        unit.quality = weightedQuality(unit, result.weights);
        result.units.append(unit);
    }
    std::stable_sort(result.units.begin(), result.units.end(), [](const UnitAssessment &a, const UnitAssessment &b) {
        if (a.quality.has_value() != b.quality.has_value())
            return a.quality.has_value();
        if (a.quality && *a.quality != *b.quality)
            return *a.quality > *b.quality;
        return a.replyRate() > b.replyRate();
    });
    for (int i = 0; i < result.units.size(); ++i)
        result.units[i].rank = i + 1;
    result.notes = units.notes();
    *report = result;
    return true;
}

} // namespace bxt
