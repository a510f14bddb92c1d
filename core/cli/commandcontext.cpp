#include "cli/commandcontext.h"

#include "text/jsonduplicatekeys.h"

#include <QFile>
#include <QJsonDocument>

namespace bxt::cli {

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
        Tr::tr("jsonl or csv; for a report html, pdf or csv; for matters json or csv."), QStringLiteral("format"),
        QStringLiteral("jsonl"));
}

QCommandLineOption outOption()
{
    return QCommandLineOption(QStringLiteral("out"), Tr::tr("Write to this file."), QStringLiteral("file"));
}

QCommandLineOption categoryOption()
{
    return QCommandLineOption(QStringLiteral("category"), Tr::tr("The post's category code."), QStringLiteral("code"));
}

QCommandLineOption unitOption()
{
    return QCommandLineOption(QStringLiteral("unit"),
        Tr::tr("A unit's id: the rated reply's unit, or the demo liaison's."), QStringLiteral("id"));
}

Input openInput(const Context &context, const QString &name, QString *error)
{
    Input input;
    if (name == QLatin1String("-")) {
        input.device = &context.in;
        return input;
    }
    input.file = std::make_unique<QFile>(name);
    if (!input.file->open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(name, input.file->errorString());
        return input;
    }
    input.device = input.file.get();
    return input;
}

// The files a command reads whole (a reply, a calendar, rule tables, units) are small: a bigger
// one, or an endless input, is refused before it fills the memory.
constexpr qint64 kMaxWholeInputBytes = 16 * 1024 * 1024;

bool readWholeInput(const Context &context, const QString &name, QByteArray *bytes, QString *error)
{
    const Input input = openInput(context, name, error);
    if (!input.device)
        return false;
    // A pipe gives its data in pieces.
    bytes->clear();
    for (QByteArray piece = input.device->read(kMaxWholeInputBytes + 1); !piece.isEmpty();
         piece = input.device->read(kMaxWholeInputBytes + 1 - bytes->size())) {
        bytes->append(piece);
        if (bytes->size() > kMaxWholeInputBytes)
            break;
    }
    if (bytes->size() > kMaxWholeInputBytes) {
        *error
            = Tr::tr("%1 is larger than %2 MiB, the most this command reads").arg(name).arg(kMaxWholeInputBytes >> 20);
        return false;
    }
    return true;
}

bool readJsonFile(const Context &context, const QString &name, QJsonObject *object, QString *error)
{
    QByteArray bytes;
    if (!readWholeInput(context, name, &bytes, error))
        return false;
    const JsonObjectReading reading = readJsonObject(bytes);
    if (!reading.parseError.isEmpty())
        *error = Tr::tr("%1 is not a JSON object: %2").arg(name, reading.parseError);
    else if (!reading.isObject)
        *error = Tr::tr("%1 is not a JSON object").arg(name);
    else if (!reading.duplicateKey.isEmpty())
        *error = Tr::tr("%1: given twice").arg(reading.duplicateKey);
    *object = reading.object;
    return reading.ok();
}

int refuseOverwritingStore(const Context &context, const QString &path)
{
    return context.fail(Tr::tr("%1 is the case store %2 or one of its files; write to another file. Nothing was "
                               "written.")
                            .arg(path, context.dbPath));
}

std::optional<int> numberOption(const Context &context, const char *name, int low, int high)
{
    bool ok = false;
    const int value = context.parser.value(QLatin1String(name)).toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace bxt::cli
