#include "sync/synctexts.h"

#include "common/portalterms.h"
#include "domain/category.h"
#include "domain/status.h"
#include "store/poststore.h"
#include "store/unitstore.h"

#include <QJsonArray>
#include <QTimeZone>
#include <functional>

namespace bxt {

namespace {

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

constexpr int kQuotedTextLength = 40;

} // namespace

SyncTexts::SyncTexts(const Database &database)
    : m_database(database)
{ }

bool SyncTexts::loadUnits(QString *error)
{
    return UnitStore(m_database).all(&m_units, error);
}

QString SyncTexts::title(const QString &postId)
{
    const auto known = m_titles.constFind(postId);
    if (known != m_titles.constEnd())
        return *known;
    std::optional<Post> post;
    QString error;
    if (!PostStore(m_database).find(postId, &post, &error))
        return {}; // not kept: asked again next time
    const QString title = post ? post->title() : QString();
    m_titles.insert(postId, title);
    return title;
}

QString SyncTexts::unitName(const QString &unitId) const
{
    return m_units.value(unitId).name.isEmpty() ? unitId : m_units.value(unitId).name;
}

QString SyncTexts::categoryText(const QString &code) const
{
    if (code.isEmpty())
        return tr("unclassified");
    const auto category = Categories::fromCode(code);
    return category ? PortalTerms::categoryLabel(*category) : code;
}

QString SyncTexts::action(const QJsonObject &body) const
{
    const QString type = text(body, "type");
    const QString name = PortalTerms::actionName(type);
    QStringList details;
    if (type == QLatin1String("classify")) {
        details.append(categoryText(text(body, "category")));
    } else if (type == QLatin1String("dispatch")) {
        for (const QJsonValue &unitId : body.value(QLatin1String("unit_ids")).toArray())
            details.append(unitName(unitId.toString()));
    } else if (type == QLatin1String("forward")) {
        details.append(PortalTerms::mailboxName(text(body, "mailbox")));
    } else if (type == QLatin1String("shield")) {
        details.append(PortalTerms::shieldReasonName(text(body, "reason")));
    } else if (type == QLatin1String("promise")) {
        details.append(tr("by %1").arg(text(body, "due")));
    } else if (type == QLatin1String("reply")) {
        details.append(PortalTerms::replyKindName(text(body, "kind")));
        const QString reply = text(body, "text").simplified();
        details.append(reply.size() > kQuotedTextLength ? reply.left(kQuotedTextLength) + QChar(0x2026) : reply);
    } else if (type == QLatin1String("supervise")) {
        details.append(PortalTerms::supervisionReasonName(text(body, "reason")));
    }
    // The unit a liaison acts for, when the action names one.
    if (type != QLatin1String("dispatch") && !text(body, "unit_id").isEmpty())
        details.prepend(unitName(text(body, "unit_id")));
    details.removeAll(QString());
    return details.isEmpty() ? name : tr("%1: %2").arg(name, details.join(tr(", ")));
}

QString SyncTexts::assignmentsText(const QJsonObject &post) const
{
    QStringList assignments;
    for (const QJsonValue &value : post.value(QLatin1String("assignments")).toArray()) {
        const QJsonObject assignment = value.toObject();
        assignments.append(
            tr("%1 (%2)").arg(unitName(text(assignment, "unit_id")), assignmentStatusName(text(assignment, "status"))));
    }
    return assignments.isEmpty() ? tr("none") : assignments.join(tr("; "));
}

QList<SyncTexts::Field> SyncTexts::compare(const QJsonObject &mine, const QJsonObject &portal) const
{
    auto replies = [](const QJsonObject &post) {
        qsizetype count = 0;
        for (const QJsonValue &assignment : post.value(QLatin1String("assignments")).toArray())
            count += assignment.toObject().value(QLatin1String("replies")).toArray().size();
        return QString::number(count);
    };
    auto orNone = [](const QString &value) { return value.isEmpty() ? tr("none") : value; };
    using Reader = std::function<QString(const QJsonObject &)>;
    const QList<std::pair<QString, Reader>> readers {
        { tr("Version"),
            [](const QJsonObject &post) { return QString::number(post.value(QLatin1String("version")).toInteger()); } },
        { tr("Title"), [](const QJsonObject &post) { return text(post, "title"); } },
        { tr("Category"), [this](const QJsonObject &post) { return categoryText(text(post, "category")); } },
        { tr("Status"), [](const QJsonObject &post) { return postStatusName(text(post, "status")); } },
        { tr("Units"), [this](const QJsonObject &post) { return assignmentsText(post); } },
        { tr("Forwarded to"),
            [&](const QJsonObject &post) { return orNone(PortalTerms::mailboxName(text(post, "forwarded_to"))); } },
        { tr("Shielded as"),
            [&](const QJsonObject &post) {
                return orNone(PortalTerms::shieldReasonName(text(post, "shield_reason")));
            } },
        { tr("Replies"), replies },
        { tr("Supervisions"),
            [](const QJsonObject &post) {
                return QString::number(post.value(QLatin1String("supervisions")).toArray().size());
            } },
    };
    QList<Field> fields;
    for (const auto &[name, read] : readers) {
        Field field { name, read(mine), portal.isEmpty() ? QString() : read(portal), false };
        field.differs = !portal.isEmpty() && field.mine != field.portal;
        fields.append(field);
    }
    if (portal.isEmpty())
        fields.first().portal = tr("The portal no longer shows this post to you");
    return fields;
}

QString SyncTexts::timeText(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return instant.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString SyncTexts::timeOfDayText(const QDateTime &instant)
{
    return instant.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("HH:mm"));
}

} // namespace bxt
