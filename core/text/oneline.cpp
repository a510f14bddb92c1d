#include "text/oneline.h"

namespace bxt {

bool isHiddenOrBreaking(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph: return true;
    default: return false;
    }
}

bool isStrayControl(QChar c)
{
    return c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\r')
        && c != QLatin1Char('\t');
}

QString asOneLine(QString text)
{
    for (QChar &c : text) {
        if (isHiddenOrBreaking(c))
            c = QLatin1Char(' ');
    }
    return text;
}

QString escapedToOneLine(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    bool escapedBefore = true; // a mark at the start has nothing to sit on
    for (const QChar c : text) {
        const bool escape = isHiddenOrBreaking(c) || (c.isMark() && escapedBefore);
        if (escape)
            shown += QLatin1String("\\u")
                + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        else if (c == QLatin1Char('\\'))
            shown += QLatin1String("\\\\");
        else
            shown += c;
        escapedBefore = escape;
    }
    return shown;
}

} // namespace bxt
