#include "store/poststore.h"

#include "search/searchtokenizer.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlError>

namespace bxt {

namespace {
QString tokens(const QJsonObject &post, const char *field)
{
    return SearchTokenizer::documentTokens(post.value(QLatin1String(field)).toString());
}
} // namespace

PostStore::PostStore(const Database &database) : m_db(database.connection())
{
    prepare(m_find, "SELECT local_id, version, raw FROM posts WHERE id = ?");
    prepare(m_insert,
            "INSERT INTO posts(id, version, title, category, status, submitted_at, views, raw) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    prepare(m_update,
            "UPDATE posts SET version = ?, title = ?, category = ?, status = ?, submitted_at = ?, views = ?, "
            "raw = ? WHERE local_id = ?");
    prepare(m_deleteAssignments, "DELETE FROM assignments WHERE post = ?");
    prepare(m_insertAssignment,
            "INSERT OR REPLACE INTO assignments(post, unit_id, dispatched_at, status, promise_due) "
            "VALUES(?, ?, ?, ?, ?)");
    prepare(m_indexPost, "INSERT INTO post_search(rowid, title, body) VALUES(?, ?, ?)");
    prepare(m_unindexPost, "INSERT INTO post_search(post_search, rowid, title, body) VALUES('delete', ?, ?, ?)");
}

bool PostStore::prepare(QSqlQuery &query, const char *sql)
{
    query = QSqlQuery(m_db);
    return query.prepare(QString::fromLatin1(sql));
}

std::optional<Post> PostStore::find(const QString &id)
{
    m_find.bindValue(0, id);
    if (!m_find.exec() || !m_find.next())
        return std::nullopt;
    Post post(QJsonDocument::fromJson(m_find.value(2).toByteArray()).object());
    m_find.finish();
    return post;
}

qint64 PostStore::count()
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM posts")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool PostStore::upsert(const Post &post, const QByteArray &raw, Outcome *outcome, QString *error)
{
    m_find.bindValue(0, post.id());
    if (!m_find.exec()) {
        *error = sqlError(m_find);
        return false;
    }
    if (!m_find.next()) {
        *outcome = Outcome::Inserted;
        return write(-1, post, raw, {}, error);
    }
    const qint64 localId = m_find.value(0).toLongLong();
    const qint64 storedVersion = m_find.value(1).toLongLong();
    const QByteArray oldRaw = m_find.value(2).toByteArray();
    m_find.finish();
    if (post.version() <= storedVersion) {
        *outcome = Outcome::Unchanged;
        return true;
    }
    *outcome = Outcome::Updated;
    return write(localId, post, raw, oldRaw, error);
}

bool PostStore::replace(const Post &post, QString *error)
{
    m_find.bindValue(0, post.id());
    if (!m_find.exec() || !m_find.next()) {
        *error = QStringLiteral("no post %1").arg(post.id());
        return false;
    }
    const qint64 localId = m_find.value(0).toLongLong();
    const QByteArray oldRaw = m_find.value(2).toByteArray();
    m_find.finish();
    return write(localId, post, QJsonDocument(post.json()).toJson(QJsonDocument::Compact), oldRaw, error);
}

bool PostStore::write(qint64 localId, const Post &post, const QByteArray &raw, const QByteArray &oldRaw,
                      QString *error)
{
    const QJsonObject &json = post.json();
    const QString category = post.categoryCode();
    const QVariant categoryValue = category.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : category;
    QSqlQuery &row = localId < 0 ? m_insert : m_update;
    int i = 0;
    if (localId < 0)
        row.bindValue(i++, post.id());
    row.bindValue(i++, post.version());
    row.bindValue(i++, post.title());
    row.bindValue(i++, categoryValue);
    row.bindValue(i++, post.status());
    row.bindValue(i++, post.submittedAt().toSecsSinceEpoch());
    row.bindValue(i++, post.views());
    row.bindValue(i++, raw);
    if (localId >= 0)
        row.bindValue(i++, localId);
    if (!row.exec()) {
        *error = sqlError(row);
        return false;
    }
    if (localId < 0) {
        localId = row.lastInsertId().toLongLong();
    } else {
        const QJsonObject old = QJsonDocument::fromJson(oldRaw).object();
        m_deleteAssignments.bindValue(0, localId);
        m_unindexPost.bindValue(0, localId);
        m_unindexPost.bindValue(1, tokens(old, "title"));
        m_unindexPost.bindValue(2, tokens(old, "body"));
        if (!m_deleteAssignments.exec() || !m_unindexPost.exec()) {
            *error = sqlError(m_deleteAssignments.lastError().isValid() ? m_deleteAssignments : m_unindexPost);
            return false;
        }
    }
    for (const QJsonValue &value : post.assignments()) {
        const QJsonObject assignment = value.toObject();
        const QString due = assignment.value(QLatin1String("promise_due")).toString();
        m_insertAssignment.bindValue(0, localId);
        m_insertAssignment.bindValue(1, assignment.value(QLatin1String("unit_id")).toString());
        m_insertAssignment.bindValue(
                2, parseRfc3339(assignment.value(QLatin1String("dispatched_at")).toString()).toSecsSinceEpoch());
        m_insertAssignment.bindValue(3, assignment.value(QLatin1String("status")).toString());
        m_insertAssignment.bindValue(4, due.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : due);
        if (!m_insertAssignment.exec()) {
            *error = sqlError(m_insertAssignment);
            return false;
        }
    }
    m_indexPost.bindValue(0, localId);
    m_indexPost.bindValue(1, tokens(json, "title"));
    m_indexPost.bindValue(2, tokens(json, "body"));
    if (!m_indexPost.exec()) {
        *error = sqlError(m_indexPost);
        return false;
    }
    return true;
}

bool PostStore::remove(const QString &id, QString *error)
{
    m_find.bindValue(0, id);
    if (!m_find.exec()) {
        *error = sqlError(m_find);
        return false;
    }
    if (!m_find.next())
        return true;
    const qint64 localId = m_find.value(0).toLongLong();
    const QJsonObject old = QJsonDocument::fromJson(m_find.value(2).toByteArray()).object();
    m_find.finish();
    m_unindexPost.bindValue(0, localId);
    m_unindexPost.bindValue(1, tokens(old, "title"));
    m_unindexPost.bindValue(2, tokens(old, "body"));
    QSqlQuery removal(m_db);
    removal.prepare(QStringLiteral("DELETE FROM posts WHERE local_id = ?"));
    removal.addBindValue(localId);
    if (!m_unindexPost.exec() || !removal.exec()) {
        *error = sqlError(m_unindexPost.lastError().isValid() ? m_unindexPost : removal);
        return false;
    }
    return true;
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
            break;
    }
    return true;
}

} // namespace bxt
