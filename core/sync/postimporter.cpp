#include "sync/postimporter.h"

#include "domain/postvalidator.h"
#include "rules/scopefilter.h"
#include "search/searchindexmaintenance.h"
#include "store/auditlog.h"
#include "store/currentuserstore.h"
#include "store/database.h"
#include "store/poststore.h"
#include "sync/localstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QThread>
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

// Reads lines of at most limit bytes into one buffer allocated once (QIODevice::readLine(n)
// would allocate n bytes for every line). The end is where a read gives nothing: atEnd() is
// true on a pipe before its first read.
class LineReader final
{
public:
    Q_DISABLE_COPY_MOVE(LineReader)
    // skipTooLong: the rest of a line too long is skipped and reading goes on; otherwise that
    // line is the last one read (the rest may never end, as on /dev/zero).
    LineReader(QIODevice &input, qint64 limit, bool skipTooLong)
        : m_input(input)
        , m_limit(limit)
        , m_skipTooLong(skipTooLong)
        , m_buffer(limit + 2, Qt::Uninitialized)
    { }

    // The next line, false at the end; *tooLong when it did not fit.
    bool next(QByteArray *line, bool *tooLong)
    {
        const qint64 read = m_ended ? 0 : m_input.readLine(m_buffer.data(), m_limit + 2);
        if (read <= 0) {
            m_ended = true;
            return false;
        }
        *line = QByteArray(m_buffer.constData(), read);
        *tooLong = (line->endsWith('\n') ? line->size() - 1 : line->size()) > m_limit;
        m_ended = *tooLong && !m_skipTooLong;
        while (*tooLong && m_skipTooLong && !line->endsWith('\n')) {
            const qint64 more = m_input.readLine(m_buffer.data(), m_limit + 2);
            if (more <= 0)
                break;
            *line = QByteArray(m_buffer.constData(), more);
        }
        return true;
    }

    bool ended() const { return m_ended; }

private:
    QIODevice &m_input;
    qint64 m_limit;
    bool m_skipTooLong;
    bool m_ended = false;
    QByteArray m_buffer;
};

QString jsonProblem(const QJsonParseError &parse)
{
    if (parse.error == QJsonParseError::IllegalUTF8String)
        return Tr::tr("the text is not valid UTF-8 (at byte %1)").arg(parse.offset);
    return Tr::tr("not valid JSON: %1 (at byte %2)").arg(parse.errorString()).arg(parse.offset);
}

QString tooLongProblem()
{
    return Tr::tr("the line is longer than %1 MiB").arg(PostImporter::kMaxLineBytes / (1024 * 1024));
}

struct ReadLine
{
    qint64 number;
    QByteArray text;
    bool tooLong;
};

// A byte order mark marks the encoding of a whole file: dropped before the first line, refused
// before any other, where it would be stored and exported as the start of the post.
const QByteArray kByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

// The line without its end and surrounding blanks, and without the file's byte order mark.
QByteArray lineText(const ReadLine &line)
{
    const QByteArray text = line.text.trimmed();
    return line.number == 1 && text.startsWith(kByteOrderMark) ? text.sliced(kByteOrderMark.size()).trimmed() : text;
}

// Parses one line; *post is the object when the answer is empty.
QString parseLine(const QByteArray &text, QJsonObject *post)
{
    if (text.startsWith(kByteOrderMark))
        return Tr::tr("a byte order mark (U+FEFF) at the start of the line; only the first line of a file may "
                      "have one");
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parse);
    if (parse.error != QJsonParseError::NoError)
        return jsonProblem(parse);
    if (!document.isObject())
        return Tr::tr("the line is not a JSON object");
    *post = document.object();
    return {};
}

// Parses and checks one line; *post is the object when the answer is empty.
QString checkLine(const QByteArray &text, QJsonObject *post)
{
    if (QString problem = parseLine(text, post); !problem.isEmpty())
        return problem;
    if (QString problem = validatePostText(text); !problem.isEmpty())
        return problem;
    return validatePost(*post);
}

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
    QJsonObject post; // parsed from text, kept for a post with local work
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

PreparedBatch checkLines(const QList<ReadLine> &lines)
{
    PreparedBatch checked;
    checked.lines.reserve(lines.size());
    bool clean = true;
    for (const ReadLine &line : lines) {
        PreparedLine result;
        result.number = line.number;
        const QByteArray text = lineText(line);
        result.blank = !line.tooLong && text.isEmpty();
        QJsonObject post;
        if (line.tooLong)
            result.problem = tooLongProblem();
        else if (!result.blank)
            result.problem = checkLine(text, &post);
        clean = clean && result.problem.isEmpty();
        checked.lines.append(result);
    }
    if (clean)
        checked.cleanDigest = digestOf(lines);
    return checked;
}

// cleanDigests: the check pass's digest of each batch, in input order.
PreparedBatch prepareLines(const QList<ReadLine> &lines, const std::optional<ScopeFilter> &scope,
    const std::vector<std::optional<std::size_t>> &cleanDigests)
{
    const std::size_t batch = std::size_t((lines.constFirst().number - 1) / PostImporter::kBatchLines);
    const bool checked = batch < cleanDigests.size() && cleanDigests[batch] == digestOf(lines);
    PreparedBatch prepared;
    prepared.lines.reserve(lines.size());
    for (const ReadLine &line : lines) {
        PreparedLine result;
        result.number = line.number;
        result.text = lineText(line);
        result.blank = !line.tooLong && result.text.isEmpty();
        QJsonObject &post = result.post;
        if (line.tooLong)
            result.problem = tooLongProblem();
        else if (!result.blank)
            result.problem = checked ? parseLine(result.text, &post) : checkLine(result.text, &post);
        if (!result.blank && result.problem.isEmpty()) {
            if (scope && scope->apply(&post, &result.stripped, &result.withheld) == ScopeFilter::Verdict::Withhold) {
                result.text.clear();
                const Post view(post);
                result.record.id = view.id();
                result.record.version = view.version();
                post = {};
            } else {
                if (result.stripped)
                    result.text = QJsonDocument(post).toJson(QJsonDocument::Compact);
                result.record = PostRecord::from(Post(post));
            }
        }
        prepared.lines.append(result);
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
bool inBatches(QIODevice &input, bool skipTooLong, QIODevice *copy, Prepare prepare, Consume consume, QString *error)
{
    LineReader reader(input, PostImporter::kMaxLineBytes, skipTooLong);
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
    // prepared at once as there are cores, and handed on in input order.
    const int preparing = std::max(2, QThread::idealThreadCount());
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
        const PreparedBatch batch = ahead.takeFirst().result();
        readAhead();
        if (!consume(batch)) {
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
    return Tr::tr("line %1: %2. The lines before it were imported; import the same input again to finish.")
        .arg(line)
        .arg(problem);
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
    std::vector<std::optional<std::size_t>> cleanDigests;
    if (!check(input, copy.get(), report, &cleanDigests, error))
        return false;
    QIODevice &checked = copy ? static_cast<QIODevice &>(*copy) : input;
    if (!checked.seek(copy ? 0 : start)) {
        *error = Tr::tr("Cannot read the input again: %1").arg(checked.errorString());
        return false;
    }
    return store(checked, sourceName, cleanDigests, report, error);
}

bool PostImporter::check(QIODevice &input, QIODevice *copy, ImportReport *report,
    std::vector<std::optional<std::size_t>> *cleanDigests, QString *error)
{
    return inBatches(
        input, m_skipBadLines, copy, checkLines,
        [&](const PreparedBatch &batch) {
            cleanDigests->push_back(batch.cleanDigest);
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
}

bool PostImporter::store(QIODevice &input, const QString &sourceName,
    const std::vector<std::optional<std::size_t>> &cleanDigests, ImportReport *report, QString *error)
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
    const auto fail = [&](const QString &message) {
        *error = message;
        local.reset();
        posts.reset();
        transaction.reset(); // rolls the chunk back
        return false;
    };
    const auto commit = [&](const QString &progress) {
        if (!posts->flush(error) || !writeMetaText(m_database.connection(), kProgressKey, progress, error))
            return fail(*error);
        local.reset();
        posts.reset();
        if (!transaction->commit())
            return fail(transaction->errorString());
        transaction.reset();
        // Between two chunks, never inside one.
        return SearchIndexMaintenance(m_database).run(error);
    };
    const auto storeLine = [&](const PreparedLine &line, std::vector<IndexedPost> *indexed) {
        if (line.blank || (!line.problem.isEmpty() && m_skipBadLines))
            return true; // a bad line was reported by check()
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
            return local->takePortalPost(Post(line.post), error) || fail(*error);
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
    const auto storeBatch = [&](const PreparedBatch &batch) {
        if (!transaction && !begin())
            return false;
        std::vector<IndexedPost> indexed(batch.terms.documents.size());
        for (const PreparedLine &line : batch.lines) {
            if (!storeLine(line, &indexed))
                return false;
        }
        if (!posts->addTerms(batch.terms, indexed, error))
            return fail(*error);
        if (chunkTime.elapsed() < kChunkMilliseconds)
            return true;
        return commit(compactJson(
            { { QStringLiteral("source"), sourceName }, { QStringLiteral("line"), batch.lines.constLast().number } }));
    };
    const auto prepare
        = [&scope, &cleanDigests](const QList<ReadLine> &lines) { return prepareLines(lines, scope, cleanDigests); };
    if (!inBatches(input, m_skipBadLines, nullptr, prepare, storeBatch, error))
        return false;
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
    return commit(unfinished);
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
