#include "store/postexporter.h"

#include "domain/post.h"
#include "store/database.h"
#include "store/poststore.h"
#include "store/writefailure.h"
#include "text/csvwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <cerrno>

namespace bxt {

namespace {

QByteArray csvLine(const Post &post)
{
    QStringList units;
    for (const QJsonValue &assignment : post.assignments())
        units.append(assignment.toObject().value(QLatin1String("unit_id")).toString());
    const auto category = post.category();
    return Csv::row({ post.id(), QString::number(post.version()), post.categoryCode(),
        category ? Categories::chineseName(*category) : QString(), post.status(),
        post.json().value(QLatin1String("submitted_at")).toString(), post.title(), post.authorAlias(),
        units.join(QLatin1Char(';')), QString::number(post.views()),
        post.json().value(QLatin1String("satisfaction")).toString() });
}

} // namespace

PostExporter::PostExporter(Database &database)
    : m_database(database)
{ }

bool PostExporter::run(Format format, QIODevice &output, qint64 *count, QString *error)
{
    *count = 0;
    if (format == Format::Csv) {
        output.write(Csv::row({ QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("category"),
            QStringLiteral("category_name"), QStringLiteral("status"), QStringLiteral("submitted_at"),
            QStringLiteral("title"), QStringLiteral("author"), QStringLiteral("units"), QStringLiteral("views"),
            QStringLiteral("satisfaction") }));
    }
    bool writeFailed = false;
    int systemError = 0;
    PostStore store(m_database);
    const bool read = store.forEachRaw(
        [&](const QByteArray &raw) {
            const QByteArray line
                = format == Format::JsonLines ? raw + '\n' : csvLine(Post(QJsonDocument::fromJson(raw).object()));
            writeFailed = output.write(line) != line.size();
            if (writeFailed)
                systemError = errno;
            ++*count;
            return !writeFailed;
        },
        error);
    if (writeFailed) {
        *error = QCoreApplication::translate("PostExporter", "Cannot write the export: %1")
                     .arg(writeFailureReason(output, systemError));
        return false;
    }
    return read;
}

} // namespace bxt
