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

} // namespace bxt
