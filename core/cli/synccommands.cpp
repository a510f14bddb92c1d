#include "cli/synccommands.h"

#include "actions/localactions.h"
#include "store/currentuserstore.h"
#include "sync/synccontroller.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace bxt::cli {

QList<QCommandLineOption> syncOptions()
{
    return {
        { QStringLiteral("portal"), Tr::tr("The portal's address, e.g. https://portal.example.org/api/v1."),
            QStringLiteral("url") },
        { QStringLiteral("password-stdin"), Tr::tr("Read the portal password from the first line of standard input.") },
        { QStringLiteral("ca-file"), Tr::tr("Trust only the CA certificates in this PEM file."),
            QStringLiteral("pem") },
        { QStringLiteral("allow-http"), Tr::tr("Development only: allow http:// to this computer.") },
    };
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
    if (summary.queuedForNextSync > 0)
        context.print(summary.queuedDuringSyncText());
    if (summary.conflicts > 0)
        return context.fail(Tr::tr("%1 posts are in conflict with the portal, and %2 actions wait for them; choose "
                                   "what to keep in Baixingtan Desk, then sync again")
                                .arg(summary.conflicts)
                                .arg(summary.heldByConflicts));
    return CommandLine::Success;
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

} // namespace bxt::cli
