#include "cli/commandline.h"

#include "cli/commandcontext.h"
#include "cli/lintcommands.h"
#include "cli/matterscommands.h"
#include "cli/referencecommands.h"
#include "cli/reportcommands.h"
#include "cli/searchcommands.h"
#include "cli/storecommands.h"
#include "cli/synccommands.h"
#include "store/writefailure.h"

#include <QCommandLineParser>
#include <QFileDevice>
#include <cerrno>
#include <functional>

namespace bxt {

using namespace cli;

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    int minArguments;
    int maxArguments;
    QStringList options;
    std::function<int(Context &)> run;
};

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

// The options of every command group and --help, with options allowed after the command.
void setUpParser(QCommandLineParser &parser)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions({
        { QStringLiteral("db"), Tr::tr("The case store file."), QStringLiteral("path"), Database::defaultPath() },
        { QStringLiteral("user"), Tr::tr("Your name in the audit log."), QStringLiteral("name") },
    });
    QStringList names { QStringLiteral("db"), QStringLiteral("user") };
    for (const auto &groupOptions : { storeOptions(), searchOptions(), referenceOptions(), syncOptions(), lintOptions(),
             mattersOptions(), reportOptions() }) {
        for (const QCommandLineOption &option : groupOptions) {
            // Groups share some options (--format, --out, --category, --unit): added once.
            if (names.contains(option.names().first()))
                continue;
            names.append(option.names().first());
            parser.addOption(option);
        }
    }
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
    context.arguments = positional;
    context.dbPath = parser.value(QStringLiteral("db"));
    context.user = parser.value(QStringLiteral("user"));
    if (context.user.isEmpty())
        context.user = qEnvironmentVariable("USER", QStringLiteral("local"));
    return out.finish(context, command->run(context));
}

} // namespace bxt
