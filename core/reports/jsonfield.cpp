#include "reports/jsonfield.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bxt {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The index just past the string that starts at from (a quote), or -1.
qsizetype skipString(QByteArrayView text, qsizetype from)
{
    for (qsizetype i = from + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}

// The index just past the value that starts at from, or -1.
qsizetype skipValue(QByteArrayView text, qsizetype from)
{
    int depth = 0;
    for (qsizetype i = from; i < text.size();) {
        const char c = text[i];
        if (c == '"') {
            i = skipString(text, i);
            if (i < 0)
                return -1;
        } else {
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            else if (depth == 0 && (c == ',' || isSpace(c)))
                return i;
            if (depth < 0)
                return i; // the end of the enclosing object
            ++i;
        }
        if (depth == 0 && (c == '"' || c == '}' || c == ']'))
            return i;
    }
    return depth == 0 ? text.size() : -1;
}

} // namespace

QByteArrayView topLevelJsonValue(QByteArrayView object, QByteArrayView key)
{
    qsizetype i = 0;
    while (i < object.size() && isSpace(object[i]))
        ++i;
    if (i == object.size() || object[i] != '{')
        return {};
    ++i;
    while (i < object.size()) {
        while (i < object.size() && (isSpace(object[i]) || object[i] == ','))
            ++i;
        if (i == object.size() || object[i] != '"')
            return {};
        const qsizetype keyEnd = skipString(object, i);
        if (keyEnd < 0)
            return {};
        const QByteArrayView name = object.sliced(i + 1, keyEnd - i - 2);
        i = keyEnd;
        while (i < object.size() && isSpace(object[i]))
            ++i;
        if (i == object.size() || object[i] != ':')
            return {};
        ++i;
        while (i < object.size() && isSpace(object[i]))
            ++i;
        const qsizetype valueEnd = skipValue(object, i);
        if (valueEnd < 0)
            return {};
        if (name == key)
            return object.sliced(i, valueEnd - i);
        i = valueEnd;
    }
    return {};
}

QJsonValue topLevelJsonField(const QByteArray &object, const char *key)
{
    const QByteArrayView slice = topLevelJsonValue(object, key);
    if (slice.isEmpty())
        return QJsonDocument::fromJson(object).object().value(QLatin1String(key));
    // A value alone is not a JSON document; wrapped in an array it is.
    const QByteArray wrapped = '[' + slice.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

} // namespace bxt
