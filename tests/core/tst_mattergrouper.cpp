// Grouping a period's posts into matters for the key-issues window (R22): posts written to be
// one matter land together whatever their wording; posts on other matters, or on the same
// matter in another district, do not. Ranking by volume, growth and attention, and the facts
// the special report gives.

#include "mattertestsupport.h"

#include "demo/syntheticpostgenerator.h"
#include "matters/keyissuesreport.h"
#include "matters/matterfacts.h"
#include "matters/mattergrouper.h"
#include "matters/namedplacescanner.h"
#include "matters/rawpostbody.h"
#include "store/unitstore.h"

#include <QtTest>

using namespace bxt;
using namespace bxt::test;
using namespace Qt::StringLiterals;

namespace {

// Five posts about one matter (heating on 学府路 in 南岗区) worded differently, and posts on
// other matters: other troubles on the same road, and the same trouble in another district.
const WrittenPost kHeating[] = {
    { "p-heat-1", "南岗区学府路小区供暖不热",
        "南岗区学府路阳光小区今年供暖以来室内温度只有十五度，暖气片摸着不热，老人孩子都冻感冒了，希望供热公司尽快解决"
        "。",
        "2025-01-06T08:00:00+08:00" },
    { "p-heat-2", "学府路供暖温度不达标",
        "我家住南岗区学府路，这几天暖气不热，室内温度十四度左右，打供热公司电话一直没人管。",
        "2025-01-08T09:30:00+08:00" },
    { "p-heat-3", "南岗区学府路暖气不热问题",
        "学府路一带居民都说供暖不热，室内温度达不到十八度，请有关部门督促供热公司。", "2025-01-20T10:00:00+08:00" },
    { "p-heat-4", "关于南岗区学府路供暖的反映",
        "南岗区学府路的供暖温度一直不达标，暖气不热，晚上只能开电暖器，希望供热公司重视。",
        "2025-01-22T19:00:00+08:00" },
    { "p-heat-5", "学府路小区暖气温度太低",
        "南岗区学府路小区供暖温度太低，家里冷得穿棉袄，暖气不热，希望供热公司派人检查管网。",
        "2025-01-25T07:45:00+08:00" },
};
// Two more posts on the heating matter that name only the road, not the district.
const WrittenPost kStreetOnly[] = {
    { "p-heat-6", "学府路阳光小区暖气温度上不去",
        "学府路阳光小区这周暖气还是不热，室内温度只有十五度，供热公司说在检修管网，希望尽快恢复供暖温度。",
        "2025-01-27T08:00:00+08:00" },
    { "p-heat-7", "学府路一带供暖不达标", "住在学府路的居民都说供暖温度不达标，暖气片不热，请供热公司上门查看。",
        "2025-01-28T09:00:00+08:00" },
};
const WrittenPost kOthers[] = {
    { "p-fee", "南岗区学府路物业费上涨", "南岗区学府路某小区物业突然上涨物业费，没有召开业主大会，也没有公示收费依据。",
        "2025-01-07T08:00:00+08:00" },
    { "p-noise", "南岗区学府路夜间施工噪音", "南岗区学府路工地每天晚上施工到凌晨，噪音扰民，居民无法休息，请依法查处。",
        "2025-01-09T22:00:00+08:00" },
    { "p-lamp", "南岗区红旗大街路灯不亮", "南岗区红旗大街的路灯坏了一个多月，晚上漆黑一片，夜里下班回家很不安全。",
        "2025-01-10T21:00:00+08:00" },
    { "p-daoli-heat", "道里区安静街供暖不热",
        "道里区安静街小区供暖温度不达标，暖气不热，室内温度只有十五度，希望供热公司解决。",
        "2025-01-11T08:00:00+08:00" },
    { "p-bus", "香坊区公交线路调整", "香坊区进乡街附近公交线路调整后，居民去医院要换乘两次，早高峰等车很久。",
        "2025-01-12T07:30:00+08:00" },
};

QJsonArray assignedTo(const QString &unitId, const QString &status)
{
    return { QJsonObject { { QStringLiteral("unit_id"), unitId },
        { QStringLiteral("dispatched_at"), QStringLiteral("2025-01-26T10:00:00+08:00") },
        { QStringLiteral("status"), status }, { QStringLiteral("replies"), QJsonArray() } } };
}

QHash<QString, Unit> harbinUnits(Database &database)
{
    storeHarbinUnits(database);
    QString error;
    QHash<QString, Unit> units;
    if (!UnitStore(database).all(&units, &error))
        qFatal("cannot read the units: %s", qPrintable(error));
    return units;
}

// The ids of each matter's posts, sorted, for comparing groupings.
QList<QStringList> matterIds(const MatterGrouping &grouping)
{
    QList<QStringList> matters;
    for (const Matter &matter : grouping.matters) {
        QStringList ids;
        for (const quint32 member : matter.members)
            ids.append(grouping.post(member).id);
        ids.sort();
        matters.append(ids);
    }
    return matters;
}

} // namespace

class TestMatterGrouper : public QObject
{
    Q_OBJECT

private slots:
    void postsWrittenAsOneMatter_groupTogether_othersApart() // R22
    {
        TemporaryStore store;
        const QHash<QString, Unit> units = harbinUnits(*store.database);
        QList<QJsonObject> posts;
        for (const WrittenPost &written : kHeating)
            posts.append(writtenPost(written));
        for (const WrittenPost &written : kOthers)
            posts.append(writtenPost(written));
        importPosts(*store.database, posts);

        MatterGrouping grouping;
        QString error;
        QVERIFY2(MatterGrouper(*store.database, units).group(QDate(2025, 1, 1), QDate(2025, 1, 31), &grouping, &error),
            qPrintable(error));
        QCOMPARE(grouping.posts.size(), size_t(10));
        const QList<QStringList> matters = matterIds(grouping);
        QCOMPARE(matters.first(),
            (QStringList { u"p-heat-1"_s, u"p-heat-2"_s, u"p-heat-3"_s, u"p-heat-4"_s, u"p-heat-5"_s }));
        QCOMPARE(matters.size(), 6); // the five, and each other post on its own
        QCOMPARE(grouping.placeName(grouping.matters.first()), u"南岗区"_s);
        for (qsizetype i = 1; i < matters.size(); ++i)
            QCOMPARE(matters.at(i).size(), 1);
    }

    void grouping_isTheSameWhateverTheImportOrder()
    {
        QList<QList<QStringList>> results;
        for (const bool reversed : { false, true }) {
            TemporaryStore store;
            const QHash<QString, Unit> units = harbinUnits(*store.database);
            QList<QJsonObject> posts;
            for (const WrittenPost &written : kHeating)
                posts.append(writtenPost(written));
            for (const WrittenPost &written : kOthers)
                posts.append(writtenPost(written));
            if (reversed)
                std::reverse(posts.begin(), posts.end());
            importPosts(*store.database, posts);
            MatterGrouping grouping;
            QString error;
            QVERIFY(
                MatterGrouper(*store.database, units).group(QDate(2025, 1, 1), QDate(2025, 1, 31), &grouping, &error));
            results.append(matterIds(grouping));
        }
        QCOMPARE(results.at(0), results.at(1));
    }

    void periodOutside_leavesPostsOut_andReportsNeverGrouped() // R10
    {
        TemporaryStore store;
        const QHash<QString, Unit> units = harbinUnits(*store.database);
        QJsonObject report = writtenPost(kHeating[0]);
        report.insert(QStringLiteral("id"), QStringLiteral("p-report"));
        report.insert(QStringLiteral("category"), QStringLiteral("report"));
        report.insert(QStringLiteral("status"), QStringLiteral("forwarded"));
        importPosts(*store.database, { writtenPost(kHeating[0]), writtenPost(kHeating[4]), report });
        MatterGrouping grouping;
        QString error;
        QVERIFY(MatterGrouper(*store.database, units).group(QDate(2025, 1, 1), QDate(2025, 1, 10), &grouping, &error));
        QCOMPARE(grouping.posts.size(), size_t(1));
        QCOMPARE(grouping.posts.front().id, u"p-heat-1"_s);
        QVERIFY(!MatterGrouper(*store.database, units).group(QDate(2025, 1, 10), QDate(2025, 1, 1), &grouping, &error));
        QVERIFY(!error.isEmpty());
    }

    void streetOnlyPosts_joinTheMatterOfThoseNamingTheDistrict() // R22
    {
        TemporaryStore store;
        const QHash<QString, Unit> units = harbinUnits(*store.database);
        QList<QJsonObject> posts;
        for (const WrittenPost &written : kHeating)
            posts.append(writtenPost(written));
        for (const WrittenPost &written : kStreetOnly)
            posts.append(writtenPost(written));
        for (const WrittenPost &written : kOthers)
            posts.append(writtenPost(written));
        importPosts(*store.database, posts);

        MatterGrouping grouping;
        QString error;
        QVERIFY2(MatterGrouper(*store.database, units).group(QDate(2025, 1, 1), QDate(2025, 1, 31), &grouping, &error),
            qPrintable(error));
        const QList<QStringList> matters = matterIds(grouping);
        QCOMPARE(matters.first(),
            (QStringList { u"p-heat-1"_s, u"p-heat-2"_s, u"p-heat-3"_s, u"p-heat-4"_s, u"p-heat-5"_s, u"p-heat-6"_s,
                u"p-heat-7"_s }));
        QCOMPARE(grouping.placeName(grouping.matters.first()), u"南岗区"_s);
        QVERIFY(matters.contains(QStringList { u"p-daoli-heat"_s })); // the same trouble in 道里区 stays apart
        const Matter &heating = grouping.matters.first();
        QCOMPARE(heating.firstHalfPosts, 2); // 6 and 8 January; the middle is 16 January 12:00
        QCOMPARE(heating.secondHalfPosts, 5);
        QCOMPARE(heating.growth(), 2.5);
    }

    void aStreetManyPostsName_doesNotMakeTheirTroublesOneMatter() // R22
    {
        // 21 posts name 中央大街, each about another trouble: more than 20 posts name the street,
        // so sharing it does not lower the similarity a post needs to join a matter.
        const char *const troubles[][2] = {
            { "路灯不亮", "路灯坏了一个月，晚上漆黑一片。" },
            { "井盖缺失", "人行道上的井盖丢了，孩子差点掉下去。" },
            { "商户占道经营", "商户把货摊摆到人行道上，行人只能走机动车道。" },
            { "夜间施工噪音", "工地每天施工到凌晨，吵得人睡不着。" },
            { "公交站牌被撞坏", "公交站牌被车撞歪了，没人来修。" },
            { "垃圾桶满了没人清", "垃圾桶塞满了垃圾，三天没有清运。" },
            { "共享单车乱停", "共享单车停满盲道，盲人没法通行。" },
            { "广告牌松动", "楼顶的广告牌被风吹得摇晃，担心掉下来砸人。" },
            { "积水排不出去", "一下雨路口就积水，排水口被堵住了。" },
            { "出租车拒载", "出租车司机挑活拒载，老人打不到车。" },
            { "游客太多没有厕所", "游客很多，附近找不到公共厕所。" },
            { "树木倒伏", "行道树被风刮倒，压在自行车道上。" },
            { "黑车拉客", "有人开私家车在路口拉客，价格很高。" },
            { "餐馆油烟扰民", "一楼餐馆的油烟直冲居民窗户，家里不敢开窗。" },
            { "红绿灯时间太短", "路口红绿灯太短，老人走不过马路。" },
            { "店铺音响太吵", "店铺门口的音响整天放音乐，声音开得很大。" },
            { "违章停车堵路", "车辆乱停在消防通道上，救护车进不来。" },
            { "路面破损", "石头路面坏了好几块，游客经常崴脚。" },
            { "冬季清雪不及时", "下雪后两天没人清雪，路面结冰很滑。" },
            { "流浪狗伤人", "几只流浪狗在附近游荡，有人被咬伤。" },
            { "假冒商品", "纪念品店卖假冒商品，游客上当受骗。" },
        };
        TemporaryStore store;
        const QHash<QString, Unit> units = harbinUnits(*store.database);
        QList<QJsonObject> posts;
        for (int i = 0; i < 21; ++i) {
            posts.append(samplePost(u"main-%1"_s.arg(i + 1), 1, u"道里区中央大街"_s + QString::fromUtf8(troubles[i][0]),
                u"道里区中央大街"_s + QString::fromUtf8(troubles[i][1]),
                { { u"submitted_at"_s, u"2025-01-%1T08:00:00+08:00"_s.arg(i + 5, 2, 10, QLatin1Char('0')) },
                    { u"category"_s, u"appeal"_s } }));
        }
        importPosts(*store.database, posts);
        MatterGrouping grouping;
        QString error;
        QVERIFY2(MatterGrouper(*store.database, units).group(QDate(2025, 1, 1), QDate(2025, 1, 31), &grouping, &error),
            qPrintable(error));
        for (const QStringList &ids : matterIds(grouping))
            QVERIFY2(ids.size() == 1, qPrintable(ids.join(u' ')));
    }

    void namedPlaces_twoHanCharactersBeforeAnEnding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names"); // in the order they are written
        QTest::newRow("a road and an estate")
            << u"住在学府路和平家园的居民"_s << QStringList { u"学府路"_s, u"和平家园"_s };
        QTest::newRow("three-character ending") << u"阳光幼儿园门口积水"_s << QStringList { u"阳光幼儿园"_s };
        QTest::newRow("at the very end") << u"修好学府路"_s << QStringList { u"学府路"_s };
        QTest::newRow("the scan goes on after a name, never inside it") << u"长江路街"_s << QStringList { u"长江路"_s };
        QTest::newRow("lookalikes of endings are not taken: 新域, 大通, 小卖")
            << u"阳光新域楼下，中山大通边上，路口小卖"_s << QStringList {};
        QTest::newRow("我们 and 这个 are no names") << u"我们小区停水，这个村也停了"_s << QStringList {};
        QTest::newRow("letters and digits are not Han") << u"AB路和12号街"_s << QStringList {};
        QTest::newRow("a Han character outside the BMP counts as one")
            << u"去\U0002000B家村看看"_s << QStringList { u"\U0002000B家村"_s };
        QTest::newRow("、 is Han as \\p{Han} has it (script extensions)")
            << u"重庆、新村"_s << QStringList { u"、新村"_s };
    }

    void namedPlaces_twoHanCharactersBeforeAnEnding() // R22
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        NamedPlaceScanner scanner;
        QStringList found;
        for (const QStringView name : scanner.find(text))
            found.append(name.toString());
        QCOMPARE(found, names);
    }

    void rawBody_readAsJsonExtractReadsIt_data()
    {
        QTest::addColumn<QByteArray>("json"); // a post as posts.raw keeps it
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("body");
        QTest::newRow("the object's own body, not one nested before it, nor one inside a string")
            << "{\"assignments\":[{\"body\":\"不是这个\",\"replies\":[]}],\"author\":{\"alias\":\"张\\\"body\\\":\\\"x\"},\"body\":\"路灯坏了\",\"title\":\"t\"}"_ba
            << true << u"路灯坏了"_s;
        QTest::newRow("escapes decoded, a surrogate pair joined")
            << "{\"body\":\"第一行\\n第二行 \\\"引号\\\" \\\\ \\/ \\u4e2d\\ud83d\\ude00\\b\\f\\r\\t\"}"_ba << true
            << u"第一行\n第二行 \"引号\" \\ / 中\U0001F600\b\f\r\t"_s;
        QTest::newRow("\\u0000 ends the text, as in SQLite") << "{\"body\":\"前\\u0000后\"}"_ba << true << u"前"_s;
        QTest::newRow("numbers, literals, empty objects and spaces skipped")
            << "{ \"a\" : 12 , \"b\":true,\"c\":null,\"d\":-1.5e3,\"e\":{},\"f\":[],\"body\" : \"数\" }"_ba << true
            << u"数"_s;
        QTest::newRow("backslashes before a closing quote")
            << "{\"title\":\"x\\\\\",\"body\":\"y\\\\\\\\\"}"_ba << true << u"y\\\\"_s;
        QTest::newRow("no body: empty") << "{\"title\":\"t\",\"views\":3}"_ba << true << QString();
        QTest::newRow("a null body: empty") << "{\"body\":null}"_ba << true << QString();
        QTest::newRow("cut off before the body") << "{\"title\":\"t\",\"bo"_ba << false << QString();
        QTest::newRow("not an object") << "[\"body\",\"x\"]"_ba << false << QString();
        QTest::newRow("a body that is no text") << "{\"body\":12}"_ba << false << QString();
    }

    void rawBody_readAsJsonExtractReadsIt()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QString, body);
        QString read = u"unchanged"_s;
        QCOMPARE(rawPostBody(json, &read), ok);
        if (ok)
            QCOMPARE(read, body);
    }

    void ranking_scoreVolumeGrowthAndAttention_data()
    {
        // February 2025, 28 days. lr: 5 posts (3 before 15 February, 2 after), in 4 of the 4 weeks,
        // the last on day 23. b: 6 posts on days 26 and 27 (one week, second half). read: 1 post on
        // day 20 with 50,000 views.
        QTest::addColumn<int>("ranking");
        QTest::addColumn<QStringList>("order"); // each matter by its first post id
        QTest::newRow("score: the long-running matter outranks the burst")
            << int(MatterRanking::Score) << QStringList { u"lr-1"_s, u"b-1"_s, u"read-1"_s };
        QTest::newRow("volume: 6, 5, 1 posts")
            << int(MatterRanking::Volume) << QStringList { u"b-1"_s, u"lr-1"_s, u"read-1"_s };
        QTest::newRow("growth: ×6, ×1 (0 → 1), ×0.67")
            << int(MatterRanking::Growth) << QStringList { u"b-1"_s, u"read-1"_s, u"lr-1"_s };
        QTest::newRow("attention: 50,000 views, then by volume")
            << int(MatterRanking::Attention) << QStringList { u"read-1"_s, u"b-1"_s, u"lr-1"_s };
    }

    void ranking_scoreVolumeGrowthAndAttention() // R22
    {
        QFETCH(int, ranking);
        QFETCH(QStringList, order);
        TemporaryStore store;
        const QHash<QString, Unit> units = harbinUnits(*store.database);
        importPosts(*store.database, februaryPosts());
        MatterGrouping grouping;
        QString error;
        QVERIFY2(MatterGrouper(*store.database, units).group(QDate(2025, 2, 1), QDate(2025, 2, 28), &grouping, &error),
            qPrintable(error));
        grouping.rank(MatterRanking(ranking));
        QStringList firstIds;
        for (const QStringList &ids : matterIds(grouping))
            firstIds.append(ids.first());
        QCOMPARE(firstIds, order);
    }

    void score_addsPostsWeeksAttentionAndRecency_data()
    {
        // score = posts + weeks with posts + log10(1 + views) + (days up to the last post / days)
        QTest::addColumn<QString>("firstPost");
        QTest::addColumn<double>("score");
        QTest::newRow("long-running: 5 + 4 + 0 + 23/28") << u"lr-1"_s << 9.8214286;
        QTest::newRow("burst: 6 + 1 + 0 + 27/28") << u"b-1"_s << 7.9642857;
        QTest::newRow("much read: 1 + 1 + log10(50001) + 20/28") << u"read-1"_s << 7.4132644;
    }

    void score_addsPostsWeeksAttentionAndRecency() // R22
    {
        QFETCH(QString, firstPost);
        QFETCH(double, score);
        TemporaryStore store;
        const QHash<QString, Unit> units = harbinUnits(*store.database);
        importPosts(*store.database, februaryPosts());
        MatterGrouping grouping;
        QString error;
        QVERIFY2(MatterGrouper(*store.database, units).group(QDate(2025, 2, 1), QDate(2025, 2, 28), &grouping, &error),
            qPrintable(error));
        const QList<QStringList> ids = matterIds(grouping);
        const auto matter = std::find_if(
            ids.cbegin(), ids.cend(), [&](const QStringList &matter) { return matter.first() == firstPost; });
        QVERIFY2(matter != ids.cend(), qPrintable(firstPost));
        QVERIFY2(std::abs(grouping.matters.at(matter - ids.cbegin()).score - score) < 1e-6,
            qPrintable(QString::number(grouping.matters.at(matter - ids.cbegin()).score, 'f', 7)));
    }

    void facts_giveTimelineUnitsAndReplyProgress() // R22
    {
        TemporaryStore store;
        const QHash<QString, Unit> units = harbinUnits(*store.database);
        QList<QJsonObject> posts;
        const char *const states[] = { "replied", "replied", "accepted", "returned", "pending" };
        for (int i = 0; i < 5; ++i)
            posts.append(writtenPost(kHeating[i], 100, assignedTo(u"d-heating"_s, QLatin1String(states[i]))));
        importPosts(*store.database, posts);
        MatterGrouping grouping;
        QString error;
        QVERIFY(MatterGrouper(*store.database, units).group(QDate(2025, 1, 1), QDate(2025, 1, 31), &grouping, &error));
        QCOMPARE(grouping.matters.size(), 1);
        const MatterFacts facts = MatterFacts::of(grouping, grouping.matters.first(), units, 3);
        QCOMPARE(facts.posts, 5);
        QCOMPARE(facts.timeline.size(), 31);
        QCOMPARE(facts.timeline.at(5), std::make_pair(QDate(2025, 1, 6), 1));
        QCOMPARE(facts.units.size(), 1);
        QCOMPARE(facts.units.first().unitName, u"市供热办公室"_s);
        QCOMPARE(facts.units.first().replied, 2);
        QCOMPARE(facts.units.first().returned, 1);
        QCOMPARE(facts.units.first().waiting, 2);
        QCOMPARE(facts.repliedPosts, 2);
        QCOMPARE(facts.representatives.size(), 3);
        QCOMPARE(facts.timelineChart().values.size(), 31);

        KeyIssuesReport report;
        report.from = grouping.from;
        report.to = grouping.to;
        report.composedOn = QDate(2025, 2, 1);
        report.composer = u"市信息化工作办公室"_s;
        QVERIFY(!report.invalidity().isEmpty()); // no matter yet
        report.matters = { facts };
        report.situation = u"一月份南岗区学府路供暖不热问题集中。"_s;
        report.suggestedAction = u"建议市供热办督促供热企业限期整改。"_s;
        QVERIFY2(report.invalidity().isEmpty(), qPrintable(report.invalidity()));
        const ReportDocument document = report.document();
        QCOMPARE(document.title, u"要事专报"_s);
        QCOMPARE(document.charts.size(), 1);
        QCOMPARE(document.table.rows.size(), 1);
        QVERIFY(document.sections.at(1).text.contains(u"市供热办公室"_s));
    }
};

QTEST_GUILESS_MAIN(TestMatterGrouper)
#include "tst_mattergrouper.moc"
