// The reply-quality check (R19) against replies labelled by hand: reads the gzipped JSON Lines
// corpus of portal POST objects and a labels file (id<TAB>ok|advise|block<TAB>reason), runs the
// check on each labelled post's final reply against the post, and prints the counts and the
// precision and recall of blocking (positive: label block) and of flagging (block or advice;
// positive: label advise or block). Targets: block precision >= 0.9, flag recall >= 0.7.
//
//   build/tests/eval/eval_replyquality ../shared/data/wenzheng-dev.jsonl.gz
//       tests/eval/data/replyquality-labels.tsv [--verbose] [--rules FILE]

#include "evalsupport.h"

#include "domain/post.h"
#include "replyquality/replylinter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace bxt;

namespace {

enum class Verdict { Ok, Advise, Block };

const char *verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok: return "ok";
    case Verdict::Advise: return "advise";
    case Verdict::Block: return "block";
    }
    return "";
}

std::optional<Verdict> verdictFromName(const QString &name)
{
    for (const Verdict verdict : { Verdict::Ok, Verdict::Advise, Verdict::Block }) {
        if (name == QLatin1String(verdictName(verdict)))
            return verdict;
    }
    return std::nullopt;
}

struct Label
{
    QString id;
    Verdict verdict;
};

bool readLabels(const QString &path, QList<Label> *labels, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QSet<QString> seen;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const auto verdict = fields.size() >= 2 ? verdictFromName(fields.at(1)) : std::nullopt;
        if (!verdict) {
            *error = QStringLiteral("%1:%2: not id<TAB>ok|advise|block<TAB>reason").arg(path).arg(lineNumber);
            return false;
        }
        if (seen.contains(fields.at(0))) {
            *error = QStringLiteral("%1:%2: %3 is labelled twice").arg(path).arg(lineNumber).arg(fields.at(0));
            return false;
        }
        seen.insert(fields.at(0));
        labels->append({ fields.at(0), *verdict });
    }
    return true;
}

// The final reply of the post's first assignment that has one, with what the check needs.
struct Case
{
    QJsonObject reply;
    ReplyContext context;
};

std::optional<Case> finalReplyCase(const QJsonObject &object)
{
    const Post post(object);
    for (const QJsonValue &assignment : object.value(QLatin1String("assignments")).toArray()) {
        const QJsonArray replies = assignment.toObject().value(QLatin1String("replies")).toArray();
        for (qsizetype i = replies.size() - 1; i >= 0; --i) {
            const QJsonObject reply = replies.at(i).toObject();
            if (reply.value(QLatin1String("kind")).toString() != QLatin1String("final"))
                continue;
            Case found { reply, {} };
            found.context.category = post.category();
            found.context.kind = QStringLiteral("final");
            found.context.postTitle = post.title();
            found.context.postBody = post.body();
            for (qsizetype j = 0; j < i; ++j)
                found.context.earlierReplies.append(replies.at(j));
            return found;
        }
    }
    return std::nullopt;
}

QString ratio(qint64 numerator, qint64 denominator)
{
    return denominator > 0 ? QString::number(double(numerator) / denominator, 'f', 3) : QStringLiteral("n/a");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Evaluates the reply-quality check (R19) against labels."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("gzipped JSON Lines of portal posts"));
    parser.addPositionalArgument(QStringLiteral("labels"), QStringLiteral("id<TAB>ok|advise|block<TAB>reason"));
    parser.addOption(
        { QStringLiteral("verbose"), QStringLiteral("List the ids where the check and the label differ.") });
    parser.addOption({ QStringLiteral("rules"),
        QStringLiteral("Reply-check rules to use instead of the built-in ones."), QStringLiteral("file") });
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2) {
        err << parser.helpText();
        return 2;
    }

    ReplyCheckRules rules = ReplyCheckRules::builtIn();
    QString error;
    if (parser.isSet(QStringLiteral("rules"))) {
        const QString path = parser.value(QStringLiteral("rules"));
        QJsonObject json;
        if (!eval::readJson(path, &json, &error) || !ReplyCheckRules::fromJson(json, &rules, &error)) {
            err << "eval_replyquality: " << path << ": " << error << '\n';
            return 1;
        }
    }
    QList<Label> labels;
    QByteArray corpus;
    if (!readLabels(parser.positionalArguments().at(1), &labels, &error)
        || !eval::readCorpus(parser.positionalArguments().at(0), &corpus, &error)) {
        err << "eval_replyquality: " << error << '\n';
        return 1;
    }
    QHash<QString, Verdict> wanted;
    for (const Label &label : std::as_const(labels))
        wanted.insert(label.id, label.verdict);

    const ReplyLinter linter(rules);
    QHash<QString, Verdict> predicted;
    QHash<QString, QStringList> families;
    for (const QByteArray &line : corpus.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString id = object.value(QLatin1String("id")).toString();
        if (!wanted.contains(id))
            continue;
        const auto found = finalReplyCase(object);
        if (!found)
            continue;
        const QList<ReplyFinding> findings = linter.check(found->reply, found->context);
        predicted.insert(id,
            ReplyLinter::blocks(findings) ? Verdict::Block
                : findings.isEmpty()      ? Verdict::Ok
                                          : Verdict::Advise);
        for (const ReplyFinding &finding : findings)
            families[id].append(finding.family);
    }

    qint64 confusion[3][3] = {};
    qint64 missing = 0;
    QStringList disagreements;
    for (const Label &label : std::as_const(labels)) {
        const auto it = predicted.constFind(label.id);
        if (it == predicted.cend()) {
            ++missing;
            disagreements.append(QStringLiteral("%1\tlabel %2\tno final reply in the corpus")
                                     .arg(label.id, QLatin1String(verdictName(label.verdict))));
            continue;
        }
        ++confusion[int(label.verdict)][int(*it)];
        if (*it != label.verdict)
            disagreements.append(QStringLiteral("%1\tlabel %2\tcheck %3\t%4")
                                     .arg(label.id, QLatin1String(verdictName(label.verdict)),
                                         QLatin1String(verdictName(*it)), families.value(label.id).join(u',')));
    }
    const auto count = [&confusion](std::initializer_list<Verdict> labelled, std::initializer_list<Verdict> checked) {
        qint64 sum = 0;
        for (const Verdict l : labelled) {
            for (const Verdict c : checked)
                sum += confusion[int(l)][int(c)];
        }
        return sum;
    };
    const auto all = { Verdict::Ok, Verdict::Advise, Verdict::Block };
    const auto flagged = { Verdict::Advise, Verdict::Block };
    const auto blocked = { Verdict::Block };

    out << "labelled replies: " << labels.size() << " (" << missing << " without a final reply in the corpus)\n";
    out << "label \\ check\tok\tadvise\tblock\n";
    for (const Verdict l : all)
        out << verdictName(l) << '\t' << confusion[int(l)][0] << '\t' << confusion[int(l)][1] << '\t'
            << confusion[int(l)][2] << '\n';
    out << "block precision " << ratio(count(blocked, blocked), count(all, blocked)) << " (target >= 0.9), recall "
        << ratio(count(blocked, blocked), count(blocked, all)) << '\n';
    out << "flag precision " << ratio(count(flagged, flagged), count(all, flagged)) << ", recall "
        << ratio(count(flagged, flagged), count(flagged, all)) << " (target >= 0.7)\n";
    if (parser.isSet(QStringLiteral("verbose"))) {
        out << "disagreements: " << disagreements.size() << '\n';
        for (const QString &line : std::as_const(disagreements))
            out << line << '\n';
    }
    return 0;
}
