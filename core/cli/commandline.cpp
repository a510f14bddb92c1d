#include "cli/commandline.h"

#include "actions/localactions.h"
#include "calendar/deadlinecalculator.h"
#include "demo/syntheticpostgenerator.h"
#include "domain/post.h"
#include "domain/postvalidator.h"
#include "matters/mattergrouper.h"
#include "replyquality/replylinter.h"
#include "reports/assessmentreport.h"
#include "reports/quarterlyreport.h"
#include "reports/replyratings.h"
#include "reports/reportdocument.h"
#include "reports/reportexport.h"
#include "rules/scopefilter.h"
#include "search/postsearch.h"
#include "store/auditlog.h"
#include "store/calendarstore.h"
#include "store/currentuserstore.h"
#include "store/database.h"
#include "store/postexporter.h"
#include "store/poststore.h"
#include "store/replycheckrulesstore.h"
#include "store/storebackup.h"
#include "store/storefiles.h"
#include "store/unitstore.h"
#include "store/writefailure.h"
#include "sync/postimporter.h"
#include "sync/synccontroller.h"
#include "text/jsonduplicatekeys.h"
#include "text/oneline.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSqlQuery>
#include <cerrno>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

struct Context
{
    QIODevice &in;
    QIODevice &out;
    QIODevice &err;
    const QCommandLineParser &parser;
    QStringList arguments; // after the command name
    QString dbPath;
    QString user;

    void print(const QString &line) const { out.write(line.toUtf8() + '\n'); }
    int fail(const QString &message) const
    {
        err.write(QByteArrayLiteral("baixingtan-cli: ") + message.simplified().toUtf8() + '\n');
        return CommandLine::Failure;
    }
    int usage(const QString &message) const
    {
        fail(message);
        return CommandLine::UsageError;
    }
    std::unique_ptr<Database> openStore(int *exitCode, Database::Access access) const
    {
        QString error;
        auto database = Database::open(dbPath, access, &error);
        if (!database)
            *exitCode = fail(error);
        return database;
    }
};

struct Command
{
    const char *name;
    const char *synopsis;
    int minArguments;
    int maxArguments;
    QStringList options;
    std::function<int(Context &)> run;
};

// FILE, or the command's standard input for "-".
struct Input
{
    std::unique_ptr<QFile> file;
    QIODevice *device = nullptr;
};

Input openInput(const Context &context, const QString &name, QString *error)
{
    Input input;
    if (name == QLatin1String("-")) {
        input.device = &context.in;
        return input;
    }
    input.file = std::make_unique<QFile>(name);
    if (!input.file->open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(name, input.file->errorString());
        return input;
    }
    input.device = input.file.get();
    return input;
}

// The files a command reads whole (a reply, a calendar, rule tables, units) are small: a bigger
// one, or an endless input, is refused before it fills the memory.
constexpr qint64 kMaxWholeInputBytes = 16 * 1024 * 1024;

bool readWholeInput(const Context &context, const QString &name, QByteArray *bytes, QString *error)
{
    const Input input = openInput(context, name, error);
    if (!input.device)
        return false;
    // A pipe gives its data in pieces.
    bytes->clear();
    for (QByteArray piece = input.device->read(kMaxWholeInputBytes + 1); !piece.isEmpty();
         piece = input.device->read(kMaxWholeInputBytes + 1 - bytes->size())) {
        bytes->append(piece);
        if (bytes->size() > kMaxWholeInputBytes)
            break;
    }
    if (bytes->size() > kMaxWholeInputBytes) {
        *error
            = Tr::tr("%1 is larger than %2 MiB, the most this command reads").arg(name).arg(kMaxWholeInputBytes >> 20);
        return false;
    }
    return true;
}

bool readJsonFile(const Context &context, const QString &name, QJsonObject *object, QString *error)
{
    QByteArray bytes;
    if (!readWholeInput(context, name, &bytes, error))
        return false;
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = Tr::tr("%1 is not a JSON object: %2").arg(name, parse.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = Tr::tr("%1 is not a JSON object").arg(name);
        return false;
    }
    // The parser keeps the last of a repeated key; the file would say two things.
    if (const QString duplicate = duplicateJsonKey(bytes); !duplicate.isEmpty()) {
        *error = Tr::tr("%1: given twice").arg(duplicate);
        return false;
    }
    *object = document.object();
    return true;
}

// Writing an output file over the case store or its -wal, -shm or -journal file would replace
// the store: refused before anything is opened.
int refuseOverwritingStore(const Context &context, const QString &path)
{
    return context.fail(Tr::tr("%1 is the case store %2 or one of its files; write to another file. Nothing was "
                               "written.")
                            .arg(path, context.dbPath));
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

int searchCommand(Context &context)
{
    bool ok = false;
    const bool all = context.parser.isSet(QStringLiteral("all"));
    const int limit = all ? 0 : context.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!all && (!ok || limit < 0))
        return context.usage(Tr::tr("--limit is a number, 0 for every hit"));
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Read);
    if (!database)
        return exitCode;
    QString error;
    const auto print = [&context](const SearchHit &hit) {
        context.print(hit.id + QLatin1Char('\t') + asOneLine(hit.title));
        return true;
    };
    if (!PostSearch(*database).search(context.arguments.join(QLatin1Char(' ')), limit, print, &error))
        return context.fail(error);
    return CommandLine::Success;
}

int deadlineCommand(Context &context)
{
    const auto kind = unitKindFromCode(context.parser.value(QStringLiteral("unit-kind")));
    if (!kind)
        return context.usage(Tr::tr("--unit-kind is department or district"));
    const auto category = Categories::fromCode(context.parser.value(QStringLiteral("category")));
    if (!category)
        return context.usage(Tr::tr("--category is one of consultation, appeal, suggestion, commentary, petition, "
                                    "report, multi_department, other"));
    const QDateTime dispatched = parseRfc3339(context.parser.value(QStringLiteral("dispatched")));
    if (!dispatched.isValid())
        return context.usage(Tr::tr("--dispatched is an RFC 3339 time with an offset, e.g. 2025-03-03T10:02:00+08:00"));
    if (!Categories::isDispatchedToUnits(*category))
        return context.fail(Tr::tr("posts of the category %1 (%2) are not dispatched to units, so no unit has a reply "
                                   "deadline for them (R9, R10, R12)")
                                .arg(Categories::code(*category), Categories::chineseName(*category)));
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Read);
    if (!database)
        return exitCode;
    const CalendarStore calendars(*database);
    WorkCalendar calendar;
    DeadlineRules rules;
    QString error;
    if (!calendars.calendar(&calendar, &error) || !calendars.deadlineRules(&rules, &error))
        return context.fail(error);
    const DeadlineCalculator calculator(calendar, rules);
    std::optional<QDate> promiseDue;
    if (context.parser.isSet(QStringLiteral("promise-due"))) {
        const QString text = context.parser.value(QStringLiteral("promise-due"));
        const QDate date = parseDate(text);
        if (!date.isValid())
            return context.fail(Tr::tr("--promise-due \"%1\" is not a date (YYYY-MM-DD)").arg(text));
        if (const QString refused = calculator.checkPromise(*kind, dispatched, date); !refused.isEmpty())
            return context.fail(refused);
        promiseDue = date;
    }
    const Deadlines deadlines = calculator.compute(*kind, dispatched, promiseDue);
    context.print(
        QStringLiteral("{\"first_answer_due\": \"%1\", \"final_due_latest\": \"%2\", "
                       "\"calendar_complete\": %3}")
            .arg(deadlines.firstAnswerDue.toString(Qt::ISODate), deadlines.finalDueLatest.toString(Qt::ISODate),
                deadlines.calendarComplete ? QStringLiteral("true") : QStringLiteral("false")));
    return CommandLine::Success;
}

// What an imported year says about days of the years before and after, and whether that year's
// own calendar keeps its own word on them (R17).
QStringList describeNeighbourDays(const CalendarYear &year, const WorkCalendar &before)
{
    const auto meaning = [](bool off) { return off ? Tr::tr("day off") : Tr::tr("working day"); };
    QStringList lines;
    for (const QDate &day : year.neighbourDays()) {
        const bool off = year.holidays.contains(day);
        const CalendarYear own = before.year(day.year());
        const bool contradicted = off ? own.workdays.contains(day) : own.holidays.contains(day);
        lines.append(contradicted
                ? Tr::tr("  %1: %2, not taken: the calendar of %3 keeps it a %4")
                      .arg(day.toString(Qt::ISODate), meaning(off))
                      .arg(day.year())
                      .arg(meaning(!off))
                : Tr::tr("  %1: %2, taken for %3").arg(day.toString(Qt::ISODate), meaning(off)).arg(day.year()));
    }
    return lines;
}

int calendarCommand(Context &context)
{
    const QString verb = context.arguments.first();
    if (context.arguments.size() != 2 || (verb != QLatin1String("import") && verb != QLatin1String("show")))
        return context.usage(Tr::tr("usage: calendar import FILE | calendar show YEAR"));
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(
        &exitCode, verb == QLatin1String("show") ? Database::Access::Read : Database::Access::Write);
    if (!database)
        return exitCode;
    CalendarStore calendars(*database);
    QString error;
    if (verb == QLatin1String("import")) {
        QJsonObject json;
        CalendarYear year;
        if (!readJsonFile(context, context.arguments.at(1), &json, &error) || !parseCalendarYear(json, &year, &error)
            || !checkNeighbourDays(year, &error))
            return context.fail(Tr::tr("%1: %2. Nothing was imported.").arg(context.arguments.at(1), error));
        if (!year.isPublished())
            return context.fail(Tr::tr("%1 lists no weekday off in %2: the holiday arrangement of %2 is not "
                                       "published yet. Nothing was imported; deadlines in %2 are counted Monday to "
                                       "Friday and marked incomplete (R18).")
                                    .arg(context.arguments.at(1))
                                    .arg(year.year));
        year.source = context.arguments.at(1);
        WorkCalendar before;
        const bool saved = inTransaction(
            *database,
            [&](QString *failure) {
                if (!calendars.calendar(&before, failure))
                    return false;
                const QJsonObject previous
                    = before.hasYear(year.year) ? before.year(year.year).toJson() : QJsonObject();
                return calendars.saveYear(year, failure)
                    && AuditLog(*database).record(
                        context.user, QStringLiteral("calendar_import"), {}, previous, year.toJson(), failure);
            },
            &error);
        if (!saved)
            return context.fail(error);
        context.print(Tr::tr("calendar %1 imported: %2 days off, %3 make-up working days")
                          .arg(year.year)
                          .arg(year.holidays.size())
                          .arg(year.workdays.size()));
        for (const QString &line : describeNeighbourDays(year, before))
            context.print(line);
        return CommandLine::Success;
    }
    bool ok = false;
    const int yearNumber = context.arguments.at(1).toInt(&ok);
    if (!ok)
        return context.usage(Tr::tr("YEAR is a number, e.g. 2026"));
    WorkCalendar calendar;
    if (!calendars.calendar(&calendar, &error))
        return context.fail(error);
    if (!calendar.hasYear(yearNumber))
        return context.fail(Tr::tr("the working-day calendar of %1 is not known (R18); import the State Council's "
                                   "holiday notice with \"calendar import FILE\"")
                                .arg(yearNumber));
    const CalendarYear year = calendar.year(yearNumber);
    QJsonObject json = year.toJson();
    json.insert(QStringLiteral("source"), year.source);
    context.out.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return CommandLine::Success;
}

int rulesCommand(Context &context)
{
    const QString verb = context.arguments.first();
    const bool show = verb == QLatin1String("show") && context.arguments.size() == 1;
    const bool import = verb == QLatin1String("import") && context.arguments.size() == 2;
    if (!show && !import)
        return context.usage(Tr::tr("usage: rules show | rules import FILE"));
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, show ? Database::Access::Read : Database::Access::Write);
    if (!database)
        return exitCode;
    CalendarStore calendars(*database);
    DeadlineRules rules;
    QString error;
    if (show) {
        if (!calendars.deadlineRules(&rules, &error))
            return context.fail(error);
        context.out.write(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    QJsonObject json;
    if (!readJsonFile(context, context.arguments.at(1), &json, &error)
        || !DeadlineRules::fromJson(json, &rules, &error))
        return context.fail(Tr::tr("%1: %2. Nothing was imported.").arg(context.arguments.at(1), error));
    const bool saved = inTransaction(
        *database,
        [&](QString *failure) {
            DeadlineRules before;
            return calendars.deadlineRules(&before, failure) && calendars.saveDeadlineRules(rules, failure)
                && AuditLog(*database).record(
                    context.user, QStringLiteral("rules_import"), {}, before.toJson(), rules.toJson(), failure);
        },
        &error);
    if (!saved)
        return context.fail(error);
    context.print(Tr::tr("deadline rules imported"));
    return CommandLine::Success;
}

// The reply-quality check's patterns and weights (R19); an import is validated whole first.
int replyRulesCommand(Context &context)
{
    const QString verb = context.arguments.first();
    const bool show = verb == QLatin1String("show") && context.arguments.size() == 1;
    const bool import = verb == QLatin1String("import") && context.arguments.size() == 2;
    if (!show && !import)
        return context.usage(Tr::tr("usage: reply-rules show | reply-rules import FILE"));
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, show ? Database::Access::Read : Database::Access::Write);
    if (!database)
        return exitCode;
    ReplyCheckRulesStore store(*database);
    ReplyCheckRules rules;
    QString error;
    if (show) {
        if (!store.load(&rules, &error))
            return context.fail(error);
        context.out.write(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    QJsonObject json;
    if (!readJsonFile(context, context.arguments.at(1), &json, &error)
        || !ReplyCheckRules::fromJson(json, &rules, &error))
        return context.fail(Tr::tr("%1: %2. Nothing was imported.").arg(context.arguments.at(1), error));
    const bool saved = inTransaction(
        *database,
        [&](QString *failure) {
            ReplyCheckRules before;
            return store.load(&before, failure) && store.save(rules, failure)
                && AuditLog(*database).record(
                    context.user, QStringLiteral("reply_rules_import"), {}, before.toJson(), rules.toJson(), failure);
        },
        &error);
    if (!saved)
        return context.fail(error);
    context.print(Tr::tr("reply-check rules imported"));
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

int unitsCommand(Context &context)
{
    if (context.arguments.size() != 2 || context.arguments.first() != QLatin1String("import"))
        return context.usage(Tr::tr("usage: units import FILE"));
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Write);
    if (!database)
        return exitCode;
    QJsonObject json;
    QString error;
    if (!readJsonFile(context, context.arguments.at(1), &json, &error))
        return context.fail(error);
    if (!json.value(QLatin1String("units")).isArray())
        return context.fail(Tr::tr("%1 has no \"units\" list").arg(context.arguments.at(1)));
    const QJsonArray units = json.value(QLatin1String("units")).toArray();
    const bool saved = inTransaction(
        *database,
        [&](QString *failure) {
            return UnitStore(*database).replaceAll(units, failure)
                && AuditLog(*database).record(context.user, QStringLiteral("units_import"), {}, {},
                    { { QStringLiteral("units"), units.size() } }, failure);
        },
        &error);
    if (!saved)
        return context.fail(error);
    context.print(Tr::tr("%1 units imported").arg(units.size()));
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

// Reads portal-api.md's reply body, or plain text with no references when the input is not JSON.
int lintReplyCommand(Context &context)
{
    const QString categoryCode = context.parser.value(QStringLiteral("category"));
    const auto category = Categories::fromCode(categoryCode);
    if (!category)
        return context.usage(
            Tr::tr("--category must be one of the eight category codes, not \"%1\"").arg(categoryCode));
    ReplyContext replyContext;
    replyContext.category = category;
    if (context.parser.isSet(QStringLiteral("kind")))
        replyContext.kind = context.parser.value(QStringLiteral("kind"));
    if (!QStringList { QStringLiteral("initial"), QStringLiteral("final"), QStringLiteral("followup") }.contains(
            replyContext.kind))
        return context.usage(Tr::tr("--kind is initial, final or followup"));
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Read);
    if (!database)
        return exitCode;
    ReplyCheckRules rules;
    QString error;
    if (!ReplyCheckRulesStore(*database).load(&rules, &error))
        return context.fail(error);
    if (context.parser.isSet(QStringLiteral("post"))) {
        const QString postId = context.parser.value(QStringLiteral("post"));
        std::optional<Post> post;
        if (!PostStore(*database).find(postId, &post, &error))
            return context.fail(error);
        if (!post)
            return context.fail(Tr::tr("There is no post %1 in this store.").arg(postId));
        replyContext.postTitle = post->title();
        replyContext.postBody = post->body();
    }
    QByteArray bytes;
    if (!readWholeInput(context, context.parser.value(QStringLiteral("file")), &bytes, &error))
        return context.fail(error);
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
    const QJsonObject reply = parse.error == QJsonParseError::NoError && document.isObject()
        ? document.object()
        : QJsonObject { { QStringLiteral("text"), QString::fromUtf8(bytes) } };
    const QList<ReplyFinding> findings = ReplyLinter(rules).check(reply, replyContext);
    QJsonArray list;
    for (const ReplyFinding &finding : findings)
        list.append(finding.toJson());
    context.out.write(QJsonDocument(list).toJson(QJsonDocument::Compact) + '\n');
    return ReplyLinter::blocks(findings) ? CommandLine::Blocked : CommandLine::Success;
}

int queueCommand(Context &context)
{
    const QString postId = context.arguments.at(0);
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(context.arguments.at(1).toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject())
        return context.usage(Tr::tr("the action is not a JSON object: %1").arg(parse.errorString()));
    if (document.object().contains(QLatin1String("base_version")))
        return context.usage(Tr::tr("leave out base_version: sync fills it in when it sends the action"));
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Write);
    if (!database)
        return exitCode;
    std::optional<CurrentUser> user;
    QString error;
    if (!CurrentUserStore(*database).load(&user, &error))
        return context.fail(error);
    if (!user)
        return context.fail(Tr::tr("nobody has logged in to the portal from this case store yet; run sync first"));
    Post changed;
    if (!LocalActions(*database).perform(user->actor, postId, document.object(), &changed, &error))
        return context.fail(error);
    qint64 waiting = 0;
    if (!Outbox(*database).unansweredCount(&waiting, &error))
        return context.fail(error);
    context.print(Tr::tr("queued %1 on %2 (waiting for sync: %3)")
                      .arg(document.object().value(QLatin1String("type")).toString(), postId)
                      .arg(waiting));
    return CommandLine::Success;
}

int syncCommand(Context &context)
{
    for (const char *required : { "portal", "user" }) {
        if (!context.parser.isSet(QLatin1String(required)))
            return context.usage(Tr::tr("sync needs --%1").arg(QLatin1String(required)));
    }
    SyncSettings settings;
    settings.portalUrl = QUrl(context.parser.value(QStringLiteral("portal")));
    settings.userName = context.parser.value(QStringLiteral("user"));
    settings.caFile = context.parser.value(QStringLiteral("ca-file"));
    settings.allowInsecureLoopback = context.parser.isSet(QStringLiteral("allow-http"));
    const bool passwordGiven = context.parser.isSet(QStringLiteral("password-stdin"));
    QString password;
    if (passwordGiven) {
        QByteArray line = context.in.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        password = QString::fromUtf8(line);
        if (password.isEmpty())
            return context.usage(Tr::tr("--password-stdin: no password on the standard input"));
    }
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Write);
    if (!database)
        return exitCode;
    QNetworkAccessManager network;
    SyncController controller(*database, &network);
    QString error;
    if (!controller.configure(settings, &error))
        return context.usage(error);
    if (passwordGiven)
        controller.setPassword(password, true);
    QObject::connect(&controller, &SyncController::notice, &controller, [&context](const QString &message) {
        context.err.write(QByteArrayLiteral("baixingtan-cli: ") + message.simplified().toUtf8() + '\n');
    });
    QEventLoop loop;
    bool synced = false;
    bool ended = false;
    const auto end = [&]() {
        ended = true;
        loop.quit();
    };
    QObject::connect(&controller, &SyncController::finished, &loop, [&]() {
        synced = true;
        end();
    });
    QObject::connect(&controller, &SyncController::failed, &loop, end);
    controller.synchronize();
    if (!ended)
        loop.exec();
    ended = false;
    QObject::connect(&controller, &SyncController::loggedOut, &loop, end);
    controller.logOut();
    if (!ended)
        loop.exec();
    const SyncSummary summary = controller.lastSummary();
    const QString counts = Tr::tr("pulled %1, pushed %2, conflicts %3, failed %4, withheld %5")
                               .arg(summary.pulled)
                               .arg(summary.pushed)
                               .arg(summary.conflicts)
                               .arg(summary.failed)
                               .arg(summary.withheld);
    if (!synced) {
        const PortalError &problem = controller.lastError();
        if (summary.pulled > 0 || summary.pushed > 0 || summary.failed > 0)
            context.print(Tr::tr("partly synced: %1").arg(counts));
        if (problem.kind == PortalError::Kind::NoPassword)
            return context.fail(describe(problem) + Tr::tr(" Give it with --password-stdin."));
        const bool passes = problem.kind == PortalError::Kind::Network || problem.kind == PortalError::Kind::Timeout
            || problem.kind == PortalError::Kind::Busy
            || (problem.kind == PortalError::Kind::Http && problem.status >= 500);
        return context.fail(describe(problem) + (passes ? Tr::tr(" Run sync again later to resume.") : QString()));
    }
    context.print(Tr::tr("synced: %1").arg(counts));
    if (!summary.inStep())
        return context.fail(Tr::tr("%1 posts are in conflict with the portal, and %2 actions wait for them; choose "
                                   "what to keep in Baixingtan Desk, then sync again")
                                .arg(summary.conflicts)
                                .arg(summary.pending));
    return CommandLine::Success;
}

// A number option within bounds; nullopt (and the usage message) otherwise.
std::optional<int> numberOption(const Context &context, const char *name, int low, int high)
{
    bool ok = false;
    const int value = context.parser.value(QLatin1String(name)).toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

int writeReport(Context &context, const ReportDocument &document)
{
    const auto format = ReportExport::formatFromName(context.parser.value(QStringLiteral("format")));
    if (!format)
        return context.usage(Tr::tr("--format is html, pdf or csv"));
    QSaveFile file(context.parser.value(QStringLiteral("out")));
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    if (!ReportExport::write(document, *format, &file, &error))
        return context.fail(error);
    if (!commitSaveFile(file, &error))
        return context.fail(Tr::tr("Cannot write %1: %2").arg(file.fileName(), error));
    context.err.write(Tr::tr("report written to %1\n").arg(file.fileName()).toUtf8());
    return CommandLine::Success;
}

constexpr char kReportSynopsis[]
    = "report quarterly --year Y --quarter Q --format html|pdf|csv --out FILE | "
      "report assessment --year Y --format html|pdf|csv --out FILE | "
      "report weights [--lint W] [--ratings W] [--satisfaction W] | report sample --year Y [--per-unit N] | "
      "report rate POST_ID REPLY_ID --unit ID --substance N --responsibility N --form N --user NAME";

// R21 quarterly report, R23 annual assessment, its weights, and the ratings of sampled replies.
int reportCommand(Context &context)
{
    const QString verb = context.arguments.first();
    const auto year = numberOption(context, "year", 2000, 2200);
    const QStringList verbs { QStringLiteral("quarterly"), QStringLiteral("assessment"), QStringLiteral("weights"),
        QStringLiteral("sample"), QStringLiteral("rate") };
    if (!verbs.contains(verb) || (verb == QLatin1String("rate")) != (context.arguments.size() == 3)
        || (verb != QLatin1String("rate") && context.arguments.size() != 1))
        return context.usage(Tr::tr("usage: baixingtan-cli %1").arg(QLatin1String(kReportSynopsis)));
    const bool writes = verb == QLatin1String("quarterly") || verb == QLatin1String("assessment");
    if ((writes || verb == QLatin1String("sample")) && !year)
        return context.usage(Tr::tr("--year is a year from 2000 to 2200"));
    const auto quarter = numberOption(context, "quarter", 1, 4);
    if (verb == QLatin1String("quarterly") && !quarter)
        return context.usage(Tr::tr("--quarter is 1, 2, 3 or 4"));
    if (writes && !ReportExport::formatFromName(context.parser.value(QStringLiteral("format"))))
        return context.usage(Tr::tr("--format is html, pdf or csv"));
    if (writes && !context.parser.isSet(QStringLiteral("out")))
        return context.usage(Tr::tr("--out FILE is needed: where to write the report"));
    if (writes && isStoreFile(context.dbPath, context.parser.value(QStringLiteral("out"))))
        return refuseOverwritingStore(context, context.parser.value(QStringLiteral("out")));
    AssessmentWeights weights;
    const bool setWeights = context.parser.isSet(QStringLiteral("lint"))
        || context.parser.isSet(QStringLiteral("ratings")) || context.parser.isSet(QStringLiteral("satisfaction"));
    const auto perUnit = numberOption(context, "per-unit", 1, 1000);
    if (verb == QLatin1String("sample") && !perUnit)
        return context.usage(Tr::tr("--per-unit is a number from 1 to 1000"));
    ReplyRating rating;
    if (verb == QLatin1String("rate")) {
        const auto substance = numberOption(context, "substance", 1, 5);
        const auto responsibility = numberOption(context, "responsibility", 1, 5);
        const auto form = numberOption(context, "form", 1, 5);
        if (!substance || !responsibility || !form)
            return context.usage(Tr::tr("--substance, --responsibility and --form are each rated from 1 to 5 (R19)"));
        // The rater is the --user given: never blank, never the login name put in for a missing one.
        if (!context.parser.isSet(QStringLiteral("unit"))
            || context.parser.value(QStringLiteral("user")).trimmed().isEmpty())
            return context.usage(Tr::tr("rate needs --unit ID and --user NAME (the rater)"));
        rating = { context.arguments.at(1), context.arguments.at(2), context.parser.value(QStringLiteral("unit")),
            context.user, QDateTime::currentDateTimeUtc(), *substance, *responsibility, *form, {} };
    }
    const bool writesStore = verb == QLatin1String("rate") || (verb == QLatin1String("weights") && setWeights);
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, writesStore ? Database::Access::Write : Database::Access::Read);
    if (!database)
        return exitCode;
    QString error;
    if (verb == QLatin1String("weights")) {
        if (!AssessmentWeights::load(*database, &weights, &error))
            return context.fail(error);
        if (setWeights) {
            for (const auto &[name, weight] : { std::pair { "lint", &weights.lint },
                     std::pair { "ratings", &weights.ratings }, std::pair { "satisfaction", &weights.satisfaction } }) {
                if (!context.parser.isSet(QLatin1String(name)))
                    continue;
                bool ok = false;
                *weight = context.parser.value(QLatin1String(name)).toDouble(&ok);
                if (!ok || *weight < 0)
                    return context.usage(Tr::tr("--%1 is a weight of 0 or more").arg(QLatin1String(name)));
            }
            if (!weights.isValid())
                return context.usage(Tr::tr("the weights cannot all be 0"));
            if (!weights.save(*database, &error))
                return context.fail(error);
        }
        context.print(QStringLiteral("lint %1\nratings %2\nsatisfaction %3")
                          .arg(weights.lint)
                          .arg(weights.ratings)
                          .arg(weights.satisfaction));
        return CommandLine::Success;
    }
    if (verb == QLatin1String("sample")) {
        QList<SampledReply> sample;
        if (!sampleReplies(*database, *ReportPeriod::year(*year), *perUnit, &sample, &error))
            return context.fail(error);
        for (const SampledReply &reply : std::as_const(sample))
            context.print(reply.unitId + QLatin1Char('\t') + reply.postId + QLatin1Char('\t') + reply.replyId
                + QLatin1Char('\t') + asOneLine(reply.text).simplified());
        return CommandLine::Success;
    }
    if (verb == QLatin1String("rate")) {
        if (!ReplyRatingStore(*database).add(rating, &error))
            return context.fail(error);
        context.print(Tr::tr("rating of %1 stored").arg(rating.replyId));
        return CommandLine::Success;
    }
    if (verb == QLatin1String("quarterly")) {
        QuarterlyReport report;
        if (!QuarterlyReportBuilder(*database).build(*ReportPeriod::quarter(*year, *quarter), &report, &error))
            return context.fail(error);
        return writeReport(context, ReportDocument::quarterly(report));
    }
    AssessmentReport report;
    if (!AssessmentReportBuilder(*database).build(*ReportPeriod::year(*year), &report, &error))
        return context.fail(error);
    return writeReport(context, ReportDocument::assessment(report));
}

// R22: the key issues of a period, best first, as JSON or CSV.
int mattersCommand(Context &context)
{
    const QDate from = QDate::fromString(context.parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(context.parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return context.usage(Tr::tr("--from and --to are dates, YYYY-MM-DD"));
    if (to < from)
        return context.usage(Tr::tr("--to is not before --from"));
    const auto top = context.parser.isSet(QStringLiteral("top")) ? numberOption(context, "top", 1, 100000)
                                                                 : std::optional<int>(std::numeric_limits<int>::max());
    if (!top)
        return context.usage(Tr::tr("--top is a number from 1 to 100000"));
    const QString format = context.parser.isSet(QStringLiteral("format"))
        ? context.parser.value(QStringLiteral("format"))
        : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return context.usage(Tr::tr("--format is json or csv"));
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, Database::Access::Read);
    if (!database)
        return exitCode;
    QString error;
    QHash<QString, Unit> units;
    if (!UnitStore(*database).all(&units, &error))
        return context.fail(error);
    MatterGrouping grouping;
    if (!MatterGrouper(*database, units).group(from, to, &grouping, &error))
        return context.fail(error);

    const qsizetype count = std::min<qsizetype>(*top, grouping.matters.size());
    QJsonArray matters;
    ReportDocument table;
    table.table.keys = { QStringLiteral("rank"), QStringLiteral("title"), QStringLiteral("district"),
        QStringLiteral("post_ids"), QStringLiteral("score") };
    for (qsizetype i = 0; i < count; ++i) {
        const Matter &matter = grouping.matters.at(i);
        QStringList ids;
        for (const quint32 member : matter.members)
            ids.append(grouping.post(member).id);
        const QString district = grouping.placeName(matter);
        const double score = std::round(matter.score * 10000) / 10000;
        matters.append(
            QJsonObject { { QStringLiteral("rank"), int(i + 1) }, { QStringLiteral("title"), grouping.title(matter) },
                { QStringLiteral("district"), district.isEmpty() ? QJsonValue() : QJsonValue(district) },
                { QStringLiteral("post_ids"), QJsonArray::fromStringList(ids) }, { QStringLiteral("score"), score } });
        table.table.rows.append({ QString::number(i + 1), grouping.title(matter), district, ids.join(QLatin1Char(' ')),
            QString::number(score) });
    }
    if (format == QLatin1String("csv"))
        context.out.write(ReportExport::csv(table));
    else
        context.out.write(
            QJsonDocument(QJsonObject { { QStringLiteral("matters"), matters } }).toJson(QJsonDocument::Indented));
    return CommandLine::Success;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        { "init", "init", 0, 0, {}, initCommand },
        { "import", "import FILE|- [--skip-bad]", 1, 1, { QStringLiteral("skip-bad") }, importCommand },
        { "export", "export [--format jsonl|csv] [--out FILE]", 0, 0,
            { QStringLiteral("format"), QStringLiteral("out") }, exportCommand },
        { "search", "search QUERY [--limit N | --all]", 1, 64, { QStringLiteral("limit"), QStringLiteral("all") },
            searchCommand },
        { "deadline",
            "deadline --unit-kind department|district --category CODE --dispatched RFC3339 [--promise-due DATE]", 0, 0,
            { QStringLiteral("unit-kind"), QStringLiteral("category"), QStringLiteral("dispatched"),
                QStringLiteral("promise-due") },
            deadlineCommand },
        { "calendar", "calendar import FILE | calendar show YEAR", 1, 2, {}, calendarCommand },
        { "rules", "rules show | rules import FILE", 1, 2, {}, rulesCommand },
        { "reply-rules", "reply-rules show | reply-rules import FILE", 1, 2, {}, replyRulesCommand },
        { "check", "check", 0, 0, {}, checkCommand },
        { "backup", "backup DEST", 1, 1, {}, backupCommand },
        { "units", "units import FILE", 2, 2, {}, unitsCommand },
        { "demo", "demo [--count N] [--role ROLE [--unit ID]]", 0, 0,
            { QStringLiteral("count"), QStringLiteral("role"), QStringLiteral("unit") }, demoCommand },
        { "queue", "queue POST_ID JSON", 2, 2, {}, queueCommand },
        { "sync", "sync --portal URL --user NAME [--password-stdin] [--ca-file PEM] [--allow-http]", 0, 0,
            { QStringLiteral("portal"), QStringLiteral("password-stdin"), QStringLiteral("ca-file"),
                QStringLiteral("allow-http") },
            syncCommand },
        { "lint-reply", "lint-reply --category CODE [--kind KIND] [--file FILE|-] [--post POST_ID]", 0, 0,
            { QStringLiteral("category"), QStringLiteral("kind"), QStringLiteral("file"), QStringLiteral("post") },
            lintReplyCommand },
        { "matters", "matters --from YYYY-MM-DD --to YYYY-MM-DD [--top N] [--format json|csv]", 0, 0,
            { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("top"), QStringLiteral("format") },
            mattersCommand },
        { "report", kReportSynopsis, 1, 3,
            { QStringLiteral("year"), QStringLiteral("quarter"), QStringLiteral("format"), QStringLiteral("out"),
                QStringLiteral("lint"), QStringLiteral("ratings"), QStringLiteral("satisfaction"),
                QStringLiteral("per-unit"), QStringLiteral("unit"), QStringLiteral("substance"),
                QStringLiteral("responsibility"), QStringLiteral("form") },
            reportCommand },
    };
    return list;
}

QString usageText()
{
    QString text = Tr::tr("usage: baixingtan-cli [--db PATH] [--user NAME] COMMAND ...\ncommands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  ") + QString::fromLatin1(command.synopsis) + QLatin1Char('\n');
    return text;
}

// The options of every command and --help, with options allowed after the command.
void setUpParser(QCommandLineParser &parser)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QList<QCommandLineOption> options = {
        { QStringLiteral("db"), Tr::tr("The case store file."), QStringLiteral("path"), Database::defaultPath() },
        { QStringLiteral("user"), Tr::tr("Your name in the audit log."), QStringLiteral("name") },
        { QStringLiteral("skip-bad"), Tr::tr("Report and skip bad lines instead of aborting.") },
        { QStringLiteral("format"), Tr::tr("jsonl or csv; for a report html, pdf or csv; for matters json or csv."),
            QStringLiteral("format"), QStringLiteral("jsonl") },
        { QStringLiteral("out"), Tr::tr("Write to this file."), QStringLiteral("file") },
        { QStringLiteral("limit"), Tr::tr("At most this many hits; 0 for every hit."), QStringLiteral("n"),
            QStringLiteral("20") },
        { QStringLiteral("all"), Tr::tr("Every hit, printed as it is found.") },
        { QStringLiteral("unit-kind"), Tr::tr("department or district."), QStringLiteral("kind") },
        { QStringLiteral("category"), Tr::tr("The post's category code."), QStringLiteral("code") },
        { QStringLiteral("dispatched"), Tr::tr("When the post was dispatched (RFC 3339)."), QStringLiteral("time") },
        { QStringLiteral("promise-due"), Tr::tr("The promised reply date."), QStringLiteral("date") },
        { QStringLiteral("count"), Tr::tr("How many demo posts."), QStringLiteral("n"), QStringLiteral("3000") },
        { QStringLiteral("portal"), Tr::tr("The portal's address, e.g. https://portal.example.org/api/v1."),
            QStringLiteral("url") },
        { QStringLiteral("password-stdin"), Tr::tr("Read the portal password from the first line of standard input.") },
        { QStringLiteral("ca-file"), Tr::tr("Trust only the CA certificates in this PEM file."),
            QStringLiteral("pem") },
        { QStringLiteral("allow-http"), Tr::tr("Development only: allow http:// to this computer.") },
        { QStringLiteral("kind"), Tr::tr("The kind of reply: initial, final or followup."), QStringLiteral("kind") },
        { QStringLiteral("file"), Tr::tr("Read from this file; - for standard input."), QStringLiteral("file"),
            QStringLiteral("-") },
        { QStringLiteral("post"), Tr::tr("The post the reply answers: its title and body are the matter (R19)."),
            QStringLiteral("id") },
        { QStringLiteral("year"), Tr::tr("The report's year."), QStringLiteral("year") },
        { QStringLiteral("quarter"), Tr::tr("The report's quarter, 1 to 4."), QStringLiteral("q") },
        { QStringLiteral("lint"), Tr::tr("Assessment weight of the reply-quality check's findings (default 0.3)."),
            QStringLiteral("w") },
        { QStringLiteral("ratings"),
            Tr::tr("Assessment weight of supervisors' ratings of sampled replies (default 0.4)."),
            QStringLiteral("w") },
        { QStringLiteral("satisfaction"), Tr::tr("Assessment weight of the authors' satisfaction (default 0.3)."),
            QStringLiteral("w") },
        { QStringLiteral("per-unit"), Tr::tr("Replies to sample per unit."), QStringLiteral("n"), QStringLiteral("5") },
        { QStringLiteral("from"), Tr::tr("The period's first day, YYYY-MM-DD (China Standard Time)."),
            QStringLiteral("date") },
        { QStringLiteral("to"), Tr::tr("The period's last day, YYYY-MM-DD (China Standard Time)."),
            QStringLiteral("date") },
        { QStringLiteral("top"), Tr::tr("At most this many matters, the best first."), QStringLiteral("n") },
        { QStringLiteral("unit"), Tr::tr("A unit's id: the rated reply's unit, or the demo liaison's."),
            QStringLiteral("id") },
        { QStringLiteral("role"), Tr::tr("The demo user's role: column_staff, liaison, supervisor or leader."),
            QStringLiteral("role"), QStringLiteral("column_staff") },
        { QStringLiteral("substance"), Tr::tr("Rating 1-5: detailed, specific, accurate (R19)."), QStringLiteral("n") },
        { QStringLiteral("responsibility"), Tr::tr("Rating 1-5: no evasion, resolved in one reply (R19)."),
            QStringLiteral("n") },
        { QStringLiteral("form"), Tr::tr("Rating 1-5: polite, clear, concise, standard form (R19)."),
            QStringLiteral("n") },
    };
    parser.addOptions(options);
    parser.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show this help.") });
}

// The output as the commands write it: a short write (a full disk) is remembered with the
// system's reason, so that the command fails instead of leaving a cut output behind.
class CheckedOutput : public QIODevice
{
public:
    explicit CheckedOutput(QIODevice &target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    // The command's exit code, or a failure when not all of its output reached the target.
    int finish(const Context &context, int exitCode)
    {
        auto *file = qobject_cast<QFileDevice *>(&m_target);
        if (m_reason.isEmpty() && file && !file->flush())
            m_reason = writeFailureReason(*file, errno);
        return m_reason.isEmpty() ? exitCode : context.fail(Tr::tr("Cannot write the output: %1").arg(m_reason));
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 written = m_target.write(data, size);
        if (written != size && m_reason.isEmpty())
            m_reason = writeFailureReason(m_target, errno);
        return written;
    }

private:
    QIODevice &m_target;
    QString m_reason;
};

} // namespace

CommandLine::CommandLine(QIODevice &in, QIODevice &out, QIODevice &err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{ }

bool CommandLine::needsGuiApplication(const QStringList &arguments)
{
    // The command is the first positional argument of the parse run() makes, so the word report
    // as an option's value or a command's argument does not count.
    QCommandLineParser parser;
    setUpParser(parser);
    return parser.parse(QStringList { QStringLiteral("baixingtan-cli") } + arguments)
        && parser.positionalArguments().value(0) == QLatin1String("report");
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);

    CheckedOutput out(m_out);
    Context context { m_in, out, m_err, parser, {}, {}, {} };
    if (!parser.parse(QStringList { QStringLiteral("baixingtan-cli") } + arguments))
        return context.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out.write(usageText().toUtf8());
        return out.finish(context, Success);
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usage(Tr::tr("no command given; try --help"));
    const QString name = positional.takeFirst();
    const auto command = std::find_if(
        commands().begin(), commands().end(), [&name](const Command &c) { return name == QLatin1String(c.name); });
    if (command == commands().end())
        return context.usage(Tr::tr("unknown command \"%1\"; try --help").arg(name));
    for (const QString &option : parser.optionNames()) {
        const bool global = option == QLatin1String("db") || option == QLatin1String("user");
        if (!global && !command->options.contains(option))
            return context.usage(
                Tr::tr("%1 does not take --%2; usage: %3").arg(name, option, QString::fromLatin1(command->synopsis)));
    }
    if (positional.size() < command->minArguments || positional.size() > command->maxArguments)
        return context.usage(Tr::tr("usage: baixingtan-cli %1").arg(QString::fromLatin1(command->synopsis)));
    if (name == QLatin1String("lint-reply") && !parser.isSet(QStringLiteral("category")))
        return context.usage(Tr::tr("lint-reply needs --category"));
    if (name == QLatin1String("deadline")) {
        for (const char *required : { "unit-kind", "category", "dispatched" }) {
            if (!parser.isSet(QLatin1String(required)))
                return context.usage(Tr::tr("deadline needs --%1").arg(QLatin1String(required)));
        }
    }
    context.arguments = positional;
    context.dbPath = parser.value(QStringLiteral("db"));
    context.user = parser.value(QStringLiteral("user"));
    if (context.user.isEmpty())
        context.user = qEnvironmentVariable("USER", QStringLiteral("local"));
    return out.finish(context, command->run(context));
}

} // namespace bxt
