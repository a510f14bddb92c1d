#pragma once

#include "domain/unit.h"
#include "matters/mattergrouper.h"
#include "reports/reportchart.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace bxt {

// What the key-issues window and the special report say about one matter (R22).
struct MatterFacts
{
    struct UnitProgress
    {
        QString unitId;
        QString unitName;
        int posts = 0; // posts of the matter dispatched to the unit
        int replied = 0;
        int returned = 0;
        int waiting = 0; // pending, accepted or promised
    };
    struct PostLine
    {
        QString id;
        QString title;
        qint64 submittedAt = 0;
        quint32 views = 0;
    };

    QString title; // the representative post's
    QString placeName;
    int posts = 0;
    int firstHalfPosts = 0;
    int secondHalfPosts = 0;
    double growth = 0;
    qint64 views = 0;
    int dispatchedPosts = 0; // posts dispatched to at least one unit
    int repliedPosts = 0; // posts some unit replied to
    QList<std::pair<QDate, int>> timeline; // posts per day over the whole period
    QList<UnitProgress> units; // the most posts first
    QList<PostLine> representatives; // nearest the matter's centre first

    static MatterFacts of(const MatterGrouping &grouping, const Matter &matter, const QHash<QString, Unit> &units,
        int representatives = 5);
    // The timeline as a column chart: days, or weeks for a period longer than two months.
    ChartData timelineChart() const;
};

} // namespace bxt
