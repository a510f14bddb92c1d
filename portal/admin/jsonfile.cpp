#include "admin/jsonfile.h"

#include "text/jsonduplicatekeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace bxt::portal {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PortalJsonFile)
};

// Reference files are a few kilobytes; this refuses a wrong file (a dump, a device) early.
constexpr qint64 maximumSize = 16 * 1024 * 1024;

} // namespace

bool readJsonObjectFile(const QString &path, QJsonObject *object, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(maximumSize + 1);
    if (bytes.size() > maximumSize) {
        *error = Tr::tr("%1 is larger than 16 MiB.").arg(path);
        return false;
    }
    const JsonObjectReading reading = readJsonObject(bytes);
    if (!reading.parseError.isEmpty())
        *error = Tr::tr("%1 is not valid JSON: %2 at offset %3.")
                     .arg(path, reading.parseError)
                     .arg(reading.parseErrorOffset);
    else if (!reading.isObject)
        *error = Tr::tr("%1 is not a JSON object.").arg(path);
    else if (!reading.duplicateKey.isEmpty())
        *error = Tr::tr("%1: %2 is given twice.").arg(path, reading.duplicateKey);
    *object = reading.object;
    return reading.ok();
}

} // namespace bxt::portal
