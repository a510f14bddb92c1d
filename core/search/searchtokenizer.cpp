#include "search/searchtokenizer.h"

#include <QStringList>

namespace bxt::SearchTokenizer {

namespace {

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

// Full-width letters and digits (ＡＢＣ１２３) are the same words as their ASCII forms.
QString normalized(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            return text.toString().normalized(QString::NormalizationForm_KC);
    }
    return text.toString();
}

// Calls sink(token) for each token in order; words come lower-cased.
template<typename Sink>
void tokenize(QStringView input, Sink sink)
{
    const QString text = normalized(input);
    const qsizetype size = text.size();
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.constData());
    QString lowered;
    qsizetype i = 0;
    while (i < size) {
        const CharClass kind = classify(chars[i]);
        qsizetype end = i + 1;
        while (end < size && classify(chars[end]) == kind)
            ++end;
        if (kind == CharClass::Word) {
            lowered = QStringView(chars + i, end - i).toString().toLower();
            sink(QStringView(lowered));
        } else if (kind == CharClass::Cjk) {
            if (end - i == 1)
                sink(QStringView(chars + i, 1));
            for (qsizetype k = i; k + 1 < end; ++k)
                sink(QStringView(chars + k, 2));
        }
        i = end;
    }
}

} // namespace

QString documentTokens(QStringView text)
{
    QString result;
    result.reserve(text.size() * 3);
    tokenize(text, [&result](QStringView token) {
        if (!result.isEmpty())
            result.append(QLatin1Char(' '));
        result.append(token);
    });
    return result;
}

QString matchExpression(QStringView query)
{
    QString spaced = query.toString();
    for (QChar &c : spaced) {
        if (c.isSpace())
            c = QLatin1Char(' ');
    }
    QStringList phrases;
    for (const QStringView part : QStringView(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QStringList tokens;
        tokenize(part, [&tokens](QStringView token) { tokens.append(token.toString()); });
        if (tokens.isEmpty())
            continue;
        // A query ending in a lone Chinese character (2号, 锅) may end inside a longer run of
        // the text, where that character is indexed only as the start of a pair: match it as
        // a prefix.
        const QString &last = tokens.constLast();
        const bool endsMidRun = last.size() == 1 && isCjk(last.at(0).unicode());
        phrases.append(QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"')
                       + (endsMidRun ? QLatin1String(" *") : QLatin1String()));
    }
    return phrases.join(QLatin1String(" AND "));
}

} // namespace bxt::SearchTokenizer
