#pragma once

#include "reports/mattertopics.h"
#include "reports/reportperiod.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bxt {

class Database;

// How one unit answered the assignments of a period (R21), as of the period's end.
struct UnitAnswerFigures
{
    QString unitId;
    QString unitName;
    qint64 dispatched = 0;
    qint64 answered = 0;
    qint64 answeredOnTime = 0;
    qint64 answeredLate = 0;
    qint64 overdueOpen = 0;
    qint64 returned = 0;
    qint64 returnedLate = 0;
    qint64 supervisions = 0;

    UnitAnswerFigures &operator+=(const UnitAnswerFigures &other);
    // Answered on time among those answered or overdue; 0 when there are none.
    double onTimeRate() const;
};

struct CategoryCount
{
    QString category; // the category code; empty for posts not yet classified
    qint64 posts = 0;
};

// The quarterly report (通报, R21): per unit and in total, the posts submitted per category
// and per week, and the main matters.
struct QuarterlyReport
{
    ReportPeriod period;
    QList<UnitAnswerFigures> units; // departments, then districts
    UnitAnswerFigures total;
    QList<CategoryCount> categories; // posts submitted in the quarter, most first
    QList<qint64> postsPerWeek; // posts submitted in each week from the quarter's first day
    QList<MatterTopic> topics;
    QStringList notes; // what the reader must know: unknown units, years with no calendar (R18)
};

// Works the quarterly report out from the store in one read transaction: the assignments
// dispatched in the quarter with their posts' assignment JSON, the supervisions opened in it,
// and the posts submitted in it.
class QuarterlyReportBuilder final
{
public:
    Q_DISABLE_COPY_MOVE(QuarterlyReportBuilder)
    explicit QuarterlyReportBuilder(const Database &database);

    bool build(const ReportPeriod &quarter, QuarterlyReport *report, QString *error) const;

private:
    const Database &m_database;
};

} // namespace bxt
