#include "text/jsonduplicatekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

namespace bxt {

namespace {

struct Level
{
    bool object = false;
    QString path;
    QSet<QByteArray> keys;
    QByteArray lastKey;
    int index = 0;
    bool expectKey = false;
};

QString pathOfChild(const QList<Level> &levels)
{
    if (levels.isEmpty())
        return {};
    const Level &parent = levels.last();
    if (!parent.object)
        return QStringLiteral("%1[%2]").arg(parent.path).arg(parent.index);
    const QString key = QString::fromUtf8(parent.lastKey);
    return parent.path.isEmpty() ? key : parent.path + QLatin1Char('.') + key;
}

// The text of the string token json[start..end], quotes included, with its escapes decoded.
QByteArray decodedString(const QByteArray &json, qsizetype start, qsizetype end)
{
    const QByteArray token = json.mid(start, end - start + 1);
    if (!token.contains('\\'))
        return token.mid(1, token.size() - 2);
    return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString().toUtf8();
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
            level.path = pathOfChild(levels);
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
                return pathOfChild(levels);
            level.keys.insert(level.lastKey);
        }
    }
    return {};
}

} // namespace bxt
