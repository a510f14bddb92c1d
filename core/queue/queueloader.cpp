#include "queue/queueloader.h"

#include "store/calendarstore.h"
#include "store/database.h"
#include "store/sqlitestatement.h"
#include "store/unitstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <functional>
#include <sqlite3.h>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QueueLoader)
};

QString failure(const QString &reason)
{
    return Tr::tr("Cannot read the queue from the case store: %1").arg(reason);
}

QString failure(sqlite3 *db)
{
    return failure(QString::fromUtf8(sqlite3_errmsg(db)));
}

enum class ReadResult { Done, Cancelled, Failed };

// Reads posts (local_id, id, title, category, status, submitted_at, views; in local-id order)
// and their assignments (post, unit_id, dispatched_at, status, promise_due; in post order)
// side by side.
ReadResult readRows(sqlite3 *db, const char *postsSql, const char *assignmentsSql,
    const std::function<void(SqliteStatement &)> &bind, QueueIndex *index, const std::atomic_bool *cancel,
    QString *error)
{
    SqliteStatement posts(db, postsSql);
    SqliteStatement assignments(db, assignmentsSql);
    if (bind) {
        bind(posts);
        bind(assignments);
    }
    bool assignmentRow = false;
    bool postRow = false;
    if (!assignments.step(&assignmentRow, error))
        return ReadResult::Failed;
    for (qint64 count = 0;; ++count) {
        if (!posts.step(&postRow, error))
            return ReadResult::Failed;
        if (!postRow)
            return ReadResult::Done;
        if (cancel && (count & 0xFFF) == 0 && cancel->load())
            return ReadResult::Cancelled;
        const qint64 localId = posts.number(0);
        index->appendPost(
            { localId, posts.text(1), posts.text(2), posts.text(3), posts.text(4), posts.number(5), posts.number(6) });
        while (assignmentRow && assignments.number(0) < localId) {
            if (!assignments.step(&assignmentRow, error))
                return ReadResult::Failed;
        }
        while (assignmentRow && assignments.number(0) == localId) {
            index->appendAssignment(
                { assignments.text(1), assignments.text(3), assignments.text(4), assignments.number(2) });
            if (!assignments.step(&assignmentRow, error))
                return ReadResult::Failed;
        }
    }
}

// readRows() in one read transaction, so that posts and assignments agree, unless the
// connection is inside one already. false and *error on a failure; false alone when cancelled.
bool readInto(sqlite3 *db, const char *postsSql, const char *assignmentsSql,
    const std::function<void(SqliteStatement &)> &bind, QueueIndex *index, const std::atomic_bool *cancel,
    QString *error)
{
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = failure(db);
        return false;
    }
    QString reason;
    const ReadResult result = readRows(db, postsSql, assignmentsSql, bind, index, cancel, &reason);
    if (result == ReadResult::Failed)
        *error = failure(reason);
    if (ownTransaction)
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return result == ReadResult::Done;
}

void prepareClocks(QueueIndex *index, const QueueReferenceData &reference)
{
    index->setUnits(reference.units);
    PostClockCalculator clocks(DeadlineCalculator(reference.calendar, reference.rules));
    index->computeClocks(clocks);
}

constexpr char kPostColumns[] = "SELECT local_id, id, title, category, status, submitted_at, views FROM posts ";
constexpr char kAssignmentColumns[] = "SELECT post, unit_id, dispatched_at, status, promise_due FROM assignments ";

} // namespace

bool readQueueReferenceData(const Database &database, QueueReferenceData *reference, QString *error)
{
    const CalendarStore calendars(database);
    return calendars.calendar(&reference->calendar, error) && calendars.deadlineRules(&reference->rules, error)
        && UnitStore(database).all(&reference->units, error);
}

std::unique_ptr<QueueIndex> loadQueueIndex(
    const Database &database, const QueueReferenceData &reference, const std::atomic_bool *cancel, QString *error)
{
    sqlite3 *db = database.nativeHandle();
    if (!db) {
        *error = Tr::tr("The SQLite driver gives no handle to read the queue with.");
        return nullptr;
    }
    auto index = std::make_unique<QueueIndex>();
    {
        SqliteStatement size(db, "SELECT max(local_id) FROM posts");
        bool row = false;
        QString ignored; // the size is a hint only: the read below reports any failure
        if (size.step(&row, &ignored) && row)
            index->reserve(size.number(0));
    }
    const QByteArray posts = QByteArray(kPostColumns) + "ORDER BY local_id";
    const QByteArray assignments = QByteArray(kAssignmentColumns) + "ORDER BY post";
    if (!readInto(db, posts.constData(), assignments.constData(), {}, index.get(), cancel, error))
        return nullptr;
    prepareClocks(index.get(), reference);
    index->setComplete(true);
    return index;
}

std::unique_ptr<QueueIndex> loadNewestPosts(
    const Database &database, const QueueReferenceData &reference, int limit, QString *error)
{
    sqlite3 *db = database.nativeHandle();
    if (!db) {
        *error = Tr::tr("The SQLite driver gives no handle to read the queue with.");
        return nullptr;
    }
    const QByteArray newest = "(SELECT local_id FROM posts ORDER BY submitted_at DESC, local_id DESC LIMIT ?1) ";
    const QByteArray posts = QByteArray(kPostColumns) + "WHERE local_id IN " + newest + "ORDER BY local_id";
    const QByteArray assignments = QByteArray(kAssignmentColumns) + "WHERE post IN " + newest + "ORDER BY post";
    auto index = std::make_unique<QueueIndex>();
    const auto bind = [limit](SqliteStatement &statement) { statement.bind(1, qint64(limit)); };
    if (!readInto(db, posts.constData(), assignments.constData(), bind, index.get(), nullptr, error))
        return nullptr;
    prepareClocks(index.get(), reference);
    return index;
}

bool readQueuePosts(const Database &database, const QStringList &postIds, QueueChanges *changes, QString *error)
{
    sqlite3 *db = database.nativeHandle();
    if (!db) {
        *error = Tr::tr("The SQLite driver gives no handle to read the queue with.");
        return false;
    }
    // One parameter for any number of ids: a JSON array.
    const QString ids
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(postIds)).toJson(QJsonDocument::Compact));
    const QByteArray wanted = "(SELECT value FROM json_each(?1)) ";
    const QByteArray posts = QByteArray(kPostColumns) + "WHERE id IN " + wanted + "ORDER BY local_id";
    const QByteArray assignments = QByteArray(kAssignmentColumns)
        + "WHERE post IN (SELECT local_id FROM posts WHERE id IN " + wanted + ") ORDER BY post";
    changes->posts = std::make_unique<QueueIndex>();
    changes->removedPostIds.clear();
    const auto bind = [&ids](SqliteStatement &statement) { statement.bind(1, ids); };
    if (!readInto(db, posts.constData(), assignments.constData(), bind, changes->posts.get(), nullptr, error))
        return false;
    QSet<QString> found;
    for (quint32 row = 0; row < quint32(changes->posts->size()); ++row)
        found.insert(changes->posts->postId(row));
    for (const QString &id : postIds) {
        if (!found.contains(id) && !changes->removedPostIds.contains(id))
            changes->removedPostIds.append(id);
    }
    return true;
}

} // namespace bxt
