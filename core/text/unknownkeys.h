#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bxt {

// The first of keys that is not one of known, or a null string when there is none. For the
// readers of JSON and INI files that refuse a key they do not read: a misspelled key would
// otherwise be dropped without a word and the default kept.
QString firstUnknownKey(const QStringList &keys, const QStringList &known);
QString firstUnknownKey(const QJsonObject &object, const QStringList &known);

} // namespace bxt
