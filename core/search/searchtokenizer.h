#pragma once

#include <QString>
#include <QStringView>

namespace bxt {

// Turns text into the tokens of the search index. FTS5's trigram tokenizer cannot match
// two-character queries, and most Chinese words have two characters, so Chinese text is
// indexed as overlapping character pairs (供暖温度 → 供暖 暖温 温度); a query becomes the phrase
// of its pairs, which matches exactly the texts that contain it. Latin letters and digits
// form lower-case words. Tokens are separated by spaces for FTS5's "ascii" tokenizer.
namespace SearchTokenizer {

QString documentTokens(QStringView text);

// The FTS5 MATCH expression for a user's query: every whitespace-separated part must occur.
// Empty when the query has nothing searchable.
QString matchExpression(QStringView query);

} // namespace SearchTokenizer

} // namespace bxt
