#include "triage/unitfiltermodel.h"

#include "triage/unitpickermodel.h"

namespace bxt {

UnitFilterModel::UnitFilterModel(UnitPickerModel *units, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_units(units)
{
    setRecursiveFilteringEnabled(true);
    setSourceModel(units);
    sort(0);
}

void UnitFilterModel::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    invalidate();
}

PinyinInitials::Match UnitFilterModel::matchOf(const QModelIndex &index) const
{
    return sourceMatch(mapToSource(index));
}

bool UnitFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_query.isEmpty())
        return true;
    return sourceMatch(m_units->index(sourceRow, 0, sourceParent)) != PinyinInitials::Match::None;
}

bool UnitFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto leftMatch = sourceMatch(left);
    const auto rightMatch = sourceMatch(right);
    if (leftMatch != rightMatch)
        return leftMatch > rightMatch;
    return left.row() < right.row();
}

PinyinInitials::Match UnitFilterModel::sourceMatch(const QModelIndex &sourceIndex) const
{
    if (m_query.isEmpty())
        return PinyinInitials::Match::None;
    return m_units->match(sourceIndex, m_query);
}

} // namespace bxt
