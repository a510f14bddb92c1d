// bxt::ReplyLinter: the reply-quality check of the liaison desk (R5, R10, R19). Each rule has
// texts that must trigger it and texts that must not.

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

QJsonArray document(const QString &number)
{
    return QJsonArray{QJsonObject{{u"title"_s, u"关于加强百姓谈栏目管理的通知"_s}, {u"number"_s, number}}};
}

QJsonObject reply(const QString &text, const QJsonArray &docRefs = {}, const QString &visibility = u"public"_s)
{
    return {{u"text"_s, text}, {u"doc_refs"_s, docRefs}, {u"visibility"_s, visibility}};
}

QJsonObject earlier(const QString &kind, const QString &text)
{
    return {{u"kind"_s, kind}, {u"text"_s, text}};
}

// "R19/block" for each finding, sorted, so a row names exactly what it expects.
QStringList summary(const QList<bxt::ReplyFinding> &findings)
{
    QStringList list;
    for (const auto &finding : findings)
        list.append(finding.rule + (finding.severity == bxt::ReplyFinding::Severity::Block ? u"/block"_s
                                                                                           : u"/advice"_s));
    list.sort();
    return list;
}

} // namespace

class TestReplyLinter : public QObject
{
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
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
                                       << QStringList{u"R19/block"_s};

    // R5: a consultation names its documents with well-formed numbers.
    QTest::addRow("consultation without documents (R5)")
            << u"consultation"_s << u"initial"_s << reply(kGoodText) << none << QStringList{u"R5/block"_s};
    QTest::addRow("consultation with a document (R5)")
            << u"consultation"_s << u"initial"_s << reply(kGoodText, doc) << none << QStringList();
    QTest::addRow("consultation follow-up needs no document (R5)")
            << u"consultation"_s << u"followup"_s << reply(kGoodText) << none << QStringList();
    QTest::addRow("appeal without documents is fine (R5)")
            << u"appeal"_s << u"initial"_s << reply(kGoodText) << none << QStringList();
    QTest::addRow("malformed document number (R5)")
            << u"consultation"_s << u"initial"_s << reply(kGoodText, document(u"哈政办综2005年71号"_s)) << none
            << QStringList{u"R5/block"_s};

    // R10: a reply to a report is for its author only.
    QTest::addRow("public reply to a report (R10)")
            << u"report"_s << u"initial"_s << reply(kGoodText) << none << QStringList{u"R10/block"_s};
    QTest::addRow("author-only reply to a report (R10)")
            << u"report"_s << u"initial"_s << reply(kGoodText, {}, u"submitter"_s) << none << QStringList();

    // R19: never send the author to another channel.
    QTest::addRow("asks the author to call (R19)")
            << u"appeal"_s << u"initial"_s << reply(kGoodText + u"如有疑问请拨打12345热线。"_s) << none
            << QStringList{u"R19/block"_s};
    QTest::addRow("asks the author to go elsewhere (R19)")
            << u"appeal"_s << u"initial"_s << reply(kGoodText + u"建议您到区政务服务中心咨询。"_s) << none
            << QStringList{u"R19/block"_s};
    QTest::addRow("mentions a phone number it called itself (R19)")
            << u"appeal"_s << u"initial"_s << reply(kGoodText + u"我局工作人员已电话联系供热公司。"_s) << none
            << QStringList();
    QTest::addRow("passes the buck (R19)")
            << u"appeal"_s << u"initial"_s << reply(kGoodText + u"此事不归我们管。"_s) << none
            << QStringList{u"R19/block"_s};

    // R19: polite.
    QTest::addRow("impolite wording (R19)")
            << u"appeal"_s << u"initial"_s << reply(kGoodText + u"请不要无理取闹。"_s) << none
            << QStringList{u"R19/advice"_s};

    // R19: detailed and specific, not a set phrase.
    QTest::addRow("formulaic reply (R19)")
            << u"appeal"_s << u"initial"_s << reply(u"您好，您反映的问题已收悉，我们会尽快处理，感谢您的关注。"_s) << none
            << QStringList{u"R19/advice"_s};
    QTest::addRow("short but specific reply (R19)")
            << u"appeal"_s << u"initial"_s << reply(u"经查，该路段十二盏路灯已于三月五日全部修复并恢复照明。"_s) << none
            << QStringList();

    // R19: no template placeholders left.
    QTest::addRow("unfilled braces placeholder (R19)")
            << u"appeal"_s << u"initial"_s << reply(u"尊敬的{姓名}："_s + kGoodText) << none
            << QStringList{u"R19/block"_s};
    QTest::addRow("unfilled bracket placeholder (R19)")
            << u"appeal"_s << u"initial"_s << reply(kGoodText + u"办理时限：【请填写日期】。"_s) << none
            << QStringList{u"R19/block"_s};
    QTest::addRow("XXX placeholder (R19)")
            << u"appeal"_s << u"initial"_s << reply(kGoodText + u"联系人：XXX。"_s) << none
            << QStringList{u"R19/block"_s};
    QTest::addRow("book title marks are no placeholder (R19)")
            << u"appeal"_s << u"initial"_s << reply(kGoodText + u"依据《哈尔滨市供热条例》办理。"_s) << none
            << QStringList();

    // R19: a promised resolution needs its follow-up reply.
    QTest::addRow("final reply that promises more (R19)")
            << u"appeal"_s << u"final"_s << reply(kGoodText + u"管网改造预计十月底前完成。"_s) << none
            << QStringList{u"R19/advice"_s};
    QTest::addRow("earlier promise, no follow-up yet (R19)")
            << u"appeal"_s << u"final"_s << reply(kGoodText)
            << QJsonArray{earlier(u"initial"_s, u"我局将于五月底前完成维修。"_s)} << QStringList{u"R19/advice"_s};
    QTest::addRow("earlier promise answered by this follow-up (R19)")
            << u"appeal"_s << u"followup"_s << reply(kGoodText)
            << QJsonArray{earlier(u"initial"_s, u"我局将于五月底前完成维修。"_s)} << QStringList();
    QTest::addRow("earlier promise already followed up (R19)")
            << u"appeal"_s << u"final"_s << reply(kGoodText)
            << QJsonArray{earlier(u"initial"_s, u"我局将于五月底前完成维修。"_s), earlier(u"followup"_s, kGoodText)}
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
    const auto findings = bxt::ReplyLinter::check(reply, context);
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
    QVERIFY(!bxt::ReplyLinter::blocks({{u"R19"_s, S::Advice, u"a"_s}}));
    QVERIFY(bxt::ReplyLinter::blocks({{u"R19"_s, S::Advice, u"a"_s}, {u"R5"_s, S::Block, u"b"_s}}));
}

// Every template, filled with what the program knows, still holds the liaison's placeholders,
// so the check blocks it until they are replaced (R19); the known ones are gone.
void TestReplyLinter::templates_filledKnownPlaceholdersOnly_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("kind");
    for (const char *category : {"consultation", "appeal", "suggestion", "commentary", "petition", "report",
                                 "multi_department", "other"}) {
        for (const char *kind : {"initial", "final", "followup"})
            QTest::addRow("%s %s", category, kind) << QString::fromLatin1(category) << QString::fromLatin1(kind);
    }
}

void TestReplyLinter::templates_filledKnownPlaceholdersOnly()
{
    QFETCH(QString, category);
    QFETCH(QString, kind);
    const bxt::Post post(QJsonObject{{u"title"_s, u"道里区某小区供暖温度不达标"_s},
                                     {u"author"_s, QJsonObject{{u"alias"_s, u"市民李先生"_s}}}});
    const QString text = bxt::ReplyTemplates::fill(
            bxt::ReplyTemplates::text(*bxt::Categories::fromCode(category), kind), post, u"市供热办"_s,
            QDate(2025, 3, 4));
    QVERIFY(text.startsWith(u"市民李先生：您好！"_s));
    QVERIFY(text.contains(u"“道里区某小区供暖温度不达标”"_s));
    QVERIFY(text.endsWith(u"市供热办\n2025年3月4日"_s));
    for (const char *known : {"{作者}", "{标题}", "{单位}", "{日期}"})
        QVERIFY(!text.contains(QString::fromUtf8(known)));
    bxt::ReplyContext context;
    context.category = bxt::Categories::fromCode(category);
    context.kind = kind;
    const auto findings = bxt::ReplyLinter::check(QJsonObject{{u"text"_s, text}, {u"visibility"_s, u"submitter"_s}},
                                                  context);
    QVERIFY(bxt::ReplyLinter::blocks(findings));
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
                        [](const bxt::ReplyFinding &f) { return f.message.contains(u"placeholder"_s); }));
}

QTEST_GUILESS_MAIN(TestReplyLinter)
#include "tst_replylinter.moc"
