#include "actions/portalcopies.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace bxt {

PortalCopies::PortalCopies(const Database &database)
    : m_db(database.connection())
{ }

bool PortalCopies::find(const QString &id, std::optional<Post> *post, QString *error) const
{
    post->reset();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT raw FROM portal_copies WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    if (query.next())
        *post = Post(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    return true;
}

bool PortalCopies::keep(const Post &post, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO portal_copies(id, version, raw) VALUES(?, ?, ?)"));
    query.addBindValue(post.id());
    query.addBindValue(post.version());
    query.addBindValue(compactJson(post.json()));
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

bool PortalCopies::remove(const QString &id, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM portal_copies WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

} // namespace bxt
