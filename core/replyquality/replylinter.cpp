#include "replyquality/replylinter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyLinter)
};

void add(QList<ReplyFinding> *findings, const char *rule, ReplyFinding::Severity severity, const QString &message,
    const char *family)
{
    findings->append({ QLatin1String(rule), severity, message, QLatin1String(family) });
}

} // namespace

QJsonObject ReplyFinding::toJson() const
{
    return { { QStringLiteral("rule"), rule },
        { QStringLiteral("severity"),
            severity == Severity::Block ? QStringLiteral("block") : QStringLiteral("advice") },
        { QStringLiteral("message"), message } };
}

ReplyLinter::ReplyLinter(const ReplyCheckRules &rules)
    : m_rules(rules)
{ }

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

ReplySubstance ReplyLinter::substance(const QString &text, const ReplyContext &context) const
{
    return ReplySubstance::measure(text, context.postTitle, context.postBody, m_rules);
}

QList<ReplyFinding> ReplyLinter::check(const QJsonObject &reply, const ReplyContext &context) const
{
    using S = ReplyFinding::Severity;
    QList<ReplyFinding> findings;
    const QString text = reply.value(QLatin1String("text")).toString().trimmed();
    const QJsonArray docRefs = reply.value(QLatin1String("doc_refs")).toArray();

    if (text.isEmpty()) {
        add(&findings, "R19", S::Block, Tr::tr("The reply is empty."), "no_substance");
        return findings;
    }
    if (const QString placeholder = m_rules.placeholder().find(text); !placeholder.isEmpty())
        add(&findings, "R19", S::Block,
            Tr::tr("Fill in the template's placeholder \"%1\" before sending.").arg(placeholder), "placeholder");

    if (context.category == Category::Consultation && context.kind != QLatin1String("followup") && docRefs.isEmpty())
        add(&findings, "R5", S::Block,
            Tr::tr("A reply to a consultation names the relevant documents with their document numbers (R5)."),
            "documents");
    for (const QJsonValue &value : docRefs) {
        const QJsonObject ref = value.toObject();
        const QString title = ref.value(QLatin1String("title")).toString().trimmed();
        const QString number = ref.value(QLatin1String("number")).toString().trimmed();
        if (title.isEmpty())
            add(&findings, "R5", S::Block, Tr::tr("A referenced document has no title."), "documents");
        if (!isWellFormedDocumentNumber(number))
            add(&findings, "R5", S::Block,
                Tr::tr("\"%1\" is not a document number in the standard form, such as 哈政办综〔2005〕71号.")
                    .arg(number.isEmpty() ? title : number),
                "documents");
    }

    if (context.category == Category::Report
        && reply.value(QLatin1String("visibility")).toString() != QLatin1String("submitter"))
        add(&findings, "R10", S::Block, Tr::tr("A reply to a report is seen by its author only (R10)."), "visibility");

    if (const QString rude = m_rules.rude().find(text); !rude.isEmpty())
        add(&findings, "R19", S::Block, Tr::tr("\"%1\" is rude; keep the reply courteous (R19).").arg(rude), "rude");

    const ReplySubstance substance = this->substance(text, context);
    const bool enough = substance.score >= m_rules.enough();
    const QString refusal = m_rules.refusal().find(text);
    if (!refusal.isEmpty())
        add(&findings, "R19", S::Advice,
            Tr::tr("\"%1\" refuses the matter without saying who decides it; name the competent unit, or return "
                   "the post (R15, R19).")
                .arg(refusal),
            "refusal");
    const QString forwarded = enough ? QString() : m_rules.forwarded().find(text);
    if (!forwarded.isEmpty())
        add(&findings, "R19", S::Advice,
            Tr::tr("\"%1\" only says the matter was passed on; say what was found and done, and who takes which "
                   "measure (R19).")
                .arg(forwarded),
            "forwarded");
    const QString redirect = enough ? QString() : m_rules.redirect().find(text);
    if (!redirect.isEmpty())
        add(&findings, "R19", S::Advice,
            Tr::tr("\"%1\" sends the author to another channel without answering the matter; answer it in this "
                   "reply (R19).")
                .arg(redirect),
            "redirect");
    // A refusal, a forwarding or another channel says something; a reply of set phrases alone
    // says nothing at all.
    const bool saysSomething = !refusal.isEmpty() || !forwarded.isEmpty() || !redirect.isEmpty();
    if (!saysSomething && substance.score < m_rules.noneBelow() && substance.ownChars < m_rules.minOwnChars())
        add(&findings, "R19", S::Block,
            Tr::tr("The reply says nothing about the matter beyond set phrases; say what was found and what was or "
                   "will be done (R19)."),
            "no_substance");
    else if (!saysSomething && !enough)
        add(&findings, "R19", S::Advice,
            Tr::tr("The reply says little about the matter (substance %1 of the %2 expected); say what was found, "
                   "what was done and who takes which measure (R19).")
                .arg(substance.score, 0, 'f', 1)
                .arg(m_rules.enough(), 0, 'f', 1),
            "little_substance");

    if (context.kind == QLatin1String("final") && !m_rules.promise().find(text).isEmpty())
        add(&findings, "R19", S::Advice,
            Tr::tr("This reply promises a resolution still to come; send a follow-up reply once it is done (R19)."),
            "followup");
    if (context.kind != QLatin1String("followup")) {
        bool promised = false;
        bool followedUp = false;
        for (const QJsonValue &value : context.earlierReplies) {
            const QJsonObject earlier = value.toObject();
            followedUp = followedUp || earlier.value(QLatin1String("kind")).toString() == QLatin1String("followup");
            promised = promised || !m_rules.promise().find(earlier.value(QLatin1String("text")).toString()).isEmpty();
        }
        if (promised && !followedUp)
            add(&findings, "R19", S::Advice,
                Tr::tr("An earlier reply promised a resolution; once it is done this should be a follow-up reply "
                       "(R19)."),
                "followup");
    }
    return findings;
}

} // namespace bxt
