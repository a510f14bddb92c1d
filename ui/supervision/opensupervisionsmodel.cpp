#include "supervision/opensupervisionsmodel.h"

#include "common/itemroles.h"
#include "common/portalterms.h"
#include "domain/post.h"

namespace bxt {

OpenSupervisionsModel::OpenSupervisionsModel(QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
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

int OpenSupervisionsModel::rows() const
{
    return int(m_supervisions.size());
}

QVariant OpenSupervisionsModel::cell(int row, int column, int role) const
{
    const OpenSupervision *supervision = &m_supervisions.at(row);
    if (role == PostIdRole)
        return supervision->postId;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
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

QString OpenSupervisionsModel::header(int column) const
{
    switch (Column(column)) {
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
