#include "matters/keyissuesreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyIssuesReport)
};

QString chineseDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString percent(int part, int whole)
{
    return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

QString matterName(int index, const MatterFacts &matter)
{
    return QStringLiteral("事项%1：%2").arg(QString::number(index + 1), matter.title);
}

} // namespace

QString KeyIssuesReport::invalidity() const
{
    if (matters.isEmpty())
        return Tr::tr("Choose at least one matter for the report.");
    if (situation.trimmed().isEmpty())
        return Tr::tr("Describe the situation.");
    if (suggestedAction.trimmed().isEmpty())
        return Tr::tr("Write down the suggested action.");
    if (composer.trimmed().isEmpty())
        return Tr::tr("Name the office that sends the report.");
    return {};
}

ReportDocument KeyIssuesReport::document() const
{
    ReportDocument document;
    document.title = QStringLiteral("要事专报");
    document.subtitle = QStringLiteral("%1　%2　（网帖时段：%3至%4）")
                            .arg(composer.trimmed(), chineseDate(composedOn), chineseDate(from), chineseDate(to));
    document.table.keys
        = { QStringLiteral("matter"), QStringLiteral("place"), QStringLiteral("posts"), QStringLiteral("first_half"),
              QStringLiteral("second_half"), QStringLiteral("views"), QStringLiteral("replied") };
    document.table.headers = { QStringLiteral("事项"), QStringLiteral("地点"), QStringLiteral("帖子数"),
        QStringLiteral("前半期"), QStringLiteral("后半期"), QStringLiteral("浏览量"), QStringLiteral("已答复帖子") };
    for (int i = 0; i < matters.size(); ++i) {
        const MatterFacts &matter = matters.at(i);
        document.table.rows.append({ matterName(i, matter), matter.placeName, QString::number(matter.posts),
            QString::number(matter.firstHalfPosts), QString::number(matter.secondHalfPosts),
            QString::number(matter.views),
            QStringLiteral("%1（%2）").arg(matter.repliedPosts).arg(percent(matter.repliedPosts, matter.posts)) });
        ChartData chart = matter.timelineChart();
        chart.title
            = QStringLiteral("%1　发帖走势（%2）")
                  .arg(matterName(i, matter),
                      chart.values.size() == matter.timeline.size() ? QStringLiteral("按日") : QStringLiteral("按周"));
        document.charts.append(chart);
    }
    document.sections.append({ QStringLiteral("一、基本情况"), situation.trimmed(), {} });
    for (int i = 0; i < matters.size(); ++i) {
        const MatterFacts &matter = matters.at(i);
        ReportDocument::Section section;
        section.heading = QStringLiteral("二、%1").arg(matterName(i, matter));
        QStringList units;
        for (const MatterFacts::UnitProgress &unit : matter.units) {
            units.append(QStringLiteral("%1（交办%2件，已答复%3件，退回%4件，待办%5件）")
                             .arg(unit.unitName, QString::number(unit.posts), QString::number(unit.replied),
                                 QString::number(unit.returned), QString::number(unit.waiting)));
        }
        section.text = QStringLiteral("%1期间共有%2篇帖子反映此事，前半期%3篇，后半期%4篇，累计浏览%5次；已交办%6篇，"
                                      "已答复%7篇（%8）。涉及单位：%9。代表性帖子如下。")
                           .arg(matter.placeName.isEmpty() ? QString() : matter.placeName + QStringLiteral("，"),
                               QString::number(matter.posts), QString::number(matter.firstHalfPosts),
                               QString::number(matter.secondHalfPosts), QString::number(matter.views),
                               QString::number(matter.dispatchedPosts), QString::number(matter.repliedPosts),
                               percent(matter.repliedPosts, matter.posts),
                               units.isEmpty() ? QStringLiteral("尚未交办") : units.join(QStringLiteral("；")));
        section.table.keys = { QStringLiteral("post_id"), QStringLiteral("title"), QStringLiteral("submitted"),
            QStringLiteral("views") };
        section.table.headers = { QStringLiteral("帖子编号"), QStringLiteral("标题"), QStringLiteral("发帖时间"),
            QStringLiteral("浏览量") };
        for (const MatterFacts::PostLine &post : matter.representatives) {
            section.table.rows.append({ post.id, post.title,
                QDateTime::fromSecsSinceEpoch(post.submittedAt, QTimeZone(8 * 3600))
                    .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                QString::number(post.views) });
        }
        document.sections.append(section);
    }
    document.sections.append({ QStringLiteral("三、建议"), suggestedAction.trimmed(), {} });
    return document;
}

} // namespace bxt
