#include "replyquality/replylinter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyLinter)
};

// Phrases that send the author elsewhere instead of answering (R19: resolved in one reply,
// never telling the author to ask again through another channel).
const QStringList kOtherChannel = {
    QStringLiteral("请拨打"),     QStringLiteral("请致电"),     QStringLiteral("请来电"),
    QStringLiteral("请电话咨询"), QStringLiteral("请前往"),     QStringLiteral("请到"),
    QStringLiteral("请自行"),     QStringLiteral("请另行"),     QStringLiteral("另行反映"),
    QStringLiteral("请向有关部门"), QStringLiteral("请向相关部门"), QStringLiteral("请咨询相关部门"),
    QStringLiteral("请咨询有关部门"), QStringLiteral("通过其他渠道"), QStringLiteral("请到现场咨询"),
    QStringLiteral("建议您到"),   QStringLiteral("建议您咨询"), QStringLiteral("建议您拨打"),
    QStringLiteral("可拨打"),     QStringLiteral("可致电"),     QStringLiteral("请到窗口"),
};

// Passing the buck (R19: no evasion or passing the buck). A matter outside the remit is
// returned (R15), not answered with a refusal.
const QStringList kPassingTheBuck = {
    QStringLiteral("不归我们管"), QStringLiteral("不归本单位管"), QStringLiteral("与我单位无关"),
    QStringLiteral("与本单位无关"), QStringLiteral("不是我们的事"), QStringLiteral("不在我们管理范围"),
    QStringLiteral("我们管不了"), QStringLiteral("无法答复"),
};

// Wording a citizen would find rude (R19: polite).
const QStringList kImpolite = {
    QStringLiteral("无理取闹"), QStringLiteral("胡搅蛮缠"), QStringLiteral("你自己"),
    QStringLiteral("自己去查"), QStringLiteral("别再"),     QStringLiteral("不要再发"),
    QStringLiteral("少来"),     QStringLiteral("你们这些人"), QStringLiteral("爱信不信"),
    QStringLiteral("有本事"),   QStringLiteral("懂不懂"),   QStringLiteral("不可理喻"),
};

// Stock sentences that say nothing about the matter (R19: detailed, specific).
const QStringList kFormulaic = {
    QStringLiteral("已收悉"),     QStringLiteral("感谢您的关注"), QStringLiteral("感谢您对我们工作的支持"),
    QStringLiteral("我们会尽快处理"), QStringLiteral("正在处理中"), QStringLiteral("正在研究"),
    QStringLiteral("高度重视"),   QStringLiteral("认真研究"),   QStringLiteral("谢谢"),
    QStringLiteral("感谢"),       QStringLiteral("您好"),       QStringLiteral("您反映的问题"),
};

// Words that promise a resolution still to come; once it is done a follow-up reply is due (R19).
const QStringList kPromiseOfResolution = {
    QStringLiteral("将于"),   QStringLiteral("预计"),     QStringLiteral("计划于"), QStringLiteral("争取"),
    QStringLiteral("近期将"), QStringLiteral("尽快解决"), QStringLiteral("待完成后"),
};

const QRegularExpression &placeholderPattern()
{
    // {name}, {{name}}, 【请填写】, XXX, ×××, ＿＿ and the like, left from a template.
    static const QRegularExpression pattern(
            QStringLiteral("\\{[^{}\\n]{0,40}\\}|【[^】\\n]{0,40}】|[Xx]{3,}|[×＊*]{2,}|[_＿]{2,}|[○〇]{3,}"));
    return pattern;
}

QString firstOf(const QString &text, const QStringList &phrases)
{
    for (const QString &phrase : phrases) {
        if (text.contains(phrase))
            return phrase;
    }
    return {};
}

// The text once stock phrases, punctuation and spaces are taken out: what the reply says.
qsizetype substanceLength(QString text)
{
    for (const QString &phrase : kFormulaic)
        text.remove(phrase);
    static const QRegularExpression noise(QStringLiteral("[\\s\\p{P}\\p{S}]"));
    text.remove(noise);
    return text.size();
}

void add(QList<ReplyFinding> *findings, const char *rule, ReplyFinding::Severity severity, const QString &message)
{
    findings->append({QLatin1String(rule), severity, message});
}

} // namespace

QJsonObject ReplyFinding::toJson() const
{
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("severity"), severity == Severity::Block ? QStringLiteral("block") : QStringLiteral("advice")},
            {QStringLiteral("message"), message}};
}

bool ReplyLinter::isWellFormedDocumentNumber(const QString &number)
{
    static const QRegularExpression pattern(
            QStringLiteral("^[\\p{Han}A-Za-z]{1,20}〔(19|20)\\d{2}〕第?[1-9]\\d{0,4}号$"));
    return pattern.match(number.trimmed()).hasMatch();
}

bool ReplyLinter::blocks(const QList<ReplyFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const ReplyFinding &finding) { return finding.severity == ReplyFinding::Severity::Block; });
}

QList<ReplyFinding> ReplyLinter::check(const QJsonObject &reply, const ReplyContext &context)
{
    using S = ReplyFinding::Severity;
    QList<ReplyFinding> findings;
    const QString text = reply.value(QLatin1String("text")).toString().trimmed();
    const QJsonArray docRefs = reply.value(QLatin1String("doc_refs")).toArray();

    if (text.isEmpty()) {
        add(&findings, "R19", S::Block, Tr::tr("The reply is empty."));
        return findings;
    }
    if (const auto match = placeholderPattern().match(text); match.hasMatch())
        add(&findings, "R19", S::Block,
            Tr::tr("Fill in the template's placeholder \"%1\" before sending.").arg(match.captured()));

    if (context.category == Category::Consultation && context.kind != QLatin1String("followup")
        && docRefs.isEmpty())
        add(&findings, "R5", S::Block,
            Tr::tr("A reply to a consultation names the relevant documents with their document numbers (R5)."));
    for (const QJsonValue &value : docRefs) {
        const QJsonObject ref = value.toObject();
        const QString title = ref.value(QLatin1String("title")).toString().trimmed();
        const QString number = ref.value(QLatin1String("number")).toString().trimmed();
        if (title.isEmpty())
            add(&findings, "R5", S::Block, Tr::tr("A referenced document has no title."));
        if (!isWellFormedDocumentNumber(number))
            add(&findings, "R5", S::Block,
                Tr::tr("\"%1\" is not a document number in the standard form, such as 哈政办综〔2005〕71号.")
                        .arg(number.isEmpty() ? title : number));
    }

    if (context.category == Category::Report
        && reply.value(QLatin1String("visibility")).toString() != QLatin1String("submitter"))
        add(&findings, "R10", S::Block, Tr::tr("A reply to a report is seen by its author only (R10)."));

    if (const QString phrase = firstOf(text, kOtherChannel); !phrase.isEmpty())
        add(&findings, "R19", S::Block,
            Tr::tr("\"%1\" sends the author to another channel; answer the matter in this reply (R19).").arg(phrase));
    if (const QString phrase = firstOf(text, kPassingTheBuck); !phrase.isEmpty())
        add(&findings, "R19", S::Block,
            Tr::tr("\"%1\" passes the matter on; if it is outside your remit, return the post instead (R15, R19).")
                    .arg(phrase));
    if (const QString phrase = firstOf(text, kImpolite); !phrase.isEmpty())
        add(&findings, "R19", S::Advice, Tr::tr("\"%1\" may read as impolite; keep the reply courteous (R19).").arg(phrase));

    if (substanceLength(text) < 15)
        add(&findings, "R19", S::Advice,
            Tr::tr("The reply says little beyond set phrases; say what was found and what will be done (R19)."));

    if (context.kind == QLatin1String("final") && !firstOf(text, kPromiseOfResolution).isEmpty())
        add(&findings, "R19", S::Advice,
            Tr::tr("This reply promises a resolution still to come; send a follow-up reply once it is done (R19)."));
    if (context.kind != QLatin1String("followup")) {
        bool promised = false;
        bool followedUp = false;
        for (const QJsonValue &value : context.earlierReplies) {
            const QJsonObject earlier = value.toObject();
            followedUp = followedUp || earlier.value(QLatin1String("kind")).toString() == QLatin1String("followup");
            promised = promised || !firstOf(earlier.value(QLatin1String("text")).toString(), kPromiseOfResolution).isEmpty();
        }
        if (promised && !followedUp)
            add(&findings, "R19", S::Advice,
                Tr::tr("An earlier reply promised a resolution; once it is done this should be a follow-up reply (R19)."));
    }
    return findings;
}

} // namespace bxt
