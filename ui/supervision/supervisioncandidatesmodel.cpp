#include "supervision/supervisioncandidatesmodel.h"

#include "common/itemroles.h"
#include "common/portalterms.h"

#include <QDateTime>
#include <QTimeZone>

namespace bxt {

SupervisionCandidatesModel::SupervisionCandidatesModel(QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
{ }

void SupervisionCandidatesModel::setCandidates(
    QList<SupervisionCandidate> candidates, QHash<QString, QString> unitNames)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    m_unitNames = std::move(unitNames);
    endResetModel();
}

const SupervisionCandidate *SupervisionCandidatesModel::candidate(int row) const
{
    return row >= 0 && row < m_candidates.size() ? &m_candidates.at(row) : nullptr;
}

int SupervisionCandidatesModel::rows() const
{
    return int(m_candidates.size());
}

QVariant SupervisionCandidatesModel::cell(int row, int column, int role) const
{
    const SupervisionCandidate *candidate = &m_candidates.at(row);
    if (role == PostIdRole)
        return candidate->postId;
    if (role == Qt::UserRole) // the sort key: the reason's rank and the weight keep the list's order
        return column == Reason
            ? QVariant(supervisionReasonCodes().indexOf(candidate->reason) * 1e12 - double(candidate->weight))
            : cell(row, column, column == Views ? Qt::EditRole : Qt::DisplayRole);
    if (role == Qt::EditRole && column == Views)
        return candidate->views;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Reason: return PortalTerms::supervisionReasonName(candidate->reason);
    case Post: return candidate->postId;
    case Title: return candidate->title;
    case Units: {
        QStringList names;
        for (const QString &unit : candidate->unitIds)
            names.append(m_unitNames.value(unit, unit));
        return names.join(tr(", "));
    }
    case Detail: return candidate->detail;
    case Views: return candidate->views;
    case Submitted:
        return QDateTime::fromSecsSinceEpoch(candidate->submittedAt, QTimeZone(8 * 3600))
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ColumnCount: break;
    }
    return {};
}

QString SupervisionCandidatesModel::header(int column) const
{
    switch (Column(column)) {
    case Reason: return tr("Reason");
    case Post: return tr("Post");
    case Title: return tr("Title");
    case Units: return tr("Units");
    case Detail: return tr("Why");
    case Views: return tr("Views");
    case Submitted: return tr("Submitted");
    case ColumnCount: break;
    }
    return {};
}

} // namespace bxt
