#include "cli/referencecommands.h"

#include "calendar/deadlinecalculator.h"
#include "domain/post.h"
#include "store/auditlog.h"
#include "store/calendarstore.h"
#include "store/replycheckrulesstore.h"
#include "store/unitstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bxt::cli {

namespace {

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

} // namespace

QList<QCommandLineOption> referenceOptions()
{
    return {
        { QStringLiteral("unit-kind"), Tr::tr("department or district."), QStringLiteral("kind") },
        { QStringLiteral("dispatched"), Tr::tr("When the post was dispatched (RFC 3339)."), QStringLiteral("time") },
        { QStringLiteral("promise-due"), Tr::tr("The promised reply date."), QStringLiteral("date") },
        categoryOption(),
    };
}

int deadlineCommand(Context &context)
{
    for (const char *required : { "unit-kind", "category", "dispatched" }) {
        if (!context.parser.isSet(QLatin1String(required)))
            return context.usage(Tr::tr("deadline needs --%1").arg(QLatin1String(required)));
    }
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

namespace {

// `show` prints a set of rules as JSON; `import FILE` replaces it, whole or not at all, with an
// audit entry. Store reads and saves the set in the case store; Rules reads itself from JSON.
template <typename Rules, typename Store>
int showOrImportRules(Context &context, const QString &usage, const QString &auditAction, const QString &imported)
{
    const QString verb = context.arguments.first();
    const bool show = verb == QLatin1String("show") && context.arguments.size() == 1;
    const bool import = verb == QLatin1String("import") && context.arguments.size() == 2;
    if (!show && !import)
        return context.usage(usage);
    int exitCode = CommandLine::Success;
    const auto database = context.openStore(&exitCode, show ? Database::Access::Read : Database::Access::Write);
    if (!database)
        return exitCode;
    Store store(*database);
    Rules rules;
    QString error;
    if (show) {
        if (!store.load(&rules, &error))
            return context.fail(error);
        context.out.write(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    QJsonObject json;
    if (!readJsonFile(context, context.arguments.at(1), &json, &error) || !Rules::fromJson(json, &rules, &error))
        return context.fail(Tr::tr("%1: %2. Nothing was imported.").arg(context.arguments.at(1), error));
    const bool saved = inTransaction(
        *database,
        [&](QString *failure) {
            Rules before;
            return store.load(&before, failure) && store.save(rules, failure)
                && AuditLog(*database).record(context.user, auditAction, {}, before.toJson(), rules.toJson(), failure);
        },
        &error);
    if (!saved)
        return context.fail(error);
    context.print(imported);
    return CommandLine::Success;
}

// The deadline table as the rules command reads and saves it.
class DeadlineRulesStore final
{
public:
    explicit DeadlineRulesStore(Database &database)
        : m_calendars(database)
    { }
    bool load(DeadlineRules *rules, QString *error) const { return m_calendars.deadlineRules(rules, error); }
    bool save(const DeadlineRules &rules, QString *error) { return m_calendars.saveDeadlineRules(rules, error); }

private:
    CalendarStore m_calendars;
};

} // namespace

int rulesCommand(Context &context)
{
    return showOrImportRules<DeadlineRules, DeadlineRulesStore>(context,
        Tr::tr("usage: rules show | rules import FILE"), QStringLiteral("rules_import"),
        Tr::tr("deadline rules imported"));
}

// The reply-quality check's patterns and weights (R19); an import is validated whole first.
int replyRulesCommand(Context &context)
{
    return showOrImportRules<ReplyCheckRules, ReplyCheckRulesStore>(context,
        Tr::tr("usage: reply-rules show | reply-rules import FILE"), QStringLiteral("reply_rules_import"),
        Tr::tr("reply-check rules imported"));
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

} // namespace bxt::cli
