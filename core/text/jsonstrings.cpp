#include "text/jsonstrings.h"

#include <QtGlobal>
#include <algorithm>
#include <cstring>

namespace bxt {

const char *nextJsonStringSpecial(const char *p, const char *end)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighBits = 0x8080808080808080ULL;
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        const quint64 quote = word ^ (kOnes * '"');
        const quint64 backslash = word ^ (kOnes * '\\');
        // A word has a byte below n when (word - n * kOnes) & ~word & kHighBits (n <= 0x80).
        const quint64 special
            = ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | ((word - kOnes * 0x20) & ~word);
        if (special & kHighBits)
            break;
        p += 8;
    }
    while (p < end && *p != '"' && *p != '\\' && uchar(*p) >= 0x20)
        ++p;
    return p;
}

bool isJsonEscape(char c)
{
    switch (c) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'u': return true;
    default: return false;
    }
}

JsonStringRead readJsonString(const char *afterQuote, const char *end)
{
    JsonStringRead read;
    const char *p = nextJsonStringSpecial(afterQuote, end);
    for (; p < end && *p != '"'; p = nextJsonStringSpecial(p + 1, end)) {
        if (*p != '\\') {
            if (!read.rawControl)
                read.rawControl = p;
            continue;
        }
        read.escaped = true;
        if (!read.invalidEscape && (p + 1 >= end || !isJsonEscape(p[1])))
            read.invalidEscape = p;
        if (++p >= end) // the escaped byte
            break;
    }
    read.closingQuote = p < end ? p : end;
    return read;
}

const char *firstForbiddenInAString(const char *text, const char *end)
{
    // Outside a string, a quote always opens one.
    for (const char *p = text; p < end;) {
        p = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
        if (!p)
            return end;
        const JsonStringRead string = readJsonString(p + 1, end);
        if (string.rawControl || string.invalidEscape)
            return std::min(
                string.rawControl ? string.rawControl : end, string.invalidEscape ? string.invalidEscape : end);
        p = string.closingQuote + (string.closingQuote < end ? 1 : 0);
    }
    return end;
}

} // namespace bxt
