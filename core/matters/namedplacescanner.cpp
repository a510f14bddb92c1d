#include "matters/namedplacescanner.h"

#include <QRegularExpression>
#include <algorithm>
#include <iterator>

namespace bxt {

namespace {

constexpr QStringView kEndings[] = { u"路", u"街", u"大道", u"巷", u"小区", u"社区", u"家园", u"花园", u"公寓", u"广场",
    u"大厦", u"新城", u"苑", u"村", u"学校", u"中学", u"小学", u"幼儿园", u"医院", u"工地", u"项目", u"大桥" };
constexpr QStringView kNotNames = u"我你他她们这那该本此其每各整周附所的了是个";

bool isHanByRegularExpression(QStringView character)
{
    static const QRegularExpression han(QStringLiteral("^\\p{Han}$"));
    return han.match(character).hasMatch();
}

} // namespace

NamedPlaceScanner::NamedPlaceScanner()
{
    for (const QStringView ending : kEndings)
        m_endingStarts.set(ending.front().unicode());
}

std::vector<QStringView> NamedPlaceScanner::find(QStringView text)
{
    std::vector<QStringView> names;
    for (qsizetype at = 0; at < text.size();) {
        // Most places start no name, as the third character begins no ending: told at a glance
        // when none of the three is half of a surrogate pair.
        if (at + 2 < text.size() && !m_endingStarts.test(text[at + 2].unicode()) && !text[at].isSurrogate()
            && !text[at + 1].isSurrogate()) {
            ++at;
            continue;
        }
        qsizetype first = 0;
        qsizetype second = 0;
        const bool twoHan = isHan(text, at, &first) && at + first < text.size() && isHan(text, at + first, &second);
        const qsizetype ending = twoHan ? endingAt(text, at + first + second) : 0;
        if (ending == 0) {
            at += first;
            continue;
        }
        const QStringView before = text.sliced(at, first + second);
        if (!kNotNames.contains(before.at(0)) && !kNotNames.contains(before.at(1)))
            names.push_back(text.sliced(at, first + second + ending));
        at += first + second + ending;
    }
    return names;
}

bool NamedPlaceScanner::isHan(QStringView text, qsizetype at, qsizetype *length)
{
    const QChar unit = text.at(at);
    if (unit.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
        *length = 2;
        return isHanByRegularExpression(text.sliced(at, 2));
    }
    *length = 1;
    quint8 &known = m_hanCharacters[unit.unicode()];
    if (known == 0)
        known = isHanByRegularExpression(text.sliced(at, 1)) ? 2 : 1;
    return known == 2;
}

qsizetype NamedPlaceScanner::endingAt(QStringView text, qsizetype at) const
{
    if (at >= text.size() || !m_endingStarts.test(text.at(at).unicode()))
        return 0;
    const auto found = std::find_if(std::begin(kEndings), std::end(kEndings),
        [rest = text.sliced(at)](QStringView ending) { return rest.startsWith(ending); });
    return found == std::end(kEndings) ? 0 : found->size();
}

} // namespace bxt
