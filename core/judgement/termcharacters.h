#pragma once

#include "search/searchtokenizer.h"

#include <QString>

namespace bxt::TermCharacters {

enum class Kind { Separator, Word, Chinese };

// What the search tokenizer makes of one character, asked of the tokenizer itself so that
// matching a flagged term and looking it up in the index agree.
inline Kind kind(QChar c)
{
    const QList<quint64> terms = SearchTokenizer::terms(QStringView(&c, 1));
    if (terms.isEmpty())
        return Kind::Separator;
    return SearchTokenizer::isSingleCharacter(terms.first()) ? Kind::Chinese : Kind::Word;
}

// Full-width forms as ASCII, then lower case, one code unit for one: positions in the folded
// text are positions in the original.
inline QString folded(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        const char16_t narrow = unit >= 0xFF01 && unit <= 0xFF5E ? char16_t(unit - 0xFEE0) : unit;
        *out++ = QChar(narrow).toLower();
    }
    return result;
}

} // namespace bxt::TermCharacters
