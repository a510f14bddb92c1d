#include "common/themecolours.h"

#include <QPalette>

namespace bxt {

namespace {

// Each at least 4.5:1 against white (light) or against #1e1e1e (dark).
QColor lightThemeColor(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QColor(0x2e, 0x7d, 0x32);
    case Tone::Caution: return QColor(0x9a, 0x5b, 0x00);
    case Tone::Urgent: return QColor(0xbf, 0x36, 0x0c);
    case Tone::Warning: return QColor(0xa4, 0x00, 0x00);
    case Tone::Confidential: return QColor(0x8e, 0x24, 0xaa);
    case Tone::Muted: return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QColor darkThemeColor(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QColor(0x81, 0xc7, 0x84);
    case Tone::Caution: return QColor(0xff, 0xd5, 0x4f);
    case Tone::Urgent: return QColor(0xff, 0xab, 0x91);
    case Tone::Warning: return QColor(0xff, 0x8a, 0x80);
    case Tone::Confidential: return QColor(0xce, 0x93, 0xd8);
    case Tone::Muted: return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QColor mix(const QColor &base, const QColor &tint, double share)
{
    const auto channel = [share](int a, int b) { return int(a + (b - a) * share + 0.5); };
    return QColor(
        channel(base.red(), tint.red()), channel(base.green(), tint.green()), channel(base.blue(), tint.blue()));
}

} // namespace

bool isDarkTheme(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    return isDarkTheme(palette) ? darkThemeColor(tone) : lightThemeColor(tone);
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    // Light tones on a light base and dark ones on a dark base keep the text's contrast.
    return mix(palette.color(QPalette::Base), toneColor(tone, palette), isDarkTheme(palette) ? 0.2 : 0.18);
}

} // namespace bxt
