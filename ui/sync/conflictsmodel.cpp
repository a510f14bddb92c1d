#include "sync/conflictsmodel.h"

#include "actions/outbox.h"
#include "common/itemroles.h"
#include "common/widgetparts.h"
#include "sync/synccontroller.h"

namespace bxt {

ConflictsModel::ConflictsModel(SyncController &controller, const Database &database, QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
    , m_controller(controller)
    , m_database(database)
    , m_texts(database)
{
    connect(&m_controller, &SyncController::conflictsChanged, this, [this]() {
        QString error;
        if (!reload(&error))
            emit reloadFailed(error);
    });
}

bool ConflictsModel::reload(QString *error)
{
    QList<SyncConflict> conflicts;
    if (!m_controller.conflicts(&conflicts, error) || !m_texts.loadUnits(error))
        return false;
    QList<Row> rows;
    for (const SyncConflict &conflict : std::as_const(conflicts)) {
        Row row { conflict, conflict.local.value(QLatin1String("title")).toString(), {}, {}, {} };
        QList<OutboxEntry> waiting;
        if (!Outbox(m_database).unanswered(conflict.postId, &waiting, error))
            return false;
        QStringList mine;
        for (const OutboxEntry &entry : std::as_const(waiting))
            mine.append(m_texts.action(entry.body));
        row.mine = mine.isEmpty() ? tr("no waiting actions") : mine.join(tr("; "));
        QStringList differences;
        for (const SyncTexts::Field &field : m_texts.compare(conflict.local, conflict.portal)) {
            if (field.differs)
                differences.append(tr("%1: %2").arg(field.name, field.portal));
        }
        if (conflict.portal.isEmpty())
            row.portal = tr("The portal no longer shows this post to you");
        else
            row.portal = differences.isEmpty() ? tr("the same fields, a newer version") : differences.join(tr("; "));
        row.portalDetails = conflict.message.isEmpty() ? row.portal : row.portal + QLatin1Char('\n') + conflict.message;
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return true;
}

int ConflictsModel::rowOfPost(const QString &postId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).conflict.postId == postId)
            return int(row);
    }
    return -1;
}

QList<SyncTexts::Field> ConflictsModel::fieldsAt(int row) const
{
    const SyncConflict &conflict = m_rows.at(row).conflict;
    return m_texts.compare(conflict.local, conflict.portal);
}

int ConflictsModel::rows() const
{
    return int(m_rows.size());
}

QVariant ConflictsModel::cell(int rowNumber, int column, int role) const
{
    const Row &row = m_rows.at(rowNumber);
    if (role == PostIdRole)
        return row.conflict.postId;
    if (role == Qt::ToolTipRole && column == PortalColumn)
        return literalAutoText(row.portalDetails);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case PostColumn: return row.conflict.postId;
    case TitleColumn: return row.title;
    case MineColumn: return row.mine;
    case PortalColumn: return row.portal;
    case WhenColumn: return SyncTexts::timeText(row.conflict.at);
    case ColumnCount: break;
    }
    return {};
}

QString ConflictsModel::header(int column) const
{
    switch (Column(column)) {
    case PostColumn: return tr("Post");
    case TitleColumn: return tr("Title");
    case MineColumn: return tr("Your actions");
    case PortalColumn: return tr("On the portal");
    case WhenColumn: return tr("When");
    case ColumnCount: break;
    }
    return {};
}

} // namespace bxt
