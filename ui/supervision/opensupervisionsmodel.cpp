#include "supervision/opensupervisionsmodel.h"

#include "common/itemroles.h"
#include "common/portalterms.h"
#include "common/widgetparts.h"
#include "domain/post.h"

namespace bxt {

OpenSupervisionsModel::OpenSupervisionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OpenSupervisionsModel::setSupervisions(
    QList<OpenSupervision> supervisions, QHash<QString, QString> unitNames, QHash<QString, QString> noticeNumbers)
{
    beginResetModel();
    m_supervisions = std::move(supervisions);
    m_unitNames = std::move(unitNames);
    m_noticeNumbers = std::move(noticeNumbers);
    endResetModel();
}

const OpenSupervision *OpenSupervisionsModel::supervision(int row) const
{
    return row >= 0 && row < m_supervisions.size() ? &m_supervisions.at(row) : nullptr;
}

int OpenSupervisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_supervisions.size());
}

int OpenSupervisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenSupervisionsModel::data(const QModelIndex &index, int role) const
{
    const OpenSupervision *supervision = index.isValid() ? this->supervision(index.row()) : nullptr;
    if (!supervision || index.column() >= ColumnCount)
        return {};
    if (role == PostIdRole)
        return supervision->postId;
    if (role == Qt::ToolTipRole)
        return literalAutoText(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Unit: return m_unitNames.value(supervision->unitId, supervision->unitId);
    case Post: return supervision->postId;
    case Title: return supervision->postTitle;
    case Opened: {
        const QDateTime opened = parseRfc3339(supervision->openedAt);
        return opened.isValid() ? cstDate(opened).toString(Qt::ISODate) : supervision->openedAt;
    }
    case Method: return PortalTerms::supervisionMethodName(supervision->method);
    case Reason: return PortalTerms::supervisionReasonName(supervision->reason);
    case Note: return supervision->note;
    case Notice: return m_noticeNumbers.value(supervision->supervisionId);
    case ColumnCount: break;
    }
    return {};
}

QVariant OpenSupervisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Unit: return tr("Unit");
    case Post: return tr("Post");
    case Title: return tr("Title");
    case Opened: return tr("Opened");
    case Method: return tr("Method");
    case Reason: return tr("Reason");
    case Note: return tr("Note");
    case Notice: return tr("Notice");
    case ColumnCount: break;
    }
    return {};
}

} // namespace bxt
