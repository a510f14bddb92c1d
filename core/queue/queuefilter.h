#pragma once

#include "domain/category.h"
#include "queue/postclock.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace bxt {

class DeadlineStatusTable;
struct DeadlineStatus;
class QueueIndex;

// Which posts a queue shows. Every condition set must hold; an empty list means any.
struct QueueFilter
{
    enum class Due : quint8 {
        Any,
        Today, // the nearest clock ends today
        WithinWorkingDays, // ends today or within workingDays working days
        Overdue, // ended before today
        CalendarIncomplete, // counted over a year with no calendar (R18)
    };

    QStringList statuses; // post status codes (portal-api.md)
    QList<Category> categories;
    bool unclassified = false; // only posts with no category yet
    QString unitId; // only posts dispatched to this unit
    QList<AssignmentState> unitStates; // with unitId: only posts whose assignment to it is in one of these
    Due due = Due::Any;
    int workingDays = 3; // for Due::WithinWorkingDays
    bool shielded = false; // only shielded posts (R12)
    bool flagged = false; // only posts the abusive-word scanner flagged
    bool withoutConfidential = false; // never a report (R10): a unit's views, whatever reached the store
    std::optional<QSet<qint64>> localIds; // only these posts, e.g. full-text search hits

    bool operator==(const QueueFilter &other) const;
    bool operator!=(const QueueFilter &other) const { return !(*this == other); }
};

// A QueueFilter made ready to test a million rows of one index: look-up tables and a row set.
// Holds references: use it while the index and the table stay unchanged.
class QueueRowFilter final
{
public:
    Q_DISABLE_COPY_MOVE(QueueRowFilter)
    QueueRowFilter(const QueueFilter &filter, const QueueIndex &index, const DeadlineStatusTable &deadlines);

    bool matches(quint32 row) const;
    // The same, with the row's deadline status worked out already (several filters, one row).
    bool matches(quint32 row, const DeadlineStatus &deadline) const;
    bool needsDeadline() const { return m_due != QueueFilter::Due::Any; }
    qsizetype count() const; // of the rows of the index that match

private:
    bool matchesBesidesDeadline(quint32 row) const;
    bool dueMatches(const DeadlineStatus &status) const;

    const QueueIndex &m_index;
    const DeadlineStatusTable &m_deadlines;
    bool m_matchesNothing = false;
    std::array<bool, 256> m_statuses = {};
    std::array<bool, 256> m_categories = {};
    std::optional<quint16> m_unit;
    std::array<bool, 8> m_unitStates = {};
    QueueFilter::Due m_due = QueueFilter::Due::Any;
    int m_workingDays = 0;
    bool m_flagged = false;
    bool m_withoutConfidential = false;
    std::vector<bool> m_rows; // empty: any row
};

} // namespace bxt
