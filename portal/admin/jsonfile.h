#pragma once

#include <QJsonObject>
#include <QString>

namespace bxt::portal {

// Reads a file an administrator imports that holds one JSON object. A key given twice in one
// object is refused: the parser would keep one of them and the file would say two things. On
// failure *error says why in one line, naming the file.
bool readJsonObjectFile(const QString &path, QJsonObject *object, QString *error);

} // namespace bxt::portal
