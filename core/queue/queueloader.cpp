#include "queue/queueloader.h"

#include "store/calendarstore.h"
#include "store/database.h"
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

class Statement final
{
public:
    Q_DISABLE_COPY_MOVE(Statement)
    Statement(sqlite3 *db, const char *sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_statement); }

    bool isValid() const { return m_ok; }
    sqlite3_stmt *get() const { return m_statement; }
    QByteArrayView text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
    }
    qint64 number(int column) const { return sqlite3_column_int64(m_statement, column); }

private:
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = false;
};

QString failure(sqlite3 *db)
{
    return Tr::tr("Cannot read the queue from the case store: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
}

// Reads posts (local_id, id, title, category, status, submitted_at, views; in local-id order)
// and their assignments (post, unit_id, dispatched_at, status, promise_due; in post order)
// side by side. Returns SQLITE_DONE when every row was read.
int readRows(sqlite3 *db, const char *postsSql, const char *assignmentsSql,
    const std::function<void(sqlite3_stmt *)> &bind, QueueIndex *index, const std::atomic_bool *cancel)
{
    const Statement posts(db, postsSql);
    const Statement assignments(db, assignmentsSql);
    if (!posts.isValid() || !assignments.isValid())
        return SQLITE_ERROR;
    if (bind) {
        bind(posts.get());
        bind(assignments.get());
    }
    int assignmentStep = sqlite3_step(assignments.get());
    int postStep = SQLITE_ROW;
    for (qint64 count = 0; (postStep = sqlite3_step(posts.get())) == SQLITE_ROW; ++count) {
        if (cancel && (count & 0xFFF) == 0 && cancel->load())
            return SQLITE_INTERRUPT;
        const qint64 localId = posts.number(0);
        index->appendPost(
            { localId, posts.text(1), posts.text(2), posts.text(3), posts.text(4), posts.number(5), posts.number(6) });
        while (assignmentStep == SQLITE_ROW && assignments.number(0) < localId)
            assignmentStep = sqlite3_step(assignments.get());
        while (assignmentStep == SQLITE_ROW && assignments.number(0) == localId) {
            index->appendAssignment(
                { assignments.text(1), assignments.text(3), assignments.text(4), assignments.number(2) });
            assignmentStep = sqlite3_step(assignments.get());
        }
    }
    if (postStep != SQLITE_DONE)
        return postStep;
    return assignmentStep == SQLITE_ROW ? SQLITE_DONE : assignmentStep;
}

// readRows() in one read transaction, so that posts and assignments agree, unless the
// connection is inside one already. false and *error on a failure; false alone when cancelled.
bool readInto(sqlite3 *db, const char *postsSql, const char *assignmentsSql,
    const std::function<void(sqlite3_stmt *)> &bind, QueueIndex *index, const std::atomic_bool *cancel, QString *error)
{
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = failure(db);
        return false;
    }
    const int result = readRows(db, postsSql, assignmentsSql, bind, index, cancel);
    if (result != SQLITE_DONE && result != SQLITE_INTERRUPT)
        *error = failure(db);
    if (ownTransaction)
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return result == SQLITE_DONE;
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
        const Statement size(db, "SELECT max(local_id) FROM posts");
        if (size.isValid() && sqlite3_step(size.get()) == SQLITE_ROW)
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
    const auto bind = [limit](sqlite3_stmt *statement) { sqlite3_bind_int(statement, 1, limit); };
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
    const QByteArray ids = QJsonDocument(QJsonArray::fromStringList(postIds)).toJson(QJsonDocument::Compact);
    const QByteArray wanted = "(SELECT value FROM json_each(?1)) ";
    const QByteArray posts = QByteArray(kPostColumns) + "WHERE id IN " + wanted + "ORDER BY local_id";
    const QByteArray assignments = QByteArray(kAssignmentColumns)
        + "WHERE post IN (SELECT local_id FROM posts WHERE id IN " + wanted + ") ORDER BY post";
    changes->posts = std::make_unique<QueueIndex>();
    changes->removedPostIds.clear();
    const auto bind = [&ids](sqlite3_stmt *statement) {
        sqlite3_bind_text(statement, 1, ids.constData(), int(ids.size()), SQLITE_STATIC);
    };
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
