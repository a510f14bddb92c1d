#pragma once

#include <QByteArrayView>
#include <QList>
#include <optional>

namespace bxt {

// The text of each change's post in a body of GET /changes, as the portal wrote it, so that a
// post kept whole is stored without being read into objects and written out again. The body
// must be one the JSON parser accepted. One view per change in "changes", empty for a change
// without a post and for a post whose text could be read otherwise than the parser read it (an
// object in it gives a key twice, or one written with an escape); nothing when the list could:
// "changes" or a change's "post" given twice, or either key written with an escape.
std::optional<QList<QByteArrayView>> postTextsOfChanges(QByteArrayView body);

} // namespace bxt
