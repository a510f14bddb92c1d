#include "supervision/supervisioncandidatesmodel.h"

#include "common/itemroles.h"
#include "common/portalterms.h"
#include "common/widgetparts.h"

#include <QDateTime>
#include <QTimeZone>

namespace bxt {

SupervisionCandidatesModel::SupervisionCandidatesModel(QObject *parent)
    : QAbstractTableModel(parent)
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

int SupervisionCandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int SupervisionCandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupervisionCandidatesModel::data(const QModelIndex &index, int role) const
{
    const SupervisionCandidate *candidate = index.isValid() ? this->candidate(index.row()) : nullptr;
    if (!candidate || index.column() >= ColumnCount)
        return {};
    if (role == PostIdRole)
        return candidate->postId;
    if (role == Qt::UserRole) // the sort key: the reason's rank and the weight keep the list's order
        return index.column() == Reason
            ? QVariant(supervisionReasonCodes().indexOf(candidate->reason) * 1e12 - double(candidate->weight))
            : data(index, index.column() == Views ? Qt::EditRole : Qt::DisplayRole);
    if (role == Qt::EditRole && index.column() == Views)
        return candidate->views;
    if (role == Qt::ToolTipRole)
        return literalAutoText(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
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

QVariant SupervisionCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
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
