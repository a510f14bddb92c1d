#include "triage/savedviewmodel.h"

namespace bxt {

SavedViewModel::SavedViewModel(QList<SavedView> views, QObject *parent)
    : QAbstractListModel(parent)
    , m_views(std::move(views))
{ }

QList<QueueFilter> SavedViewModel::filters() const
{
    QList<QueueFilter> filters;
    for (const SavedView &view : m_views)
        filters.append(view.filter);
    return filters;
}

void SavedViewModel::setCounts(const QList<qsizetype> &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts.size() == m_views.size() ? counts : QList<qsizetype>();
    if (!m_views.isEmpty())
        emit dataChanged(index(0), index(int(m_views.size()) - 1), { Qt::DisplayRole, Qt::AccessibleTextRole });
}

int SavedViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedView &view = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_counts.isEmpty() ? view.name : tr("%1 (%L2)").arg(view.name).arg(m_counts.at(index.row()));
    case Qt::AccessibleTextRole:
        return m_counts.isEmpty() ? view.name
                                  : tr("%1, %n post(s)", nullptr, int(m_counts.at(index.row()))).arg(view.name);
    case Qt::ToolTipRole: return m_counts.isEmpty() ? tr("Counting…") : QVariant();
    default: return {};
    }
}

} // namespace bxt
