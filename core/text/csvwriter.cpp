#include "text/csvwriter.h"

#include "text/oneline.h"

#include <QRegularExpression>

namespace bxt::Csv {

namespace {

bool runsAsFormula(const QString &text)
{
    if (text.startsWith(QLatin1Char('\t')) || text.startsWith(QLatin1Char('\r')))
        return true;
    // A spreadsheet may drop any white space or invisible character before the formula.
    qsizetype first = 0;
    while (first < text.size() && (text.at(first).isSpace() || isHiddenOrBreaking(text.at(first))))
        ++first;
    if (first == text.size() || !QStringView(u"=+-@").contains(text.at(first)))
        return false;
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9]+(\\.[0-9]+)?$"));
    return !negativeNumber.match(text).hasMatch();
}

} // namespace

QString field(const QString &text)
{
    const QString cell = runsAsFormula(text) ? QLatin1Char('\'') + text : text;
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    return QLatin1Char('"') + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

QByteArray row(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &text : fields)
        cells.append(field(text));
    return (cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace bxt::Csv
