#pragma once

#include <QByteArrayView>
#include <QJsonValue>

namespace bxt {

// The text of a top-level field's value in a JSON object, found by scanning the bytes without
// parsing the rest: a post's assignments are a few hundred bytes of a post's kilobytes, and a
// report reads a hundred thousand posts. Empty when the field is absent or the text is not a
// JSON object; the slice is then parsed as usual.
QByteArrayView topLevelJsonValue(QByteArrayView object, QByteArrayView key);

// The value of a top-level field of a JSON object's text: only its slice parsed when it can be
// found, else the whole text. Undefined when absent.
QJsonValue topLevelJsonField(const QByteArray &object, const char *key);

} // namespace bxt
