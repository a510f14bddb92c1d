#pragma once

#include "reports/reportchart.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bxt {

struct AssessmentReport;
struct QuarterlyReport;

// A table of a report: the machine keys (the CSV header) and the headers people read.
struct ReportTable
{
    QStringList keys;
    QStringList headers;
    QList<QStringList> rows;
    bool lastRowIsTotal = false;
};

// A report as its exports show it: title, the main table (the CSV is this table alone), then
// charts and further sections, and notes. Built once, written as HTML, PDF or CSV.
struct ReportDocument
{
    struct Section
    {
        QString heading;
        QString text;
        ReportTable table;
    };

    QString title;
    QString subtitle;
    ReportTable table;
    QList<ChartData> charts;
    QList<Section> sections;
    QStringList notes;

    static ReportDocument quarterly(const QuarterlyReport &report);
    static ReportDocument assessment(const AssessmentReport &report);
};

} // namespace bxt
