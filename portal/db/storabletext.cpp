#include "db/storabletext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cstring>

namespace bxt::portal {

bool isStorable(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isNull())
            return false;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return false;
    }
    return true;
}

bool isStorable(const QJsonValue &value)
{
    if (value.isString())
        return isStorable(value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return isStorable(item); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isStorable(it.key()) || !isStorable(it.value()))
                return false;
        }
    }
    return true;
}

bool isStorable(QByteArrayView jsonText, const QJsonValue &read)
{
    // A raw U+0000 is a control character and a raw surrogate is not UTF-8: the parser refused
    // both. Each backslash is skipped with the character it escapes.
    const char *at = jsonText.data();
    const char *const end = at + jsonText.size();
    while ((at = static_cast<const char *>(std::memchr(at, '\\', std::size_t(end - at))))) {
        if (end - at >= 6 && at[1] == 'u') {
            const QByteArrayView hex(at + 2, 4);
            const bool nul = hex == QByteArrayView("0000");
            const bool surrogate
                = (hex[0] == 'd' || hex[0] == 'D') && QByteArrayView("89abcdefABCDEF").contains(hex[1]);
            if (nul || surrogate)
                return isStorable(read);
        }
        at += 2;
        if (at >= end)
            break;
    }
    return true;
}

} // namespace bxt::portal
