#include "search/searchtokenizer.h"

#include <QString>

namespace bxt::SearchTokenizer {

namespace {

constexpr quint64 kCjkMarker = quint64(1) << 40;
constexpr quint64 kWordMarker = quint64(1) << 62;

enum class CharClass { Separator, Word, Cjk };

bool isCjk(char16_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF)
        || QChar::isSurrogate(c); // the rare CJK extensions beyond the BMP
}

CharClass classify(char16_t c)
{
    if (c < 0x80) {
        const bool alnum = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        return alnum ? CharClass::Word : CharClass::Separator;
    }
    if (isCjk(c))
        return CharClass::Cjk;
    return QChar::isLetterOrNumber(c) ? CharClass::Word : CharClass::Separator;
}

constexpr char16_t kFullWidthFirst = 0xFF01;
constexpr char16_t kFullWidthLast = 0xFF5E;
constexpr char16_t kFullWidthOffset = 0xFF01 - 0x21; // ＡＢＣ１２３ to ABC123

bool isFullWidth(char16_t c)
{
    return c >= kFullWidthFirst && c <= kFullWidthLast;
}

// Characters that NFKC leaves as they are and that never combine with a neighbour: ASCII, the
// common Chinese characters, and the Chinese punctuation that has no compatibility form.
bool isKeptByNfkc(char16_t c)
{
    return c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || c == 0x3001 || c == 0x3002 || (c >= 0x3008 && c <= 0x3011)
        || c == 0x2014 || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
}

// Full-width letters and digits (ＡＢＣ１２３) are the same words as their ASCII forms: a text
// with full-width forms is read in its compatibility form (NFKC). Most Chinese texts have some
// (，！？（）), and most have nothing else NFKC changes: those are mapped without it.
QString normalized(QStringView text)
{
    bool fullWidth = false;
    bool onlyKept = true;
    for (const QChar c : text) {
        if (isFullWidth(c.unicode()))
            fullWidth = true;
        else if (!isKeptByNfkc(c.unicode()))
            onlyKept = false;
    }
    QString result = text.toString();
    if (!fullWidth)
        return result;
    if (!onlyKept)
        return result.normalized(QString::NormalizationForm_KC);
    for (QChar &c : result) {
        if (isFullWidth(c.unicode()))
            c = QChar(char16_t(c.unicode() - kFullWidthOffset));
    }
    return result;
}

quint64 wordKey(const char16_t *chars, qsizetype size)
{
    quint64 hash = 14695981039346656037ULL; // FNV-1a over the lower-cased UTF-16 units
    for (qsizetype i = 0; i < size; ++i) {
        hash ^= QChar::toLower(chars[i]);
        hash *= 1099511628211ULL;
    }
    return kWordMarker | (hash & (kWordMarker - 1));
}

} // namespace

QList<quint64> terms(QStringView input, bool withRunEnds)
{
    const QString text = normalized(input);
    const qsizetype size = text.size();
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.constData());
    QList<quint64> result;
    result.reserve(size);
    qsizetype i = 0;
    while (i < size) {
        const CharClass kind = classify(chars[i]);
        qsizetype end = i + 1;
        while (end < size && classify(chars[end]) == kind)
            ++end;
        if (kind == CharClass::Word) {
            result.append(wordKey(chars + i, end - i));
        } else if (kind == CharClass::Cjk) {
            if (end - i == 1)
                result.append(kCjkMarker | (quint64(chars[i]) << 16));
            for (qsizetype k = i; k + 1 < end; ++k)
                result.append(kCjkMarker | (quint64(chars[k]) << 16) | chars[k + 1]);
            if (withRunEnds && end - i > 1)
                result.append(kCjkMarker | (quint64(chars[end - 1]) << 16));
        }
        i = end;
    }
    return result;
}

bool isSingleCharacter(quint64 term)
{
    return (term & kWordMarker) == 0 && (term & 0xFFFF) == 0;
}

bool pairEndsWith(quint64 pair, quint64 term)
{
    return (pair & kWordMarker) == 0 && !isSingleCharacter(pair) && (pair & 0xFFFF) == ((term >> 16) & 0xFFFF);
}

quint64 prefixFirst(quint64 term)
{
    return term & ~quint64(0xFFFF);
}

quint64 prefixLast(quint64 term)
{
    return term | 0xFFFF;
}

} // namespace bxt::SearchTokenizer
