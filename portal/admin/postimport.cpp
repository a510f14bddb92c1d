#include "admin/postimport.h"

#include "admin/adminaudit.h"
#include "db/portaldatabase.h"
#include "domain/post.h"
#include "domain/postlines.h"
#include "feed/postwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace bxt::portal {

namespace {

struct ImportLine
{
    qint64 number = 0;
    QJsonObject post;
};

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
        QList<ImportLine> chunk;
        QJsonArray ids;
        while (chunk.size() < kChunkPosts && (more = reader.next(&line, &tooLong))) {
            const QByteArray text = postLineText(++number, line);
            if (text.isEmpty())
                continue;
            const QJsonObject post = QJsonDocument::fromJson(text).object();
            ids.append(post.value(QLatin1String("id")));
            chunk.append({ number, post });
        }
        if (chunk.isEmpty())
            break;
        const auto stopped = [&](const QString &problem) {
            *error = tr("line %1 and after: %2. The lines before were imported; import the same input again to "
                        "finish.")
                         .arg(chunk.constFirst().number)
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
        // Locked, so that an action between this read and the write cannot be overwritten.
        query.prepare(QStringLiteral("SELECT id, version FROM posts"
                                     " WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)) FOR UPDATE"));
        query.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        if (!transaction.started() || !query.exec())
            return stopped(sqlError(query));
        QHash<QString, int> stored;
        while (query.next())
            stored.insert(query.value(0).toString(), query.value(1).toInt());
        QList<QJsonObject> newer;
        newer.reserve(chunk.size());
        QByteArray skipped;
        qint64 skippedCount = 0;
        for (const ImportLine &imported : std::as_const(chunk)) {
            const Post post(imported.post);
            const auto held = stored.constFind(post.id());
            if (held == stored.cend() || *held < post.version()) {
                newer.append(imported.post);
                continue;
            }
            skipped += tr("skipped line %1, post %2: the portal holds version %3, the file %4\n")
                           .arg(imported.number)
                           .arg(post.id())
                           .arg(*held)
                           .arg(post.version())
                           .toUtf8();
            ++skippedCount;
        }
        QString failure;
        if (!PostWriter(m_database.db()).write(newer, &failure) || !transaction.commit(&failure))
            return stopped(failure);
        report->written += newer.size();
        report->skipped += skippedCount;
        skippedOut.write(skipped);
    }
    return true;
}

} // namespace bxt::portal
