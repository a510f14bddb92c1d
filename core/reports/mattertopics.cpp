#include "reports/mattertopics.h"

#include <QHash>
#include <algorithm>

namespace bxt {

namespace {

constexpr int kLongestPhrase = 10;
constexpr double kShareToGrow = 0.7; // a phrase is part of a longer one that this share of its titles end with

// Words a title is phrased in, not matters; and the ends of place names (道里区, 中央大街,
// 阳光小区), since a post says where before what.
bool isPlaceOrPhrasing(QStringView phrase)
{
    static const QStringList phrasing = { QStringLiteral("关于"), QStringLiteral("问题"), QStringLiteral("反映"),
        QStringLiteral("请问"), QStringLiteral("建议"), QStringLiteral("咨询") };
    static const QStringList placeEnds = { QStringLiteral("区"), QStringLiteral("县"), QStringLiteral("市"),
        QStringLiteral("镇"), QStringLiteral("乡"), QStringLiteral("村"), QStringLiteral("街"), QStringLiteral("路"),
        QStringLiteral("小区"), QStringLiteral("家园"), QStringLiteral("花园") };
    return phrasing.contains(phrase)
        || std::any_of(
            placeEnds.cbegin(), placeEnds.cend(), [&phrase](const QString &end) { return phrase.endsWith(end); });
}

// The part of a title that names the matter: posts say where, then what, often framed as
// 关于…的反映 or …问题; the matter is at the end of what is left.
QStringView matterPart(QStringView title)
{
    title = title.trimmed();
    for (const QString &frame : { QStringLiteral("的反映"), QStringLiteral("的问题"), QStringLiteral("问题") }) {
        if (title.endsWith(frame)) {
            title.chop(frame.size());
            break;
        }
    }
    qsizetype start = title.size();
    while (start > 0 && title.at(start - 1).isLetterOrNumber())
        --start;
    title = title.mid(start);
    return title.startsWith(QStringLiteral("关于")) ? title.mid(2) : title;
}

} // namespace

void MatterTopicFinder::add(const QString &postId, const QString &title, qint64 views)
{
    m_titles.append({ postId, title, views });
}

QList<MatterTopic> MatterTopicFinder::topics(int limit) const
{
    // How many titles end with each phrase of 2 to kLongestPhrase characters.
    QHash<QStringView, qint64> ending;
    for (const Title &title : m_titles) {
        const QStringView matter = matterPart(title.text);
        for (qsizetype length = 2; length <= std::min<qsizetype>(kLongestPhrase, matter.size()); ++length)
            ++ending[matter.right(length)];
    }
    // A phrase most of whose titles end with one longer phrase is only part of that one.
    QHash<QStringView, qint64> longestLonger;
    for (auto it = ending.cbegin(); it != ending.cend(); ++it) {
        if (it.key().size() > 2) {
            qint64 &longer = longestLonger[it.key().right(it.key().size() - 1)];
            longer = std::max(longer, it.value());
        }
    }
    QList<std::pair<qint64, QStringView>> candidates;
    for (auto it = ending.cbegin(); it != ending.cend(); ++it) {
        if (it.value() > 1 && longestLonger.value(it.key()) < kShareToGrow * it.value() && !isPlaceOrPhrasing(it.key()))
            candidates.append({ it.value(), it.key() });
    }
    std::sort(candidates.begin(), candidates.end(),
        [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });

    QList<MatterTopic> found;
    for (const auto &[count, phrase] : std::as_const(candidates)) {
        if (found.size() >= limit)
            break;
        const bool overlaps = std::any_of(found.cbegin(), found.cend(), [phrase = phrase](const MatterTopic &topic) {
            return topic.phrase.endsWith(phrase) || phrase.endsWith(topic.phrase);
        });
        if (!overlaps)
            found.append({ phrase.toString(), count, {}, {} });
    }
    // The most viewed post on each.
    QList<qint64> views(found.size(), -1);
    for (const Title &title : m_titles) {
        const QStringView matter = matterPart(title.text);
        for (int i = 0; i < found.size(); ++i) {
            if (matter.endsWith(found.at(i).phrase) && title.views > views.at(i)) {
                views[i] = title.views;
                found[i].postId = title.postId;
                found[i].postTitle = title.text;
            }
        }
    }
    return found;
}

} // namespace bxt
