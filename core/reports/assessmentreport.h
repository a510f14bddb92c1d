#pragma once

#include "reports/reportperiod.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bxt {

class Database;

// How much each part weighs in a unit's reply-quality score (R23); kept in the store's meta
// table. Only their ratios matter.
struct AssessmentWeights
{
    double lint = 0.3; // the reply-quality check's findings
    double ratings = 0.4; // supervisors' ratings of sampled replies (R19)
    double satisfaction = 0.3; // the authors' satisfaction

    bool isValid() const; // none negative, not all zero
    static bool load(const Database &database, AssessmentWeights *weights, QString *error);
    bool save(const Database &database, QString *error) const; // in one transaction
};

// One unit's year (R23): its reply rate and its reply-quality score, each part from 0 to 100.
struct UnitAssessment
{
    QString unitId;
    QString unitName;
    int rank = 0; // 1 is the best; units without a score come last
    qint64 assigned = 0; // dispatched in the year and not returned
    qint64 replied = 0; // of those, replied by the year's end
    qint64 repliesChecked = 0;
    std::optional<double> lintScore; // per reply: 100 without findings, 50 with advice, 0 when blocked
    qint64 ratings = 0;
    std::optional<double> ratingScore;
    qint64 satisfactionAnswers = 0;
    std::optional<double> satisfactionScore; // satisfied 100, basically satisfied 60, unsatisfied 0
    std::optional<double> quality; // the weighted mean of the parts there are

    double replyRate() const { return assigned > 0 ? double(replied) / double(assigned) : 0; }
};

struct AssessmentReport
{
    ReportPeriod year;
    AssessmentWeights weights;
    QList<UnitAssessment> units; // ranked
    QStringList notes;
};

// Works the annual assessment out from the store: the assignments dispatched in the year, their
// replies run through the reply-quality check, the ratings given and the authors' satisfaction.
class AssessmentReportBuilder final
{
public:
    Q_DISABLE_COPY_MOVE(AssessmentReportBuilder)
    explicit AssessmentReportBuilder(const Database &database);

    bool build(const ReportPeriod &year, AssessmentReport *report, QString *error) const;

private:
    const Database &m_database;
};

} // namespace bxt
