#include "matters/matterfacts.h"

#include "queue/postclock.h"

#include <QCoreApplication>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MatterFacts)
};

constexpr int kDailyUpTo = 62;

} // namespace

MatterFacts MatterFacts::of(
    const MatterGrouping &grouping, const Matter &matter, const QHash<QString, Unit> &units, int representatives)
{
    MatterFacts facts;
    facts.title = grouping.title(matter);
    facts.placeName = grouping.placeName(matter);
    facts.posts = matter.volume();
    facts.firstHalfPosts = matter.firstHalfPosts;
    facts.secondHalfPosts = matter.secondHalfPosts;
    facts.growth = matter.growth();
    facts.views = matter.views;
    const qint64 firstDay = grouping.from.toJulianDay();
    std::vector<int> perDay(size_t(grouping.from.daysTo(grouping.to) + 1), 0);
    QHash<QString, qsizetype> unitRows;
    for (const quint32 member : matter.members) {
        const MatterPost &post = grouping.post(member);
        const qint64 day = cstJulianDay(post.submittedAt) - firstDay;
        if (day >= 0 && day < qint64(perDay.size()))
            ++perDay[size_t(day)];
        bool replied = false;
        for (const MatterPost::Assignment &assignment : post.assignments) {
            auto row = unitRows.constFind(assignment.unitId);
            if (row == unitRows.cend()) {
                const QString name = units.value(assignment.unitId).name;
                row = unitRows.insert(assignment.unitId, facts.units.size());
                facts.units.append({ assignment.unitId, name.isEmpty() ? assignment.unitId : name });
            }
            UnitProgress &progress = facts.units[*row];
            ++progress.posts;
            if (assignment.status == QLatin1String("replied")) {
                ++progress.replied;
                replied = true;
            } else if (assignment.status == QLatin1String("returned")) {
                ++progress.returned;
            } else {
                ++progress.waiting;
            }
        }
        facts.dispatchedPosts += post.assignments.isEmpty() ? 0 : 1;
        facts.repliedPosts += replied ? 1 : 0;
    }
    std::stable_sort(facts.units.begin(), facts.units.end(), [](const UnitProgress &a, const UnitProgress &b) {
        return a.posts != b.posts ? a.posts > b.posts : a.unitId < b.unitId;
    });
    for (size_t day = 0; day < perDay.size(); ++day)
        facts.timeline.append({ grouping.from.addDays(qint64(day)), perDay[day] });
    for (size_t i = 0; i < matter.members.size() && int(i) < representatives; ++i) {
        const MatterPost &post = grouping.post(matter.members[i]);
        facts.representatives.append({ post.id, post.title, post.submittedAt, post.views });
    }
    return facts;
}

ChartData MatterFacts::timelineChart() const
{
    ChartData chart;
    chart.style = ChartData::Style::Columns;
    const bool weekly = timeline.size() > kDailyUpTo;
    chart.title = weekly ? Tr::tr("Posts per week") : Tr::tr("Posts per day");
    for (qsizetype i = 0; i < timeline.size(); i += weekly ? 7 : 1) {
        int posts = 0;
        for (qsizetype day = i; day < std::min(timeline.size(), i + (weekly ? 7 : 1)); ++day)
            posts += timeline.at(day).second;
        chart.labels.append(timeline.at(i).first.toString(QStringLiteral("MM-dd")));
        chart.values.append(posts);
    }
    return chart;
}

} // namespace bxt
