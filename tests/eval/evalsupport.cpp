#include "evalsupport.h"

#include "cli/commandline.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <cstdio>

namespace bxt::eval {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int fail(const QString &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
}

bool readJson(const QString &path, QJsonObject *object, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parse;
    *object = QJsonDocument::fromJson(file.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(path, parse.errorString());
        return false;
    }
    return true;
}

namespace {

bool runCli(const QStringList &arguments, QByteArray input, QString *error)
{
    QBuffer in(&input);
    QByteArray outText, errText;
    QBuffer out(&outText), err(&errText);
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    if (CommandLine(in, out, err).run(arguments) == CommandLine::Success)
        return true;
    *error = QStringLiteral("baixingtan-cli %1: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(errText));
    return false;
}

} // namespace

bool importCorpus(const QString &db, const QString &corpus, const QString &units, QString *error)
{
    QByteArray lines;
    if (corpus.endsWith(QLatin1String(".gz"))) {
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), { QStringLiteral("-dc"), corpus });
        if (!gzip.waitForFinished(120000) || gzip.exitCode() != 0) {
            *error
                = QStringLiteral("gzip -dc %1 failed: %2").arg(corpus, QString::fromUtf8(gzip.readAllStandardError()));
            return false;
        }
        lines = gzip.readAllStandardOutput();
    } else {
        QFile file(corpus);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(corpus, file.errorString());
            return false;
        }
        lines = file.readAll();
    }
    const QStringList store { QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("eval") };
    return runCli(store + QStringList { QStringLiteral("init") }, {}, error)
        && (units.isEmpty()
            || runCli(store + QStringList { QStringLiteral("units"), QStringLiteral("import"), units }, {}, error))
        && runCli(store + QStringList { QStringLiteral("import"), QStringLiteral("-") }, lines, error);
}

} // namespace bxt::eval
