#pragma once

#include "queue/deadlinestatus.h"
#include "queue/queuefilter.h"
#include "queue/queueindex.h"
#include "queue/queueloader.h"

#include <memory>
#include <optional>
#include <vector>

namespace bxt {

// The rows a queue shows: a QueueIndex filtered and sorted, relative to a day ("today", for
// the deadline states), and kept current as posts change, step by step so that a model can
// tell its views exactly what moved. The liaison's inbox is the same with a unit filter and
// the Deadline column ascending.
class QueueView final
{
public:
    Q_DISABLE_COPY_MOVE(QueueView)

    // Told of each step of apply(); the rows change between a begin and its end.
    class Listener
    {
    public:
        virtual ~Listener() = default;
        virtual void beginReset() = 0;
        virtual void endReset() = 0;
        virtual void beginRemove(qsizetype row) = 0;
        virtual void endRemove() = 0;
        virtual void beginInsert(qsizetype row) = 0;
        virtual void endInsert() = 0;
        // destination: the row it goes before, counted before the move (as beginMoveRows()).
        virtual void beginMove(qsizetype row, qsizetype destination) = 0;
        virtual void endMove() = 0;
        virtual void changed(qsizetype row) = 0;
    };

    // Above this many rows that move, appear or disappear at once, apply() resets instead.
    static constexpr qsizetype kLargestStepwiseChange = 100;

    explicit QueueView(const QDate &today);
    ~QueueView();

    // The setters rebuild the rows at once: callers bracket them as a reset or layout change.
    void setIndex(std::unique_ptr<QueueIndex> index, const QueueReferenceData &reference);
    void setReferenceData(const QueueReferenceData &reference); // works every clock out again
    void setToday(const QDate &today);
    void setDueSoonWorkingDays(int days);
    void setFilter(const QueueFilter &filter);
    void setSort(QueueColumn column, Qt::SortOrder order);
    void setFlaggedPosts(const QSet<qint64> &localIds);

    bool hasIndex() const { return m_index != nullptr; }
    const QueueIndex &index() const { return *m_index; }
    const QueueFilter &filter() const { return m_filter; }
    QueueColumn sortColumn() const { return m_column; }
    Qt::SortOrder sortOrder() const { return m_order; }
    DeadlineStatus deadline(quint32 indexRow) const { return m_deadlines.status(m_index->clock(indexRow)); }

    qsizetype size() const { return qsizetype(m_rows.size()); }
    quint32 indexRow(qsizetype row) const { return m_rows[size_t(row)]; }
    // Where index rows are now shown; -1 for those not shown.
    std::vector<qsizetype> positionsOf(const std::vector<quint32> &indexRows) const;
    std::optional<qsizetype> rowOfLocalId(qint64 localId) const;

    // How many posts each filter lets through, over the whole index: the side bar's counts. The
    // counts of the filters last asked for are kept current by apply(), row by changed row: they
    // are asked for after every change, and counting a million posts takes hundreds of ms.
    QList<qsizetype> counts(const QList<QueueFilter> &filters) const;

    // Brings changed posts in (readQueuePosts()) and tells the listener each step. Returns
    // false, changing nothing, when the index cannot take them (a post it does not hold has a
    // local id below the highest it does): the caller loads the index again then.
    bool apply(QueueChanges changes, Listener &listener);

private:
    std::vector<quint32> select();
    void rebuild() { m_rows = select(); }
    // Adds sign (1 or -1) to each kept count the row's present state matches.
    void recount(quint32 row, int sign);

    struct Counted
    {
        QList<QueueFilter> filters;
        QList<qsizetype> counts;
    };

    std::unique_ptr<QueueIndex> m_index;
    QueueReferenceData m_reference;
    std::unique_ptr<PostClockCalculator> m_clocks;
    DeadlineStatusTable m_deadlines;
    QueueFilter m_filter;
    QueueColumn m_column = QueueColumn::Submitted;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    std::vector<quint32> m_rows;
    mutable std::optional<Counted> m_counted; // dropped by whatever changes every row's deadline or flag
};

} // namespace bxt
