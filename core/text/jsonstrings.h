#pragma once

namespace bxt {

// The first byte from p on that ends a JSON string's plain run: a quote, a backslash or a raw
// control character; end when there is none. Eight bytes at a time, since most of a post's
// text is the UTF-8 of Chinese characters, none of which is any of these.
const char *nextJsonStringSpecial(const char *p, const char *end);

// Whether a backslash before c is one of JSON's escapes (\" \\ \/ \b \f \n \r \t \u).
bool isJsonEscape(char c);

// A string read from just after its opening quote, as QJsonDocument reads it: a backslash takes
// the next byte whatever it is. What JSON forbids and QJsonDocument takes is noted, the first of
// each kind.
struct JsonStringRead
{
    const char *closingQuote; // end when the text ends first
    bool escaped = false; // the string has a backslash
    const char *rawControl = nullptr; // a byte below 0x20
    const char *invalidEscape = nullptr; // a backslash before what isJsonEscape() refuses, or at the end
};
JsonStringRead readJsonString(const char *afterQuote, const char *end);

// The first byte, in any string of JSON text, of what JSON forbids and QJsonDocument takes (a
// raw control character, a backslash that starts no escape); end when there is none.
const char *firstForbiddenInAString(const char *text, const char *end);

} // namespace bxt
