#include "search/postsearch.h"

#include "search/searchtokenizer.h"
#include "store/database.h"

#include <QSqlQuery>

namespace bxt {

PostSearch::PostSearch(const Database &database) : m_db(database.connection()) { }

bool PostSearch::search(const QString &query, int limit, QList<SearchHit> *hits, QString *error) const
{
    hits->clear();
    const QString expression = SearchTokenizer::matchExpression(query);
    if (expression.isEmpty())
        return true;
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral(
            "SELECT p.id, p.title FROM post_search JOIN posts p ON p.local_id = post_search.rowid "
            "WHERE post_search MATCH ? ORDER BY bm25(post_search, 4.0, 1.0), p.submitted_at DESC LIMIT ?"));
    select.addBindValue(expression);
    select.addBindValue(limit);
    if (!select.exec()) {
        *error = sqlError(select);
        return false;
    }
    while (select.next())
        hits->append({select.value(0).toString(), select.value(1).toString()});
    return true;
}

} // namespace bxt
