#pragma once

#include "common/columntablemodel.h"
#include "supervision/supervisioncandidates.h"

#include <QHash>

namespace bxt {

// The candidates for supervision (R20), one row per post and reason; sort it through a proxy.
class SupervisionCandidatesModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionCandidatesModel)

public:
    enum Column { Reason, Post, Title, Units, Detail, Views, Submitted, ColumnCount };

    explicit SupervisionCandidatesModel(QObject *parent = nullptr);

    void setCandidates(QList<SupervisionCandidate> candidates, QHash<QString, QString> unitNames);
    const SupervisionCandidate *candidate(int row) const;

private:
    int rows() const override;
    QString header(int column) const override;
    QVariant cell(int row, int column, int role) const override;

    QList<SupervisionCandidate> m_candidates;
    QHash<QString, QString> m_unitNames;
};

} // namespace bxt
