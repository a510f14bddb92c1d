#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace bxt {

// The pinyin initials of a name, for finding a unit by typing e.g. "ngq" for 南岗区人民政府
// (the dispatch picker, R1). Each character keeps every initial it can be read with, so 长
// answers to both c (长春) and z (局长).
class PinyinInitials final
{
public:
    enum class Match {
        None,
        Abbreviation, // the letters are initials of characters in order, with gaps: "zj" for 住房和城乡建设局
        Run, // the letters are initials of consecutive characters: "ngq" for 南岗区
    };

    explicit PinyinInitials(QStringView text);

    // The lower-case initials one character can be typed with: "n" for 南, "cz" for 长; an ASCII
    // letter or digit stands for itself; empty for punctuation and hanzi this class does not know.
    static QString of(QChar character);
    // Whether this machine's Qt can encode GB18030, which orders the common hanzi by pinyin. Without
    // it only the characters of this class's own table are known.
    static bool hasGb18030Encoder();

    // How the query (ASCII letters and digits; spaces are ignored) matches the text's initials.
    Match match(QStringView query) const;
    // The first initial of every character, '?' for one not known: "ngqrmzf" for 南岗区人民政府.
    QString firstInitials() const;

private:
    QList<QString> m_initials; // per character of the text
};

} // namespace bxt
