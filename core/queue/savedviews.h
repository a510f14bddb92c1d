#pragma once

#include "queue/queuefilter.h"

#include <QList>
#include <QString>

namespace bxt {

// A named filter of the side bar, e.g. 今日到期 (due today), shown with a live count.
struct SavedView
{
    QString key; // stable, for settings: "all", "unclassified", …
    QString name; // translated
    QueueFilter filter;
};

// The column staff's standard views: all, unclassified (未分类), to dispatch (待分发), due
// today (今日到期), due within three working days, overdue (已超期), calendar incomplete (R18),
// flagged words, shielded (已屏蔽).
QList<SavedView> standardSavedViews();

} // namespace bxt
