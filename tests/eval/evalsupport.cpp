#include "evalsupport.h"

#include "cli/commandline.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <zlib.h>

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

// zlib reads gzip; Qt's qUncompress does not.
bool readGzip(const QString &path, QByteArray *data, QString *error)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return false;
    }
    char buffer[1 << 16];
    int read = 0;
    while ((read = gzread(file, buffer, sizeof buffer)) > 0)
        data->append(buffer, read);
    int code = Z_OK;
    const QString message = QString::fromUtf8(gzerror(file, &code));
    gzclose(file);
    if (read < 0 || code != Z_OK) {
        *error = QStringLiteral("%1: %2").arg(path, message);
        return false;
    }
    return true;
}

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

bool readCorpus(const QString &path, QByteArray *lines, QString *error)
{
    if (path.endsWith(QLatin1String(".gz")))
        return readGzip(path, lines, error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *lines = file.readAll();
    return true;
}

bool importCorpus(const QString &db, const QString &corpus, const QString &units, QString *error)
{
    QByteArray lines;
    if (!readCorpus(corpus, &lines, error))
        return false;
    const QStringList store { QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("eval") };
    return runCli(store + QStringList { QStringLiteral("init") }, {}, error)
        && (units.isEmpty()
            || runCli(store + QStringList { QStringLiteral("units"), QStringLiteral("import"), units }, {}, error))
        && runCli(store + QStringList { QStringLiteral("import"), QStringLiteral("-") }, lines, error);
}

} // namespace bxt::eval
