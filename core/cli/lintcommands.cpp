#include "cli/lintcommands.h"

#include "actions/localactions.h"
#include "replyquality/replylinter.h"
#include "store/poststore.h"
#include "store/replycheckrulesstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bxt::cli {

QList<QCommandLineOption> lintOptions()
{
    return {
        { QStringLiteral("kind"), Tr::tr("The kind of reply: initial, final or followup."), QStringLiteral("kind") },
        { QStringLiteral("file"), Tr::tr("Read from this file; - for standard input."), QStringLiteral("file"),
            QStringLiteral("-") },
        { QStringLiteral("post"), Tr::tr("The post the reply answers: its title and body are the matter (R19)."),
            QStringLiteral("id") },
        categoryOption(),
    };
}

// Reads portal-api.md's reply body, or plain text with no references when the input is not JSON.
int lintReplyCommand(Context &context)
{
    if (!context.parser.isSet(QStringLiteral("category")))
        return context.usage(Tr::tr("lint-reply needs --category"));
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
    QString error;
    const std::optional<ReplyLinter> linter = ReplyCheckRulesStore(*database).linter(&error);
    if (!linter)
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
    const QList<ReplyFinding> findings = linter->check(reply, replyContext);
    QJsonArray list;
    for (const ReplyFinding &finding : findings)
        list.append(finding.toJson());
    context.out.write(QJsonDocument(list).toJson(QJsonDocument::Compact) + '\n');
    return ReplyLinter::blocks(findings) ? CommandLine::Blocked : CommandLine::Success;
}

} // namespace bxt::cli
