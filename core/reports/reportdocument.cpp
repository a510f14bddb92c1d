#include "reports/reportdocument.h"

#include "domain/category.h"
#include "reports/assessmentreport.h"
#include "reports/quarterlyreport.h"

#include <QCoreApplication>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

QString number(qint64 value)
{
    return QString::number(value);
}

QString score(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

QString categoryName(const QString &code)
{
    const auto category = Categories::fromCode(code);
    return category ? Categories::displayName(*category) : Tr::tr("Not yet classified");
}

QStringList figureRow(const UnitAnswerFigures &unit)
{
    return { unit.unitId, unit.unitName, number(unit.dispatched), number(unit.answered), number(unit.answeredOnTime),
        number(unit.answeredLate), number(unit.overdueOpen), number(unit.returned), number(unit.returnedLate),
        number(unit.supervisions) };
}

} // namespace

ReportDocument ReportDocument::quarterly(const QuarterlyReport &report)
{
    ReportDocument document;
    document.title = Tr::tr("Quarterly report on replies to posts, %1").arg(report.period.label());
    document.subtitle
        = Tr::tr("%1 to %2, as of the end of %2 (China Standard Time); rules R15, R16 and R21")
              .arg(report.period.firstDay().toString(Qt::ISODate), report.period.lastDay().toString(Qt::ISODate));
    document.table.keys = QStringList { QStringLiteral("unit_id"), QStringLiteral("unit_name"),
        QStringLiteral("dispatched"), QStringLiteral("answered"), QStringLiteral("answered_on_time"),
        QStringLiteral("answered_late"), QStringLiteral("overdue_open"), QStringLiteral("returned"),
        QStringLiteral("returned_late"), QStringLiteral("supervisions") };
    document.table.headers = QStringList { Tr::tr("Unit id"), Tr::tr("Unit"), Tr::tr("Dispatched"), Tr::tr("Answered"),
        Tr::tr("On time"), Tr::tr("Late"), Tr::tr("Overdue, open"), Tr::tr("Returned"), Tr::tr("Returned late"),
        Tr::tr("Supervisions") };
    ChartData onTime { ChartData::Style::Bars, Tr::tr("On-time rate per unit (on time ÷ answered or overdue)"), {}, {},
        true };
    for (const UnitAnswerFigures &unit : report.units) {
        document.table.rows.append(figureRow(unit));
        if (unit.answered + unit.overdueOpen > 0) {
            onTime.labels.append(unit.unitName);
            onTime.values.append(unit.onTimeRate());
        }
    }
    document.table.rows.append(figureRow(report.total));
    document.table.lastRowIsTotal = true;

    ChartData volume { ChartData::Style::Columns, Tr::tr("Posts submitted per week"), {}, {}, false };
    for (int week = 0; week < report.postsPerWeek.size(); ++week) {
        volume.labels.append(report.period.firstDay().addDays(7 * week).toString(QStringLiteral("MM-dd")));
        volume.values.append(double(report.postsPerWeek.at(week)));
    }
    qint64 posts = 0;
    for (const CategoryCount &count : report.categories)
        posts += count.posts;
    ChartData shares { ChartData::Style::Bars, Tr::tr("Posts by category"), {}, {}, true };
    Section categories { Tr::tr("Posts by category"), Tr::tr("Posts submitted in the quarter: %1.").arg(posts), {} };
    categories.table.keys
        = QStringList { QStringLiteral("category"), QStringLiteral("posts"), QStringLiteral("share") };
    categories.table.headers = QStringList { Tr::tr("Category"), Tr::tr("Posts"), Tr::tr("Share") };
    for (const CategoryCount &count : report.categories) {
        const double share = posts > 0 ? double(count.posts) / double(posts) : 0;
        categories.table.rows.append({ categoryName(count.category), number(count.posts),
            QString::number(share * 100, 'f', 1) + QLatin1Char('%') });
        shares.labels.append(categoryName(count.category));
        shares.values.append(share);
    }
    document.charts = { volume, onTime, shares };
    document.sections.append(categories);

    Section matters { Tr::tr("Main matters raised"),
        Tr::tr("The phrases the most titles of posts for units share, with the most viewed post on each."), {} };
    matters.table.keys = QStringList { QStringLiteral("matter"), QStringLiteral("posts"), QStringLiteral("post_id"),
        QStringLiteral("post_title") };
    matters.table.headers = QStringList { Tr::tr("Matter"), Tr::tr("Posts"), Tr::tr("Post"), Tr::tr("Title") };
    for (const MatterTopic &topic : report.topics)
        matters.table.rows.append({ topic.phrase, number(topic.posts), topic.postId, topic.postTitle });
    document.sections.append(matters);
    document.notes = report.notes;
    return document;
}

ReportDocument ReportDocument::assessment(const AssessmentReport &report)
{
    ReportDocument document;
    document.title = Tr::tr("Annual assessment of units' replies, %1").arg(report.year.label());
    document.subtitle = Tr::tr("Assignments dispatched in %1 and their replies by the year's end; rules R19 and R23")
                            .arg(report.year.label());
    document.table.keys = QStringList { QStringLiteral("rank"), QStringLiteral("unit_id"), QStringLiteral("unit_name"),
        QStringLiteral("assigned"), QStringLiteral("replied"), QStringLiteral("reply_rate"),
        QStringLiteral("lint_score"), QStringLiteral("rating_score"), QStringLiteral("satisfaction_score"),
        QStringLiteral("quality_score") };
    document.table.headers = QStringList { Tr::tr("Rank"), Tr::tr("Unit id"), Tr::tr("Unit"), Tr::tr("Assigned"),
        Tr::tr("Replied"), Tr::tr("Reply rate"), Tr::tr("Quality check"), Tr::tr("Supervisors' ratings"),
        Tr::tr("Authors' satisfaction"), Tr::tr("Quality score") };
    ChartData quality { ChartData::Style::Bars, Tr::tr("Reply-quality score per unit (0–100)"), {}, {}, false };
    ChartData rate { ChartData::Style::Bars, Tr::tr("Reply rate per unit"), {}, {}, true };
    for (const UnitAssessment &unit : report.units) {
        document.table.rows.append({ number(unit.rank), unit.unitId, unit.unitName, number(unit.assigned),
            number(unit.replied), QString::number(unit.replyRate() * 100, 'f', 1), score(unit.lintScore),
            score(unit.ratingScore), score(unit.satisfactionScore), score(unit.quality) });
        if (unit.quality) {
            quality.labels.append(unit.unitName);
            quality.values.append(*unit.quality);
        }
        if (unit.assigned > 0) {
            rate.labels.append(unit.unitName);
            rate.values.append(unit.replyRate());
        }
    }
    document.charts = { quality, rate };
    const AssessmentWeights &weights = report.weights;
    const double sum = weights.lint + weights.ratings + weights.satisfaction;
    const auto percent = [sum](double weight) { return QString::number(sum > 0 ? weight / sum * 100 : 0, 'f', 0); };
    Section method { Tr::tr("How the quality score is made"),
        Tr::tr("The weighted mean of the parts a unit has, each from 0 to 100. Quality check: per reply 100 "
               "without findings, 50 with advice, 0 when it would be blocked. Supervisors' ratings: sampled "
               "replies rated 1 to 5 on substance, responsibility and form (R19). Authors' satisfaction: "
               "satisfied 100, basically satisfied 60, unsatisfied 0. The weights are configurable."),
        {} };
    method.table.keys = QStringList { QStringLiteral("part"), QStringLiteral("weight") };
    method.table.headers = QStringList { Tr::tr("Part"), Tr::tr("Weight") };
    method.table.rows = { { Tr::tr("Quality check"), percent(weights.lint) + QLatin1Char('%') },
        { Tr::tr("Supervisors' ratings"), percent(weights.ratings) + QLatin1Char('%') },
        { Tr::tr("Authors' satisfaction"), percent(weights.satisfaction) + QLatin1Char('%') } };
    document.sections.append(method);
    document.notes = report.notes;
    return document;
}

} // namespace bxt
