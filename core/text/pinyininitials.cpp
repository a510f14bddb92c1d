#include "text/pinyininitials.h"

#include <QStringEncoder>

namespace bxt {

namespace {

// GB2312 level-1 hanzi (0xB0A1–0xD7F9) are ordered by pinyin: the first code of each initial.
struct InitialStart
{
    quint16 code;
    char initial;
};

constexpr InitialStart kLevelOneStarts[] = {
    { 0xB0A1, 'a' },
    { 0xB0C5, 'b' },
    { 0xB2C1, 'c' },
    { 0xB4EE, 'd' },
    { 0xB6EA, 'e' },
    { 0xB7A2, 'f' },
    { 0xB8C1, 'g' },
    { 0xB9FE, 'h' },
    { 0xBBF7, 'j' },
    { 0xBFA6, 'k' },
    { 0xC0AC, 'l' },
    { 0xC2E8, 'm' },
    { 0xC4C3, 'n' },
    { 0xC5B6, 'o' },
    { 0xC5BE, 'p' },
    { 0xC6DA, 'q' },
    { 0xC8BB, 'r' },
    { 0xC8F6, 's' },
    { 0xCBFA, 't' },
    { 0xCDDA, 'w' },
    { 0xCEF4, 'x' },
    { 0xD1B9, 'y' },
    { 0xD4D1, 'z' },
};
constexpr quint16 kLevelOneEnd = 0xD7F9;

struct KnownCharacter
{
    char16_t character;
    const char *initials;
};

// Characters whose GB2312 position does not give every reading used in names (polyphones), and
// characters of place and unit names outside GB2312 level 1, which is ordered by radical.
constexpr KnownCharacter kKnownCharacters[] = {
    // polyphones: the reading of the GB2312 position first
    { u'长', "cz" },
    { u'行', "xh" },
    { u'重', "zc" },
    { u'朝', "cz" },
    { u'乐', "ly" },
    { u'调', "dt" },
    { u'单', "ds" },
    { u'藏', "cz" },
    { u'会', "hk" },
    { u'厦', "xs" },
    { u'番', "fp" },
    { u'解', "jx" },
    { u'传', "cz" },
    { u'参', "cs" },
    { u'曾', "zc" },
    { u'查', "cz" },
    { u'阿', "ae" },
    { u'省', "sx" },
    // outside level 1
    { u'殡', "b" },
    { u'瑷', "a" },
    { u'珲', "h" },
    { u'讷', "n" },
    { u'桦', "h" },
    { u'箐', "q" },
    { u'亳', "b" },
    { u'濮', "p" },
    { u'漯', "l" },
    { u'鄞', "y" },
    { u'邗', "h" },
    { u'睢', "s" },
    { u'莒', "j" },
    { u'郯', "t" },
    { u'滕', "t" },
    { u'泗', "s" },
    { u'邳', "p" },
    { u'盱', "x" },
    { u'眙', "y" },
    { u'溧', "l" },
    { u'婺', "w" },
    { u'衢', "q" },
    { u'嵊', "s" },
    { u'缙', "j" },
    { u'歙', "sx" },
    { u'黟', "y" },
    { u'泾', "j" },
    { u'耒', "l" },
    { u'醴', "l" },
    { u'汨', "m" },
    { u'澧', "l" },
    { u'藁', "g" },
    { u'涿', "z" },
    { u'坻', "dc" },
    { u'岫', "x" },
    { u'鲅', "b" },
    { u'邛', "q" },
    { u'郫', "p" },
    { u'崂', "l" },
    { u'濉', "s" },
    { u'砀', "d" },
    { u'颍', "y" },
    { u'岷', "m" },
    { u'洮', "t" },
    { u'儋', "d" },
    { u'鄱', "p" },
    { u'阆', "l" },
    { u'泸', "l" },
    { u'珙', "g" },
    { u'筠', "jy" },
    { u'犍', "jq" },
    { u'邕', "y" },
    { u'浏', "l" },
    { u'岑', "c" },
    { u'瓯', "o" },
    { u'郏', "j" },
    { u'郾', "y" },
    { u'鄢', "y" },
    { u'偃', "y" },
    { u'渑', "m" },
    { u'荥', "xy" },
    { u'嵩', "s" },
    { u'崞', "g" },
    { u'岢', "k" },
    { u'浍', "hk" },
    { u'绛', "j" },
    { u'猗', "y" },
    { u'芮', "r" },
    { u'淇', "q" },
    { u'鄄', "j" },
    { u'郓', "y" },
    { u'茌', "c" },
    { u'莘', "sx" },
    { u'鄠', "h" },
};

QString tableInitials(QChar character)
{
    for (const KnownCharacter &known : kKnownCharacters) {
        if (known.character == character.unicode())
            return QString::fromLatin1(known.initials);
    }
    return {};
}

QChar levelOneInitial(QChar character, QStringEncoder *gb18030)
{
    if (!gb18030->isValid())
        return {};
    const QByteArray bytes = gb18030->encode(QStringView(&character, 1));
    if (bytes.size() != 2)
        return {};
    const quint16 code = quint16((quint8(bytes.at(0)) << 8) | quint8(bytes.at(1)));
    if (code < kLevelOneStarts[0].code || code > kLevelOneEnd || quint8(bytes.at(1)) < 0xA1)
        return {};
    char initial = 0;
    for (const InitialStart &start : kLevelOneStarts) {
        if (code < start.code)
            break;
        initial = start.initial;
    }
    return QLatin1Char(initial);
}

QString initialsOf(QChar character, QStringEncoder *gb18030)
{
    if (character.unicode() < 0x80)
        return character.isLetterOrNumber() ? QString(character.toLower()) : QString();
    if (QString known = tableInitials(character); !known.isEmpty())
        return known;
    const QChar initial = levelOneInitial(character, gb18030);
    return initial.isNull() ? QString() : QString(initial);
}

} // namespace

PinyinInitials::PinyinInitials(QStringView text)
{
    QStringEncoder gb18030("GB18030");
    m_initials.reserve(text.size());
    for (const QChar character : text)
        m_initials.append(initialsOf(character, &gb18030));
}

QString PinyinInitials::of(QChar character)
{
    QStringEncoder gb18030("GB18030");
    return initialsOf(character, &gb18030);
}

bool PinyinInitials::hasGb18030Encoder()
{
    return QStringEncoder("GB18030").isValid();
}

PinyinInitials::Match PinyinInitials::match(QStringView query) const
{
    QString letters;
    for (const QChar character : query) {
        if (!character.isSpace())
            letters.append(character.toLower());
    }
    if (letters.isEmpty() || letters.size() > m_initials.size())
        return Match::None;
    for (qsizetype start = 0; start + letters.size() <= m_initials.size(); ++start) {
        qsizetype matched = 0;
        while (matched < letters.size() && m_initials.at(start + matched).contains(letters.at(matched)))
            ++matched;
        if (matched == letters.size())
            return Match::Run;
    }
    // Taking the earliest character that fits each letter finds a match whenever one exists.
    qsizetype next = 0;
    for (const QChar letter : std::as_const(letters)) {
        while (next < m_initials.size() && !m_initials.at(next).contains(letter))
            ++next;
        if (next == m_initials.size())
            return Match::None;
        ++next;
    }
    return Match::Abbreviation;
}

QString PinyinInitials::firstInitials() const
{
    QString result;
    result.reserve(m_initials.size());
    for (const QString &initials : m_initials)
        result.append(initials.isEmpty() ? QLatin1Char('?') : initials.at(0));
    return result;
}

} // namespace bxt
