#include "demo/syntheticpostgenerator.h"

#include <array>

namespace bxt {

struct SyntheticPostGenerator::Topic
{
    QString title; // what the post is about, e.g. 供暖温度不达标
    QStringList sentences; // body sentences; %1 is the place
    QStringList units; // the units that handle it
};

namespace {

struct UnitRow
{
    const char *id;
    const char *name;
    bool district;
};

constexpr UnitRow kUnits[] = {
    { "d-housing", "市住房和城乡建设局", false },
    { "d-transport", "市交通运输局", false },
    { "d-education", "市教育局", false },
    { "d-police", "市公安局", false },
    { "d-hrss", "市人力资源和社会保障局", false },
    { "d-health", "市卫生健康委员会", false },
    { "d-market", "市市场监督管理局", false },
    { "d-ecology", "市生态环境局", false },
    { "d-urban", "市城市管理局", false },
    { "d-resources", "市自然资源和规划局", false },
    { "d-water", "市水务局", false },
    { "d-civil", "市民政局", false },
    { "d-emergency", "市应急管理局", false },
    { "d-medical", "市医疗保障局", false },
    { "d-heating", "市供热办公室", false },
    { "d-metro", "哈尔滨地铁集团", false },
    { "d-business", "市营商环境建设监督局", false },
    { "d-culture", "市文化广电和旅游局", false },
    { "d-agriculture", "市农业农村局", false },
    { "d-realestate", "市不动产登记中心", false },
    { "x-daoli", "道里区人民政府", true },
    { "x-nangang", "南岗区人民政府", true },
    { "x-daowai", "道外区人民政府", true },
    { "x-xiangfang", "香坊区人民政府", true },
    { "x-pingfang", "平房区人民政府", true },
    { "x-songbei", "松北区人民政府", true },
    { "x-hulan", "呼兰区人民政府", true },
    { "x-acheng", "阿城区人民政府", true },
    { "x-shuangcheng", "双城区人民政府", true },
    { "x-yilan", "依兰县人民政府", true },
    { "x-fangzheng", "方正县人民政府", true },
    { "x-bin", "宾县人民政府", true },
    { "x-bayan", "巴彦县人民政府", true },
    { "x-mulan", "木兰县人民政府", true },
    { "x-tonghe", "通河县人民政府", true },
    { "x-yanshou", "延寿县人民政府", true },
    { "x-shangzhi", "尚志市人民政府", true },
    { "x-wuchang", "五常市人民政府", true },
};

struct Place
{
    const char *district; // unit id
    const char *street;
};

constexpr Place kPlaces[] = {
    { "x-daoli", "道里区安静街" },
    { "x-daoli", "道里区中央大街" },
    { "x-daoli", "道里区友谊路" },
    { "x-daoli", "道里区群力大道" },
    { "x-nangang", "南岗区学府路" },
    { "x-nangang", "南岗区西大直街" },
    { "x-nangang", "南岗区红旗大街" },
    { "x-nangang", "南岗区和兴路" },
    { "x-daowai", "道外区靖宇街" },
    { "x-daowai", "道外区南马路" },
    { "x-xiangfang", "香坊区进乡街" },
    { "x-xiangfang", "香坊区公滨路" },
    { "x-pingfang", "平房区友协大街" },
    { "x-songbei", "松北区世茂大道" },
    { "x-songbei", "松北区创新路" },
    { "x-hulan", "呼兰区利民开发区" },
    { "x-acheng", "阿城区延川大街" },
    { "x-shuangcheng", "双城区承旭大街" },
    { "x-shangzhi", "尚志市尚志大街" },
    { "x-wuchang", "五常市五常大街" },
    { "x-bin", "宾县宾州镇" },
};

const char *const kCommunities[] = { "阳光小区", "锦绣家园", "松江花园", "文化新村", "和谐家园", "恒大名都", "保利上城",
    "中海雍景", "远大都市", "哈西新城", "哈工大家属楼", "铁路小区" };

struct TopicRow
{
    const char *title;
    const char *units; // space-separated unit ids; "@" is the district of the place
    const char *sentences[4];
};

const TopicRow kTopics[] = {
    { "供暖温度不达标", "d-heating @",
        { "%1的%2今年冬天室内温度只有十四度左右，老人孩子都冻感冒了。",
            "多次给供热公司打电话，说是管网老化，一直没人来修。",
            "我们按时交了供暖费，希望有关部门督促供热企业尽快达标。",
            "晚上更冷，家里只能开电暖气，电费比取暖费还高。" } },
    { "物业费上涨没有公示", "d-housing @",
        { "%1的%2物业突然把物业费从每平方米1.2元涨到1.8元。", "涨价前没有召开业主大会，也没有公示收费依据。",
            "小区卫生和安保服务却越来越差，楼道灯坏了半年没人修。", "请问物业费调整需要经过哪些程序？" } },
    { "小区停车难", "@ d-urban",
        { "%1的%2车位严重不足，晚上车辆只能停在消防通道上。", "物业把公共区域划成车位出租，业主意见很大。",
            "希望有关部门规划建设停车场，缓解停车难。", "救护车进不来的问题已经发生过两次了。" } },
    { "公交线路调整", "d-transport",
        { "%1附近的公交线路调整后，居民去医院要换乘两次。", "早高峰等车超过二十分钟，车上特别拥挤。",
            "建议恢复原线路或者增开区间车。", "冬天在站台等车太冷了，希望增加班次。" } },
    { "道路破损坑洼", "d-urban @",
        { "%1路面坑洼不平，雨天积水很深，车辆行人通行困难。", "已经有电动车摔倒，存在很大的安全隐患。",
            "希望尽快修补路面，恢复正常通行。", "井盖松动，车辆经过时响声很大。" } },
    { "夜间施工噪音扰民", "d-ecology @",
        { "%1的工地每天晚上施工到凌晨两点，噪音扰民。", "居民无法休息，孩子第二天还要上学。",
            "请问夜间施工是否办理了许可？", "希望有关部门依法查处，保障居民休息。" } },
    { "学区划分和入学", "d-education @",
        { "孩子今年上小学，%1的学区划分一直没有公布。", "户口和房产都在本区，却被告知要去很远的学校。",
            "请问今年的入学政策和报名时间是什么？", "希望教育部门公开学区划分的依据。" } },
    { "医保报销", "d-medical",
        { "在%1的医院住院，异地医保报销比例和说明不一致。", "办理备案后仍然不能直接结算，需要先垫付。",
            "请问门诊慢性病的报销范围和比例是多少？", "希望简化报销手续，减少群众跑腿。" } },
    { "社保缴费和退休", "d-hrss",
        { "在%1的单位工作十年，社保缴费记录缺了两年。", "单位已经倒闭，不知道该找哪个部门补缴。",
            "请问灵活就业人员如何续缴养老保险？", "办理退休时被告知档案不全，怎么办？" } },
    { "户口迁移", "d-police",
        { "想把户口从外地迁到%1，需要准备哪些材料？", "派出所说需要房产证，但我们是租房。",
            "孩子落户手续办了两个月还没有结果。", "希望公开户口迁移的办理流程和时限。" } },
    { "拆迁补偿不到位", "@ d-resources",
        { "%1的平房区拆迁已经三年，补偿款还没有全部到位。", "过渡费也停发了，老人只能在外租房。",
            "当初签协议时承诺两年回迁，现在楼还没盖好。", "希望政府督促开发商履行协议。" } },
    { "违章建筑", "d-urban @",
        { "%1的一楼住户私自扩建门市房，占用公共绿地。", "违建挡住了消防通道，存在安全隐患。",
            "向城管反映多次，至今没有处理。", "希望依法拆除违章建筑。" } },
    { "冬季清雪不及时", "d-urban @",
        { "%1的积雪三天没人清理，路面结冰非常滑。", "老人出门摔倒好几次，学生上学也很危险。",
            "主干道清得很快，小街小巷一直没人管。", "希望加大清雪力度，及时撒融雪剂。" } },
    { "地铁施工围挡", "d-metro d-transport",
        { "地铁3号线在%1的施工围挡长期占道，交通拥堵。", "施工工期一再延长，周边商户生意受到影响。",
            "请问这段工程什么时候完工？", "希望合理设置围挡，保障行人通行。" } },
    { "出租车拒载绕路", "d-transport",
        { "在%1打车，出租车司机拒载短途乘客。", "晚上高峰时段司机不打表，随意要价。",
            "投诉电话打不通，希望加强出租车管理。", "外地游客对哈尔滨出租车意见很大。" } },
    { "农民工工资拖欠", "d-hrss @",
        { "我们在%1的工地干了八个月，工资一直没有结清。", "包工头说开发商没给钱，开发商说已经付了。",
            "快过年了，工人们都等着钱回家。", "希望劳动监察部门帮助追讨欠薪。" } },
    { "食品安全", "d-market",
        { "在%1的一家超市买到过期食品，商家拒绝退换。", "饭店后厨卫生条件很差，老鼠随处可见。",
            "请市场监管部门加强检查。", "希望公布处理结果，保障消费者权益。" } },
    { "饭店油烟扰民", "d-ecology @",
        { "%1楼下饭店的油烟直接排到居民窗户上。", "夏天根本不能开窗，家里全是油烟味。", "饭店没有安装油烟净化设备。",
            "希望依法整治油烟扰民问题。" } },
    { "垃圾分类和清运", "d-urban @",
        { "%1的垃圾箱满了好几天没人清运，气味很大。", "垃圾分类宣传了很久，但是清运时又混在一起。",
            "希望增加清运次数，完善分类设施。", "小区门口的垃圾堆成了小山。" } },
    { "燃气安全隐患", "d-emergency d-housing",
        { "%1的老旧小区燃气管道锈蚀严重，经常能闻到燃气味。", "燃气公司来检查过一次，说要等改造计划。",
            "希望尽快更换管道，消除安全隐患。", "请问老旧小区燃气改造有什么政策？" } },
    { "自来水停水", "d-water",
        { "%1已经停水两天，事先没有任何通知。", "老人孩子生活非常不便，只能去外面买水。", "自来水发黄，有明显异味。",
            "希望供水部门及时公告停水时间。" } },
    { "路灯不亮", "d-urban @",
        { "%1的路灯坏了一个多月，晚上漆黑一片。", "夜里下班回家很不安全。", "希望尽快维修路灯。",
            "附近还有学校，学生晚自习回家很危险。" } },
    { "养犬扰民", "d-police @",
        { "%1的居民遛狗不拴绳，孩子被狗吓哭了好几次。", "大型犬夜里叫个不停，影响休息。",
            "希望加强养犬管理，规范文明养犬。", "狗粪随处可见，没人清理。" } },
    { "房屋维修基金", "d-housing",
        { "%1的楼顶漏雨，申请使用维修基金手续太复杂。", "需要三分之二业主签字，根本凑不齐。",
            "请问维修基金的使用流程是什么？", "希望简化维修基金申请程序。" } },
    { "不动产登记", "d-realestate d-resources",
        { "%1的回迁房至今办不下来不动产权证。", "开发商说手续不全，登记中心说材料不够。",
            "孩子上学需要房产证，非常着急。", "请问办理不动产登记需要哪些材料？" } },
    { "营商环境", "d-business d-market",
        { "在%1办理营业执照，窗口要求反复提交材料。", "审批时间比公布的时限长了一倍。",
            "希望真正实现一网通办，减少跑腿。", "有关部门对企业的检查过于频繁。" } },
    { "松花江沿岸环境", "d-ecology d-water",
        { "松花江%1段江边有人倾倒建筑垃圾。", "夏天江边烧烤留下的垃圾没人清理。", "希望加强江岸环境治理。",
            "江堤的栏杆损坏，存在安全隐患。" } },
    { "中央大街游客管理", "d-culture x-daoli",
        { "中央大街节假日游客太多，%1附近交通瘫痪。", "部分商户强买强卖，影响城市形象。",
            "希望加强景区管理，提升游客体验。", "冰雪大世界期间出租车乱收费。" } },
    { "农村道路和灌溉", "d-agriculture @",
        { "%1的村路多年没有维修，农产品运不出去。", "灌溉渠道淤堵，影响今年春耕。", "希望有关部门安排资金修缮。",
            "村里的自来水冬天经常冻住。" } },
    { "养老服务", "d-civil @",
        { "%1的社区养老服务站一直没有开放。", "高龄补贴申请了半年还没有发放。", "希望增加社区养老设施。",
            "老人办理各种证明需要来回跑很多次。" } },
};

const char *const kGenericSentences[] = {
    "这个问题已经反映过很多次了。",
    "希望有关部门重视，尽快给予答复。",
    "谢谢领导百忙之中关注。",
    "周围邻居都有同样的意见。",
    "盼望早日解决，给老百姓一个说法。",
    "请相关部门调查核实。",
};

const char *const kSurnames[] = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马" };

const char *const kReplies[] = {
    "您好！您反映的问题已收悉，我单位高度重视，已安排工作人员实地调查，将依法依规处理，感谢您对我们工作的监督。",
    "经核实，您反映的情况属实，已责成相关单位限期整改，整改完成后将及时向您反馈。",
    "您好！经调查，该问题涉及多方责任，我们已协调有关单位召开专题会议研究解决方案，预计一个月内解决。",
    "您好！您咨询的政策依据如下，如仍有疑问可在本栏目继续留言，我们将及时解答。",
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList splitUnits(const char *units, const char *district)
{
    QStringList result;
    for (const QString &unit : text(units).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result.append(unit == QLatin1String("@") ? text(district) : unit);
    return result;
}

} // namespace

SyntheticPostGenerator::SyntheticPostGenerator(quint32 seed, const QDateTime &start, int averageMinutesBetweenPosts)
    : m_random(seed)
    , m_clock(start.toTimeZone(QTimeZone(8 * 3600)))
    , m_averageMinutes(std::max(1, averageMinutesBetweenPosts))
{ }

QJsonArray SyntheticPostGenerator::harbinUnits()
{
    QJsonArray units;
    for (const UnitRow &unit : kUnits) {
        units.append(
            QJsonObject { { QStringLiteral("id"), QLatin1String(unit.id) }, { QStringLiteral("name"), text(unit.name) },
                { QStringLiteral("kind"), unit.district ? QStringLiteral("district") : QStringLiteral("department") },
                { QStringLiteral("active"), true } });
    }
    return units;
}

const QString &SyntheticPostGenerator::pick(const QStringList &list)
{
    return list.at(int(m_random.bounded(quint32(list.size()))));
}

int SyntheticPostGenerator::between(int low, int high)
{
    return low + int(m_random.bounded(quint32(high - low + 1)));
}

bool SyntheticPostGenerator::chance(int percent)
{
    return int(m_random.bounded(100u)) < percent;
}

QString SyntheticPostGenerator::sentenceFor(const Topic &topic, const QString &place)
{
    return QString(pick(topic.sentences)).replace(QLatin1String("%1"), place);
}

QJsonObject SyntheticPostGenerator::authorFor(qint64 number)
{
    QString alias;
    switch (m_random.bounded(3u)) {
    case 0:
        alias = QStringLiteral("市民%1%2")
                    .arg(text(kSurnames[m_random.bounded(12u)]),
                        chance(50) ? QStringLiteral("先生") : QStringLiteral("女士"));
        break;
    case 1: alias = QStringLiteral("网友%1").arg(1000 + number % 9000); break;
    default: alias = text(kSurnames[m_random.bounded(12u)]) + QStringLiteral("大姐"); break;
    }
    QJsonObject author { { QStringLiteral("alias"), alias } };
    if (chance(70))
        author.insert(
            QStringLiteral("phone"), QStringLiteral("1%1%2").arg(between(3, 8)).arg(between(100000000, 999999999)));
    author.insert(QStringLiteral("email"),
        chance(20) ? QJsonValue(QStringLiteral("user%1@example.com").arg(number)) : QJsonValue());
    return author;
}

QJsonObject SyntheticPostGenerator::replyFor(
    const QString &category, const QString &kind, const QDateTime &at, const QString &visibility)
{
    QJsonArray refs;
    if (category == QLatin1String("consultation")) {
        refs.append(QJsonObject {
            { QStringLiteral("title"),
                QStringLiteral("哈尔滨市人民政府办公厅关于做好中国哈尔滨网站百姓谈栏目网帖管理和网上回复工作的通知") },
            { QStringLiteral("number"), QStringLiteral("哈政办综〔2005〕71号") } });
    }
    return { { QStringLiteral("id"), QStringLiteral("r-%1").arg(++m_replyCount) }, { QStringLiteral("kind"), kind },
        { QStringLiteral("text"), text(kReplies[m_random.bounded(4u)]) }, { QStringLiteral("doc_refs"), refs },
        { QStringLiteral("visibility"), visibility }, { QStringLiteral("published_at"), at.toString(Qt::ISODate) } };
}

QJsonArray SyntheticPostGenerator::assignmentsFor(
    const Topic &topic, const QString &category, const QDateTime &submitted, QString *status)
{
    QStringList units { pick(topic.units) };
    if (category == QLatin1String("multi_department")) {
        for (const QString &unit : topic.units) {
            if (!units.contains(unit))
                units.append(unit);
        }
        if (units.size() < 2)
            units.append(
                QStringLiteral("d-urban") == units.first() ? QStringLiteral("d-housing") : QStringLiteral("d-urban"));
    }
    QJsonArray assignments;
    bool allReplied = true;
    const QJsonValue null;
    for (const QString &unit : std::as_const(units)) {
        const QDateTime dispatched = submitted.addSecs(between(1, 30) * 3600);
        QJsonObject assignment { { QStringLiteral("unit_id"), unit },
            { QStringLiteral("dispatched_at"), dispatched.toString(Qt::ISODate) },
            { QStringLiteral("accepted_at"), null }, { QStringLiteral("returned_at"), null },
            { QStringLiteral("return_reason"), null }, { QStringLiteral("promised_at"), null },
            { QStringLiteral("promise_due"), null } };
        QJsonArray replies;
        int roll = int(m_random.bounded(100u));
        if (m_now.isValid() && dispatched.addDays(2) > m_now)
            roll = std::min(roll, 7); // too recent to be signed for or answered
        const auto happened = [this](const QDateTime &at) { return !m_now.isValid() || at <= m_now; };
        QString state;
        if (roll < 8) {
            state = QStringLiteral("pending");
        } else if (roll < 13) {
            state = QStringLiteral("returned");
            assignment.insert(
                QStringLiteral("returned_at"), dispatched.addSecs(between(1, 40) * 3600).toString(Qt::ISODate));
            assignment.insert(
                QStringLiteral("return_reason"), QStringLiteral("该事项不属于本单位职责范围，建议转交属地政府办理。"));
        } else {
            const QDateTime accepted = dispatched.addSecs(between(1, 20) * 3600);
            assignment.insert(QStringLiteral("accepted_at"), accepted.toString(Qt::ISODate));
            if (roll < 25) {
                state = QStringLiteral("accepted");
            } else if (roll < 35) {
                state = QStringLiteral("promised");
                assignment.insert(QStringLiteral("promised_at"), accepted.addSecs(3600).toString(Qt::ISODate));
                assignment.insert(
                    QStringLiteral("promise_due"), accepted.date().addDays(between(7, 25)).toString(Qt::ISODate));
            } else {
                state = QStringLiteral("replied");
                const QDateTime initial = accepted.addSecs(between(2, 90) * 3600);
                const QDateTime final = accepted.addDays(between(5, 20));
                if (!happened(initial))
                    state = QStringLiteral("accepted");
                else
                    replies.append(replyFor(category, QStringLiteral("initial"), initial, QStringLiteral("public")));
                if (happened(initial) && happened(final) && chance(30))
                    replies.append(replyFor(category, QStringLiteral("final"), final, QStringLiteral("public")));
            }
        }
        allReplied = allReplied && (state == QLatin1String("replied") || state == QLatin1String("returned"));
        assignment.insert(QStringLiteral("status"), state);
        assignment.insert(QStringLiteral("replies"), replies);
        assignments.append(assignment);
    }
    *status = allReplied ? (chance(60) ? QStringLiteral("closed") : QStringLiteral("replied"))
                         : QStringLiteral("dispatched");
    return assignments;
}

QJsonObject SyntheticPostGenerator::next()
{
    ++m_count;
    // More posts in the daytime: night gaps are longer; about m_averageMinutes on average.
    const int hour = m_clock.time().hour();
    const int gap = hour >= 8 && hour < 22 ? between(0, m_averageMinutes * 90) : between(0, m_averageMinutes * 240);
    m_clock = m_clock.addSecs(gap);

    const TopicRow &row = kTopics[m_random.bounded(quint32(std::size(kTopics)))];
    const Place &place = kPlaces[m_random.bounded(quint32(std::size(kPlaces)))];
    Topic topic { text(row.title), {}, splitUnits(row.units, place.district) };
    for (const char *sentence : row.sentences)
        topic.sentences.append(text(sentence));
    const QString where = text(place.street);
    const QString community = text(kCommunities[m_random.bounded(quint32(std::size(kCommunities)))]);

    QString title = chance(50) ? where + community + topic.title : where + topic.title + QStringLiteral("问题");
    if (chance(15))
        title = QStringLiteral("关于") + title + QStringLiteral("的反映");
    QString body = sentenceFor(topic, where).replace(QStringLiteral("%2"), community);
    const int sentences = between(3, 10);
    for (int i = 0; i < sentences; ++i) {
        body += chance(75) ? sentenceFor(topic, where) : text(kGenericSentences[m_random.bounded(6u)]);
    }
    body.replace(QStringLiteral("%2"), community);

    const int roll = int(m_random.bounded(100u));
    QString category;
    if (roll < 3)
        category = QString();
    else if (roll < 46)
        category = QStringLiteral("appeal");
    else if (roll < 71)
        category = QStringLiteral("consultation");
    else if (roll < 81)
        category = QStringLiteral("suggestion");
    else if (roll < 86)
        category = QStringLiteral("commentary");
    else if (roll < 90)
        category = QStringLiteral("petition");
    else if (roll < 93)
        category = QStringLiteral("report");
    else if (roll < 98)
        category = QStringLiteral("multi_department");
    else
        category = QStringLiteral("other");

    const QString id = QStringLiteral("p-%1-%2")
                           .arg(m_clock.date().toString(QStringLiteral("yyyyMMdd")))
                           .arg(m_count, 7, 10, QLatin1Char('0'));
    const QJsonValue null;
    QString status = QStringLiteral("new");
    QJsonValue forwardedTo = null, shieldReason = null, duplicateOf = null;
    QJsonArray assignments, supervisions;
    if (category == QLatin1String("other")) {
        status = QStringLiteral("shielded");
        const char *const reasons[] = { "spam", "duplicate", "advertising", "abusive", "illegal" };
        const QString reason = QLatin1String(reasons[m_random.bounded(5u)]);
        shieldReason = reason;
        if (reason == QLatin1String("duplicate") && !m_recentIds.isEmpty())
            duplicateOf = pick(m_recentIds);
        else if (reason == QLatin1String("duplicate"))
            shieldReason = QStringLiteral("spam");
    } else if (category == QLatin1String("petition")) {
        status = QStringLiteral("forwarded");
        forwardedTo = QStringLiteral("mayor_mailbox");
    } else if (category == QLatin1String("report")) {
        status = QStringLiteral("forwarded");
        forwardedTo = QStringLiteral("discipline_mailbox");
        title = where + QStringLiteral("某单位工作人员违规问题举报");
    } else if (!category.isEmpty() && m_now.isValid() && m_clock.addSecs(30 * 3600) > m_now) {
        status = QStringLiteral("triaged"); // classified, not yet dispatched
    } else if (!category.isEmpty()) {
        assignments = assignmentsFor(topic, category, m_clock, &status);
        const QJsonObject first = assignments.first().toObject();
        const bool supervisionHappened = !m_now.isValid() || m_clock.addDays(6) <= m_now;
        if (first.value(QLatin1String("status")).toString() == QLatin1String("pending") && supervisionHappened
            && chance(30)) {
            supervisions.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("s-%1").arg(m_count) },
                { QStringLiteral("unit_id"), first.value(QLatin1String("unit_id")) },
                { QStringLiteral("opened_at"), m_clock.addDays(6).toString(Qt::ISODate) },
                { QStringLiteral("method"), chance(50) ? QStringLiteral("phone") : QStringLiteral("notice") },
                { QStringLiteral("reason"), QStringLiteral("overdue") },
                { QStringLiteral("note"), QStringLiteral("超过回复时限，电话督促尽快答复。") },
                { QStringLiteral("result"), null }, { QStringLiteral("closed_at"), null } });
        }
    }
    m_recentIds.append(id);
    if (m_recentIds.size() > 50)
        m_recentIds.removeFirst();

    const quint32 viewsRoll = m_random.bounded(100u);
    const int views = viewsRoll < 70 ? between(0, 200) : viewsRoll < 95 ? between(200, 1500) : between(1500, 5000);
    const QJsonValue satisfaction = status == QLatin1String("closed") && chance(60)
        ? QJsonValue(
            QLatin1String(std::array { "satisfied", "basically_satisfied", "unsatisfied" }[m_random.bounded(3u)]))
        : null;
    return { { QStringLiteral("id"), id }, { QStringLiteral("version"), between(1, 8) },
        { QStringLiteral("title"), title }, { QStringLiteral("body"), body },
        { QStringLiteral("submitted_at"), m_clock.toString(Qt::ISODate) },
        { QStringLiteral("author"), authorFor(m_count) }, { QStringLiteral("wants_reply"), chance(80) },
        { QStringLiteral("category"), category.isEmpty() ? null : QJsonValue(category) },
        { QStringLiteral("status"), status }, { QStringLiteral("forwarded_to"), forwardedTo },
        { QStringLiteral("shield_reason"), shieldReason }, { QStringLiteral("duplicate_of"), duplicateOf },
        { QStringLiteral("views"), views }, { QStringLiteral("satisfaction"), satisfaction },
        { QStringLiteral("assignments"), assignments }, { QStringLiteral("supervisions"), supervisions } };
}

} // namespace bxt
