#pragma once

#include "calendar/deadlinerules.h"
#include "calendar/workcalendar.h"
#include "domain/unit.h"
#include "queue/queueindex.h"

#include <QHash>
#include <QStringList>
#include <atomic>
#include <memory>

namespace bxt {

class Database;

// What the queue's clocks are worked out from (R16–R18).
struct QueueReferenceData
{
    WorkCalendar calendar;
    DeadlineRules rules = DeadlineRules::notice();
    QHash<QString, Unit> units;
};

// The calendar, the deadline table and the units of the store.
bool readQueueReferenceData(const Database &database, QueueReferenceData *reference, QString *error);

// Every post of the store, with its assignments and clocks, in one read transaction. Reads the
// columns and the assignments table, never the posts' JSON. Set *cancel to stop early: then it
// returns null with no error. Use a Database opened on the calling thread.
std::unique_ptr<QueueIndex> loadQueueIndex(
    const Database &database, const QueueReferenceData &reference, const std::atomic_bool *cancel, QString *error);

// The newest posts only (the queue's first screen in its default order) through the
// submitted-time index: milliseconds, while loadQueueIndex() runs on another thread.
std::unique_ptr<QueueIndex> loadNewestPosts(
    const Database &database, const QueueReferenceData &reference, int limit, QString *error);

// The current state of some posts, to bring a queue up to date (QueueView::apply()).
struct QueueChanges
{
    std::unique_ptr<QueueIndex> posts; // those still in the store; clocks not worked out
    QStringList removedPostIds; // those no longer in it
};

bool readQueuePosts(const Database &database, const QStringList &postIds, QueueChanges *changes, QString *error);

} // namespace bxt
