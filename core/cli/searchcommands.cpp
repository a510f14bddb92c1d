#include "cli/searchcommands.h"

#include "search/postsearch.h"
#include "text/oneline.h"

namespace bxt::cli {

QList<QCommandLineOption> searchOptions()
{
    return {
        { QStringLiteral("limit"), Tr::tr("At most this many hits; 0 for every hit."), QStringLiteral("n"),
            QStringLiteral("20") },
        { QStringLiteral("all"), Tr::tr("Every hit, printed as it is found.") },
    };
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

} // namespace bxt::cli
