#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bxt {

// QJsonDocument keeps one value of a key given twice in an object, so a file an administrator
// imports could be read other than it reads. Returns the path of the first key given twice in one
// object of a valid JSON text ("substance.enough", "signals[0].name"), empty when there is none.
QString duplicateJsonKey(QByteArrayView json);

// duplicateJsonKey(), and what QJsonDocument takes inside a string although JSON forbids it: the
// first raw control character (U+0000 to U+001F) and the first backslash before a character
// other than " \ / b f n r t u. Found in one pass over the text.
struct JsonTextScan
{
    QString duplicateKey; // see duplicateJsonKey
    qsizetype rawControlAt = -1; // its byte offset in the text, or -1
    uchar rawControl = 0;
    qsizetype invalidEscapeAt = -1; // the backslash's byte offset in the text, or -1
};
JsonTextScan scanJsonText(QByteArrayView json);

// A file an administrator imports, read as one JSON object that gives no key twice. The caller
// words the problem: parseError (with its offset), !isObject, or duplicateKey.
struct JsonObjectReading
{
    QJsonObject object;
    QString parseError; // empty when the text is JSON
    qint64 parseErrorOffset = 0;
    bool isObject = false;
    QString duplicateKey; // see duplicateJsonKey

    bool ok() const { return parseError.isEmpty() && isObject && duplicateKey.isEmpty(); }
};
JsonObjectReading readJsonObject(const QByteArray &json);

} // namespace bxt
