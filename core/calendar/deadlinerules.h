#pragma once

#include "domain/unit.h"

#include <QJsonObject>
#include <QString>

namespace bxt {

// A length of time counted from the day after dispatch (R17).
struct Period
{
    int days = 0;
    bool workingDays = true; // false: calendar days, moved to the next working day if the last is off
};

// The deadline table of R16, per unit kind. The default reads the notice as written:
// departments 3 working days, districts 5 (calendar) days, final 20 and 30 working days.
class DeadlineRules final
{
public:
    static DeadlineRules notice();

    Period firstAnswer(UnitKind kind) const;
    Period finalLimit(UnitKind kind) const;
    void setFirstAnswer(UnitKind kind, Period period);

    // {"department": {"first_answer": {"days": 3, "working_days": true}, "final_limit": {...}},
    //  "district": {...}}; missing entries keep the notice's values.
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, DeadlineRules *rules, QString *error);

private:
    Period m_firstAnswer[2];
    Period m_finalLimit[2];
};

} // namespace bxt
