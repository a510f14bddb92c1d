#include "portalfeed.h"

#include "rules/contactpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace bxt::test {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray change(qint64 seq, const char *kind, const QByteArray &object)
{
    return "{\"seq\":" + QByteArray::number(seq) + ",\"" + kind + "\":" + object + '}';
}

} // namespace

qint64 PortalFeed::put(QJsonObject post)
{
    const QString id = post.value(QLatin1String("id")).toString();
    Record &record = m_records[id];
    record.version += 1;
    record.withdrawn = false;
    post.insert(QStringLiteral("version"), record.version);
    record.json = compact(post);
    record.stripped.clear();

    QJsonArray units;
    for (const QJsonValue &assignment : post.value(QLatin1String("assignments")).toArray())
        units.append(QJsonObject { { QStringLiteral("unit_id"), assignment.toObject().value(QLatin1String("unit_id")) },
            { QStringLiteral("status"), assignment.toObject().value(QLatin1String("status")) } });
    record.scopeFacts = Post({ { QStringLiteral("category"), post.value(QLatin1String("category")) },
        { QStringLiteral("assignments"), units } });
    for (const QJsonValue &unit : std::as_const(units)) {
        const QString unitId = unit.toObject().value(QLatin1String("unit_id")).toString();
        if (inScope(Actor { QString(), Role::Liaison, unitId }, record.scopeFacts))
            record.everInScopeOf.insert(unitId);
    }
    moveToEnd(id, &record);
    return record.version;
}

bool PortalFeed::withdraw(const QString &id)
{
    const auto found = m_records.find(id);
    if (found == m_records.end() || found->withdrawn)
        return false;
    QJsonObject post = parse(found->json);
    found->version += 1;
    post.insert(QStringLiteral("version"), found->version);
    found->json = compact(post);
    found->stripped.clear();
    found->withdrawn = true;
    moveToEnd(id, &*found);
    return true;
}

bool PortalFeed::isLive(const QString &id) const
{
    const auto found = m_records.constFind(id);
    return found != m_records.cend() && !found->withdrawn;
}

QJsonObject PortalFeed::post(const QString &id) const
{
    const auto found = m_records.constFind(id);
    return found == m_records.cend() ? QJsonObject() : parse(found->json);
}

bool PortalFeed::isVisibleTo(const Actor &actor, const QString &id) const
{
    const auto found = m_records.constFind(id);
    return found != m_records.cend() && !found->withdrawn && inScope(actor, found->scopeFacts);
}

QJsonObject PortalFeed::viewFor(const Actor &actor, const QString &id) const
{
    const auto found = m_records.constFind(id);
    return found == m_records.cend() ? QJsonObject() : parse(postJsonFor(actor, *found));
}

QList<QJsonObject> PortalFeed::visibleTo(const Actor &actor) const
{
    QStringList ids;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (!it->withdrawn && inScope(actor, it->scopeFacts))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    QList<QJsonObject> posts;
    for (const QString &id : std::as_const(ids))
        posts.append(viewFor(actor, id));
    return posts;
}

void PortalFeed::inject(const QJsonObject &post, const QString &userId)
{
    m_entries[++m_lastSeq] = Entry { QString(), compact(post), userId };
}

void PortalFeed::forget(const QList<qint64> &injectedSeqs)
{
    for (const qint64 seq : injectedSeqs)
        m_entries.erase(seq);
}

PortalFeed::Page PortalFeed::page(const Actor &actor, qint64 afterSeq, int limit) const
{
    Page page;
    page.nextSeq = afterSeq;
    for (auto it = m_entries.upper_bound(afterSeq); it != m_entries.cend(); ++it) {
        const QByteArray change = changeFor(actor, it->first, it->second);
        if (!change.isEmpty() && page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        // Entries outside this user's scope are passed over for good: a post that changes
        // later comes back at a new sequence number.
        page.nextSeq = it->first;
        if (change.isEmpty())
            continue;
        page.changes.append(change);
        if (it->second.postId.isEmpty())
            page.injectedSeqs.append(it->first);
    }
    return page;
}

bool PortalFeed::inScope(const Actor &actor, const Post &facts)
{
    if (actor.role != Role::Liaison)
        return true;
    return facts.category() != Category::Report && !facts.assignmentFor(actor.unitId).isEmpty();
}

QByteArray PortalFeed::changeFor(const Actor &actor, qint64 seq, const Entry &entry) const
{
    if (entry.postId.isEmpty())
        return entry.injectedFor == actor.userId ? change(seq, "post", entry.injectedPost) : QByteArray();
    const Record &record = *m_records.constFind(entry.postId);
    if (!record.withdrawn && inScope(actor, record.scopeFacts))
        return change(seq, "post", postJsonFor(actor, record));
    if (actor.role != Role::Liaison || record.everInScopeOf.contains(actor.unitId)) {
        return change(seq, "removed",
            compact({ { QStringLiteral("id"), entry.postId }, { QStringLiteral("version"), record.version } }));
    }
    return {};
}

const QByteArray &PortalFeed::postJsonFor(const Actor &actor, const Record &record) const
{
    if (maySeeContact(actor, record.scopeFacts))
        return record.json;
    if (record.stripped.isEmpty()) {
        QJsonObject post = parse(record.json);
        if (post.contains(QLatin1String("author"))) {
            QJsonObject author = post.value(QLatin1String("author")).toObject();
            author.remove(QStringLiteral("phone"));
            author.remove(QStringLiteral("email"));
            post.insert(QStringLiteral("author"), author);
        }
        record.stripped = compact(post);
    }
    return record.stripped;
}

void PortalFeed::moveToEnd(const QString &id, Record *record)
{
    if (record->seq != 0)
        m_entries.erase(record->seq);
    record->seq = ++m_lastSeq;
    m_entries[record->seq] = Entry { id, QByteArray(), QString() };
}

} // namespace bxt::test
