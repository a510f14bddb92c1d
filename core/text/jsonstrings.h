#pragma once

namespace bxt {

// The first byte from p on that ends a JSON string's plain run: a quote, a backslash or a raw
// control character; end when there is none. Eight bytes at a time, since most of a post's
// text is the UTF-8 of Chinese characters, none of which is any of these.
const char *nextJsonStringSpecial(const char *p, const char *end);

} // namespace bxt
