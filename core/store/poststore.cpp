#include "store/poststore.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlError>

namespace bxt {

namespace {
QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}
} // namespace

PostStore::PostStore(const Database &database)
    : m_db(database.connection())
    , m_index(m_db)
{
    prepare(m_find, "SELECT raw FROM posts WHERE id = ?");
    // Without raw: a post's JSON is most of its row, and often in overflow pages.
    prepare(m_lookup, "SELECT local_id, version, search_gen, search_len FROM posts WHERE id = ?");
    prepare(m_insert,
        "INSERT INTO posts(id, version, title, category, status, submitted_at, views, raw, search_gen, "
        "search_len) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    prepare(m_update,
        "UPDATE posts SET version = ?, title = ?, category = ?, status = ?, submitted_at = ?, views = ?, "
        "raw = ?, search_gen = ?, search_len = ? WHERE local_id = ?");
    prepare(m_deleteAssignments, "DELETE FROM assignments WHERE post = ?");
    prepare(m_insertAssignment,
        "INSERT OR REPLACE INTO assignments(post, unit_id, dispatched_at, status, promise_due) "
        "VALUES(?, ?, ?, ?, ?)");
    prepare(m_deleteSupervisions, "DELETE FROM supervision_openings WHERE post = ?");
    prepare(m_insertSupervision, "INSERT INTO supervision_openings(post, unit_id, opened_at) VALUES(?, ?, ?)");
    prepare(m_remove, "DELETE FROM posts WHERE local_id = ?");
}

bool PostStore::prepare(QSqlQuery &query, const char *sql)
{
    query = QSqlQuery(m_db);
    return query.prepare(QString::fromLatin1(sql));
}

std::optional<PostStore::Stored> PostStore::lookup(const QString &id, QString *error)
{
    m_lookup.bindValue(0, id);
    if (!m_lookup.exec()) {
        *error = sqlError(m_lookup);
        return std::nullopt;
    }
    Stored stored;
    if (m_lookup.next()) {
        stored = { m_lookup.value(0).toLongLong(), m_lookup.value(1).toLongLong(), m_lookup.value(2).toUInt(),
            m_lookup.value(3).toUInt() };
    }
    m_lookup.finish();
    return stored;
}

bool PostStore::find(const QString &id, std::optional<Post> *post, QString *error)
{
    post->reset();
    m_find.bindValue(0, id);
    if (!m_find.exec()) {
        *error = sqlError(m_find);
        return false;
    }
    if (m_find.next())
        *post = Post(QJsonDocument::fromJson(m_find.value(0).toByteArray()).object());
    m_find.finish();
    return true;
}

bool PostStore::count(qint64 *count, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM posts")) || !query.next()) {
        *error = sqlError(query);
        return false;
    }
    *count = query.value(0).toLongLong();
    return true;
}

PostRecord PostRecord::from(const Post &post)
{
    PostRecord record;
    record.id = post.id();
    record.version = post.version();
    record.title = post.title();
    record.category = post.categoryCode();
    record.status = post.status();
    record.submittedAt = post.submittedAt().toSecsSinceEpoch();
    record.views = post.views();
    for (const QJsonValue &value : post.assignments()) {
        const QJsonObject assignment = value.toObject();
        record.assignments.append({ assignment.value(QLatin1String("unit_id")).toString(),
            parseRfc3339(assignment.value(QLatin1String("dispatched_at")).toString()).toSecsSinceEpoch(),
            assignment.value(QLatin1String("status")).toString(),
            assignment.value(QLatin1String("promise_due")).toString() });
    }
    for (const QJsonValue &value : post.supervisions()) {
        const QJsonObject supervision = value.toObject();
        const QDateTime openedAt = parseRfc3339(supervision.value(QLatin1String("opened_at")).toString());
        record.supervisions.append({ supervision.value(QLatin1String("unit_id")).toString(),
            openedAt.isValid() ? std::optional(openedAt.toSecsSinceEpoch()) : std::nullopt });
    }
    record.terms = documentTerms(record.title, post.body());
    return record;
}

bool PostStore::upsert(const Post &post, const QByteArray &raw, Outcome *outcome, QString *error)
{
    return upsert(PostRecord::from(post), raw, outcome, error);
}

bool PostStore::upsert(const PostRecord &record, const QByteArray &raw, Outcome *outcome, QString *error)
{
    const auto stored = lookup(record.id, error);
    if (!stored)
        return false;
    if (stored->localId >= 0 && record.version <= stored->version) {
        *outcome = Outcome::Unchanged;
        return true;
    }
    *outcome = stored->localId < 0 ? Outcome::Inserted : Outcome::Updated;
    return write(*stored, record, raw, error);
}

bool PostStore::replace(const Post &post, QString *error)
{
    const auto stored = lookup(post.id(), error);
    if (!stored)
        return false;
    if (stored->localId < 0) {
        *error = QStringLiteral("no post %1").arg(post.id());
        return false;
    }
    return write(*stored, PostRecord::from(post), QJsonDocument(post.json()).toJson(QJsonDocument::Compact), error);
}

bool PostStore::write(const Stored &stored, const PostRecord &record, const QByteArray &raw, QString *error)
{
    const bool isNew = stored.localId < 0;
    const quint32 generation = m_index.newGeneration();
    QSqlQuery &row = isNew ? m_insert : m_update;
    int i = 0;
    if (isNew)
        row.bindValue(i++, record.id);
    row.bindValue(i++, record.version);
    row.bindValue(i++, record.title);
    row.bindValue(i++, nullableText(record.category));
    row.bindValue(i++, record.status);
    row.bindValue(i++, record.submittedAt);
    row.bindValue(i++, record.views);
    row.bindValue(i++, raw);
    row.bindValue(i++, generation);
    row.bindValue(i++, record.terms.length);
    if (!isNew)
        row.bindValue(i++, stored.localId);
    if (!row.exec()) {
        *error = sqlError(row);
        return false;
    }
    const qint64 localId = isNew ? row.lastInsertId().toLongLong() : stored.localId;
    if (!isNew) {
        for (QSqlQuery *clear : { &m_deleteAssignments, &m_deleteSupervisions }) {
            clear->bindValue(0, localId);
            if (!clear->exec()) {
                *error = sqlError(*clear);
                return false;
            }
        }
        if (stored.searchGeneration > 0
            && !m_index.markStale(localId, stored.searchGeneration, stored.searchLength, error))
            return false;
    }
    for (const PostRecord::AssignmentRow &assignment : record.assignments) {
        m_insertAssignment.bindValue(0, localId);
        m_insertAssignment.bindValue(1, assignment.unitId);
        m_insertAssignment.bindValue(2, assignment.dispatchedAt);
        m_insertAssignment.bindValue(3, assignment.status);
        m_insertAssignment.bindValue(4, nullableText(assignment.promiseDue));
        if (!m_insertAssignment.exec()) {
            *error = sqlError(m_insertAssignment);
            return false;
        }
    }
    for (const PostRecord::SupervisionRow &supervision : record.supervisions) {
        m_insertSupervision.bindValue(0, localId);
        m_insertSupervision.bindValue(1, nullableText(supervision.unitId));
        m_insertSupervision.bindValue(2, supervision.openedAt ? QVariant(*supervision.openedAt) : QVariant());
        if (!m_insertSupervision.exec()) {
            *error = sqlError(m_insertSupervision);
            return false;
        }
    }
    return m_index.add(localId, generation, record.terms, error);
}

bool PostStore::remove(const QString &id, QString *error)
{
    const auto stored = lookup(id, error);
    if (!stored)
        return false;
    if (stored->localId < 0)
        return true;
    m_remove.bindValue(0, stored->localId);
    if (!m_remove.exec()) {
        *error = sqlError(m_remove);
        return false;
    }
    return stored->searchGeneration == 0
        || m_index.markStale(stored->localId, stored->searchGeneration, stored->searchLength, error);
}

bool PostStore::flush(QString *error)
{
    return m_index.flush(error);
}

bool PostStore::forEachRaw(const std::function<bool(const QByteArray &)> &visit, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT raw FROM posts ORDER BY local_id"))) {
        *error = sqlError(query);
        return false;
    }
    while (query.next()) {
        if (!visit(query.value(0).toByteArray()))
            return true;
    }
    if (query.lastError().isValid()) { // the read stopped early: a damaged file or an I/O error
        *error = sqlError(query);
        return false;
    }
    return true;
}

} // namespace bxt
