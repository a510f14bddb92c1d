#pragma once

#include "matters/matterfacts.h"
#include "reports/reportdocument.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bxt {

// A key-issues special report (要事专报, R22): one or more matters that stood out in a period,
// the situation, the figures and the suggested action, for the city leader in charge. Written
// in Chinese, as it is sent; exported through ReportExport (reports/reportexport.h).
struct KeyIssuesReport
{
    QDate from;
    QDate to;
    QDate composedOn;
    QString composer; // the supervising office
    QString situation;
    QString suggestedAction;
    QList<MatterFacts> matters;

    // Why the report cannot be exported, for the user; empty when it can.
    QString invalidity() const;
    ReportDocument document() const;
};

} // namespace bxt
