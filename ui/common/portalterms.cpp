#include "common/portalterms.h"

#include <QCoreApplication>

namespace bxt::PortalTerms {

namespace {

struct Term
{
    const char *code;
    const char *name;
};

constexpr Term kShieldReasons[] = {
    { "spam", QT_TRANSLATE_NOOP("PortalTerms", "spam") },
    { "duplicate", QT_TRANSLATE_NOOP("PortalTerms", "duplicate") },
    { "advertising", QT_TRANSLATE_NOOP("PortalTerms", "advertising") },
    { "abusive", QT_TRANSLATE_NOOP("PortalTerms", "abusive") },
    { "illegal", QT_TRANSLATE_NOOP("PortalTerms", "illegal") },
};

constexpr Term kMailboxes[] = {
    { "mayor_mailbox", QT_TRANSLATE_NOOP("PortalTerms", "the mayor's mailbox") },
    { "discipline_mailbox", QT_TRANSLATE_NOOP("PortalTerms", "the discipline-inspection mailbox") },
};

constexpr Term kSatisfaction[] = {
    { "satisfied", QT_TRANSLATE_NOOP("PortalTerms", "satisfied") },
    { "basically_satisfied", QT_TRANSLATE_NOOP("PortalTerms", "basically satisfied") },
    { "unsatisfied", QT_TRANSLATE_NOOP("PortalTerms", "unsatisfied") },
};

constexpr Term kReplyKinds[] = {
    { "initial", QT_TRANSLATE_NOOP("PortalTerms", "initial reply") },
    { "final", QT_TRANSLATE_NOOP("PortalTerms", "final reply") },
    { "followup", QT_TRANSLATE_NOOP("PortalTerms", "follow-up reply") },
};

constexpr Term kVisibilities[] = {
    { "public", QT_TRANSLATE_NOOP("PortalTerms", "public") },
    { "submitter", QT_TRANSLATE_NOOP("PortalTerms", "author only") },
};

constexpr Term kSupervisionMethods[] = {
    { "phone", QT_TRANSLATE_NOOP("PortalTerms", "by phone") },
    { "notice", QT_TRANSLATE_NOOP("PortalTerms", "written notice") },
};

constexpr Term kSupervisionReasons[] = {
    { "overdue", QT_TRANSLATE_NOOP("PortalTerms", "past its deadline") },
    { "public_attention", QT_TRANSLATE_NOOP("PortalTerms", "strong public attention") },
    { "concentrated", QT_TRANSLATE_NOOP("PortalTerms", "many posts on one matter") },
    { "unsatisfied", QT_TRANSLATE_NOOP("PortalTerms", "author unsatisfied") },
    { "repeated", QT_TRANSLATE_NOOP("PortalTerms", "posted repeatedly without a reply") },
};

constexpr Term kActions[] = {
    { "classify", QT_TRANSLATE_NOOP("PortalTerms", "classified") },
    { "dispatch", QT_TRANSLATE_NOOP("PortalTerms", "dispatched") },
    { "forward", QT_TRANSLATE_NOOP("PortalTerms", "forwarded") },
    { "shield", QT_TRANSLATE_NOOP("PortalTerms", "shielded") },
    { "unshield", QT_TRANSLATE_NOOP("PortalTerms", "shield undone") },
    { "accept", QT_TRANSLATE_NOOP("PortalTerms", "signed for") },
    { "return", QT_TRANSLATE_NOOP("PortalTerms", "returned") },
    { "promise", QT_TRANSLATE_NOOP("PortalTerms", "reply date promised") },
    { "reply", QT_TRANSLATE_NOOP("PortalTerms", "replied") },
    { "supervise", QT_TRANSLATE_NOOP("PortalTerms", "supervision opened") },
    { "supervision_result", QT_TRANSLATE_NOOP("PortalTerms", "supervision result recorded") },
    { "close", QT_TRANSLATE_NOOP("PortalTerms", "closed") },
};

template <size_t N> QString lookup(const Term (&table)[N], const QString &code)
{
    for (const Term &term : table) {
        if (code == QLatin1String(term.code))
            return QCoreApplication::translate("PortalTerms", term.name);
    }
    return code;
}

} // namespace

QString categoryLabel(Category category)
{
    const QString name = Categories::displayName(category);
    const QString chinese = Categories::chineseName(category);
    return name == chinese ? name : QCoreApplication::translate("PortalTerms", "%1 (%2)").arg(name, chinese);
}

QString categoryWithRule(Category category)
{
    return QCoreApplication::translate("PortalTerms", "%1: %2")
        .arg(categoryLabel(category), Categories::handlingRule(category));
}

QStringList shieldReasonCodes()
{
    QStringList codes;
    for (const Term &term : kShieldReasons)
        codes.append(QString::fromLatin1(term.code));
    return codes;
}

QString shieldReasonName(const QString &code)
{
    return lookup(kShieldReasons, code);
}

QString mailboxName(const QString &code)
{
    return lookup(kMailboxes, code);
}

QString satisfactionName(const QString &code)
{
    return lookup(kSatisfaction, code);
}

QString replyKindName(const QString &code)
{
    return lookup(kReplyKinds, code);
}

QString visibilityName(const QString &code)
{
    return lookup(kVisibilities, code);
}

QString supervisionMethodName(const QString &code)
{
    return lookup(kSupervisionMethods, code);
}

QString supervisionReasonName(const QString &code)
{
    return lookup(kSupervisionReasons, code);
}

QString actionName(const QString &code)
{
    return lookup(kActions, code);
}

} // namespace bxt::PortalTerms
