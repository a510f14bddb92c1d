#pragma once

#include "reminders/reminderviews.h"

#include <QList>
#include <QString>

namespace bxt {

// What a reminder says (R14): how many posts are new, due today and overdue.
struct ReminderSummary
{
    qsizetype newPosts = 0;
    qsizetype dueToday = 0;
    qsizetype overdue = 0;

    // From the counts of ReminderViews::filters(), in that order; empty counts give nothing.
    static ReminderSummary fromCounts(const QList<qsizetype> &counts);

    bool isEmpty() const { return newPosts == 0 && dueToday == 0 && overdue == 0; }
    // "New posts: 3 · Due today: 2 · Overdue: 1", leaving out what is none. Counts after a
    // colon need no plural forms, which only the zh_CN translation would have.
    QString text() const;
    // The view the reminder opens: the most urgent one that has posts, overdue first.
    const SavedView &viewToShow(const ReminderViews &views) const;
};

} // namespace bxt
