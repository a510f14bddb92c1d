#include "reports/reportunits.h"

#include "domain/category.h"

#include <QCoreApplication>
#include <algorithm>

namespace bxt {

QString unitWorkPosts()
{
    return QStringLiteral("p.category IN ('%1')").arg(Categories::dispatchedCodes().join(QLatin1String("', '")));
}

ReportUnits::ReportUnits(const QHash<QString, Unit> &known)
{
    m_units = known.values();
    std::sort(m_units.begin(), m_units.end(),
        [](const Unit &a, const Unit &b) { return a.kind != b.kind ? a.kind == UnitKind::Department : a.id < b.id; });
    for (int i = 0; i < m_units.size(); ++i)
        m_rows.insert(m_units.at(i).id, i);
}

int ReportUnits::row(const QString &unitId)
{
    const auto found = m_rows.constFind(unitId);
    if (found != m_rows.cend())
        return *found;
    m_units.append(Unit { unitId, unitId, UnitKind::Department, true });
    m_unknown.append(unitId);
    m_rows.insert(unitId, int(m_units.size() - 1));
    return int(m_units.size() - 1);
}

QStringList ReportUnits::notes() const
{
    if (m_unknown.isEmpty())
        return {};
    QStringList sorted = m_unknown;
    sorted.sort();
    return { QCoreApplication::translate("ReportUnits",
        "Units not in the store's list of units, shown by their ids and counted "
        "with a department's deadlines: %1. Import the units to correct this.")
                 .arg(sorted.join(QStringLiteral(", "))) };
}

} // namespace bxt
