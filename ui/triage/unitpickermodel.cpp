#include "triage/unitpickermodel.h"

#include "common/widgetparts.h"
#include "domain/status.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace bxt {

namespace {
// Group rows have internal id 0; a unit's internal id is its group plus one.
constexpr quintptr kGroupRow = 0;
} // namespace

UnitPickerModel::UnitPickerModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void UnitPickerModel::setUnits(const QHash<QString, Unit> &units, const Post &post)
{
    beginResetModel();
    for (auto &group : m_groups)
        group.clear();
    m_checked.clear();
    for (const Unit &unit : units) {
        if (!unit.active)
            continue;
        Entry entry { unit, PinyinInitials(unit.name), {} };
        const QJsonObject assignment = post.assignmentFor(unit.id);
        if (!assignment.isEmpty()) {
            const QString status = assignment.value(QLatin1String("status")).toString();
            entry.unavailable = status == QLatin1String("returned")
                ? tr("Returned this post as outside its remit (R15).")
                : tr("Has this post already (%1).").arg(assignmentStatusName(status));
        }
        m_groups[unit.kind == UnitKind::Department ? Departments : Districts].append(entry);
    }
    // Pinyin order, as in the city's own lists.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    for (auto &group : m_groups) {
        std::sort(group.begin(), group.end(), [&collator](const Entry &a, const Entry &b) {
            const int order = collator.compare(a.unit.name, b.unit.name);
            return order != 0 ? order < 0 : a.unit.id < b.unit.id;
        });
    }
    endResetModel();
    emit checkedUnitsChanged();
}

QStringList UnitPickerModel::checkedUnitIds() const
{
    QStringList ids;
    for (const auto &group : m_groups) {
        for (const Entry &entry : group) {
            if (m_checked.contains(entry.unit.id))
                ids.append(entry.unit.id);
        }
    }
    return ids;
}

void UnitPickerModel::setChecked(const QString &unitId, bool checked)
{
    const QModelIndex index = indexOfUnit(unitId);
    if (index.isValid())
        setData(index, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

bool UnitPickerModel::isUnit(const QModelIndex &index) const
{
    return entry(index) != nullptr;
}

PinyinInitials::Match UnitPickerModel::match(const QModelIndex &index, const QString &query) const
{
    const Entry *unit = entry(index);
    if (!unit)
        return PinyinInitials::Match::None;
    if (unit->unit.name.contains(query, Qt::CaseInsensitive))
        return PinyinInitials::Match::Run;
    return unit->initials.match(query);
}

QModelIndex UnitPickerModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < 2 ? createIndex(row, 0, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || row >= m_groups[parent.row()].size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex UnitPickerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int UnitPickerModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 2;
    if (parent.column() != 0 || parent.internalId() != kGroupRow)
        return 0;
    return int(m_groups[parent.row()].size());
}

int UnitPickerModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant UnitPickerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Entry *unit = entry(index);
    if (!unit) {
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
            return {};
        const auto size = m_groups[index.row()].size();
        return index.row() == Departments ? tr("City departments (%1)").arg(size)
                                          : tr("Districts, counties and county-level cities (%1)").arg(size);
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return unit->unit.name;
    case Qt::ToolTipRole:
        return literalAutoText(unit->unavailable.isEmpty()
                ? tr("%1 · pinyin initials %2").arg(unit->unit.name, unit->initials.firstInitials())
                : unit->unavailable);
    case Qt::CheckStateRole:
        if (!unit->unavailable.isEmpty())
            return Qt::Unchecked;
        return m_checked.contains(unit->unit.id) ? Qt::Checked : Qt::Unchecked;
    case UnitIdRole: return unit->unit.id;
    default: return {};
    }
}

bool UnitPickerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Entry *unit = entry(index);
    if (!unit || role != Qt::CheckStateRole || !unit->unavailable.isEmpty())
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (checked == m_checked.contains(unit->unit.id))
        return true;
    if (checked)
        m_checked.insert(unit->unit.id);
    else
        m_checked.remove(unit->unit.id);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit checkedUnitsChanged();
    return true;
}

Qt::ItemFlags UnitPickerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    const Entry *unit = entry(index);
    if (!unit)
        return Qt::ItemIsEnabled;
    if (!unit->unavailable.isEmpty())
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

const UnitPickerModel::Entry *UnitPickerModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupRow)
        return nullptr;
    const auto &group = m_groups[index.internalId() - 1];
    return index.row() < group.size() ? &group.at(index.row()) : nullptr;
}

QModelIndex UnitPickerModel::indexOfUnit(const QString &unitId) const
{
    for (int group = 0; group < 2; ++group) {
        for (int row = 0; row < m_groups[group].size(); ++row) {
            if (m_groups[group].at(row).unit.id == unitId)
                return createIndex(row, 0, quintptr(group) + 1);
        }
    }
    return {};
}

} // namespace bxt
