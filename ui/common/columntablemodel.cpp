#include "common/columntablemodel.h"

#include "common/widgetparts.h"

namespace bxt {

ColumnTableModel::ColumnTableModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{ }

int ColumnTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ColumnTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant ColumnTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant value = cell(index.row(), index.column(), role);
    if (role == Qt::ToolTipRole && !value.isValid())
        return literalAutoText(cell(index.row(), index.column(), Qt::DisplayRole).toString());
    return value;
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return header(section);
}

} // namespace bxt
