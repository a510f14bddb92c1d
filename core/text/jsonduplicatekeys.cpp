#include "text/jsonduplicatekeys.h"

#include "text/jsonstrings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <algorithm>
#include <optional>
#include <vector>

namespace bxt {

namespace {

// A post's objects have a few keys each: they are compared one by one until an object has this
// many, then looked up in a hash (an object of a million keys must not take quadratic time).
constexpr qsizetype kKeysComparedOneByOne = 16;

// An open object or list. Its path is worked out only for a duplicate: most files have none.
// Its keys are views of the text (or of decoded copies, for keys with escapes): reading a post
// allocates nothing for each key.
struct Level
{
    bool object = false;
    qsizetype firstKey = 0; // its keys are keys[firstKey..]
    std::optional<QSet<QByteArrayView>> hashed;
    QByteArrayView lastKey;
    int index = 0;
    bool expectKey = false;
};

// The path of the innermost level's current key or item.
QString pathOf(const std::vector<Level> &levels)
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

// The text of a string token, quotes included, with its escapes decoded.
QByteArray decodedString(QByteArrayView token)
{
    return QJsonDocument::fromJson('[' + token.toByteArray() + ']').array().at(0).toString().toUtf8();
}

// Adds key to the level's keys; false when it has it already.
bool addKey(Level &level, std::vector<QByteArrayView> &keys, QByteArrayView key)
{
    const auto first = keys.begin() + level.firstKey;
    if (!level.hashed && keys.end() - first >= kKeysComparedOneByOne)
        level.hashed = QSet<QByteArrayView>(first, keys.end());
    if (level.hashed) {
        if (level.hashed->contains(key))
            return false;
        level.hashed->insert(key);
        return true;
    }
    if (std::find(first, keys.end(), key) != keys.end())
        return false;
    keys.push_back(key);
    return true;
}

} // namespace

JsonTextScan scanJsonText(QByteArrayView json)
{
    JsonTextScan scan;
    std::vector<Level> levels;
    std::vector<QByteArrayView> keys; // of the open objects that have not been hashed
    std::vector<QByteArray> decoded; // the keys with escapes, decoded
    const char *const text = json.data();
    const char *const end = text + json.size();
    for (const char *p = text; p < end; ++p) {
        const char c = *p;
        if (c == '{' || c == '[') {
            Level level;
            level.object = c == '{';
            level.expectKey = level.object;
            level.firstKey = qsizetype(keys.size());
            levels.push_back(std::move(level));
        } else if (c == '}' || c == ']') {
            if (!levels.empty()) {
                keys.resize(std::size_t(levels.back().firstKey));
                levels.pop_back();
            }
        } else if (c == ',' && !levels.empty()) {
            levels.back().expectKey = levels.back().object;
            ++levels.back().index;
        } else if (c == '"') {
            const char *const start = p;
            const JsonStringRead string = readJsonString(p + 1, end);
            p = string.closingQuote;
            if (string.rawControl && scan.rawControlAt < 0) {
                scan.rawControlAt = string.rawControl - text;
                scan.rawControl = uchar(*string.rawControl);
            }
            if (string.invalidEscape && scan.invalidEscapeAt < 0)
                scan.invalidEscapeAt = string.invalidEscape - text;
            if (p >= end)
                break;
            if (levels.empty() || !levels.back().expectKey || !scan.duplicateKey.isEmpty())
                continue;
            Level &level = levels.back();
            level.expectKey = false;
            const QByteArrayView token(start, p + 1 - start);
            if (string.escaped) {
                decoded.push_back(decodedString(token));
                level.lastKey = decoded.back();
            } else {
                level.lastKey = token.sliced(1, token.size() - 2);
            }
            if (!addKey(level, keys, level.lastKey))
                scan.duplicateKey = pathOf(levels);
        }
        if (scan.rawControlAt >= 0 && scan.invalidEscapeAt >= 0 && !scan.duplicateKey.isEmpty())
            break;
    }
    return scan;
}

QString duplicateJsonKey(QByteArrayView json)
{
    return scanJsonText(json).duplicateKey;
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
