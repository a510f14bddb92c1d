#include "queue/queueordering.h"

#include "queue/queueindex.h"

#include <QList>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cstring>
#include <limits>

namespace bxt {

namespace {

constexpr quint32 kNoKey = std::numeric_limits<quint32>::max(); // sorts last: a post with no clock
constexpr quint32 kLargestCountingRange = 1u << 22;

quint32 numericKey(const QueueIndex &index, QueueColumn column, quint32 row)
{
    switch (column) {
    case QueueColumn::Deadline: {
        const qint32 due = index.clock(row).dueDay;
        return due != 0 ? quint32(due) : kNoKey;
    }
    case QueueColumn::Category: return index.categoryCode(row);
    case QueueColumn::Units: {
        const QueueIndex::Assignments list = index.assignments(row);
        return list.size() > 0 ? index.unitRank(list.first->unit) : 0;
    }
    case QueueColumn::Status: return index.statusCode(row);
    case QueueColumn::Views: return index.views(row);
    case QueueColumn::Flags: return index.flags(row);
    case QueueColumn::Title:
    case QueueColumn::Submitted: break;
    }
    return 0;
}

int compareTitles(const QueueIndex &index, quint32 a, quint32 b)
{
    const QByteArrayView x = index.titleBytes(a);
    const QByteArrayView y = index.titleBytes(b);
    const int order = std::memcmp(x.data(), y.data(), size_t(std::min(x.size(), y.size())));
    if (order != 0)
        return order;
    return x.size() == y.size() ? 0 : (x.size() < y.size() ? -1 : 1);
}

// Ties: newest first, then the highest local id.
bool tieBefore(const QueueIndex &index, quint32 a, quint32 b)
{
    const qint64 x = index.submittedAt(a);
    const qint64 y = index.submittedAt(b);
    if (x != y)
        return x > y;
    return index.localId(a) > index.localId(b);
}

bool ascendingLess(const QueueIndex &index, QueueColumn column, quint32 a, quint32 b)
{
    if (column == QueueColumn::Submitted) {
        const qint64 x = index.submittedAt(a);
        const qint64 y = index.submittedAt(b);
        return x != y ? x < y : index.localId(a) < index.localId(b);
    }
    if (column == QueueColumn::Title) {
        if (const int order = compareTitles(index, a, b); order != 0)
            return order < 0;
    } else {
        const quint32 x = numericKey(index, column, a);
        const quint32 y = numericKey(index, column, b);
        if (x != y)
            return x < y;
    }
    return tieBefore(index, a, b);
}

// Stable: rows come in tie order and keep it within equal keys. Keys are worked out in row
// order first (the index's arrays read front to back), then looked up by row.
void sortByNumber(const QueueIndex &index, QueueColumn column, const std::vector<quint32> &rows,
    std::vector<quint32> *sorted, std::vector<quint8> *same)
{
    std::vector<quint32> keys(size_t(index.size()));
    quint32 low = kNoKey;
    quint32 high = 0;
    for (quint32 row = 0; row < quint32(keys.size()); ++row) {
        keys[row] = numericKey(index, column, row);
        if (keys[row] != kNoKey) {
            low = std::min(low, keys[row]);
            high = std::max(high, keys[row]);
        }
    }
    sorted->assign(rows.size(), 0);
    if (low == kNoKey || high - low < kLargestCountingRange) {
        const quint32 range = low == kNoKey ? 0 : high - low + 1;
        const auto bucket = [&](quint32 key) { return key == kNoKey ? range : key - low; };
        std::vector<quint32> starts(size_t(range) + 2, 0);
        for (const quint32 row : rows)
            ++starts[bucket(keys[row]) + 1];
        for (size_t i = 1; i < starts.size(); ++i)
            starts[i] += starts[i - 1];
        for (const quint32 row : rows)
            (*sorted)[starts[bucket(keys[row])]++] = row;
    } else {
        *sorted = rows;
        std::stable_sort(sorted->begin(), sorted->end(), [&](quint32 a, quint32 b) { return keys[a] < keys[b]; });
    }
    same->assign(sorted->size(), false);
    for (size_t i = 1; i < sorted->size(); ++i)
        (*same)[i] = keys[(*sorted)[i]] == keys[(*sorted)[i - 1]];
}

// Eight bytes of a title from offset on, big-endian, zero-padded: comparing these compares
// the texts there.
quint64 titleChunk(const QueueIndex &index, quint32 row, qsizetype offset)
{
    const QByteArrayView title = index.titleBytes(row);
    quint64 chunk = 0;
    for (qsizetype i = offset; i < offset + 8; ++i)
        chunk = (chunk << 8) | (i < title.size() ? quint8(title[i]) : 0);
    return chunk;
}

// A most-significant-first sort eight bytes at a time, stable so that equal titles keep the
// tie order the rows come in. Each pass reads one chunk per row into a compact array, so the
// arena is touched once per row and pass.
void sortByTitle(const QueueIndex &index, std::vector<quint32> &rows, std::vector<quint8> *same)
{
    same->assign(rows.size(), false);
    struct Range
    {
        size_t begin;
        size_t end;
        qsizetype offset;
    };
    std::vector<Range> pending { { 0, rows.size(), 0 } };
    std::vector<std::pair<quint64, quint32>> chunks;
    while (!pending.empty()) {
        const Range range = pending.back();
        pending.pop_back();
        chunks.clear();
        bool anyLonger = false;
        for (size_t i = range.begin; i < range.end; ++i) {
            chunks.push_back({ titleChunk(index, rows[i], range.offset), rows[i] });
            anyLonger = anyLonger || index.titleBytes(rows[i]).size() > range.offset;
        }
        if (!anyLonger) {
            // Every title ended before this chunk and all agreed so far; a shorter one first
            // (only zero bytes could make them differ here).
            const auto length = [&](size_t i) { return index.titleBytes(rows[i]).size(); };
            std::stable_sort(rows.begin() + qsizetype(range.begin), rows.begin() + qsizetype(range.end),
                [&](quint32 a, quint32 b) { return index.titleBytes(a).size() < index.titleBytes(b).size(); });
            for (size_t i = range.begin + 1; i < range.end; ++i)
                (*same)[i] = length(i) == length(i - 1);
            continue;
        }
        std::stable_sort(chunks.begin(), chunks.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        size_t groupStart = 0;
        for (size_t i = 0; i <= chunks.size(); ++i) {
            if (i < chunks.size())
                rows[range.begin + i] = chunks[i].second;
            if (i == chunks.size() || chunks[i].first != chunks[groupStart].first) {
                if (i - groupStart > 1)
                    pending.push_back({ range.begin + groupStart, range.begin + i, range.offset + 8 });
                groupStart = i;
            }
        }
    }
}

} // namespace

bool QueueOrdering::sameKey(const QueueIndex &index, QueueColumn column, quint32 a, quint32 b)
{
    switch (column) {
    case QueueColumn::Submitted: return a == b;
    case QueueColumn::Title: return compareTitles(index, a, b) == 0;
    default: return numericKey(index, column, a) == numericKey(index, column, b);
    }
}

bool QueueOrdering::before(const QueueIndex &index, QueueColumn column, Qt::SortOrder order, quint32 a, quint32 b)
{
    if (order == Qt::AscendingOrder)
        return ascendingLess(index, column, a, b);
    if (column == QueueColumn::Submitted || !sameKey(index, column, a, b))
        return ascendingLess(index, column, b, a);
    return tieBefore(index, a, b);
}

const std::vector<quint32> &QueueOrdering::ascending(const QueueIndex &index, QueueColumn column)
{
    if (!isBuilt(column))
        build(index, column);
    return m_orders[size_t(column)];
}

void QueueOrdering::build(const QueueIndex &index, QueueColumn column)
{
    std::vector<quint32> &order = m_orders[size_t(column)];
    std::vector<quint8> &same = m_sameAsPrevious[size_t(column)];
    if (column == QueueColumn::Submitted) {
        order.resize(size_t(index.size()));
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = quint32(i);
        std::sort(order.begin(), order.end(),
            [&](quint32 a, quint32 b) { return ascendingLess(index, QueueColumn::Submitted, a, b); });
        same.assign(order.size(), false); // no ties: the local id decides
    } else {
        // Every other order starts from the tie order: submitted descending, local id descending.
        const std::vector<quint32> &submitted = ascending(index, QueueColumn::Submitted);
        std::vector<quint32> tieOrder(submitted.rbegin(), submitted.rend());
        if (column == QueueColumn::Title) {
            sortByTitle(index, tieOrder, &same);
            order = std::move(tieOrder);
        } else {
            sortByNumber(index, column, tieOrder, &order, &same);
        }
    }
    m_built[size_t(column)] = true;
}

void QueueOrdering::buildAll(const QueueIndex &index)
{
    ascending(index, QueueColumn::Submitted); // the others start from its tie order
    QList<QueueColumn> others;
    for (int column = 0; column < kQueueColumnCount; ++column) {
        if (!isBuilt(QueueColumn(column)))
            others.append(QueueColumn(column));
    }
    // Each builds its own order and reads only the index and the Submitted order.
    QtConcurrent::blockingMap(others, [&](QueueColumn column) { build(index, column); });
}

void QueueOrdering::invalidate(QueueColumn column)
{
    m_built[size_t(column)] = false;
    std::vector<quint32>().swap(m_orders[size_t(column)]);
    std::vector<quint8>().swap(m_sameAsPrevious[size_t(column)]);
}

void QueueOrdering::recomputeSame(const QueueIndex &index, int column, size_t position)
{
    const std::vector<quint32> &order = m_orders[size_t(column)];
    if (position < order.size()) {
        m_sameAsPrevious[size_t(column)][position]
            = position > 0 && sameKey(index, QueueColumn(column), order[position - 1], order[position]);
    }
}

void QueueOrdering::remove(const QueueIndex &index, const std::vector<quint32> &rows)
{
    std::vector<size_t> positions;
    positions.reserve(rows.size());
    for (int c = 0; c < kQueueColumnCount; ++c) {
        if (!m_built[size_t(c)])
            continue;
        const auto less = [&](quint32 a, quint32 b) { return ascendingLess(index, QueueColumn(c), a, b); };
        std::vector<quint32> &order = m_orders[size_t(c)];
        std::vector<quint8> &same = m_sameAsPrevious[size_t(c)];
        positions.clear();
        for (const quint32 row : rows) {
            auto found = std::lower_bound(order.begin(), order.end(), row, less);
            if (found == order.end() || *found != row)
                found = std::find(order.begin(), order.end(), row); // not there, or not by these keys
            if (found != order.end())
                positions.push_back(size_t(found - order.begin()));
        }
        std::sort(positions.begin(), positions.end());
        positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
        if (positions.empty())
            continue;
        // One pass closes every gap, moving only what lies after the first: erasing one row at
        // a time moved the rest of a 1M-row order once per row and column.
        size_t write = positions.front();
        for (size_t k = 0; k < positions.size(); ++k) {
            const size_t from = positions[k] + 1;
            const size_t to = k + 1 < positions.size() ? positions[k + 1] : order.size();
            std::move(order.begin() + qsizetype(from), order.begin() + qsizetype(to), order.begin() + qsizetype(write));
            std::move(same.begin() + qsizetype(from), same.begin() + qsizetype(to), same.begin() + qsizetype(write));
            positions[k] = write; // where the row that followed the removed one now is
            write += to - from;
        }
        order.resize(write);
        same.resize(write);
        for (const size_t position : positions)
            recomputeSame(index, c, position);
    }
}

void QueueOrdering::insert(const QueueIndex &index, const std::vector<quint32> &rows)
{
    for (int c = 0; c < kQueueColumnCount; ++c) {
        if (!m_built[size_t(c)])
            continue;
        const auto less = [&](quint32 a, quint32 b) { return ascendingLess(index, QueueColumn(c), a, b); };
        std::vector<quint32> &order = m_orders[size_t(c)];
        std::vector<quint8> &same = m_sameAsPrevious[size_t(c)];
        std::vector<quint32> coming = rows;
        std::sort(coming.begin(), coming.end(), less);
        coming.erase(std::unique(coming.begin(), coming.end()), coming.end());
        // Each row's place is found by binary search; then one pass from the back moves the
        // rows after the first place (no comparison per moved row: at 1M each costs a lookup).
        std::vector<size_t> places(coming.size());
        for (size_t k = 0; k < coming.size(); ++k)
            places[k] = size_t(std::upper_bound(order.begin(), order.end(), coming[k], less) - order.begin());
        std::vector<size_t> placed;
        size_t old = order.size();
        size_t write = order.size() + coming.size();
        order.resize(write);
        same.resize(write);
        for (size_t k = coming.size(); k > 0; --k) {
            const size_t from = places[k - 1];
            std::move_backward(
                order.begin() + qsizetype(from), order.begin() + qsizetype(old), order.begin() + qsizetype(write));
            std::move_backward(
                same.begin() + qsizetype(from), same.begin() + qsizetype(old), same.begin() + qsizetype(write));
            write -= old - from + 1;
            old = from;
            order[write] = coming[k - 1];
            placed.push_back(write);
        }
        for (const size_t position : placed) {
            recomputeSame(index, c, position);
            recomputeSame(index, c, position + 1);
        }
    }
}

} // namespace bxt
