#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace bxt::portal {

// Whether PostgreSQL can store the text: JSON can escape U+0000, which text and jsonb refuse,
// and half of a surrogate pair, which is no Unicode. Keys and values of arrays and objects too.
bool isStorable(const QString &text);
bool isStorable(const QJsonValue &value);

// The same for JSON text the parser accepted and what it read from it: the value is looked
// through only where the text escapes U+0000 or a surrogate, as nothing else gives either.
bool isStorable(QByteArrayView jsonText, const QJsonValue &read);

} // namespace bxt::portal
