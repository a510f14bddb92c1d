#include "store/postimporter.h"

#include "domain/postvalidator.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/poststore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostImporter)
};

// Reads one line of at most limit bytes; *tooLong when the line did not fit.
QByteArray readLine(QIODevice &input, qint64 limit, bool *tooLong)
{
    // readLine(n) returns at most n - 1 bytes: room for one byte more than the limit.
    QByteArray line = input.readLine(limit + 2);
    *tooLong = (line.endsWith('\n') ? line.size() - 1 : line.size()) > limit;
    if (*tooLong) {
        while (!input.atEnd() && !line.endsWith('\n'))
            line = input.readLine(1024 * 1024);
    }
    return line;
}

QString jsonProblem(const QJsonParseError &parse)
{
    if (parse.error == QJsonParseError::IllegalUTF8String)
        return Tr::tr("the text is not valid UTF-8 (at byte %1)").arg(parse.offset);
    return Tr::tr("not valid JSON: %1 (at byte %2)").arg(parse.errorString()).arg(parse.offset);
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
    qint64 lineNumber = 0;
    while (!input.atEnd()) {
        ++lineNumber;
        bool tooLong = false;
        QByteArray line = readLine(input, kMaxLineBytes, &tooLong);
        QString problem;
        Post post;
        if (tooLong) {
            problem = Tr::tr("the line is longer than %1 MiB").arg(kMaxLineBytes / (1024 * 1024));
        } else {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parse;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parse);
            if (parse.error != QJsonParseError::NoError)
                problem = jsonProblem(parse);
            else if (!document.isObject())
                problem = Tr::tr("the line is not a JSON object");
            else
                problem = validatePost(document.object());
            post = Post(document.object());
        }
        if (!problem.isEmpty()) {
            if (!m_skipBadLines) {
                *error = Tr::tr("line %1: %2. Nothing was imported.").arg(lineNumber).arg(problem);
                return false;
            }
            report->skipped.append({lineNumber, problem});
            continue;
        }
        PostStore::Outcome outcome;
        if (!store.upsert(post, line, &outcome, error)) {
            *error = Tr::tr("line %1: cannot store the post: %2. Nothing was imported.").arg(lineNumber).arg(*error);
            return false;
        }
        switch (outcome) {
        case PostStore::Outcome::Inserted: ++report->inserted; break;
        case PostStore::Outcome::Updated: ++report->updated; break;
        case PostStore::Outcome::Unchanged: ++report->unchanged; break;
        }
    }
    const QJsonObject summary{{QStringLiteral("source"), sourceName},
                              {QStringLiteral("inserted"), report->inserted},
                              {QStringLiteral("updated"), report->updated},
                              {QStringLiteral("unchanged"), report->unchanged},
                              {QStringLiteral("skipped"), report->skipped.size()}};
    if (!AuditLog(m_database).record(m_actor, QStringLiteral("import"), {}, {}, summary, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace bxt
