#include "sync/postimporter.h"

#include "domain/postlines.h"
#include "rules/scopefilter.h"
#include "search/searchindexmaintenance.h"
#include "store/auditlog.h"
#include "store/currentuserstore.h"
#include "store/database.h"
#include "store/logcheckpointer.h"
#include "store/poststore.h"
#include "sync/localstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostImporter)
};

// The meta key of the import under way: its source and the last line stored. Written with
// every chunk and removed with the last, so that it is only left by an import that stopped.
const QString kProgressKey = QStringLiteral("import_in_progress");

// Batches read ahead for each core.
constexpr int kBatchesAhead = 4;

struct ReadLine
{
    qint64 number;
    QByteArray text;
    bool tooLong;
};

// Tells whether the store pass reads a batch exactly as the check pass did.
std::size_t digestOf(const QList<ReadLine> &lines)
{
    std::size_t digest = 0;
    for (const ReadLine &line : lines)
        digest = qHash(line.text, digest) ^ (line.tooLong ? 1 : 0);
    return digest;
}

// A line made ready on a worker thread: checked, and for storing also scoped and tokenized.
struct PreparedLine
{
    qint64 number = 0;
    QByteArray text; // the JSON text to store
    PostRecord record; // its terms are in the batch's
    qsizetype document = -1; // its place in the batch's terms
    QString problem;
    QString withheld; // why the store's user may not hold the post
    bool stripped = false;
    bool blank = false;
};

struct PreparedBatch
{
    QList<PreparedLine> lines;
    // The check pass's digest of a batch without a bad line: the store pass need not check
    // that batch's lines again while it reads the same bytes.
    std::optional<std::size_t> cleanDigest;
    BatchTerms terms; // of the posts to store
};

PreparedBatch checkLines(QList<ReadLine> lines)
{
    PreparedBatch checked;
    checked.lines.reserve(lines.size());
    const std::size_t digest = digestOf(lines);
    bool clean = true;
    for (ReadLine &line : lines) {
        PreparedLine result;
        result.number = line.number;
        const QByteArray text = postLineText(line.number, std::move(line.text));
        result.blank = !line.tooLong && text.isEmpty();
        QJsonObject post;
        if (line.tooLong)
            result.problem = postLineTooLong();
        else if (!result.blank)
            result.problem = checkPostLine(text, &post);
        clean = clean && result.problem.isEmpty();
        checked.lines.append(result);
    }
    if (clean)
        checked.cleanDigest = digest;
    return checked;
}

// cleanDigests: the check pass's digest of each batch, in input order.
PreparedBatch prepareLines(QList<ReadLine> lines, const std::optional<ScopeFilter> &scope,
    const std::vector<std::optional<std::size_t>> &cleanDigests)
{
    const std::size_t batch = std::size_t((lines.constFirst().number - 1) / PostImporter::kBatchLines);
    const bool checked = batch < cleanDigests.size() && cleanDigests[batch] == digestOf(lines);
    // A checked line whose post is kept whole is read without a QJsonObject, when it can be.
    const bool readDirectly = checked && (!scope || scope->keepsEveryPostWhole());
    PreparedBatch prepared;
    prepared.lines.reserve(lines.size());
    for (ReadLine &line : lines) {
        PreparedLine result;
        result.number = line.number;
        result.text = postLineText(line.number, std::move(line.text));
        result.blank = !line.tooLong && result.text.isEmpty();
        if (readDirectly && !line.tooLong && !result.blank) {
            if (std::optional<PostRecord> record = PostRecord::fromCheckedText(result.text)) {
                result.record = std::move(*record);
                prepared.lines.append(std::move(result));
                continue;
            }
        }
        QJsonObject post;
        if (line.tooLong)
            result.problem = postLineTooLong();
        else if (!result.blank)
            result.problem = checked ? parsePostLine(result.text, &post) : checkPostLine(result.text, &post);
        if (!result.blank && result.problem.isEmpty()) {
            if (scope && scope->apply(&post, &result.stripped, &result.withheld) == ScopeFilter::Verdict::Withhold) {
                result.text.clear();
                const Post view(post);
                result.record.id = view.id();
                result.record.version = view.version();
            } else {
                if (result.stripped)
                    result.text = QJsonDocument(post).toJson(QJsonDocument::Compact);
                result.record = PostRecord::from(Post(post));
            }
        }
        prepared.lines.append(std::move(result));
    }
    std::vector<const DocumentTerms *> documents;
    for (PreparedLine &line : prepared.lines) {
        if (!line.text.isEmpty() && line.problem.isEmpty()) {
            line.document = qsizetype(documents.size());
            documents.push_back(&line.record.terms);
        }
    }
    prepared.terms = BatchTerms::from(documents);
    for (PreparedLine &line : prepared.lines)
        line.record.terms.weights = {};
    return prepared;
}

// Reads batches of lines on this thread while workers prepare the batches before; hands the
// prepared batches to consume in order until it returns false. copy, when given, receives
// every line read, with the same line numbers.
template <typename Prepare, typename Consume>
bool inBatches(PostLineReader &reader, QIODevice *copy, Prepare prepare, Consume consume, QString *error)
{
    qint64 lineNumber = 0;
    bool copyFailed = false;
    const auto readBatch = [&]() {
        QList<ReadLine> lines;
        QByteArray text;
        bool tooLong = false;
        while (lines.size() < PostImporter::kBatchLines && reader.next(&text, &tooLong)) {
            if (copy) {
                const QByteArray copied = tooLong ? QByteArray("\n") : text;
                copyFailed = copyFailed || copy->write(copied) != copied.size();
            }
            lines.append({ ++lineNumber, std::move(text), tooLong });
        }
        return lines;
    };
    // Preparing (parsing, checking, tokenizing) costs more than storing: as many batches are
    // prepared at once as there are cores, and handed on in input order. Batches are read
    // further ahead than that, so that the workers go on while the writer flushes the search
    // index and commits a chunk.
    const int preparing = kBatchesAhead * std::max(2, QThread::idealThreadCount());
    QList<QFuture<PreparedBatch>> ahead;
    const auto readAhead = [&]() {
        while (ahead.size() < preparing && !reader.ended()) {
            QList<ReadLine> lines = readBatch();
            if (lines.isEmpty())
                break;
            ahead.append(QtConcurrent::run(prepare, std::move(lines)));
        }
    };
    readAhead();
    while (!ahead.isEmpty()) {
        PreparedBatch batch = ahead.takeFirst().takeResult();
        readAhead();
        const bool consumed = consume(batch);
        // Freeing a batch's thousands of small blocks is left to a worker: the writer is the
        // slowest stage.
        QThreadPool::globalInstance()->start([freed = std::move(batch)]() {});
        if (!consumed) {
            for (QFuture<PreparedBatch> &future : ahead)
                future.waitForFinished();
            return false;
        }
    }
    if (copyFailed) {
        *error = Tr::tr("Cannot keep a copy of the input to import: %1").arg(copy->errorString());
        return false;
    }
    return true;
}

QString leftScope()
{
    return Tr::tr("An imported version of the post is not for this store's user (R10).");
}

QString stoppedAt(qint64 line, const QString &problem)
{
    return Tr::tr("line %1: %2").arg(line).arg(problem);
}

// A failure of the store pass. storedThrough: the last line of the last chunk committed; the
// chunk under way is rolled back.
QString storeFailure(const QString &problem, qint64 storedThrough)
{
    if (storedThrough == 0)
        return Tr::tr("%1. Nothing was imported; import the same input again.").arg(problem);
    return Tr::tr("%1. Lines 1 to %2 were imported; import the same input again to finish.")
        .arg(problem)
        .arg(storedThrough);
}

} // namespace

PostImporter::PostImporter(Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{ }

bool PostImporter::run(QIODevice &input, const QString &sourceName, ImportReport *report, QString *error)
{
    *report = {};
    // Input that cannot be read twice (a pipe) is checked into a copy, which is then stored.
    std::unique_ptr<QTemporaryFile> copy;
    if (input.isSequential()) {
        copy = std::make_unique<QTemporaryFile>();
        if (!copy->open()) {
            *error = Tr::tr("Cannot keep a copy of the input to import: %1").arg(copy->errorString());
            return false;
        }
    }
    const qint64 start = input.pos();
    CheckedInput checked;
    if (!check(input, copy.get(), report, &checked, error))
        return false;
    QIODevice &again = copy ? static_cast<QIODevice &>(*copy) : input;
    if (!again.seek(copy ? 0 : start)) {
        *error = Tr::tr("Cannot read the input again: %1").arg(again.errorString());
        return false;
    }
    return store(again, sourceName, checked, report, error);
}

bool PostImporter::check(QIODevice &input, QIODevice *copy, ImportReport *report, CheckedInput *checked, QString *error)
{
    PostLineReader reader(input, m_skipBadLines);
    const bool read = inBatches(
        reader, copy, checkLines,
        [&](const PreparedBatch &batch) {
            checked->cleanDigests.push_back(batch.cleanDigest);
            checked->lines = batch.lines.constLast().number;
            for (const PreparedLine &line : batch.lines) {
                if (line.problem.isEmpty())
                    continue;
                if (!m_skipBadLines) {
                    *error = Tr::tr("line %1: %2. Nothing was imported.").arg(line.number).arg(line.problem);
                    return false;
                }
                report->skipped.append({ line.number, line.problem });
            }
            return true;
        },
        error);
    checked->bytes = reader.bytesRead();
    return read;
}

bool PostImporter::store(
    QIODevice &input, const QString &sourceName, const CheckedInput &checked, ImportReport *report, QString *error)
{
    std::optional<CurrentUser> user;
    if (!CurrentUserStore(m_database).load(&user, error))
        return false;
    std::optional<ScopeFilter> scope;
    if (user)
        scope.emplace(user->actor);
    // An earlier import of another source that stopped half way is still to be finished: its
    // report outlives this import (importing that source again ends it).
    std::optional<QString> earlier;
    if (!readMetaText(m_database.connection(), kProgressKey, &earlier, error))
        return false;
    const QString unfinished = earlier
            && QJsonDocument::fromJson(earlier->toUtf8()).object().value(QLatin1String("source")).toString()
                != sourceName
        ? *earlier
        : QString();
    // The chunk being written. The PostStore is made anew for every chunk: other writers may
    // have changed the search index's counters in between.
    std::optional<Transaction> transaction;
    std::optional<PostStore> posts;
    std::optional<LocalState> local;
    QSet<QString> withWork;
    QElapsedTimer chunkTime;
    qint64 storedThrough = 0;
    bool failed = false;
    LogCheckpointer checkpointer(m_database);
    const auto fail = [&](const QString &problem) {
        *error = storeFailure(problem, storedThrough);
        failed = true;
        local.reset();
        posts.reset();
        transaction.reset(); // rolls the chunk back
        return false;
    };
    const auto commit = [&](const QString &progress, qint64 throughLine) {
        if (!posts->flush(error) || !writeMetaText(m_database.connection(), kProgressKey, progress, error))
            return fail(*error);
        local.reset();
        posts.reset();
        if (!transaction->commit())
            return fail(transaction->errorString());
        transaction.reset();
        storedThrough = throughLine;
        // Between two chunks, never inside one.
        if (!SearchIndexMaintenance(m_database).run(error))
            return fail(*error);
        // The workers go on preparing the batches read ahead meanwhile.
        checkpointer.betweenTransactions();
        return true;
    };
    // The lines check() reported as skipped, and no other: a line the input changed since is
    // not stored behind the report's back, nor skipped without a word.
    QSet<qint64> skippedLines;
    for (const ImportProblem &problem : std::as_const(report->skipped))
        skippedLines.insert(problem.line);
    const auto storeLine = [&](const PreparedLine &line, std::vector<IndexedPost> *indexed) {
        if (line.blank || skippedLines.contains(line.number))
            return true;
        if (!line.problem.isEmpty())
            return fail(
                stoppedAt(line.number, Tr::tr("%1 (the input changed while it was imported)").arg(line.problem)));
        if (!line.withheld.isEmpty()) {
            report->withheld.append({ line.number, line.withheld });
            // As in a pull: a stored copy of a post that left the scope goes (R10).
            const QString &id = line.record.id;
            LocalState::Departure departure = LocalState::Departure::Replay;
            if (!local->leaveScope(id, line.record.version, withWork.contains(id), leftScope(), &departure, error))
                return fail(*error);
            if (departure != LocalState::Departure::Replay)
                withWork.remove(id);
            report->removed += departure == LocalState::Departure::Removed ? 1 : 0;
            return true;
        }
        report->contactsStripped += line.stripped ? 1 : 0;
        if (withWork.contains(line.record.id)) {
            ++report->withLocalWork;
            // Rare: parsed again rather than kept for every line of the batches read ahead.
            return local->takePortalPost(Post(QJsonDocument::fromJson(line.text).object()), error) || fail(*error);
        }
        PostStore::Outcome outcome;
        if (!posts->upsert(line.record, line.text, &outcome, &(*indexed)[std::size_t(line.document)], error))
            return fail(stoppedAt(line.number, Tr::tr("cannot store the post: %1").arg(*error)));
        switch (outcome) {
        case PostStore::Outcome::Inserted: ++report->inserted; break;
        case PostStore::Outcome::Updated: ++report->updated; break;
        case PostStore::Outcome::Unchanged: ++report->unchanged; break;
        }
        return true;
    };
    const auto begin = [&]() {
        transaction.emplace(m_database.connection());
        if (!transaction->isActive())
            return fail(transaction->errorString());
        posts.emplace(m_database);
        local.emplace(m_database, *posts);
        withWork.clear();
        chunkTime.start();
        return local->postsWithWork(&withWork, error) || fail(*error);
    };
    qint64 linesRead = 0;
    const auto storeBatch = [&](PreparedBatch &batch) {
        linesRead = batch.lines.constLast().number;
        if (!transaction && !begin())
            return false;
        std::vector<IndexedPost> indexed(batch.terms.documents.size());
        for (const PreparedLine &line : batch.lines) {
            if (!storeLine(line, &indexed))
                return false;
        }
        if (!posts->addTerms(std::move(batch.terms), std::move(indexed), error))
            return fail(*error);
        if (chunkTime.elapsed() < kChunkMilliseconds)
            return true;
        const qint64 last = batch.lines.constLast().number;
        return commit(
            compactJson({ { QStringLiteral("source"), sourceName }, { QStringLiteral("line"), last } }), last);
    };
    const auto prepare = [&scope, &checked](QList<ReadLine> lines) {
        return prepareLines(std::move(lines), scope, checked.cleanDigests);
    };
    // Lines appended after the check pass were never checked: they are left for another import.
    PostLineReader reader(input, m_skipBadLines);
    reader.stopAfter(checked.bytes);
    if (!inBatches(reader, nullptr, prepare, storeBatch, error))
        return failed ? false : fail(*error);
    // A file cut short at a line's end reads as good lines: the checked lines it lost are not
    // dropped without a word.
    if (linesRead < checked.lines) {
        return fail(stoppedAt(linesRead + 1,
            Tr::tr("%1 (the input changed while it was imported)").arg(Tr::tr("the input ends before this line"))));
    }
    if (!input.atEnd())
        report->grewAfterLine = checked.lines;
    const QJsonObject summary { { QStringLiteral("source"), sourceName },
        { QStringLiteral("inserted"), report->inserted }, { QStringLiteral("updated"), report->updated },
        { QStringLiteral("unchanged"), report->unchanged },
        { QStringLiteral("with_local_work"), report->withLocalWork },
        { QStringLiteral("withheld"), report->withheld.size() }, { QStringLiteral("removed"), report->removed },
        { QStringLiteral("contacts_stripped"), report->contactsStripped },
        { QStringLiteral("skipped"), report->skipped.size() } };
    // The last chunk also ends the import: no progress left, and the audit entry.
    if (!transaction && !begin())
        return false;
    if (!AuditLog(m_database).record(m_actor, QStringLiteral("import"), {}, {}, summary, error))
        return fail(*error);
    return commit(unfinished, checked.lines);
}

bool PostImporter::interrupted(const Database &database, std::optional<InterruptedImport> *import, QString *error)
{
    std::optional<QString> progress;
    if (!readMetaText(database.connection(), kProgressKey, &progress, error))
        return false;
    import->reset();
    if (progress) {
        const QJsonObject json = QJsonDocument::fromJson(progress->toUtf8()).object();
        *import = InterruptedImport { json.value(QLatin1String("source")).toString(),
            json.value(QLatin1String("line")).toInteger() };
    }
    return true;
}

} // namespace bxt
