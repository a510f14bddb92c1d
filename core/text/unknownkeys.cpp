#include "text/unknownkeys.h"

namespace bxt {

QString firstUnknownKey(const QStringList &keys, const QStringList &known)
{
    for (const QString &key : keys) {
        if (!known.contains(key))
            return key;
    }
    return {};
}

QString firstUnknownKey(const QJsonObject &object, const QStringList &known)
{
    return firstUnknownKey(object.keys(), known);
}

} // namespace bxt
