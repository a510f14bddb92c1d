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

// A liaison's inbox: the posts dispatched to the unit, by what the unit has to do next: sign
// for (待签收), answer (待答复), what is due today or soon, overdue, answered, returned (R2, R14–R16).
QList<SavedView> unitSavedViews(const QString &unitId);

} // namespace bxt
