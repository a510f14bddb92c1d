#pragma once

#include "supervision/supervisioncandidates.h"

#include <QAbstractTableModel>
#include <QHash>

namespace bxt {

// The candidates for supervision (R20), one row per post and reason; sort it through a proxy.
class SupervisionCandidatesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionCandidatesModel)

public:
    enum Column { Reason, Post, Title, Units, Detail, Views, Submitted, ColumnCount };

    explicit SupervisionCandidatesModel(QObject *parent = nullptr);

    void setCandidates(QList<SupervisionCandidate> candidates, QHash<QString, QString> unitNames);
    const SupervisionCandidate *candidate(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SupervisionCandidate> m_candidates;
    QHash<QString, QString> m_unitNames;
};

} // namespace bxt
