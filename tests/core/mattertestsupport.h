#pragma once

// Hand-written posts for the key-issues tests (R22): a matter raised every week of February
// 2025, a burst of posts on another matter in its last days, and one much-read post. Some posts
// of the long-running matter name the district, others only the estate.

#include "storetestsupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bxt::test {

struct WrittenPost
{
    const char *id;
    const char *title;
    const char *body;
    const char *submitted;
};

// Every week of February, three times in its first half (2, 9, 12, 16 and 23 February): the lift of
// one estate in 香坊区; lr-2 and lr-5 name only the estate.
inline const WrittenPost kLongRunning[] = {
    { "lr-1", "香坊区和平家园电梯又坏了",
        "香坊区和平家园小区三号楼的电梯这周又停运了，老人上下楼只能爬十几层，物业一直说在等配件。",
        "2025-02-02T09:00:00+08:00" },
    { "lr-2", "和平家园电梯长期故障没人修",
        "和平家园三号楼电梯停了一个多星期，物业推给电梯公司，电梯公司推给物业，住高层的老人下不了楼。",
        "2025-02-09T10:00:00+08:00" },
    { "lr-3", "香坊区和平家园三号楼电梯停运",
        "香坊区和平家园三号楼电梯修好两天又停了，物业说电梯太旧，要业主自己出钱换电梯。", "2025-02-12T15:00:00+08:00" },
    { "lr-4", "香坊区和平家园电梯停运问题",
        "香坊区和平家园的电梯反复停运，物业收了维修资金却不修电梯，请有关部门督促物业修好三号楼电梯。",
        "2025-02-16T11:00:00+08:00" },
    { "lr-5", "和平家园小区电梯还是不能用",
        "和平家园小区三号楼电梯到现在还是停运，物业说配件还没到，住在高层的老人已经很久没有下楼了。",
        "2025-02-23T12:00:00+08:00" },
};

// Six posts on 26 and 27 February: water cut off along one street of 道外区.
inline const WrittenPost kBurst[] = {
    { "b-1", "道外区靖宇街突然停水", "道外区靖宇街一带从今天早上开始停水，没有任何通知，家里做饭洗漱都成问题。",
        "2025-02-26T08:00:00+08:00" },
    { "b-2", "靖宇街停水没有通知", "道外区靖宇街停水一整天了，自来水公司电话打不通，也没有贴出停水通知。",
        "2025-02-26T12:00:00+08:00" },
    { "b-3", "道外区靖宇街停水什么时候恢复", "请问道外区靖宇街的停水什么时候能恢复供水，家里老人孩子等着用水。",
        "2025-02-26T18:00:00+08:00" },
    { "b-4", "道外区靖宇街居民停水", "道外区靖宇街居民楼从昨天开始停水，到现在还没有来水，也没有送水车。",
        "2025-02-27T07:00:00+08:00" },
    { "b-5", "靖宇街停水两天了", "道外区靖宇街已经停水两天，自来水公司说管道抢修，却说不清什么时候来水。",
        "2025-02-27T12:00:00+08:00" },
    { "b-6", "道外区靖宇街停水影响生活", "道外区靖宇街停水影响了整条街的生活，饭店也没法营业，希望尽快恢复供水。",
        "2025-02-27T20:00:00+08:00" },
};

// One post on 20 February that very many people read.
inline const WrittenPost kMuchRead = { "read-1", "南岗区西大直街夜间施工噪音",
    "南岗区西大直街的工地每天施工到凌晨两点，噪音很大，周围居民无法休息，请依法查处。", "2025-02-20T22:00:00+08:00" };
constexpr int kMuchReadViews = 50000;

inline QJsonObject writtenPost(const WrittenPost &written, int views = 0, const QJsonArray &assignments = {})
{
    return samplePost(QString::fromUtf8(written.id), 1, QString::fromUtf8(written.title),
        QString::fromUtf8(written.body),
        { { QStringLiteral("submitted_at"), QString::fromUtf8(written.submitted) }, { QStringLiteral("views"), views },
            { QStringLiteral("category"), QStringLiteral("appeal") },
            { QStringLiteral("status"),
                assignments.isEmpty() ? QStringLiteral("triaged") : QStringLiteral("dispatched") },
            { QStringLiteral("assignments"), assignments } });
}

// The February set: the long-running matter, the burst and the much-read post.
inline QList<QJsonObject> februaryPosts()
{
    QList<QJsonObject> posts;
    for (const WrittenPost &written : kLongRunning)
        posts.append(writtenPost(written));
    for (const WrittenPost &written : kBurst)
        posts.append(writtenPost(written));
    posts.append(writtenPost(kMuchRead, kMuchReadViews));
    return posts;
}

} // namespace bxt::test
