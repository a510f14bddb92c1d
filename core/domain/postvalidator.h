#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace bxt {

// Checks that a JSON object is a POST of portal-api.md this client can store safely:
// required fields present, every known field of the right type and value. Unknown fields
// are allowed. Returns an empty string when valid, else a message naming the field.
QString validatePost(const QJsonObject &post);

// Checks JSON text that QJsonDocument parsed for what its parser lets through but would
// mislead when the text is kept as it came: a raw control character inside a string (RFC
// 8259 wants it escaped; exported as is it is invalid JSON) and a key repeated in one object
// (the parser keeps the last, the text both). Returns an empty string or a message.
QString validatePostText(QByteArrayView json);

} // namespace bxt
