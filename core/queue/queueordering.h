#pragma once

#include <QtGlobal>
#include <array>
#include <qnamespace.h>
#include <vector>

namespace bxt {

class QueueIndex;

// The queue's columns, in the order the table shows them.
enum class QueueColumn : int { Deadline, Category, Title, Submitted, Units, Status, Views, Flags };
constexpr int kQueueColumnCount = 8;

// The rows of a QueueIndex sorted by each column, built on first use and kept up to date as
// posts change. An order is ascending by the column's key with ties broken by submission time
// (newest first), then local id (highest first); descending visits the groups of equal keys
// backwards and keeps that tie order inside each. Submitted has no ties: its descending order
// is the queue's default order, newest first.
//
// Keys: Deadline the nearest clock's day (none last), Category the notice's order
// (unclassified first), Title the UTF-8 bytes (code point order), Units the first unit's
// name, Status the workflow order, Views the number, Flags the QueueFlag bits as a number.
class QueueOrdering final
{
public:
    Q_DISABLE_COPY_MOVE(QueueOrdering)
    QueueOrdering() = default;

    bool isBuilt(QueueColumn column) const { return m_built[size_t(column)]; }
    const std::vector<quint32> &ascending(const QueueIndex &index, QueueColumn column);
    void buildAll(const QueueIndex &index);
    void invalidate(QueueColumn column);
    // A post changes in two steps: its row leaves the orders built so far while its keys are
    // still the old ones (it is found by them), then comes back by its new keys. Rows
    // appended to the index since the orders were built only come in.
    void remove(const QueueIndex &index, const std::vector<quint32> &rows);
    void insert(const QueueIndex &index, const std::vector<quint32> &rows);

    // Whether row a comes before row b in the queue sorted by column in order.
    static bool before(const QueueIndex &index, QueueColumn column, Qt::SortOrder order, quint32 a, quint32 b);
    static bool sameKey(const QueueIndex &index, QueueColumn column, quint32 a, quint32 b);

    // Calls visitor(row) for every row of the index, in the queue's order.
    template <typename Visitor>
    void visit(const QueueIndex &index, QueueColumn column, Qt::SortOrder order, Visitor &&visitor)
    {
        const std::vector<quint32> &rows = ascending(index, column);
        if (order == Qt::AscendingOrder) {
            for (const quint32 row : rows)
                visitor(row);
            return;
        }
        const std::vector<quint8> &same = m_sameAsPrevious[size_t(column)];
        size_t end = rows.size();
        while (end > 0) {
            size_t begin = end - 1;
            while (begin > 0 && same[begin])
                --begin;
            for (size_t i = begin; i < end; ++i)
                visitor(rows[i]);
            end = begin;
        }
    }

private:
    void build(const QueueIndex &index, QueueColumn column);
    void recomputeSame(const QueueIndex &index, int column, size_t position);

    std::array<std::vector<quint32>, kQueueColumnCount> m_orders;
    // Per position of an order: whether that row's key equals the one before it.
    std::array<std::vector<quint8>, kQueueColumnCount> m_sameAsPrevious;
    std::array<bool, kQueueColumnCount> m_built = {};
};

} // namespace bxt
