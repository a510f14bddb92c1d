#include "queue/queueview.h"

#include <algorithm>
#include <optional>

namespace bxt {

namespace {

constexpr int kDefaultDueSoonWorkingDays = 3;

// Where the changed rows are shown, kept up to date as rows go, come and move: apply() looks
// for none of them among all the rows again (a million of them, a few at a time while a sync
// runs).
class ShownChangedRows final
{
public:
    void add(quint32 row, size_t position) { m_rows.emplace_back(row, position); }
    std::optional<size_t> positionOf(quint32 row) const
    {
        const auto found
            = std::find_if(m_rows.cbegin(), m_rows.cend(), [row](const auto &shown) { return shown.first == row; });
        return found == m_rows.cend() ? std::nullopt : std::optional<size_t>(found->second);
    }
    // The positions, last first.
    std::vector<size_t> positionsFromTheBack() const
    {
        std::vector<size_t> positions;
        for (const auto &shown : m_rows)
            positions.push_back(shown.second);
        std::sort(positions.rbegin(), positions.rend());
        return positions;
    }
    void removedAt(size_t position)
    {
        m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                         [position](const auto &shown) { return shown.second == position; }),
            m_rows.end());
        for (auto &shown : m_rows) {
            if (shown.second > position)
                --shown.second;
        }
    }
    void insertedAt(quint32 row, size_t position)
    {
        for (auto &shown : m_rows) {
            if (shown.second >= position)
                ++shown.second;
        }
        add(row, position);
    }

private:
    std::vector<std::pair<quint32, size_t>> m_rows; // index row, position in the rows shown
};

} // namespace

QueueView::QueueView(const QDate &today)
    : m_reference { WorkCalendar::builtIn(), DeadlineRules::notice(), {} }
    , m_deadlines(m_reference.calendar, today, kDefaultDueSoonWorkingDays)
{ }

QueueView::~QueueView() = default;

void QueueView::setIndex(std::unique_ptr<QueueIndex> index, const QueueReferenceData &reference)
{
    m_counted.reset();
    m_index = std::move(index);
    m_reference = reference;
    m_clocks = std::make_unique<PostClockCalculator>(DeadlineCalculator(reference.calendar, reference.rules));
    m_deadlines = DeadlineStatusTable(reference.calendar, m_deadlines.today(), m_deadlines.dueSoonWorkingDays());
    rebuild();
}

void QueueView::setReferenceData(const QueueReferenceData &reference)
{
    m_counted.reset();
    m_reference = reference;
    m_clocks = std::make_unique<PostClockCalculator>(DeadlineCalculator(reference.calendar, reference.rules));
    m_deadlines = DeadlineStatusTable(reference.calendar, m_deadlines.today(), m_deadlines.dueSoonWorkingDays());
    if (m_index) {
        m_index->setUnits(reference.units);
        m_index->computeClocks(*m_clocks);
    }
    rebuild();
}

void QueueView::setToday(const QDate &today)
{
    m_counted.reset();
    m_deadlines = DeadlineStatusTable(m_reference.calendar, today, m_deadlines.dueSoonWorkingDays());
    rebuild();
}

void QueueView::setDueSoonWorkingDays(int days)
{
    m_counted.reset();
    m_deadlines = DeadlineStatusTable(m_reference.calendar, m_deadlines.today(), days);
    rebuild();
}

void QueueView::setFilter(const QueueFilter &filter)
{
    m_filter = filter;
    rebuild();
}

void QueueView::setSort(QueueColumn column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
    rebuild();
}

void QueueView::setFlaggedPosts(const QSet<qint64> &localIds)
{
    m_counted.reset();
    if (m_index)
        m_index->setFlagged(localIds);
    rebuild();
}

std::vector<quint32> QueueView::select()
{
    std::vector<quint32> rows;
    if (!m_index)
        return rows;
    // Test the rows in index order (compact arrays read front to back), then walk the order.
    const QueueRowFilter filter(m_filter, *m_index, m_deadlines);
    std::vector<bool> matching(size_t(m_index->size()));
    size_t count = 0;
    for (quint32 row = 0; row < quint32(matching.size()); ++row) {
        matching[row] = filter.matches(row);
        count += matching[row] ? 1 : 0;
    }
    rows.reserve(count);
    m_index->ordering().visit(*m_index, m_column, m_order, [&](quint32 row) {
        if (matching[row])
            rows.push_back(row);
    });
    return rows;
}

std::vector<qsizetype> QueueView::positionsOf(const std::vector<quint32> &indexRows) const
{
    std::vector<qsizetype> positions(indexRows.size(), -1);
    if (indexRows.empty())
        return positions;
    std::vector<qsizetype> shownAt(size_t(m_index->size()), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        shownAt[m_rows[i]] = qsizetype(i);
    for (size_t i = 0; i < indexRows.size(); ++i) {
        if (indexRows[i] < shownAt.size())
            positions[i] = shownAt[indexRows[i]];
    }
    return positions;
}

std::optional<qsizetype> QueueView::rowOfLocalId(qint64 localId) const
{
    if (!m_index)
        return std::nullopt;
    const auto row = m_index->rowOfLocalId(localId);
    if (!row)
        return std::nullopt;
    const auto found = std::find(m_rows.cbegin(), m_rows.cend(), *row);
    if (found == m_rows.cend())
        return std::nullopt;
    return qsizetype(found - m_rows.cbegin());
}

QList<qsizetype> QueueView::counts(const QList<QueueFilter> &filters) const
{
    if (m_counted && m_counted->filters == filters)
        return m_counted->counts;
    QList<qsizetype> counts(filters.size(), 0);
    if (!m_index)
        return counts;
    // One pass for all: each row's columns are read once for every filter.
    std::vector<std::unique_ptr<QueueRowFilter>> compiled;
    bool anyDeadline = false;
    for (const QueueFilter &filter : filters) {
        compiled.push_back(std::make_unique<QueueRowFilter>(filter, *m_index, m_deadlines));
        anyDeadline = anyDeadline || compiled.back()->needsDeadline();
    }
    for (quint32 row = 0; row < quint32(m_index->size()); ++row) {
        const DeadlineStatus deadline = anyDeadline ? m_deadlines.status(m_index->clock(row)) : DeadlineStatus();
        for (size_t i = 0; i < compiled.size(); ++i)
            counts[qsizetype(i)] += compiled[i]->matches(row, deadline) ? 1 : 0;
    }
    m_counted = Counted { filters, counts };
    return counts;
}

void QueueView::recount(quint32 row, int sign)
{
    if (!m_counted)
        return;
    for (qsizetype i = 0; i < m_counted->filters.size(); ++i) {
        if (QueueRowFilter(m_counted->filters.at(i), *m_index, m_deadlines).matches(row))
            m_counted->counts[i] += sign;
    }
}

bool QueueView::apply(QueueChanges changes, Listener &listener)
{
    if (!m_index)
        return false;
    // Rows are in local-id order: a post the index does not know must come after all it does.
    const qsizetype incoming = changes.posts ? changes.posts->size() : 0;
    std::vector<quint32> known;
    qint64 highest = m_index->size() > 0 ? m_index->localId(quint32(m_index->size() - 1)) : 0;
    for (quint32 from = 0; from < quint32(incoming); ++from) {
        const qint64 localId = changes.posts->localId(from);
        if (const auto row = m_index->rowOfLocalId(localId)) {
            known.push_back(*row);
        } else if (localId > highest) {
            highest = localId;
        } else {
            return false;
        }
    }
    // The kept counts lose the changed posts as they were and gain them as they are.
    std::vector<quint32> counted = known;
    std::sort(counted.begin(), counted.end());
    counted.erase(std::unique(counted.begin(), counted.end()), counted.end());
    for (const quint32 row : counted)
        recount(row, -1);
    m_index->ordering().remove(*m_index, known);
    std::vector<quint32> changed;
    for (quint32 from = 0; from < quint32(incoming); ++from) {
        const quint32 row = m_index->takePost(*changes.posts, from);
        m_index->computeClock(row, *m_clocks);
        changed.push_back(row);
    }
    counted = changed;
    std::sort(counted.begin(), counted.end());
    counted.erase(std::unique(counted.begin(), counted.end()), counted.end());
    for (const quint32 row : counted)
        recount(row, 1);
    m_index->ordering().insert(*m_index, changed);
    for (const QString &id : std::as_const(changes.removedPostIds)) {
        const auto row = m_index->rowOfPostId(id.toUtf8());
        if (row && !m_index->isRemoved(*row)) {
            recount(*row, -1);
            m_index->markRemoved(*row);
            changed.push_back(*row);
        }
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    if (changed.empty())
        return true;
    if (qsizetype(changed.size()) > kLargestStepwiseChange) {
        listener.beginReset();
        rebuild();
        listener.endReset();
        return true;
    }

    // The unchanged rows keep their order; only changed rows go, come or move. A changed row
    // is "unsettled" until it has its new place, and the search for a place skips those.
    const QueueRowFilter filter(m_filter, *m_index, m_deadlines);
    std::vector<bool> unsettled(size_t(m_index->size()), false);
    for (const quint32 row : changed)
        unsettled[row] = true;
    ShownChangedRows shown;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (unsettled[m_rows[i]])
            shown.add(m_rows[i], i);
    }
    for (const size_t i : shown.positionsFromTheBack()) {
        if (!filter.matches(m_rows[i])) {
            listener.beginRemove(qsizetype(i));
            m_rows.erase(m_rows.begin() + qsizetype(i));
            listener.endRemove();
            shown.removedAt(i);
        }
    }
    const auto settledFrom = [&](size_t i) {
        while (i < m_rows.size() && unsettled[m_rows[i]])
            ++i;
        return i;
    };
    for (const quint32 row : changed) {
        if (!filter.matches(row)) {
            unsettled[row] = false;
            continue;
        }
        // The first settled row that belongs after this one: settled rows are in order.
        size_t low = 0;
        size_t high = m_rows.size();
        while (low < high) {
            const size_t middle = (low + high) / 2;
            const size_t settled = settledFrom(middle);
            if (settled == m_rows.size() || QueueOrdering::before(*m_index, m_column, m_order, row, m_rows[settled]))
                high = middle;
            else
                low = settled + 1;
        }
        const size_t after = settledFrom(low);
        size_t before = after; // just past the settled row that belongs before this one
        while (before > 0 && unsettled[m_rows[before - 1]])
            --before;
        const std::optional<size_t> found = shown.positionOf(row);
        unsettled[row] = false;
        if (!found) {
            listener.beginInsert(qsizetype(after));
            m_rows.insert(m_rows.begin() + qsizetype(after), row);
            listener.endInsert();
            shown.insertedAt(row, after);
            continue;
        }
        const size_t position = *found;
        if (position >= before && position < after) {
            listener.changed(qsizetype(position)); // already between its neighbours
            continue;
        }
        listener.beginMove(qsizetype(position), qsizetype(after));
        m_rows.erase(m_rows.begin() + qsizetype(position));
        shown.removedAt(position);
        const size_t destination = after > position ? after - 1 : after;
        m_rows.insert(m_rows.begin() + qsizetype(destination), row);
        shown.insertedAt(row, destination);
        listener.endMove();
        listener.changed(qsizetype(destination));
    }
    return true;
}

} // namespace bxt
