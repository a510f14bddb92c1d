#pragma once

#include "domain/post.h"

#include <QSqlDatabase>
#include <optional>

namespace bxt {

class Database;

// The portal's own state of each post that has local work waiting. The stored post is this
// copy with the queued actions replayed, and its version is the base_version sent with them.
// Every method works inside the caller's transaction.
class PortalCopies final
{
public:
    Q_DISABLE_COPY_MOVE(PortalCopies)
    explicit PortalCopies(const Database &database);

    // *post is empty when there is no copy; false only on a database failure.
    bool find(const QString &id, std::optional<Post> *post, QString *error) const;
    bool keep(const Post &post, QString *error);
    bool remove(const QString &id, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace bxt
