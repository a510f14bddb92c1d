#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bxt {

class Database;

struct SearchHit
{
    QString id;
    QString title;
};

// Full-text search over the posts' titles and bodies. Every whitespace-separated part of the
// query must occur as a phrase in the title or the body; hits are ranked by BM25 (title terms
// weighted four times), the most recently stored first among equals.
class PostSearch final
{
public:
    Q_DISABLE_COPY_MOVE(PostSearch)
    explicit PostSearch(const Database &database);

    // Returns false and sets *error only on a database failure; a query with nothing
    // searchable in it finds nothing.
    bool search(const QString &query, int limit, QList<SearchHit> *hits, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace bxt
