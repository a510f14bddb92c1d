#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace bxt {

class Database;

// A post whose local work and the portal disagree. Both versions stay visible until the user
// decides; nothing is overwritten silently. While it is open the stored post is the local
// version and the post's queued actions wait.
struct SyncConflict
{
    enum class Kind {
        Version, // the portal answered 409 version_conflict to a queued action
        NotReturned, // a full pass did not return a post with unsent local work
    };

    QString postId;
    Kind kind = Kind::Version;
    qint64 outboxSeq = 0; // the action the portal did not take (Version)
    QJsonObject local; // the post as this computer has it
    QJsonObject portal; // the portal's post; empty when the portal no longer shows it
    QString message; // the portal's words
    QDateTime at;
};

// The open conflicts. Every method works inside the caller's transaction.
class ConflictStore final
{
public:
    Q_DISABLE_COPY_MOVE(ConflictStore)
    explicit ConflictStore(const Database &database);

    bool all(QList<SyncConflict> *conflicts, QString *error) const;
    bool find(const QString &postId, std::optional<SyncConflict> *conflict, QString *error) const;
    bool count(qint64 *count, QString *error) const;
    bool add(const SyncConflict &conflict, QString *error);
    bool setPortalVersion(const QString &postId, const QJsonObject &portal, QString *error);
    bool remove(const QString &postId, QString *error);

private:
    bool select(const QString &where, const QVariantList &values, QList<SyncConflict> *conflicts, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace bxt
