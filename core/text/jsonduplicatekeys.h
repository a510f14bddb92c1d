#pragma once

#include <QByteArray>
#include <QString>

namespace bxt {

// QJsonDocument keeps one value of a key given twice in an object, so a file an administrator
// imports could be read other than it reads. Returns the path of the first key given twice in one
// object of a valid JSON text ("substance.enough", "signals[0].name"), empty when there is none.
QString duplicateJsonKey(const QByteArray &json);

} // namespace bxt
