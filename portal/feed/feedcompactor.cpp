#include "feed/feedcompactor.h"

#include "db/portaldatabase.h"

#include <QSqlQuery>

namespace bxt::portal {

bool FeedCompactor::compact(qint64 upToSeq, qint64 *deleted, QString *error)
{
    *deleted = 0;
    PortalTransaction transaction(m_db);
    QSqlQuery query(m_db);
    // The horizon row is locked first: two compactions run one after the other.
    if (!transaction.started()
        || !query.exec(QStringLiteral("SELECT horizon, (SELECT coalesce(max(seq), 0) FROM changes)"
                                      " FROM feed_state FOR UPDATE"))
        || !query.next()) {
        *error = tr("Cannot compact the change feed: %1").arg(sqlError(query));
        return false;
    }
    const qint64 horizon = std::max(query.value(0).toLongLong(), std::min(upToSeq, query.value(1).toLongLong()));
    query.prepare(
        QStringLiteral("DELETE FROM changes c WHERE c.seq <= ? AND EXISTS"
                       " (SELECT 1 FROM changes later WHERE later.post_id = c.post_id AND later.seq > c.seq)"));
    query.addBindValue(horizon);
    if (!query.exec()) {
        *error = tr("Cannot compact the change feed: %1").arg(sqlError(query));
        return false;
    }
    *deleted = query.numRowsAffected();
    query.prepare(QStringLiteral("UPDATE feed_state SET horizon = ?"));
    query.addBindValue(horizon);
    if (!query.exec()) {
        *error = tr("Cannot compact the change feed: %1").arg(sqlError(query));
        return false;
    }
    return transaction.commit(error);
}

bool FeedCompactor::compactKeepingNewest(qint64 keepRows, qint64 *deleted, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM changes")) || !query.next()) {
        *error = tr("Cannot compact the change feed: %1").arg(sqlError(query));
        return false;
    }
    return compact(query.value(0).toLongLong() - keepRows, deleted, error);
}

} // namespace bxt::portal
