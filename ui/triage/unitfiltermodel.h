#pragma once

#include "text/pinyininitials.h"

#include <QSortFilterProxyModel>

namespace bxt {

class UnitPickerModel;

// The unit picker's search: keeps the units whose name contains the query or whose pinyin
// initials match it, and orders each group by how well: a Chinese substring or a run of
// initials ("ngq" for 南岗区人民政府) before initials merely in order ("zj" for
// 住房和城乡建设局). Groups without a match are left out.
class UnitFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitFilterModel)

public:
    explicit UnitFilterModel(UnitPickerModel *units, QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    // How the unit at this index of this model matches the query; None for a group or no query.
    PinyinInitials::Match matchOf(const QModelIndex &index) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PinyinInitials::Match sourceMatch(const QModelIndex &sourceIndex) const;

    UnitPickerModel *m_units;
    QString m_query;
};

} // namespace bxt
