#include "text/jsonduplicatekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <algorithm>
#include <cstring>
#include <list>

namespace bxt {

namespace {

// An open object or list. Its keys are views into the text, or into `decoded` for a key with
// escapes; its path is worked out only for a duplicate: most files have none.
struct Level
{
    bool object = false;
    QSet<QByteArrayView> keys;
    QByteArrayView lastKey;
    int index = 0;
    bool expectKey = false;
};

// The path of the innermost level's current key or item.
QString pathOf(const QList<Level> &levels)
{
    QString path;
    for (const Level &level : levels) {
        if (!level.object) {
            path += QStringLiteral("[%1]").arg(level.index);
            continue;
        }
        if (!path.isEmpty())
            path += QLatin1Char('.');
        path += QString::fromUtf8(level.lastKey);
    }
    return path;
}

// The index of the quote that closes the string opening at json[start], or json.size(). Long
// string values are most of a post's text: they are skipped quote to quote.
qsizetype stringEnd(const QByteArray &json, qsizetype start)
{
    const char *const begin = json.constData();
    const char *const end = begin + json.size();
    for (const char *from = begin + start + 1; from < end;) {
        const char *quote = static_cast<const char *>(std::memchr(from, '"', end - from));
        if (!quote)
            break;
        const char *escape = quote;
        while (escape > from && escape[-1] == '\\')
            --escape;
        if ((quote - escape) % 2 == 0) // an even run of backslashes escapes itself, not the quote
            return quote - begin;
        from = quote + 1;
    }
    return json.size();
}

} // namespace

QString duplicateJsonKey(const QByteArray &json)
{
    QList<Level> levels;
    std::list<QByteArray> decoded; // keys with escapes, kept for their views
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            Level level;
            level.object = c == '{';
            level.expectKey = level.object;
            levels.append(level);
        } else if (c == '}' || c == ']') {
            if (!levels.isEmpty())
                levels.removeLast();
        } else if (c == ',' && !levels.isEmpty()) {
            levels.last().expectKey = levels.last().object;
            ++levels.last().index;
        } else if (c == '"') {
            const qsizetype start = i;
            i = stringEnd(json, start);
            if (levels.isEmpty() || !levels.last().expectKey)
                continue;
            Level &level = levels.last();
            level.expectKey = false;
            const QByteArrayView token = QByteArrayView(json).sliced(start, std::min(i + 1, json.size()) - start);
            if (token.contains('\\')) {
                decoded.push_back(
                    QJsonDocument::fromJson('[' + token.toByteArray() + ']').array().at(0).toString().toUtf8());
                level.lastKey = decoded.back();
            } else {
                level.lastKey = token.sliced(1, token.size() - 2);
            }
            if (level.keys.contains(level.lastKey))
                return pathOf(levels);
            level.keys.insert(level.lastKey);
        }
    }
    return {};
}

JsonObjectReading readJsonObject(const QByteArray &json)
{
    JsonObjectReading reading;
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        reading.parseError = parse.errorString();
        reading.parseErrorOffset = parse.offset;
        return reading;
    }
    reading.isObject = document.isObject();
    if (!reading.isObject)
        return reading;
    // The parser keeps the last of a repeated key; the file would say two things.
    reading.duplicateKey = duplicateJsonKey(json);
    if (reading.duplicateKey.isEmpty())
        reading.object = document.object();
    return reading;
}

} // namespace bxt
