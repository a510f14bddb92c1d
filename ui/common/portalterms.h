#pragma once

#include "domain/category.h"

#include <QString>
#include <QStringList>

namespace bxt {

// Translated names of the portal's codes (portal-api.md) that the triage desk shows; an unknown
// code is shown as it is.
namespace PortalTerms {
// The category's translated name with the notice's own word beside it, e.g. "Appeal (诉求)";
// the word once when the translation is that word.
QString categoryLabel(Category category);
// The label and the category's handling rule in one line (R5–R12).
QString categoryWithRule(Category category);
QStringList shieldReasonCodes(); // spam, duplicate, advertising, abusive, illegal (R12)
QString shieldReasonName(const QString &code);
QString mailboxName(const QString &code);
QString satisfactionName(const QString &code);
QString replyKindName(const QString &code);
QString visibilityName(const QString &code);
QString supervisionMethodName(const QString &code);
QString supervisionReasonName(const QString &code);
QString actionName(const QString &code); // an action type of the audit log, e.g. "dispatch"
} // namespace PortalTerms

} // namespace bxt
