#pragma once

#include "queue/savedviews.h"

#include <QAbstractListModel>

namespace bxt {

// The side bar's saved views, each with its live count ("未分类 (123)"), for a QListView.
class SavedViewModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewModel)

public:
    explicit SavedViewModel(QList<SavedView> views, QObject *parent = nullptr);

    const QList<SavedView> &views() const { return m_views; }
    QList<QueueFilter> filters() const;
    // One count per view, in order; an empty list while counts are unknown (the queue loads).
    void setCounts(const QList<qsizetype> &counts);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SavedView> m_views;
    QList<qsizetype> m_counts;
};

} // namespace bxt
