#pragma once

#include "domain/post.h"
#include "domain/unit.h"
#include "text/pinyininitials.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace bxt {

// The units a post can be dispatched to, in two groups: city departments and district, county
// and county-level city governments (R1). Units are checkable; a unit that holds the post
// already, or returned it (R15), is shown but cannot be chosen. Inactive units are left out.
class UnitPickerModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitPickerModel)

public:
    enum Roles { UnitIdRole = Qt::UserRole + 1 };
    enum Group { Departments, Districts };

    explicit UnitPickerModel(QObject *parent = nullptr);

    // Resets the model and clears every check.
    void setUnits(const QHash<QString, Unit> &units, const Post &post);

    // Checked units, departments first, each group in display order.
    QStringList checkedUnitIds() const;
    void setChecked(const QString &unitId, bool checked);
    bool isUnit(const QModelIndex &index) const;
    // How a query matches the unit's name: a Chinese substring counts as a run of initials.
    PinyinInitials::Match match(const QModelIndex &index, const QString &query) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkedUnitsChanged();

private:
    struct Entry
    {
        Unit unit;
        PinyinInitials initials;
        QString unavailable; // why it cannot be chosen; empty when it can
    };

    const Entry *entry(const QModelIndex &index) const;
    QModelIndex indexOfUnit(const QString &unitId) const;

    QList<Entry> m_groups[2];
    QSet<QString> m_checked;
};

} // namespace bxt
