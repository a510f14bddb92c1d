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
    // portal-api.md: a contact the user is not entitled to is absent. Only the alias is kept,
    // so that no other field (a second phone, a nested contact) carries it anyway.
    const QJsonObject author = post->value(QLatin1String("author")).toObject();
    QJsonObject shown;
    for (auto field = author.constBegin(); field != author.constEnd(); ++field) {
        const QJsonValue value = field.value();
        if (field.key() == QLatin1String("alias"))
            shown.insert(field.key(), value);
        else if (!value.isNull() && !(value.isString() && value.toString().isEmpty()))
            *stripped = true;
    }
    if (shown != author)
        post->insert(QStringLiteral("author"), shown);
    return Verdict::Keep;
}

} // namespace bxt
