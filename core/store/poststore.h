#pragma once

#include "domain/post.h"
#include "search/searchindexwriter.h"
#include "store/sqlitestatement.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace bxt {

class Database;

// What the store writes for a post besides its JSON: the indexed columns, the assignments and
// the search terms. Computing it is pure, so an importer can do it on another thread.
struct PostRecord
{
    // The texts are UTF-8, as SQLite keeps them: converted where the record is made, not by
    // the writer.
    struct AssignmentRow
    {
        QByteArray unitId;
        qint64 dispatchedAt = 0;
        QByteArray status;
        QByteArray promiseDue;
    };

    struct SupervisionRow
    {
        QByteArray unitId;
        std::optional<qint64> openedAt; // seconds since the epoch
    };

    static PostRecord from(const Post &post);
    // The same record read straight from a line the import has checked (checkPostLine: valid
    // JSON, no key twice, a valid post), without building a QJsonObject. Empty when the text has
    // what this reader leaves to from(): a \u escape, a number that is not plain digits, a value
    // of another type than a post's.
    static std::optional<PostRecord> fromCheckedText(QByteArrayView json);

    QString id;
    qint64 version = 0;
    QByteArray title;
    QByteArray category;
    QByteArray status;
    qint64 submittedAt = 0;
    qint64 views = 0;
    QList<AssignmentRow> assignments;
    QList<SupervisionRow> supervisions; // their openings, for the quarterly report (R21)
    DocumentTerms terms;

private:
    // Where from() and fromCheckedText() meet: the fields as the post's JSON gives them.
    void setTexts(const QString &title, const QString &body);
    void addAssignment(
        const QString &unitId, const QString &dispatchedAt, const QString &status, const QString &promiseDue);
    void addSupervision(const QString &unitId, const QString &openedAt);
};

// Reads and writes posts: the row with its indexed copies, the assignments and the search
// index, always together. Callers own the transaction and call flush() before committing it.
class PostStore final
{
public:
    Q_DISABLE_COPY_MOVE(PostStore)
    explicit PostStore(const Database &database);

    enum class Outcome { Inserted, Updated, Unchanged };

    // Keeps the post when it is new or its version is higher than the stored one. raw is the
    // JSON text to keep (the post as it came, so unknown fields are given back unchanged).
    bool upsert(const Post &post, const QByteArray &raw, Outcome *outcome, QString *error);
    bool upsert(const PostRecord &record, const QByteArray &raw, Outcome *outcome, QString *error);
    // The same, but the post's terms are left to addTerms(), with those of its batch (made by
    // BatchTerms::from() where the batch was prepared): *indexed is where the post goes in the
    // index, untouched when the post is kept unchanged.
    bool upsert(
        const PostRecord &record, const QByteArray &raw, Outcome *outcome, IndexedPost *indexed, QString *error);
    bool addTerms(const BatchTerms &terms, const std::vector<IndexedPost> &posts, QString *error);
    bool addTerms(BatchTerms &&terms, std::vector<IndexedPost> &&posts, QString *error);
    // Stores a local change of a post that exists, whatever its version.
    bool replace(const Post &post, QString *error);
    bool remove(const QString &id, QString *error);
    // Writes the pending part of the search index.
    bool flush(QString *error);

    // *post is empty when there is no such post; false only on a database failure.
    bool find(const QString &id, std::optional<Post> *post, QString *error);
    bool count(qint64 *count, QString *error);
    // Visits every post's JSON text in store order until visit returns false.
    bool forEachRaw(const std::function<bool(const QByteArray &raw)> &visit, QString *error);

private:
    struct Stored
    {
        qint64 localId = -1;
        qint64 version = 0;
        quint32 searchGeneration = 0;
        quint32 searchLength = 0;
    };
    std::optional<Stored> lookup(const QString &id, QString *error);
    // indexed: null to add the post's terms to the index now.
    bool write(
        const Stored &stored, const PostRecord &record, const QByteArray &raw, IndexedPost *indexed, QString *error);
    bool clearRows(qint64 localId, QString *error);

    QSqlDatabase m_db;
    // On SQLite's own handle: an import or a pull runs these for every post.
    SqliteStatement m_find;
    SqliteStatement m_lookup;
    SqliteStatement m_insert;
    SqliteStatement m_update;
    SqliteStatement m_deleteAssignments;
    SqliteStatement m_insertAssignment;
    SqliteStatement m_deleteSupervisions;
    SqliteStatement m_insertSupervision;
    SqliteStatement m_remove;
    SearchIndexWriter m_index;
};

} // namespace bxt
