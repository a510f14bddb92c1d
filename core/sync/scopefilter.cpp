#include "sync/scopefilter.h"

#include "domain/post.h"
#include "rules/contactpolicy.h"

namespace bxt {

ScopeFilter::Verdict ScopeFilter::apply(QJsonObject *post, bool *stripped) const
{
    *stripped = false;
    const Post view(*post);
    if (m_actor.role == Role::Liaison
        && (view.category() == Category::Report || m_actor.unitId.isEmpty()
            || view.assignmentFor(m_actor.unitId).isEmpty()))
        return Verdict::Withhold;
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
