#pragma once

#include <QList>
#include <QStringView>

namespace bxt {

// Turns text into the terms of the search index. Chinese text becomes overlapping character
// pairs (供暖温度 → 供暖 暖温 温度), because most Chinese words have two characters and no
// n-gram longer than two can match them; a lone Chinese character between other text is a term
// of its own. Latin letters and digits form lower-case words; full-width forms count as ASCII.
// Each term is a 64-bit key: a pair of UTF-16 code units, or a hash of a word.
namespace SearchTokenizer {

// The terms of a text, in order. For the index, withRunEnds adds the last character of each
// run of Chinese characters as a term of its own, so that a query that starts with that
// character (第40次 in 民第40次) finds the text.
QList<quint64> terms(QStringView text, bool withRunEnds = false);

// True for the key of a single Chinese character, which a query may use as a prefix of pairs.
bool isSingleCharacter(quint64 term);
// True when a pair's second character is term's single character.
bool pairEndsWith(quint64 pair, quint64 term);
// The range of pair keys that start with the single character of term.
quint64 prefixFirst(quint64 term);
quint64 prefixLast(quint64 term);

} // namespace SearchTokenizer

} // namespace bxt
