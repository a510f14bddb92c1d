#include "queue/queuefilter.h"

#include "queue/deadlinestatus.h"
#include "queue/queueindex.h"

namespace bxt {

bool QueueFilter::operator==(const QueueFilter &other) const
{
    return statuses == other.statuses && categories == other.categories && unclassified == other.unclassified
        && unitId == other.unitId && unitStates == other.unitStates && due == other.due
        && workingDays == other.workingDays && shielded == other.shielded && flagged == other.flagged
        && withoutConfidential == other.withoutConfidential && localIds == other.localIds;
}

QueueRowFilter::QueueRowFilter(const QueueFilter &filter, const QueueIndex &index, const DeadlineStatusTable &deadlines)
    : m_index(index)
    , m_deadlines(deadlines)
    , m_due(filter.due)
    , m_workingDays(filter.workingDays)
    , m_flagged(filter.flagged)
    , m_withoutConfidential(filter.withoutConfidential)
{
    m_statuses.fill(filter.statuses.isEmpty());
    for (const QString &status : filter.statuses) {
        if (const auto number = index.statusNumber(status))
            m_statuses[*number] = true;
    }
    if (filter.shielded) {
        const auto shielded = index.statusNumber(QStringLiteral("shielded"));
        const bool wanted = shielded && m_statuses[*shielded];
        m_statuses.fill(false);
        if (wanted)
            m_statuses[*shielded] = true;
    }

    m_categories.fill(filter.categories.isEmpty());
    for (const Category category : filter.categories)
        m_categories[1 + int(category)] = true;
    if (filter.unclassified) {
        const bool wanted = m_categories[0];
        m_categories.fill(false);
        m_categories[0] = wanted;
    }

    if (!filter.unitId.isEmpty()) {
        m_unit = index.unitNumber(filter.unitId);
        m_matchesNothing = !m_unit;
    }
    m_unitStates.fill(filter.unitStates.isEmpty());
    for (const AssignmentState state : filter.unitStates)
        m_unitStates[size_t(state)] = true;
    if (filter.localIds) {
        m_rows.assign(size_t(index.size()), false);
        for (const qint64 localId : *filter.localIds) {
            if (const auto row = index.rowOfLocalId(localId))
                m_rows[*row] = true;
        }
        m_matchesNothing = m_matchesNothing || filter.localIds->isEmpty();
    }
}

bool QueueRowFilter::dueMatches(const DeadlineStatus &status) const
{
    switch (m_due) {
    case QueueFilter::Due::Any: return true;
    case QueueFilter::Due::Today: return status.state == DeadlineState::DueToday;
    case QueueFilter::Due::Overdue: return status.state == DeadlineState::Overdue;
    case QueueFilter::Due::CalendarIncomplete: return status.state == DeadlineState::CalendarIncomplete;
    case QueueFilter::Due::WithinWorkingDays:
        return (status.state == DeadlineState::DueToday || status.state == DeadlineState::DueSoon
                   || status.state == DeadlineState::OnTrack)
            && status.workingDaysLeft <= m_workingDays;
    }
    return false;
}

bool QueueRowFilter::matchesBesidesDeadline(quint32 row) const
{
    if (m_matchesNothing || m_index.isRemoved(row) || !m_statuses[m_index.statusCode(row)]
        || !m_categories[m_index.categoryCode(row)])
        return false;
    if (!m_rows.empty() && !m_rows[row])
        return false;
    if (m_flagged && !m_index.isFlagged(row))
        return false;
    if (m_withoutConfidential && m_index.isConfidential(row))
        return false;
    if (m_unit) {
        const QueueIndex::Assignments assignments = m_index.assignments(row);
        if (std::none_of(assignments.begin(), assignments.end(),
                [this](const QueueIndex::Assignment &a) { return a.unit == *m_unit && m_unitStates[size_t(a.state)]; }))
            return false;
    }
    return true;
}

bool QueueRowFilter::matches(quint32 row) const
{
    return matchesBesidesDeadline(row) && (!needsDeadline() || dueMatches(m_deadlines.status(m_index.clock(row))));
}

bool QueueRowFilter::matches(quint32 row, const DeadlineStatus &deadline) const
{
    return matchesBesidesDeadline(row) && dueMatches(deadline);
}

qsizetype QueueRowFilter::count() const
{
    qsizetype count = 0;
    for (quint32 row = 0; row < quint32(m_index.size()); ++row)
        count += matches(row) ? 1 : 0;
    return count;
}

} // namespace bxt
