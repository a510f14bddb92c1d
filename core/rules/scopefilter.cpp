#include "rules/scopefilter.h"

#include "domain/post.h"
#include "rules/contactpolicy.h"

#include <QCoreApplication>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScopeFilter)
};

// Why a liaison may not hold the post, or an empty string when it may (R10).
QString liaisonMayNotHold(const Post &post, const QString &unitId)
{
    if (post.category() == Category::Report)
        return Tr::tr("a report, which a liaison's store never holds (R10)");
    if (unitId.isEmpty())
        return Tr::tr("this liaison has no unit (R10)");
    if (post.assignmentFor(unitId).isEmpty())
        return Tr::tr("not assigned to unit %1 (R10)").arg(unitId);
    return {};
}

} // namespace

ScopeFilter::Verdict ScopeFilter::apply(QJsonObject *post, bool *stripped, QString *why) const
{
    *stripped = false;
    const Post view(*post);
    if (m_actor.role == Role::Liaison) {
        if (QString reason = liaisonMayNotHold(view, m_actor.unitId); !reason.isEmpty()) {
            if (why)
                *why = std::move(reason);
            return Verdict::Withhold;
        }
    }
    if (maySeeContact(m_actor, view))
        return Verdict::Keep;
    QJsonObject author = post->value(QLatin1String("author")).toObject();
    // portal-api.md: a contact the user is not entitled to is absent.
    if (author.contains(QLatin1String("phone")) || author.contains(QLatin1String("email"))) {
        *stripped = !author.value(QLatin1String("phone")).toString().isEmpty()
            || !author.value(QLatin1String("email")).toString().isEmpty();
        author.remove(QStringLiteral("phone"));
        author.remove(QStringLiteral("email"));
        post->insert(QStringLiteral("author"), author);
    }
    return Verdict::Keep;
}

} // namespace bxt
