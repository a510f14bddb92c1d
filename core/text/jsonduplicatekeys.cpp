#include "text/jsonduplicatekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <algorithm>

namespace bxt {

namespace {

// An open object or list. Its path is worked out only for a duplicate: most files have none.
struct Level
{
    bool object = false;
    QSet<QByteArray> keys;
    QByteArray lastKey;
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

// The text of the string token json[start..end], quotes included, with its escapes decoded.
QByteArray decodedString(const QByteArray &json, qsizetype start, qsizetype end)
{
    const QByteArrayView token = QByteArrayView(json).sliced(start, std::min(end + 1, json.size()) - start);
    if (!token.contains('\\'))
        return token.sliced(1, token.size() - 2).toByteArray();
    return QJsonDocument::fromJson('[' + token.toByteArray() + ']').array().at(0).toString().toUtf8();
}

} // namespace

QString duplicateJsonKey(const QByteArray &json)
{
    QList<Level> levels;
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
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (levels.isEmpty() || !levels.last().expectKey)
                continue;
            Level &level = levels.last();
            level.expectKey = false;
            level.lastKey = decodedString(json, start, i);
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
