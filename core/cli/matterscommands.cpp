#include "cli/matterscommands.h"

#include "matters/mattergrouper.h"
#include "reports/reportdocument.h"
#include "reports/reportexport.h"
#include "store/unitstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <limits>

namespace bxt::cli {

QList<QCommandLineOption> mattersOptions()
{
    return {
        { QStringLiteral("from"), Tr::tr("The period's first day, YYYY-MM-DD (China Standard Time)."),
            QStringLiteral("date") },
        { QStringLiteral("to"), Tr::tr("The period's last day, YYYY-MM-DD (China Standard Time)."),
            QStringLiteral("date") },
        { QStringLiteral("top"), Tr::tr("At most this many matters, the best first."), QStringLiteral("n") },
        formatOption(),
    };
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

} // namespace bxt::cli
