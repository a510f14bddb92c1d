#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace bxt::portal {

// Keeps the change feed short: deletes the feed rows up to a seq that a later row of the same
// post supersedes, and raises feed_state.horizon to that seq in the same transaction, so that a
// cursor below it answers 410 cursor_expired (its holder could miss a "removed" change whose
// row is gone) and every other cursor reads a feed that lost nothing it still needs. The last
// row of each post stays: a pass without a cursor still returns every post.
class FeedCompactor final
{
    Q_DECLARE_TR_FUNCTIONS(FeedCompactor)

public:
    explicit FeedCompactor(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // Compacts up to upToSeq (not beyond the head); *deleted is the number of rows deleted.
    bool compact(qint64 upToSeq, qint64 *deleted, QString *error);
    // Compacts all but the newest keepRows feed rows: what serve runs on a timer.
    bool compactKeepingNewest(qint64 keepRows, qint64 *deleted, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace bxt::portal
