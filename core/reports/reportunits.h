#pragma once

#include "domain/unit.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace bxt {

// The SQL condition, on posts aliased p, for the posts whose assignments count in a unit's
// figures: those of a category dispatched to units. Never a report (举报), which no department
// or district handles (R10), nor a petition, an "other" or an unclassified post, whose stray
// assignment is no unit's work.
QString unitWorkPosts();

// The units a report has a row for: every unit of the store, departments first, and any other
// unit the posts name. A unit the store does not know is shown by its id and its deadlines
// are counted as a department's; notes() says so, rather than leave it out quietly.
class ReportUnits final
{
public:
    explicit ReportUnits(const QHash<QString, Unit> &known);

    // The row of the unit, added when it is new.
    int row(const QString &unitId);
    const Unit &unit(int row) const { return m_units.at(row); }
    int size() const { return int(m_units.size()); }
    QStringList notes() const;

private:
    QList<Unit> m_units;
    QHash<QString, int> m_rows;
    QStringList m_unknown;
};

} // namespace bxt
