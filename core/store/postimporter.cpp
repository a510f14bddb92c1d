#include "store/postimporter.h"

#include "domain/postvalidator.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/poststore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostImporter)
};

// Reads lines of at most limit bytes into one buffer allocated once (QIODevice::readLine(n)
// would allocate n bytes for every line).
class LineReader final
{
public:
    Q_DISABLE_COPY_MOVE(LineReader)
    LineReader(QIODevice &input, qint64 limit) : m_input(input), m_limit(limit), m_buffer(limit + 2, Qt::Uninitialized)
    {
    }

    // The next line without its end; *tooLong when it did not fit (the rest is skipped).
    QByteArray next(bool *tooLong)
    {
        const qint64 read = m_input.readLine(m_buffer.data(), m_limit + 2);
        QByteArray line(m_buffer.constData(), std::max<qint64>(read, 0));
        *tooLong = (line.endsWith('\n') ? line.size() - 1 : line.size()) > m_limit;
        while (*tooLong && !line.endsWith('\n') && !m_input.atEnd()) {
            const qint64 more = m_input.readLine(m_buffer.data(), m_limit + 2);
            line = QByteArray(m_buffer.constData(), std::max<qint64>(more, 0));
        }
        return line;
    }

private:
    QIODevice &m_input;
    qint64 m_limit;
    QByteArray m_buffer;
};

QString jsonProblem(const QJsonParseError &parse)
{
    if (parse.error == QJsonParseError::IllegalUTF8String)
        return Tr::tr("the text is not valid UTF-8 (at byte %1)").arg(parse.offset);
    return Tr::tr("not valid JSON: %1 (at byte %2)").arg(parse.errorString()).arg(parse.offset);
}

// A line made ready for the store on a worker thread: parsed, checked and tokenized.
struct PreparedLine
{
    qint64 number = 0;
    QByteArray text;
    PostRecord record;
    QString problem;
    bool blank = false;
};

struct ReadLine
{
    qint64 number;
    QByteArray text;
    bool tooLong;
};

QList<PreparedLine> prepareLines(const QList<ReadLine> &lines)
{
    QList<PreparedLine> prepared;
    prepared.reserve(lines.size());
    for (const ReadLine &line : lines) {
        PreparedLine result;
        result.number = line.number;
        if (line.tooLong) {
            result.problem = Tr::tr("the line is longer than %1 MiB").arg(PostImporter::kMaxLineBytes / (1024 * 1024));
            prepared.append(result);
            continue;
        }
        result.text = line.text.trimmed();
        result.blank = result.text.isEmpty();
        if (!result.blank) {
            QJsonParseError parse;
            const QJsonDocument document = QJsonDocument::fromJson(result.text, &parse);
            if (parse.error != QJsonParseError::NoError)
                result.problem = jsonProblem(parse);
            else if (!document.isObject())
                result.problem = Tr::tr("the line is not a JSON object");
            else
                result.problem = validatePost(document.object());
            if (result.problem.isEmpty())
                result.record = PostRecord::from(Post(document.object()));
        }
        prepared.append(result);
    }
    return prepared;
}

} // namespace

PostImporter::PostImporter(Database &database, QString actor) : m_database(database), m_actor(std::move(actor)) { }

bool PostImporter::run(QIODevice &input, const QString &sourceName, ImportReport *report, QString *error)
{
    *report = {};
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    PostStore store(m_database);
    LineReader reader(input, kMaxLineBytes);
    qint64 lineNumber = 0;
    const auto readBatch = [&]() {
        QList<ReadLine> lines;
        while (lines.size() < kBatchLines && !input.atEnd()) {
            bool tooLong = false;
            QByteArray text = reader.next(&tooLong);
            lines.append({++lineNumber, std::move(text), tooLong});
        }
        return lines;
    };
    // While this thread stores one batch, a worker prepares the next.
    QFuture<QList<PreparedLine>> next = QtConcurrent::run(prepareLines, readBatch());
    while (true) {
        const QList<PreparedLine> batch = next.result();
        if (batch.isEmpty())
            break;
        next = QtConcurrent::run(prepareLines, readBatch());
        for (const PreparedLine &line : batch) {
            if (line.blank)
                continue;
            if (!line.problem.isEmpty()) {
                if (!m_skipBadLines) {
                    *error = Tr::tr("line %1: %2. Nothing was imported.").arg(line.number).arg(line.problem);
                    next.waitForFinished();
                    return false;
                }
                report->skipped.append({line.number, line.problem});
                continue;
            }
            PostStore::Outcome outcome;
            if (!store.upsert(line.record, line.text, &outcome, error)) {
                *error = Tr::tr("line %1: cannot store the post: %2. Nothing was imported.")
                                 .arg(line.number)
                                 .arg(*error);
                next.waitForFinished();
                return false;
            }
            switch (outcome) {
            case PostStore::Outcome::Inserted: ++report->inserted; break;
            case PostStore::Outcome::Updated: ++report->updated; break;
            case PostStore::Outcome::Unchanged: ++report->unchanged; break;
            }
        }
    }
    const QJsonObject summary{{QStringLiteral("source"), sourceName},
                              {QStringLiteral("inserted"), report->inserted},
                              {QStringLiteral("updated"), report->updated},
                              {QStringLiteral("unchanged"), report->unchanged},
                              {QStringLiteral("skipped"), report->skipped.size()}};
    if (!store.flush(error) || !AuditLog(m_database).record(m_actor, QStringLiteral("import"), {}, {}, summary, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace bxt
