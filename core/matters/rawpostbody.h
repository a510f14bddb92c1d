#pragma once

#include <QByteArrayView>
#include <QString>

namespace bxt {

// The body of a post as the store keeps it in posts.raw (the portal's JSON object), read without
// parsing the rest of the object: a quarter's posts are read for the matters. Reads the text as
// SQLite's json_extract(raw, '$.body') gives it (an absent or null body is empty). False when the
// object cannot be read up to its body, or the body is neither text nor null.
bool rawPostBody(QByteArrayView json, QString *body);

} // namespace bxt
