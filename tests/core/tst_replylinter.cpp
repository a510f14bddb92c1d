// bxt::ReplyLinter: the reply-quality check of the liaison desk (R5, R10, R19). Each rule and
// each pattern family of R19 has texts that must trigger it and texts that must not; the
// sentences are written for these tests. R19 blocks only an unfilled placeholder, a reply with
// no substance at all and rude wording; a forwarding or another channel is advice, and only
// when the reply lacks substance.

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "replyquality/replylinter.h"
#include "replyquality/replytemplates.h"

using namespace Qt::StringLiterals;

namespace {

// A reply that passes every rule: specific, polite, and for a consultation with its document.
const QString kGoodText = u"经核查，您反映的小区供暖温度不达标问题属实。我局已责成供热公司对管网进行排气检修，"
                          "目前室温已达到十八摄氏度。"_s;
const QString kPostTitle = u"道里区某小区供暖温度不达标"_s;

QJsonArray document(const QString &number)
{
    return QJsonArray { QJsonObject { { u"title"_s, u"关于加强百姓谈栏目管理的通知"_s }, { u"number"_s, number } } };
}

QJsonObject reply(const QString &text, const QJsonArray &docRefs = {}, const QString &visibility = u"public"_s)
{
    return { { u"text"_s, text }, { u"doc_refs"_s, docRefs }, { u"visibility"_s, visibility } };
}

QJsonObject earlier(const QString &kind, const QString &text)
{
    return { { u"kind"_s, kind }, { u"text"_s, text } };
}

// "R19/block" for each finding, sorted, so a row names exactly what it expects.
QStringList summary(const QList<bxt::ReplyFinding> &findings)
{
    QStringList list;
    for (const auto &finding : findings)
        list.append(
            finding.rule + (finding.severity == bxt::ReplyFinding::Severity::Block ? u"/block"_s : u"/advice"_s));
    list.sort();
    return list;
}

} // namespace

class TestReplyLinter : public QObject
{
    Q_OBJECT

private:
    static void familyTable();
    static void checkFamily(const char *family);

private slots:
    void findings_data();
    void findings();
    void placeholder_data();
    void placeholder();
    void noSubstance_data();
    void noSubstance();
    void rude_data();
    void rude();
    void forwarded_data();
    void forwarded();
    void refusal_data();
    void refusal();
    void redirect_data();
    void redirect();
    void substance_growsWithFacts();
    void rules_builtInRoundTrips();
    void rules_refused_data();
    void rules_refused();
    void documentNumber_data();
    void documentNumber();
    void blocks();
    void templates_filledKnownPlaceholdersOnly_data();
    void templates_filledKnownPlaceholdersOnly();
};

void TestReplyLinter::findings_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("reply");
    QTest::addColumn<QJsonArray>("earlierReplies");
    QTest::addColumn<QStringList>("expected");

    const QJsonArray none;
    const QJsonArray doc = document(u"哈政办综〔2005〕71号"_s);
    QTest::addRow("clean appeal reply") << u"appeal"_s << u"initial"_s << reply(kGoodText) << none << QStringList();
    QTest::addRow("empty reply (R19)") << u"appeal"_s << u"initial"_s << reply(u"  \n "_s) << none
                                       << QStringList { u"R19/block"_s };

    // R5: a consultation names its documents with well-formed numbers.
    QTest::addRow("consultation without documents (R5)")
        << u"consultation"_s << u"initial"_s << reply(kGoodText) << none << QStringList { u"R5/block"_s };
    QTest::addRow("consultation with a document (R5)")
        << u"consultation"_s << u"initial"_s << reply(kGoodText, doc) << none << QStringList();
    QTest::addRow("consultation follow-up needs no document (R5)")
        << u"consultation"_s << u"followup"_s << reply(kGoodText) << none << QStringList();
    QTest::addRow("appeal without documents is fine (R5)")
        << u"appeal"_s << u"initial"_s << reply(kGoodText) << none << QStringList();
    QTest::addRow("malformed document number (R5)")
        << u"consultation"_s << u"initial"_s << reply(kGoodText, document(u"哈政办综2005年71号"_s)) << none
        << QStringList { u"R5/block"_s };

    // R10: a reply to a report is for its author only.
    QTest::addRow("public reply to a report (R10)")
        << u"report"_s << u"initial"_s << reply(kGoodText) << none << QStringList { u"R10/block"_s };
    QTest::addRow("author-only reply to a report (R10)")
        << u"report"_s << u"initial"_s << reply(kGoodText, {}, u"submitter"_s) << none << QStringList();

    // R19: detailed and specific; the pattern families have their own tables below.
    QTest::addRow("short but specific reply (R19)")
        << u"appeal"_s << u"initial"_s << reply(u"经查，该小区供暖管网十二处阀门已于三月五日全部修复，室温恢复正常。"_s)
        << none << QStringList();

    // R19: a promised resolution needs its follow-up reply.
    QTest::addRow("final reply that promises more (R19)")
        << u"appeal"_s << u"final"_s << reply(kGoodText + u"管网改造预计十月底前完成。"_s) << none
        << QStringList { u"R19/advice"_s };
    QTest::addRow("earlier promise, no follow-up yet (R19)")
        << u"appeal"_s << u"final"_s << reply(kGoodText)
        << QJsonArray { earlier(u"initial"_s, u"我局将于五月底前完成维修。"_s) } << QStringList { u"R19/advice"_s };
    QTest::addRow("earlier promise answered by this follow-up (R19)")
        << u"appeal"_s << u"followup"_s << reply(kGoodText)
        << QJsonArray { earlier(u"initial"_s, u"我局将于五月底前完成维修。"_s) } << QStringList();
    QTest::addRow("earlier promise already followed up (R19)")
        << u"appeal"_s << u"final"_s << reply(kGoodText)
        << QJsonArray { earlier(u"initial"_s, u"我局将于五月底前完成维修。"_s), earlier(u"followup"_s, kGoodText) }
        << QStringList();
}

void TestReplyLinter::findings()
{
    QFETCH(QString, category);
    QFETCH(QString, kind);
    QFETCH(QJsonObject, reply);
    QFETCH(QJsonArray, earlierReplies);
    QFETCH(QStringList, expected);
    bxt::ReplyContext context;
    context.category = bxt::Categories::fromCode(category);
    context.kind = kind;
    context.earlierReplies = earlierReplies;
    context.postTitle = kPostTitle;
    const auto findings = bxt::ReplyLinter().check(reply, context);
    for (const auto &finding : findings)
        QVERIFY(!finding.message.isEmpty());
    QCOMPARE(summary(findings), expected);
}

void TestReplyLinter::documentNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("wellFormed");
    QTest::addRow("the notice itself") << u"哈政办综〔2005〕71号"_s << true;
    QTest::addRow("with 第") << u"哈政发〔2019〕第3号"_s << true;
    QTest::addRow("square brackets") << u"哈政办综[2005]71号"_s << false;
    QTest::addRow("no year") << u"哈政办综71号"_s << false;
    QTest::addRow("no 号") << u"哈政办综〔2005〕71"_s << false;
    QTest::addRow("no issuer") << u"〔2005〕71号"_s << false;
    QTest::addRow("serial 0") << u"哈政办综〔2005〕0号"_s << false;
    QTest::addRow("empty") << QString() << false;
}

void TestReplyLinter::documentNumber()
{
    QFETCH(QString, number);
    QFETCH(bool, wellFormed);
    QCOMPARE(bxt::ReplyLinter::isWellFormedDocumentNumber(number), wellFormed);
}

void TestReplyLinter::blocks()
{
    using S = bxt::ReplyFinding::Severity;
    QVERIFY(!bxt::ReplyLinter::blocks({}));
    QVERIFY(!bxt::ReplyLinter::blocks({ { u"R19"_s, S::Advice, u"a"_s, {} } }));
    QVERIFY(bxt::ReplyLinter::blocks({ { u"R19"_s, S::Advice, u"a"_s, {} }, { u"R5"_s, S::Block, u"b"_s, {} } }));
}

// Every template, filled with what the program knows, still holds the liaison's placeholders,
// so the check blocks it until they are replaced (R19); the known ones are gone.
void TestReplyLinter::templates_filledKnownPlaceholdersOnly_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("kind");
    for (const char *category :
        { "consultation", "appeal", "suggestion", "commentary", "petition", "report", "multi_department", "other" }) {
        for (const char *kind : { "initial", "final", "followup" })
            QTest::addRow("%s %s", category, kind) << QString::fromLatin1(category) << QString::fromLatin1(kind);
    }
}

void TestReplyLinter::templates_filledKnownPlaceholdersOnly()
{
    QFETCH(QString, category);
    QFETCH(QString, kind);
    const bxt::Post post(QJsonObject { { u"title"_s, u"道里区某小区供暖温度不达标"_s },
        { u"author"_s, QJsonObject { { u"alias"_s, u"市民李先生"_s } } } });
    const QString text = bxt::ReplyTemplates::fill(
        bxt::ReplyTemplates::text(*bxt::Categories::fromCode(category), kind), post, u"市供热办"_s, QDate(2025, 3, 4));
    QVERIFY(text.startsWith(u"市民李先生：您好！"_s));
    QVERIFY(text.contains(u"“道里区某小区供暖温度不达标”"_s));
    QVERIFY(text.endsWith(u"市供热办\n2025年3月4日"_s));
    for (const char *known : { "{作者}", "{标题}", "{单位}", "{日期}" })
        QVERIFY(!text.contains(QString::fromUtf8(known)));
    bxt::ReplyContext context;
    context.category = bxt::Categories::fromCode(category);
    context.kind = kind;
    const auto findings
        = bxt::ReplyLinter().check(QJsonObject { { u"text"_s, text }, { u"visibility"_s, u"submitter"_s } }, context);
    QVERIFY(bxt::ReplyLinter::blocks(findings));
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
        [](const bxt::ReplyFinding &f) { return f.message.contains(u"placeholder"_s); }));
}

// Each family's table: a reply to the post kPostTitle, and what the family must find in it:
// "block", "advice", or "" when it must not fire.
void TestReplyLinter::familyTable()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
}

void TestReplyLinter::checkFamily(const char *family)
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    bxt::ReplyContext context;
    context.category = bxt::Category::Appeal;
    context.postTitle = kPostTitle;
    const auto findings = bxt::ReplyLinter().check(reply(text), context);
    QString found;
    for (const auto &finding : findings) {
        if (finding.family == QLatin1String(family)) {
            QVERIFY(!finding.message.isEmpty());
            found = finding.severity == bxt::ReplyFinding::Severity::Block ? u"block"_s : u"advice"_s;
        }
    }
    QCOMPARE(found, expected);
}

// The false blocks: masked digits and 【】/〔〕 document numbers are no placeholders.
void TestReplyLinter::placeholder_data() // R19
{
    familyTable();
    QTest::addRow("braces left from the template") << u"尊敬的{姓名}："_s + kGoodText << u"block"_s;
    QTest::addRow("bracket asking to fill in") << kGoodText + u"办理时限：【请填写日期】。"_s << u"block"_s;
    QTest::addRow("XXX for a name") << kGoodText + u"联系人：XXX。"_s << u"block"_s;
    QTest::addRow("a field left empty") << kGoodText + u"受理编号：。"_s << u"block"_s;
    QTest::addRow("a field name left in brackets") << kGoodText + u"详情请见区政府网站（网址）。"_s << u"block"_s;
    QTest::addRow("a link announced, none given")
        << u"您好，您反映的问题已另行答复，链接如下： 2025年3月4日"_s << u"block"_s;
    QTest::addRow("masked mobile number") << kGoodText + u"如有疑问，请致电供热公司138****5678。"_s << QString();
    QTest::addRow("masked by the data set") << kGoodText + u"联系电话*****。"_s << QString();
    QTest::addRow("document number in 【】") << kGoodText + u"依据长价商【2014】92号文件执行。"_s << QString();
    QTest::addRow("document number in 〔〕") << kGoodText + u"依据哈政发〔2019〕3号文件执行。"_s << QString();
    QTest::addRow("book title marks") << kGoodText + u"依据《哈尔滨市供热条例》办理。"_s << QString();
    // The corpus masks names, numbers and plates with X, × and ○: only a field left so is a placeholder.
    QTest::addRow("masked digits in a phone number") << kGoodText + u"联系电话159××××2048。"_s << QString();
    QTest::addRow("a title and a masked name") << kGoodText + u"教导主任XXX已向家长道歉。"_s << QString();
    QTest::addRow("a trade and a masked name") << kGoodText + u"涉事店主×××已补办执照。"_s << QString();
    QTest::addRow("a masked plate") << kGoodText + u"车辆黑B·○○○35已被拖离。"_s << QString();
    QTest::addRow("× for a field left unfilled") << kGoodText + u"经办人：×××。"_s << u"block"_s;
    QTest::addRow("○ for a field left unfilled") << kGoodText + u"受理编号：○○○○"_s << u"block"_s;
}

void TestReplyLinter::placeholder()
{
    checkFamily("placeholder");
}

void TestReplyLinter::noSubstance_data() // R19
{
    familyTable();
    QTest::addRow("receipt only") << u"网友您好！您的留言已收悉。"_s << u"block"_s;
    QTest::addRow("thanks only") << u"感谢您对我们工作的关心和支持！"_s << u"block"_s;
    QTest::addRow("salutation and date only") << u"网友：您好！2024年5月6日"_s << u"block"_s;
    QTest::addRow("set phrases only") << u"您好，您反映的问题已收悉，我们会尽快处理，感谢您的关注。"_s << u"block"_s;
    QTest::addRow("a specific answer") << kGoodText << QString();
    QTest::addRow("short with a date and an action") << u"经查，该楼道照明已于四月二日修复。"_s << QString();
}

void TestReplyLinter::noSubstance()
{
    checkFamily("no_substance");
}

void TestReplyLinter::rude_data() // R19
{
    familyTable();
    QTest::addRow("accuses the author") << kGoodText + u"请不要无理取闹。"_s << u"block"_s;
    QTest::addRow("tells the author to look it up") << u"这种事你自己去查，不要再发了。"_s << u"block"_s;
    QTest::addRow("mocks the author") << kGoodText + u"这点道理都懂不懂？"_s << u"block"_s;
    QTest::addRow("a medical term, not an insult")
        << kGoodText + u"经了解，该住户家属患有神经病变，已安排上门服务。"_s << QString();
    QTest::addRow("少来 inside 多少来") << kGoodText + u"集资多少来自受益户数。"_s << QString();
    QTest::addRow("不要再发生 is about the matter")
        << kGoodText + u"我局将督促物业，不要再发生类似问题。"_s << QString();
    QTest::addRow("自己去查询 is an offer") << kGoodText + u"您也可以自己去查询办理进度。"_s << QString();
    QTest::addRow("别烦恼 is kind") << kGoodText + u"请您别烦恼，问题已解决。"_s << QString();
    QTest::addRow("firm but polite") << kGoodText + u"请您理解，该费用须按规定缴纳。"_s << QString();
    QTest::addRow("asks to stop a practice, not the author")
        << kGoodText + u"已要求商户不要再占道经营。"_s << QString();
}

void TestReplyLinter::rude()
{
    checkFamily("rude");
}

// The misses: a reply that only says the matter was passed on.
void TestReplyLinter::forwarded_data() // R19
{
    familyTable();
    QTest::addRow("forwarded for investigation") << u"您好，您反映的问题已转市住建局调查处理。"_s << u"advice"_s;
    QTest::addRow("handed to the departments concerned")
        << u"您的留言已收悉，已交办到相关部门，请耐心等待。"_s << u"advice"_s;
    QTest::addRow("forwarded, nothing more") << u"网友你好！您反映的问题已转交。"_s << u"advice"_s;
    QTest::addRow("forwarded, then a full answer")
        << u"您的留言已转供热公司处理。"_s + kGoodText + u"供热公司已于十一月三日更换两处阀门，室温达到二十度。"_s
        << QString();
    QTest::addRow("a full answer, no forwarding") << kGoodText << QString();
}

void TestReplyLinter::forwarded()
{
    checkFamily("forwarded");
}

// The miss: a refusal that does not say who decides. Naming the competent unit is fine.
void TestReplyLinter::refusal_data() // R19
{
    familyTable();
    QTest::addRow("outside our remit") << u"您好，此事不属我局管辖范围。"_s << u"advice"_s;
    QTest::addRow("outside our duties, with an inserted word")
        << u"经了解，该事项不属于本单位的职责范围。"_s << u"advice"_s;
    QTest::addRow("not ours to manage") << kGoodText + u"此事不归我们管。"_s << u"advice"_s;
    QTest::addRow("names who decides") << u"该事项不属我局管辖范围，由区城市管理局负责查处，我局已将材料移送该局。"_s
                                       << QString();
    QTest::addRow("no refusal") << kGoodText << QString();
}

void TestReplyLinter::refusal()
{
    checkFamily("refusal");
}

// The misses: another channel with an inserted word; and its false blocks: a contact
// line after a complete answer, 申请到位 read as 请到.
void TestReplyLinter::redirect_data() // R19
{
    familyTable();
    QTest::addRow("请您拨打12345") << u"您好，关于此事，请您拨打12345热线咨询。"_s << u"advice"_s;
    QTest::addRow("请您到…当面反映") << u"您好，请您到区信访局当面反映。"_s << u"advice"_s;
    QTest::addRow("欢迎您前来窗口咨询") << u"您好，欢迎您前来政务大厅窗口咨询。"_s << u"advice"_s;
    QTest::addRow("您可以直接致电") << u"网友您好，您可以直接致电供热公司热线。"_s << u"advice"_s;
    QTest::addRow("请你去…") << u"此事请你去街道办事处问一下。"_s << u"advice"_s;
    QTest::addRow("contact line after a complete answer")
        << kGoodText + u"如有疑问，请致电0451-12345678。"_s << QString();
    QTest::addRow("申请到位 is no 请到") << u"您好，您反映的补贴资金申请到位后，将按月发放。"_s << QString();
    QTest::addRow("the unit called, not the author") << kGoodText + u"我局工作人员已电话联系供热公司。"_s << QString();
    QTest::addRow("contact line with a colon after a complete answer")
        << kGoodText + u"如有疑问，请致电：0451-87654"_s << QString();
    QTest::addRow("contact line after a short answer")
        << u"经查，该处井盖已于六月二日更换。如有疑问，请您致电：0451-87654。"_s << QString();
    QTest::addRow("a contact line does not hide another channel")
        << u"您好，请您到区信访局当面反映。如有疑问，请致电0451-87654。"_s << u"advice"_s;
}

void TestReplyLinter::redirect()
{
    checkFamily("redirect");
}

// The substance of a reply grows with what it says about the author's matter (R19).
void TestReplyLinter::substance_growsWithFacts()
{
    bxt::ReplyContext context;
    context.postTitle = kPostTitle;
    const bxt::ReplyLinter linter;
    const double setPhrases = linter.substance(u"您好，留言已收悉，感谢您的关注。"_s, context).score;
    const double onTopic = linter.substance(u"关于小区供暖温度不达标一事，我局正在了解。"_s, context).score;
    const double specific = linter.substance(kGoodText, context).score;
    const double withDate = linter.substance(kGoodText + u"十二月一日复测室温为二十度。"_s, context).score;
    QCOMPARE(setPhrases, 0.0);
    QVERIFY2(onTopic > setPhrases, qPrintable(QString::number(onTopic)));
    QVERIFY2(specific > onTopic, qPrintable(QString::number(specific)));
    QVERIFY2(withDate > specific, qPrintable(QString::number(withDate)));
}

void TestReplyLinter::rules_builtInRoundTrips()
{
    bxt::ReplyCheckRules parsed;
    QString error;
    QVERIFY2(
        bxt::ReplyCheckRules::fromJson(bxt::ReplyCheckRules::builtIn().toJson(), &parsed, &error), qPrintable(error));
    QCOMPARE(parsed.toJson(), bxt::ReplyCheckRules::builtIn().toJson());
}

// Strict validation: the error names the path of what is wrong.
void TestReplyLinter::rules_refused_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("error");
    const QJsonObject good = bxt::ReplyCheckRules::builtIn().toJson();
    const auto changed = [&good](const QString &family, const QString &key, const QJsonValue &value) {
        QJsonObject families = good.value(u"families"_s).toObject();
        QJsonObject entry = families.value(family).toObject();
        entry.insert(key, value);
        families.insert(family, entry);
        QJsonObject json = good;
        json.insert(u"families"_s, families);
        return json;
    };
    QJsonObject unknownTop = good;
    unknownTop.insert(u"weights"_s, 1);
    QTest::addRow("unknown key at the top") << unknownTop << u"weights: unknown key"_s;
    QTest::addRow("unknown key in a family")
        << changed(u"redirect"_s, u"patern"_s, QJsonArray {}) << u"families.redirect.patern: unknown key"_s;
    QTest::addRow("bad regular expression") << changed(u"redirect"_s, u"patterns"_s, QJsonArray { u"请(拨打"_s })
                                            << u"families.redirect.patterns[0]: not a valid regular expression"_s;
    QJsonObject missing = good;
    missing.remove(u"stock_phrases"_s);
    QTest::addRow("missing key") << missing << u"stock_phrases: missing"_s;
    QJsonObject substance = good.value(u"substance"_s).toObject();
    substance.insert(u"enough"_s, u"3"_s);
    QJsonObject wrongType = good;
    wrongType.insert(u"substance"_s, substance);
    QTest::addRow("number given as text") << wrongType << u"substance.enough: must be a number"_s;
}

void TestReplyLinter::rules_refused()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, error);
    bxt::ReplyCheckRules rules = bxt::ReplyCheckRules::builtIn();
    QString message;
    QVERIFY(!bxt::ReplyCheckRules::fromJson(json, &rules, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
    QCOMPARE(rules.toJson(), bxt::ReplyCheckRules::builtIn().toJson());
}

QTEST_GUILESS_MAIN(TestReplyLinter)
#include "tst_replylinter.moc"
