#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bxt {

// The one way this program writes CSV (RFC 4180, UTF-8, CRLF): post exports and report tables.
// Cells hold citizens' and the portal's text, so a cell a spreadsheet would run as a formula
// (= + - @ first, also after white space or invisible characters such as a BOM, or a TAB or CR
// first) is written after a ' and shows as text; a plain number such as -12 stays a number.
namespace Csv {

QString field(const QString &text); // neutralised and, where needed, quoted
QByteArray row(const QStringList &fields); // the fields, comma-separated, ending in CRLF

} // namespace Csv

} // namespace bxt
