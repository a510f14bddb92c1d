#pragma once

#include "domain/category.h"

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

    QJsonObject toJson() const;
};

// What the check needs to know besides the reply itself.
struct ReplyContext
{
    std::optional<Category> category;
    QString kind = QStringLiteral("initial");      // initial, final or followup
    QJsonArray earlierReplies;                        // this unit's replies already sent, oldest first
};

// The reply-quality check grounded in R5, R10 and R19, run as the liaison types and before
// sending. reply is portal-api.md's reply action body: {"text", "doc_refs", "visibility"}.
class ReplyLinter final
{
public:
    static QList<ReplyFinding> check(const QJsonObject &reply, const ReplyContext &context);
    static bool blocks(const QList<ReplyFinding> &findings);
    // A 文号 in the standard form: issuer's abbreviation, year in 〔〕, serial number and 号,
    // e.g. 哈政办综〔2005〕71号.
    static bool isWellFormedDocumentNumber(const QString &number);
};

} // namespace bxt
