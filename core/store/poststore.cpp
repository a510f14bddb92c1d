#include "store/poststore.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bxt {

namespace {
// An empty text is kept as NULL.
void bindNullable(SqliteStatement &statement, int column, const QByteArray &text)
{
    if (text.isEmpty())
        statement.bindNull(column);
    else
        statement.bindText(column, text);
}
} // namespace

PostStore::PostStore(const Database &database)
    : m_db(database.connection())
    , m_find(database.nativeHandle(), "SELECT raw FROM posts WHERE id = ?")
    // Without raw: a post's JSON is most of its row, and often in overflow pages.
    , m_lookup(database.nativeHandle(), "SELECT local_id, version, search_gen, search_len FROM posts WHERE id = ?")
    , m_insert(database.nativeHandle(),
          "INSERT INTO posts(id, version, title, category, status, submitted_at, views, raw, search_gen, "
          "search_len) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_update(database.nativeHandle(),
          "UPDATE posts SET version = ?, title = ?, category = ?, status = ?, submitted_at = ?, views = ?, "
          "raw = ?, search_gen = ?, search_len = ? WHERE local_id = ?")
    , m_deleteAssignments(database.nativeHandle(), "DELETE FROM assignments WHERE post = ?")
    , m_insertAssignment(database.nativeHandle(),
          "INSERT INTO assignments(post, unit_id, dispatched_at, status, promise_due) VALUES(?, ?, ?, ?, ?) "
          "ON CONFLICT(post, unit_id) DO UPDATE SET dispatched_at = excluded.dispatched_at, "
          "status = excluded.status, promise_due = excluded.promise_due")
    , m_deleteSupervisions(database.nativeHandle(), "DELETE FROM supervision_openings WHERE post = ?")
    , m_insertSupervision(
          database.nativeHandle(), "INSERT INTO supervision_openings(post, unit_id, opened_at) VALUES(?, ?, ?)")
    , m_remove(database.nativeHandle(), "DELETE FROM posts WHERE local_id = ?")
    , m_index(m_db)
{ }

std::optional<PostStore::Stored> PostStore::lookup(const QString &id, QString *error)
{
    m_lookup.bind(1, id);
    bool row = false;
    if (!m_lookup.step(&row, error)) {
        m_lookup.reset();
        return std::nullopt;
    }
    Stored stored;
    if (row) {
        stored = { m_lookup.number(0), m_lookup.number(1), quint32(m_lookup.number(2)), quint32(m_lookup.number(3)) };
    }
    m_lookup.reset();
    return stored;
}

bool PostStore::find(const QString &id, std::optional<Post> *post, QString *error)
{
    post->reset();
    m_find.bind(1, id);
    bool row = false;
    const bool read = m_find.step(&row, error);
    if (read && row)
        *post = Post(QJsonDocument::fromJson(m_find.blob(0).toByteArray()).object());
    m_find.reset();
    return read;
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
    record.setTexts(post.title(), post.body());
    record.category = post.categoryCode().toUtf8();
    record.status = post.status().toUtf8();
    record.submittedAt = post.submittedAt().toSecsSinceEpoch();
    record.views = post.views();
    for (const QJsonValue &value : post.assignments()) {
        const QJsonObject assignment = value.toObject();
        record.addAssignment(assignment.value(QLatin1String("unit_id")).toString(),
            assignment.value(QLatin1String("dispatched_at")).toString(),
            assignment.value(QLatin1String("status")).toString(),
            assignment.value(QLatin1String("promise_due")).toString());
    }
    for (const QJsonValue &value : post.supervisions()) {
        const QJsonObject supervision = value.toObject();
        record.addSupervision(supervision.value(QLatin1String("unit_id")).toString(),
            supervision.value(QLatin1String("opened_at")).toString());
    }
    return record;
}

void PostRecord::setTexts(const QString &title, const QString &body)
{
    this->title = title.toUtf8();
    terms = documentTerms(title, body);
}

void PostRecord::addAssignment(
    const QString &unitId, const QString &dispatchedAt, const QString &status, const QString &promiseDue)
{
    assignments.append(
        { unitId.toUtf8(), parseRfc3339(dispatchedAt).toSecsSinceEpoch(), status.toUtf8(), promiseDue.toUtf8() });
}

void PostRecord::addSupervision(const QString &unitId, const QString &openedAt)
{
    const QDateTime opened = parseRfc3339(openedAt);
    supervisions.append(
        { unitId.toUtf8(), opened.isValid() ? std::optional(opened.toSecsSinceEpoch()) : std::nullopt });
}

bool PostStore::upsert(const Post &post, const QByteArray &raw, Outcome *outcome, QString *error)
{
    return upsert(PostRecord::from(post), raw, outcome, error);
}

bool PostStore::upsert(const PostRecord &record, const QByteArray &raw, Outcome *outcome, QString *error)
{
    return upsert(record, raw, outcome, nullptr, error);
}

bool PostStore::upsert(
    const PostRecord &record, const QByteArray &raw, Outcome *outcome, IndexedPost *indexed, QString *error)
{
    const auto stored = lookup(record.id, error);
    if (!stored)
        return false;
    if (stored->localId >= 0 && record.version <= stored->version) {
        *outcome = Outcome::Unchanged;
        return true;
    }
    *outcome = stored->localId < 0 ? Outcome::Inserted : Outcome::Updated;
    return write(*stored, record, raw, indexed, error);
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
    return write(
        *stored, PostRecord::from(post), QJsonDocument(post.json()).toJson(QJsonDocument::Compact), nullptr, error);
}

bool PostStore::write(
    const Stored &stored, const PostRecord &record, const QByteArray &raw, IndexedPost *indexed, QString *error)
{
    const bool isNew = stored.localId < 0;
    const quint32 generation = m_index.newGeneration();
    SqliteStatement &row = isNew ? m_insert : m_update;
    int i = 1;
    if (isNew)
        row.bind(i++, record.id);
    row.bind(i++, record.version);
    row.bindText(i++, record.title);
    bindNullable(row, i++, record.category);
    row.bindText(i++, record.status);
    row.bind(i++, record.submittedAt);
    row.bind(i++, record.views);
    row.bindBlob(i++, raw);
    row.bind(i++, qint64(generation));
    row.bind(i++, qint64(record.terms.length));
    if (!isNew)
        row.bind(i++, stored.localId);
    if (!row.run(error))
        return false;
    const qint64 localId = isNew ? row.lastInsertId() : stored.localId;
    if (!isNew) {
        if (!clearRows(localId, error))
            return false;
        if (stored.searchGeneration > 0
            && !m_index.markStale(localId, stored.searchGeneration, stored.searchLength, error))
            return false;
    }
    for (const PostRecord::AssignmentRow &assignment : record.assignments) {
        m_insertAssignment.bind(1, localId);
        m_insertAssignment.bindText(2, assignment.unitId);
        m_insertAssignment.bind(3, assignment.dispatchedAt);
        m_insertAssignment.bindText(4, assignment.status);
        bindNullable(m_insertAssignment, 5, assignment.promiseDue);
        if (!m_insertAssignment.run(error))
            return false;
    }
    for (const PostRecord::SupervisionRow &supervision : record.supervisions) {
        m_insertSupervision.bind(1, localId);
        bindNullable(m_insertSupervision, 2, supervision.unitId);
        if (supervision.openedAt)
            m_insertSupervision.bind(3, *supervision.openedAt);
        else
            m_insertSupervision.bindNull(3);
        if (!m_insertSupervision.run(error))
            return false;
    }
    if (indexed) {
        *indexed = { quint32(localId), generation };
        return true;
    }
    return m_index.add(localId, generation, record.terms, error);
}

bool PostStore::addTerms(const BatchTerms &terms, const std::vector<IndexedPost> &posts, QString *error)
{
    return m_index.add(terms, posts, error);
}

bool PostStore::addTerms(BatchTerms &&terms, std::vector<IndexedPost> &&posts, QString *error)
{
    return m_index.add(std::move(terms), std::move(posts), error);
}

bool PostStore::clearRows(qint64 localId, QString *error)
{
    for (SqliteStatement *clear : { &m_deleteAssignments, &m_deleteSupervisions }) {
        clear->bind(1, localId);
        if (!clear->run(error))
            return false;
    }
    return true;
}

bool PostStore::remove(const QString &id, QString *error)
{
    const auto stored = lookup(id, error);
    if (!stored)
        return false;
    if (stored->localId < 0)
        return true;
    m_remove.bind(1, stored->localId);
    if (!m_remove.run(error))
        return false;
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
