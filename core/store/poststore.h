#pragma once

#include "domain/post.h"

#include <QByteArray>
#include <QSqlQuery>
#include <functional>
#include <optional>

namespace bxt {

class Database;

// Reads and writes posts: the row with its indexed copies, the assignments and the search
// index, always together. Callers own the transaction.
class PostStore final
{
public:
    Q_DISABLE_COPY_MOVE(PostStore)
    explicit PostStore(const Database &database);

    enum class Outcome { Inserted, Updated, Unchanged };

    // Keeps the post when it is new or its version is higher than the stored one. raw is the
    // JSON text to keep (the post as it came, so unknown fields are given back unchanged).
    bool upsert(const Post &post, const QByteArray &raw, Outcome *outcome, QString *error);
    // Stores a local change of a post that exists, whatever its version.
    bool replace(const Post &post, QString *error);
    bool remove(const QString &id, QString *error);

    std::optional<Post> find(const QString &id);
    qint64 count();
    // Visits every post's JSON text in store order until visit returns false.
    bool forEachRaw(const std::function<bool(const QByteArray &raw)> &visit, QString *error);

private:
    bool write(qint64 localId, const Post &post, const QByteArray &raw, const QByteArray &oldRaw,
               QString *error);
    bool prepare(QSqlQuery &query, const char *sql);

    QSqlDatabase m_db;
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_deleteAssignments;
    QSqlQuery m_insertAssignment;
    QSqlQuery m_indexPost;
    QSqlQuery m_unindexPost;
};

} // namespace bxt
