#pragma once

#include <QJsonObject>
#include <QString>

namespace bxt {

// Checks that a JSON object is a POST of portal-api.md this client can store safely:
// required fields present, every known field of the right type and value. Unknown fields
// are allowed. Returns an empty string when valid, else a message naming the field.
QString validatePost(const QJsonObject &post);

} // namespace bxt
