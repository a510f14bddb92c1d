#pragma once

#include <QStringView>
#include <array>
#include <bitset>
#include <vector>

namespace bxt {

// Finds the street, community, estate, school or project names of a text (学府路, 和平家园,
// 佳园小区): two Han characters before a word that ends such a name, unless either of them is one
// of words like 我们 or 这个. One pass over the text, the leftmost name first; the scan goes on
// after each name found. A quarter's texts are scanned, so it is written out by hand.
class NamedPlaceScanner final
{
public:
    NamedPlaceScanner();

    std::vector<QStringView> find(QStringView text);

private:
    // The length of the code point at `at` (1 or 2 UTF-16 units) and whether it is Han.
    bool isHan(QStringView text, qsizetype at, qsizetype *length);
    // The length of the word that ends a name at `at`; 0 when none does.
    qsizetype endingAt(QStringView text, qsizetype at) const;

    // Han as \p{Han} of QRegularExpression has it (its script extensions: 、 and 「 count too),
    // learnt one character at a time: 0 not known yet, 1 no, 2 yes.
    std::array<quint8, 65536> m_hanCharacters {};
    std::bitset<65536> m_endingStarts;
};

} // namespace bxt
