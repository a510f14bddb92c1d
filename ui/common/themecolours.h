#pragma once

#include <QColor>

class QPalette;

namespace bxt {

// The few colours the desk adds to the theme's own, worked out from the palette so that they
// read on a light and on a dark theme alike.
enum class Tone {
    Good, // on track, online
    Caution, // due soon, a flagged abusive word, a reminder
    Urgent, // due today
    Warning, // overdue, offline, refused
    Confidential, // a report (R10)
    Muted, // unknown, days off
};

// Whether the palette's window is dark (a dark theme).
bool isDarkTheme(const QPalette &palette);
// The tone for text or a mark on the palette's base or window: dark shades on a light theme,
// light ones on a dark theme.
QColor toneColor(Tone tone, const QPalette &palette);
// A tint of the palette's base in the tone, under text in the palette's Text colour.
QColor toneBackground(Tone tone, const QPalette &palette);

} // namespace bxt
