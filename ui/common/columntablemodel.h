#pragma once

#include <QAbstractTableModel>

namespace bxt {

// A read-only list of rows under fixed, named columns: the row and column counts, the index
// check, the horizontal header and the tool tip (the cell's text, shown literally) in one
// place. A model says how many rows it has, each column's header and each cell's value.
class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnTableModel)

public:
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

protected:
    ColumnTableModel(int columnCount, QObject *parent);

    virtual int rows() const = 0;
    virtual QString header(int column) const = 0;
    // The value of a valid cell in the role; an invalid QVariant for a tool tip means the
    // cell's display text.
    virtual QVariant cell(int row, int column, int role) const = 0;

private:
    const int m_columnCount;
};

} // namespace bxt
