#pragma once

#include <QChar>
#include <QString>

namespace bxt {

// Whether c does not show as itself in a line of text: a control character (NUL, ESC, CR, TAB,
// newline), an invisible format character (a BOM, a bidi override) or a line or paragraph
// separator. In a citizen's text such a character could forge what a printed line says.
bool isHiddenOrBreaking(QChar c);

// Whether c is a control character other than a line break (newline, carriage return) or a
// tab: what a citizen's text of several lines never needs, and what could drive a terminal.
bool isStrayControl(QChar c);

// text as one line of plain text, to print: each such character becomes a space.
QString asOneLine(QString text);

// text as one line that shows every character of it, for a name an operator must tell from
// another: each character isHiddenOrBreaking and each mark with no character before it to sit
// on is written as \uXXXX (UTF-16, as JSON writes it), and a backslash as \\.
QString escapedToOneLine(const QString &text);

} // namespace bxt
