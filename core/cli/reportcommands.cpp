#include "cli/reportcommands.h"

#include "reports/assessmentreport.h"
#include "reports/quarterlyreport.h"
#include "reports/replyratings.h"
#include "reports/reportdocument.h"
#include "reports/reportexport.h"
#include "store/storefiles.h"
#include "store/writefailure.h"
#include "text/oneline.h"

#include <QSaveFile>

namespace bxt::cli {

namespace {

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

} // namespace

QList<QCommandLineOption> reportOptions()
{
    return {
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
        { QStringLiteral("substance"), Tr::tr("Rating 1-5: detailed, specific, accurate (R19)."), QStringLiteral("n") },
        { QStringLiteral("responsibility"), Tr::tr("Rating 1-5: no evasion, resolved in one reply (R19)."),
            QStringLiteral("n") },
        { QStringLiteral("form"), Tr::tr("Rating 1-5: polite, clear, concise, standard form (R19)."),
            QStringLiteral("n") },
        formatOption(),
        outOption(),
        unitOption(),
    };
}

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

} // namespace bxt::cli
