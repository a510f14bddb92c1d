#pragma once

#include "domain/category.h"
#include "replyquality/replycheckrules.h"
#include "replyquality/replysubstance.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bxt {

// One finding of the reply-quality check. A blocking finding breaks a rule and stops the
// reply from being sent; advice can be overridden (the override is recorded).
struct ReplyFinding
{
    enum class Severity { Block, Advice };

    QString rule; // the rule id of rules.md, e.g. "R5"
    Severity severity = Severity::Advice;
    QString message;
    QString family; // the pattern family or check that found it, e.g. "redirect"; not part of the JSON

    QJsonObject toJson() const;
};

// What the check needs to know besides the reply itself.
struct ReplyContext
{
    std::optional<Category> category;
    QString kind = QStringLiteral("initial"); // initial, final or followup
    QJsonArray earlierReplies; // this unit's replies already sent, oldest first
    QString postTitle; // the author's matter, which the reply should answer
    QString postBody;
};

// The reply-quality check grounded in R5, R10 and R19, run as the liaison types and before
// sending. reply is portal-api.md's reply action body: {"text", "doc_refs", "visibility"}.
// R19 is a judgement on the reply's substance (ReplySubstance): it blocks only what is certain
// (an unfilled placeholder, no substance at all, rude wording); a forwarding or another channel
// is advice, and only when the substance is missing.
class ReplyLinter final
{
public:
    explicit ReplyLinter(const ReplyCheckRules &rules = ReplyCheckRules::builtIn());

    QList<ReplyFinding> check(const QJsonObject &reply, const ReplyContext &context) const;
    ReplySubstance substance(const QString &text, const ReplyContext &context) const;
    static bool blocks(const QList<ReplyFinding> &findings);
    // A 文号 in the standard form: issuer's abbreviation, year in 〔〕, serial number and 号,
    // e.g. 哈政办综〔2005〕71号.
    static bool isWellFormedDocumentNumber(const QString &number);

private:
    ReplyCheckRules m_rules;
};

} // namespace bxt
