#include "admin/postimport.h"

#include "admin/adminaudit.h"
#include "db/portaldatabase.h"
#include "db/storabletext.h"
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

// Held by the import that is writing (session level, so across its chunks' transactions).
constexpr int kImportLock = 7173;

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
// to the thread that opened it): PostgreSQL writes one chunk on each of two such connections,
// each on one core, while the import reads the next two. The chunks' feed rows are numbered in
// the order their transactions reach the numbering, not in line order.
class ChunkConnection final
{
public:
    Q_DISABLE_COPY_MOVE(ChunkConnection)

    explicit ChunkConnection(const QString &connectionString)
        : m_connectionString(connectionString)
    {
        m_thread.setMaxThreadCount(1);
        m_thread.setExpiryTimeout(-1);
    }

    ~ChunkConnection()
    {
        m_thread.start([this] { m_database.reset(); });
        m_thread.waitForDone();
    }

    // An empty chunk is written at once.
    std::future<WrittenChunk> write(const QByteArray &lines)
    {
        if (lines.isEmpty()) {
            std::promise<WrittenChunk> nothing;
            nothing.set_value({ true, {}, {} });
            return nothing.get_future();
        }
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

// Why a pair of chunks written at once failed, and what was imported: each commits on its own, so
// one of the two can fail while the other is imported.
QString pairFailed(const QList<QPair<const ImportChunk *, const WrittenChunk *>> &pair)
{
    QStringList sentences;
    const qint64 pairStart = pair.constFirst().first->numbers.constFirst();
    if (pairStart > 1)
        sentences << PostImport::tr("The lines before line %1 were imported.").arg(pairStart);
    for (const auto &[chunk, written] : pair) {
        if (chunk->numbers.isEmpty())
            continue;
        const qint64 from = chunk->numbers.constFirst();
        const qint64 to = chunk->numbers.constLast();
        sentences << (written->done
                ? PostImport::tr("Lines %1 to %2 were imported.").arg(from).arg(to)
                : PostImport::tr("Lines %1 to %2 were not imported: %3.").arg(from).arg(to).arg(written->error));
    }
    sentences << PostImport::tr("Import the same input again to finish.");
    return sentences.join(QLatin1Char(' '));
}

} // namespace

PostImport::PostImport(PortalDatabase &database)
    : m_database(database)
{ }

bool PostImport::run(QIODevice &input, QIODevice &skippedOut, PostImportReport *report, QString *error)
{
    // Written from the copy that was checked, also for a file: a file changed between the two
    // passes would otherwise have lines written that no check read.
    QTemporaryFile copy;
    if (!copy.open()) {
        *error = tr("Cannot keep a copy of the input to import: %1").arg(copy.errorString());
        return false;
    }
    if (!check(input, copy, error))
        return false;
    if (!copy.flush() || !copy.seek(0)) {
        *error = tr("Cannot keep a copy of the input to import: %1").arg(copy.errorString());
        return false;
    }
    return writeAlone(copy, skippedOut, report, error);
}

bool PostImport::writeAlone(QIODevice &checked, QIODevice &skippedOut, PostImportReport *report, QString *error)
{
    // Taken once the input is checked, so that an import still reading its input (a stalled
    // pipe) holds no other off.
    QSqlQuery lock(m_database.db());
    if (!lock.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kImportLock)) || !lock.next()) {
        *error = sqlError(lock);
        return false;
    }
    if (!lock.value(0).toBool()) {
        *error = tr("Another import is writing to this portal's database. Nothing was imported; run this one "
                    "when that one has finished.");
        return false;
    }
    const bool done = write(checked, skippedOut, report, error) && audit(*report, error);
    // Also released when the connection closes, should this fail.
    lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kImportLock));
    return done;
}

bool PostImport::audit(const PostImportReport &report, QString *error)
{
    return recordAdminAction(m_database, QStringLiteral("import"),
        { { QStringLiteral("written"), report.written }, { QStringLiteral("skipped"), report.skipped } }, error);
}

PostImport::CheckedLine PostImport::checkLine(const ReadLine &read)
{
    const auto refused = [&read](const QString &problem) {
        return tr("line %1: %2. Nothing was imported.").arg(read.number).arg(problem);
    };
    CheckedLine checked;
    checked.number = read.number;
    if (read.tooLong) {
        checked.error = refused(postLineTooLong());
        return checked;
    }
    const QByteArray text = postLineText(read.number, read.line);
    if (text.isEmpty())
        return checked;
    QJsonObject post;
    if (const QString problem = checkPostLine(text, &post); !problem.isEmpty()) {
        checked.error = refused(problem);
        return checked;
    }
    if (!isStorable(text, post)) {
        checked.error = refused(tr("the post has the character U+0000 or half of a surrogate pair, which PostgreSQL "
                                   "cannot store"));
        return checked;
    }
    checked.id = Post(post).id();
    if (const QString nested = repeatedNestedId(post); !nested.isEmpty())
        checked.errorUnlessTwice
            = refused(tr("the post %1 gives the id %2 to two replies or two supervisions").arg(checked.id, nested));
    else if (const QString problem = PostWriter::problemOf(post); !problem.isEmpty())
        checked.errorUnlessTwice = tr("line %1: %2 Nothing was imported.").arg(read.number).arg(problem);
    return checked;
}

QList<PostImport::CheckedLine> PostImport::checkLines(const QList<ReadLine> &lines)
{
    QList<CheckedLine> checked;
    checked.reserve(lines.size());
    for (const ReadLine &line : lines)
        checked.append(checkLine(line));
    return checked;
}

bool PostImport::check(QIODevice &input, QIODevice &copy, QString *error)
{
    PostLineReader reader(input, false);
    qint64 number = 0;
    bool copied = true;
    const auto readLines = [&] {
        QList<ReadLine> lines;
        ReadLine read;
        while (copied && lines.size() < kCheckLines && reader.next(&read.line, &read.tooLong)) {
            read.number = ++number;
            copied = read.tooLong || copy.write(read.line) == read.line.size();
            lines.append(read);
        }
        return lines;
    };
    QSet<QString> ids;
    const auto merged = [&](const QList<CheckedLine> &lines) {
        for (const CheckedLine &line : lines) {
            if (!line.error.isEmpty()) {
                *error = line.error;
                return false;
            }
            if (line.id.isEmpty())
                continue;
            if (ids.contains(line.id)) {
                *error = tr("line %1: %2. Nothing was imported.")
                             .arg(line.number)
                             .arg(tr("the post %1 is given twice").arg(line.id));
                return false;
            }
            if (!line.errorUnlessTwice.isEmpty()) {
                *error = line.errorUnlessTwice;
                return false;
            }
            ids.insert(line.id);
        }
        return true;
    };
    // The lines are checked on two cores, two blocks at a time, while the next two are read; their
    // ids are compared in order.
    QList<ReadLine> first = readLines();
    QList<ReadLine> next = readLines();
    while (!first.isEmpty()) {
        std::future<QList<CheckedLine>> firstChecked = std::async(std::launch::async, checkLines, first);
        std::future<QList<CheckedLine>> nextChecked = std::async(std::launch::async, checkLines, next);
        QList<ReadLine> afterFirst = readLines();
        QList<ReadLine> afterNext = readLines();
        if (!merged(firstChecked.get()) || !merged(nextChecked.get()))
            return false;
        first = std::move(afterFirst);
        next = std::move(afterNext);
    }
    if (!copied) {
        *error = tr("Cannot keep a copy of the input to import: %1").arg(copy.errorString());
        return false;
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
    // The skipped lines of a chunk written; false when it failed.
    const auto reported = [&](const ImportChunk &chunk, const WrittenChunk &written) {
        if (!written.done)
            return false;
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
    // Two chunks at a time, each on a connection of its own, while the next two are read.
    ChunkConnection one(m_database.db().connectOptions());
    ChunkConnection two(m_database.db().connectOptions());
    ImportChunk first = readChunk();
    ImportChunk next = readChunk();
    while (!first.numbers.isEmpty()) {
        std::future<WrittenChunk> firstWritten = one.write(first.lines);
        std::future<WrittenChunk> nextWritten = two.write(next.lines);
        ImportChunk afterFirst = readChunk();
        ImportChunk afterNext = readChunk();
        const WrittenChunk firstDone = firstWritten.get();
        const WrittenChunk nextDone = nextWritten.get();
        const bool firstOk = reported(first, firstDone);
        const bool nextOk = reported(next, nextDone);
        if (!firstOk || !nextOk) {
            *error = pairFailed({ { &first, &firstDone }, { &next, &nextDone } });
            return false;
        }
        first = std::move(afterFirst);
        next = std::move(afterNext);
    }
    return true;
}

} // namespace bxt::portal
