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
    QByteArray line;
    bool tooLong = false;
    qint64 number = 0;
    bool more = true;
    while (more) {
        // The lines checked, sent as they are: one JSON array of the chunk's posts.
        QList<qint64> numbers;
        QByteArray posts("[");
        while (numbers.size() < kChunkPosts && (more = reader.next(&line, &tooLong))) {
            const QByteArray text = postLineText(++number, line);
            if (text.isEmpty())
                continue;
            if (!numbers.isEmpty())
                posts += ',';
            posts += text;
            numbers.append(number);
        }
        if (numbers.isEmpty())
            break;
        posts += ']';
        const auto stopped = [&](const QString &problem) {
            *error = tr("line %1 and after: %2. The lines before were imported; import the same input again to "
                        "finish.")
                         .arg(numbers.constFirst())
                         .arg(problem);
            return false;
        };
        PortalTransaction transaction(m_database.db());
        QSqlQuery query(m_database.db());
        // A chunk's commit does not wait for the disk: a crash can lose the last chunks, which
        // the same import run again writes; the audit's commit at the end, synchronous, makes the
        // whole import durable before it is reported (the log is written in order).
        if (!transaction.started() || !query.exec(QStringLiteral("SET LOCAL synchronous_commit = off")))
            return stopped(sqlError(query));
        QList<PostWriter::Held> held;
        QString failure;
        if (!PostWriter(m_database.db()).writeNewer(posts, &held, &failure) || !transaction.commit(&failure))
            return stopped(failure);
        QByteArray skipped;
        for (const PostWriter::Held &post : std::as_const(held)) {
            skipped += tr("skipped line %1, post %2: the portal holds version %3, the file %4\n")
                           .arg(numbers.at(post.index))
                           .arg(post.id)
                           .arg(post.heldVersion)
                           .arg(post.givenVersion)
                           .toUtf8();
        }
        report->written += numbers.size() - held.size();
        report->skipped += held.size();
        skippedOut.write(skipped);
    }
    return true;
}

} // namespace bxt::portal
