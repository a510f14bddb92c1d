#include "admin/postimport.h"

#include "admin/adminaudit.h"
#include "db/portaldatabase.h"
#include "domain/post.h"
#include "domain/postlines.h"
#include "feed/postwriter.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThreadPool>
#include <future>
#include <memory>

namespace bxt::portal {

namespace {

// The first reply or supervision id that the post gives twice; the portal keeps them by post and
// id, and numbers the new ones itself.
QString repeatedNestedId(const QJsonObject &post)
{
    QSet<QString> replies;
    for (const QJsonValue &assignment : post.value(QLatin1String("assignments")).toArray()) {
        for (const QJsonValue &reply : assignment.toObject().value(QLatin1String("replies")).toArray()) {
            const QString id = reply.toObject().value(QLatin1String("id")).toString();
            if (replies.contains(id))
                return id;
            replies.insert(id);
        }
    }
    QSet<QString> supervisions;
    for (const QJsonValue &supervision : post.value(QLatin1String("supervisions")).toArray()) {
        const QString id = supervision.toObject().value(QLatin1String("id")).toString();
        if (supervisions.contains(id))
            return id;
        supervisions.insert(id);
    }
    return {};
}

// Lines of the input as they are, and their numbers.
struct ImportChunk
{
    QList<qint64> numbers;
    QByteArray lines;
};

struct WrittenChunk
{
    bool done = false;
    QList<PostWriter::Held> held;
    QString error;
};

WrittenChunk writeChunk(QSqlDatabase &db, const QByteArray &lines)
{
    WrittenChunk written;
    PortalTransaction transaction(db);
    QSqlQuery query(db);
    // A chunk's commit does not wait for the disk: a crash can lose the last chunks, which
    // the same import run again writes; the audit's commit at the end, synchronous, makes the
    // whole import durable before it is reported (the log is written in order).
    if (!transaction.started() || !query.exec(QStringLiteral("SET LOCAL synchronous_commit = off"))) {
        written.error = sqlError(query);
        return written;
    }
    written.done
        = PostWriter(db).writeNewer(lines, &written.held, &written.error) && transaction.commit(&written.error);
    return written;
}

// A connection of its own, opened and used in a thread of its own (a Qt Sql connection belongs
// to the thread that opened it): PostgreSQL writes one chunk on it while the import's connection
// writes the next, each on one core. The chunks' feed rows are numbered in the order their
// transactions reach the numbering, not in line order.
class SecondConnection final
{
public:
    Q_DISABLE_COPY_MOVE(SecondConnection)

    explicit SecondConnection(const QString &connectionString)
        : m_connectionString(connectionString)
    {
        m_thread.setMaxThreadCount(1);
        m_thread.setExpiryTimeout(-1);
    }

    ~SecondConnection()
    {
        m_thread.start([this] { m_database.reset(); });
        m_thread.waitForDone();
    }

    std::future<WrittenChunk> write(const QByteArray &lines)
    {
        auto task = std::make_shared<std::packaged_task<WrittenChunk()>>([this, lines] {
            WrittenChunk written;
            if (!m_database && !(m_database = PortalDatabase::open(m_connectionString, &written.error)))
                return written;
            return writeChunk(m_database->db(), lines);
        });
        std::future<WrittenChunk> result = task->get_future();
        m_thread.start([task] { (*task)(); });
        return result;
    }

private:
    QString m_connectionString;
    std::unique_ptr<PortalDatabase> m_database; // used only in m_thread
    QThreadPool m_thread;
};

} // namespace

PostImport::PostImport(PortalDatabase &database)
    : m_database(database)
{ }

bool PostImport::run(QIODevice &input, QIODevice &skippedOut, PostImportReport *report, QString *error)
{
    if (!input.isSequential()) {
        const qint64 start = input.pos();
        if (!check(input, nullptr, error))
            return false;
        if (!input.seek(start)) {
            *error = tr("Cannot read the input again: %1").arg(input.errorString());
            return false;
        }
        return write(input, skippedOut, report, error) && audit(*report, error);
    }
    QTemporaryFile copy;
    if (!copy.open()) {
        *error = tr("Cannot keep a copy of the input to import: %1").arg(copy.errorString());
        return false;
    }
    if (!check(input, &copy, error))
        return false;
    if (!copy.flush() || !copy.seek(0)) {
        *error = tr("Cannot keep a copy of the input to import: %1").arg(copy.errorString());
        return false;
    }
    return write(copy, skippedOut, report, error) && audit(*report, error);
}

bool PostImport::audit(const PostImportReport &report, QString *error)
{
    return recordAdminAction(m_database, QStringLiteral("import"),
        { { QStringLiteral("written"), report.written }, { QStringLiteral("skipped"), report.skipped } }, error);
}

bool PostImport::check(QIODevice &input, QIODevice *copy, QString *error)
{
    PostLineReader reader(input, false);
    QSet<QString> ids;
    QByteArray line;
    bool tooLong = false;
    qint64 number = 0;
    const auto refuse = [&](const QString &problem) {
        *error = tr("line %1: %2. Nothing was imported.").arg(number).arg(problem);
        return false;
    };
    while (reader.next(&line, &tooLong)) {
        ++number;
        if (tooLong)
            return refuse(postLineTooLong());
        if (copy && copy->write(line) != line.size()) {
            *error = tr("Cannot keep a copy of the input to import: %1").arg(copy->errorString());
            return false;
        }
        const QByteArray text = postLineText(number, line);
        if (text.isEmpty())
            continue;
        QJsonObject post;
        if (const QString problem = checkPostLine(text, &post); !problem.isEmpty())
            return refuse(problem);
        const QString id = Post(post).id();
        if (ids.contains(id))
            return refuse(tr("the post %1 is given twice").arg(id));
        if (const QString nested = repeatedNestedId(post); !nested.isEmpty())
            return refuse(tr("the post %1 gives the id %2 to two replies or two supervisions").arg(id, nested));
        if (const QString problem = PostWriter::problemOf(post); !problem.isEmpty()) {
            *error = tr("line %1: %2 Nothing was imported.").arg(number).arg(problem);
            return false;
        }
        ids.insert(id);
    }
    return true;
}

bool PostImport::write(QIODevice &input, QIODevice &skippedOut, PostImportReport *report, QString *error)
{
    PostLineReader reader(input, false);
    qint64 number = 0;
    const auto readChunk = [&] {
        ImportChunk chunk;
        QByteArray line;
        bool tooLong = false;
        while (chunk.numbers.size() < kChunkPosts && reader.next(&line, &tooLong)) {
            const QByteArray text = postLineText(++number, line);
            if (text.isEmpty())
                continue;
            chunk.lines += text + '\n';
            chunk.numbers.append(number);
        }
        return chunk;
    };
    const auto reported = [&](const ImportChunk &chunk, const WrittenChunk &written) {
        if (!written.done) {
            *error = tr("line %1 and after: %2. The lines before were imported; import the same input again to "
                        "finish.")
                         .arg(chunk.numbers.constFirst())
                         .arg(written.error);
            return false;
        }
        QByteArray skipped;
        for (const PostWriter::Held &post : written.held) {
            skipped += tr("skipped line %1, post %2: the portal holds version %3, the file %4\n")
                           .arg(chunk.numbers.at(post.index))
                           .arg(post.id)
                           .arg(post.heldVersion)
                           .arg(post.givenVersion)
                           .toUtf8();
        }
        report->written += chunk.numbers.size() - written.held.size();
        report->skipped += written.held.size();
        skippedOut.write(skipped);
        return true;
    };
    // Two chunks at a time: the first on the second connection, the next on this one.
    SecondConnection second(m_database.db().connectOptions());
    for (;;) {
        const ImportChunk first = readChunk();
        if (first.numbers.isEmpty())
            return true;
        std::future<WrittenChunk> firstWritten = second.write(first.lines);
        const ImportChunk next = readChunk();
        const WrittenChunk nextWritten
            = next.numbers.isEmpty() ? WrittenChunk { true, {}, {} } : writeChunk(m_database.db(), next.lines);
        if (!reported(first, firstWritten.get()) || !reported(next, nextWritten))
            return false;
    }
}

} // namespace bxt::portal
