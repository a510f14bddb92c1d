#include "cli/storecommands.h"

#include "actions/localactions.h"
#include "demo/syntheticpostgenerator.h"
#include "rules/scopefilter.h"
#include "store/currentuserstore.h"
#include "store/postexporter.h"
#include "store/poststore.h"
#include "store/storebackup.h"
#include "store/storefiles.h"
#include "store/unitstore.h"
#include "store/writefailure.h"
#include "sync/postimporter.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace bxt::cli {

QList<QCommandLineOption> storeOptions()
{
    return {
        { QStringLiteral("skip-bad"), Tr::tr("Report and skip bad lines instead of aborting.") },
        { QStringLiteral("count"), Tr::tr("How many demo posts."), QStringLiteral("n"), QStringLiteral("3000") },
        { QStringLiteral("role"), Tr::tr("The demo user's role: column_staff, liaison, supervisor or leader."),
            QStringLiteral("role"), QStringLiteral("column_staff") },
        formatOption(),
        outOption(),
        unitOption(),
    };
}

int initCommand(Context &context)
{
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Create);
    if (database)
        context.print(Tr::tr("case store ready: %1 (schema %2)").arg(database->path()).arg(database->schemaVersion()));
    return exitCode;
}

int importCommand(Context &context)
{
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Write);
    if (!database)
        return exitCode;
    QString error;
    const QString source = context.arguments.first();
    const Input input = openInput(context, source, &error);
    if (!input.device)
        return context.fail(error);
    PostImporter importer(*database, context.user);
    importer.setSkipBadLines(context.parser.isSet(QStringLiteral("skip-bad")));
    ImportReport report;
    if (!importer.run(*input.device, source, &report, &error))
        return context.fail(error);
    for (const ImportProblem &problem : std::as_const(report.skipped))
        context.err.write(Tr::tr("skipped line %1: %2\n").arg(problem.line).arg(problem.message).toUtf8());
    for (const ImportProblem &problem : std::as_const(report.withheld))
        context.err.write(Tr::tr("not imported, line %1: %2\n").arg(problem.line).arg(problem.message).toUtf8());
    context.print(Tr::tr("imported: %1 new, %2 updated, %3 unchanged (stored version as new or newer), %4 skipped, "
                         "%5 not for this store's user (R10)")
                      .arg(report.inserted)
                      .arg(report.updated)
                      .arg(report.unchanged)
                      .arg(report.skipped.size())
                      .arg(report.withheld.size()));
    if (report.grewAfterLine > 0)
        context.print(Tr::tr("the input grew while it was imported: the lines after line %1 were not checked and not "
                             "imported; import it again to add them")
                          .arg(report.grewAfterLine));
    if (report.removed > 0)
        context.print(Tr::tr("%1 stored posts removed: their imported version is not for this store's user (R10)")
                          .arg(report.removed));
    if (report.contactsStripped > 0)
        context.print(Tr::tr("%1 posts stored without the author's contact, which this store's user may not see (R10)")
                          .arg(report.contactsStripped));
    if (report.withLocalWork > 0)
        context.print(Tr::tr("%1 posts have unsent local actions: the new version is kept under them, as sync does")
                          .arg(report.withLocalWork));
    return CommandLine::Success;
}

int exportCommand(Context &context)
{
    const QString format = context.parser.value(QStringLiteral("format"));
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv"))
        return context.usage(Tr::tr("--format is jsonl or csv"));
    const QString out = context.parser.value(QStringLiteral("out"));
    if (context.parser.isSet(QStringLiteral("out")) && isStoreFile(context.dbPath, out))
        return refuseOverwritingStore(context, out);
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Read);
    if (!database)
        return exitCode;
    QSaveFile file(out);
    QIODevice *output = &context.out;
    if (context.parser.isSet(QStringLiteral("out"))) {
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        output = &file;
    }
    qint64 count = 0;
    QString error;
    const auto kind = format == QLatin1String("csv") ? PostExporter::Format::Csv : PostExporter::Format::JsonLines;
    if (!PostExporter(*database).run(kind, *output, &count, &error))
        return context.fail(error);
    if (output == &file && !commitSaveFile(file, &error))
        return context.fail(Tr::tr("Cannot write %1: %2").arg(file.fileName(), error));
    if (output == &file)
        context.err.write(Tr::tr("exported %1 posts to %2\n").arg(count).arg(file.fileName()).toUtf8());
    return CommandLine::Success;
}

int checkCommand(Context &context)
{
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Read);
    if (!database)
        return exitCode;
    QSqlQuery query(database->connection());
    QStringList problems;
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next()) {
            if (query.value(0).toString() != QLatin1String("ok"))
                problems.append(query.value(0).toString());
        }
    } else {
        problems.append(sqlError(query));
    }
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check")) && query.next())
        problems.append(Tr::tr("a row of %1 points to a missing row").arg(query.value(0).toString()));
    qint64 posts = 0;
    QString error;
    if (!PostStore(*database).count(&posts, &error))
        problems.append(error);
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'search_documents'")) && query.next()
        && query.value(0).toLongLong() != posts)
        problems.append(
            Tr::tr("search index: it counts %1 posts, the store holds %2").arg(query.value(0).toLongLong()).arg(posts));
    context.print(
        Tr::tr("schema version %1 (this program: %2)").arg(database->schemaVersion()).arg(Database::latestVersion()));
    context.print(Tr::tr("posts: %1").arg(posts));
    std::optional<InterruptedImport> interrupted;
    if (!PostImporter::interrupted(*database, &interrupted, &error))
        problems.append(error);
    else if (interrupted)
        context.print(Tr::tr("interrupted import of %1: it stopped after line %2; import the same input again to "
                             "finish it")
                          .arg(interrupted->source)
                          .arg(interrupted->lastLine));
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            context.print(Tr::tr("problem: %1").arg(problem));
        return context.fail(Tr::tr("the case store is damaged; restore a backup"));
    }
    context.print(Tr::tr("integrity: ok"));
    return CommandLine::Success;
}

int backupCommand(Context &context)
{
    if (isStoreFile(context.dbPath, context.arguments.first()))
        return refuseOverwritingStore(context, context.arguments.first());
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Read);
    if (!database)
        return exitCode;
    QString error;
    if (!backupStore(*database, context.arguments.first(), &error))
        return context.fail(error);
    context.print(Tr::tr("backup written to %1").arg(context.arguments.first()));
    return CommandLine::Success;
}

int demoCommand(Context &context)
{
    bool ok = false;
    const int count = context.parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 2000000)
        return context.usage(Tr::tr("--count is a number from 1 to 2000000"));
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Create);
    if (!database)
        return exitCode;
    qint64 stored = 0;
    QString error;
    if (!PostStore(*database).count(&stored, &error))
        return context.fail(error);
    if (stored > 0) {
        context.print(Tr::tr("the case store already holds posts; the demo posts were not added"));
        return CommandLine::Success;
    }
    const QString roleCode = context.parser.value(QStringLiteral("role"));
    const auto role = roleFromCode(roleCode);
    if (!role)
        return context.usage(Tr::tr("--role is column_staff, liaison, supervisor or leader, not \"%1\"").arg(roleCode));
    const QString unitId = *role == Role::Liaison ? context.parser.value(QStringLiteral("unit")) : QString();
    bool knownUnit = false;
    for (const QJsonValue &unit : SyntheticPostGenerator::harbinUnits())
        knownUnit = knownUnit || unit.toObject().value(QLatin1String("id")).toString() == unitId;
    if (*role == Role::Liaison && !knownUnit)
        return context.usage(Tr::tr("a demo liaison needs --unit with the id of a Harbin unit, e.g. x-nangang"));
    const CurrentUser demoUser { { QStringLiteral("demo"), *role, unitId },
        Tr::tr("Demo user (%1)").arg(roleDisplayName(*role)) };
    // What the portal would send this user (R10): a liaison's store never holds a report.
    const ScopeFilter scope(demoUser.actor);
    QByteArray lines;
    // Posts of the last four months, so that the demo shows open, due and overdue work today.
    const int days = 120;
    SyntheticPostGenerator generator(
        20051209, QDateTime::currentDateTimeUtc().addDays(-days), std::max(1, days * 24 * 60 * 9 / (count * 10)));
    generator.setNow(QDateTime::currentDateTimeUtc());
    for (int i = 0; i < count; ++i) {
        QJsonObject post = generator.next();
        bool stripped = false;
        if (scope.apply(&post, &stripped) == ScopeFilter::Verdict::Keep)
            lines += QJsonDocument(post).toJson(QJsonDocument::Compact) + '\n';
    }
    QBuffer buffer(&lines);
    buffer.open(QIODevice::ReadOnly);
    ImportReport report;
    // The units and the demo user first: a demo store without posts can be filled again, one
    // without units cannot work.
    if (!inTransaction(
            *database,
            [&](QString *failure) {
                return UnitStore(*database).replaceAll(SyntheticPostGenerator::harbinUnits(), failure)
                    && CurrentUserStore(*database).save(demoUser, failure);
            },
            &error))
        return context.fail(error);
    if (!PostImporter(*database, context.user).run(buffer, QStringLiteral("demo"), &report, &error))
        return context.fail(error);
    context.print(Tr::tr("demo store ready: %1 posts in %2").arg(report.inserted).arg(database->path()));
    return CommandLine::Success;
}

} // namespace bxt::cli
