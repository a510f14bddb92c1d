#pragma once

#include <QSet>
#include <QString>

namespace bxt {

class Database;
class FlaggedTerms;

// The posts (posts.local_id) whose title or body contains a flagged term, for the queue's flag
// column. The search index answers a term that is a single index term (two Chinese characters,
// one character, one word) by itself; a longer term is checked in the text of the posts that
// have all of its index terms.
bool flaggedPostIds(const Database &database, const FlaggedTerms &terms, QSet<qint64> *localIds, QString *error);

} // namespace bxt
