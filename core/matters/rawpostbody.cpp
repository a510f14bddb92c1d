#include "matters/rawpostbody.h"

namespace bxt {

namespace {

// Reads one JSON object's members in turn, skipping the values it is not asked for.
class JsonObjectReader final
{
public:
    explicit JsonObjectReader(QByteArrayView json)
        : m_json(json)
    { }

    bool open() { return skipSpace() && take('{'); }

    // The next member's name, raw (escapes as written); false at the end of the object or on
    // broken JSON (then failed() tells).
    bool nextName(QByteArrayView *name)
    {
        if (!skipSpace())
            return fail();
        if (m_at < m_json.size() && m_json[m_at] == '}')
            return false;
        if (m_members++ > 0 && !(take(',') && skipSpace()))
            return fail();
        if (!rawString(name) || !skipSpace() || !take(':') || !skipSpace())
            return fail();
        return true;
    }

    // Skips a value of any kind; a string, object or array ends at its closing character, a
    // number or literal before the comma, brace or space after it.
    bool skipValue()
    {
        int depth = 0;
        while (m_at < m_json.size()) {
            const char c = m_json[m_at];
            if (c == '"') {
                QByteArrayView ignored;
                if (!rawString(&ignored))
                    return fail();
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_at;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return true;
                --depth;
                ++m_at;
            } else if (depth == 0 && (c == ',' || isSpace(c))) {
                return true;
            } else {
                ++m_at;
            }
            if (depth == 0 && (c == '"' || c == '}' || c == ']'))
                return true;
        }
        return fail();
    }

    // A string value, its escapes decoded as json_extract decodes them; a null is empty.
    bool stringValue(QString *text)
    {
        if (m_json.sliced(m_at).startsWith("null")) {
            *text = QString();
            return true;
        }
        QByteArrayView raw;
        if (m_at >= m_json.size() || m_json[m_at] != '"' || !rawString(&raw))
            return fail();
        *text = raw.contains('\\') ? QString::fromUtf8(unescaped(raw)) : QString::fromUtf8(raw);
        return true;
    }

    bool failed() const { return m_failed; }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    bool skipSpace()
    {
        while (m_at < m_json.size() && isSpace(m_json[m_at]))
            ++m_at;
        return true;
    }

    bool take(char c)
    {
        if (m_at >= m_json.size() || m_json[m_at] != c)
            return false;
        ++m_at;
        return true;
    }

    bool fail()
    {
        m_failed = true;
        return false;
    }

    // The string at m_at without its quotes, escapes as written. A quote ends it unless an odd
    // number of backslashes stands before it.
    bool rawString(QByteArrayView *raw)
    {
        if (!take('"'))
            return false;
        const qsizetype from = m_at;
        for (qsizetype quote; (quote = m_json.indexOf('"', m_at)) >= 0;) {
            m_at = quote + 1;
            qsizetype backslashes = 0;
            while (quote - backslashes > from && m_json[quote - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0) {
                *raw = m_json.sliced(from, quote - from);
                return true;
            }
        }
        return false;
    }

    static int hex4(QByteArrayView digits)
    {
        if (digits.size() < 4)
            return -1;
        int value = 0;
        for (const char digit : digits.first(4)) {
            int nibble = -1;
            if (digit >= '0' && digit <= '9')
                nibble = digit - '0';
            else if (digit >= 'a' && digit <= 'f')
                nibble = digit - 'a' + 10;
            else if (digit >= 'A' && digit <= 'F')
                nibble = digit - 'A' + 10;
            if (nibble < 0)
                return -1;
            value = value * 16 + nibble;
        }
        return value;
    }

    static void appendUtf8(QByteArray *utf8, char32_t point)
    {
        if (point < 0x80) {
            utf8->append(char(point));
        } else if (point < 0x800) {
            utf8->append(char(0xC0 | (point >> 6))).append(char(0x80 | (point & 0x3F)));
        } else if (point < 0x10000) {
            utf8->append(char(0xE0 | (point >> 12)))
                .append(char(0x80 | ((point >> 6) & 0x3F)))
                .append(char(0x80 | (point & 0x3F)));
        } else {
            utf8->append(char(0xF0 | (point >> 18)))
                .append(char(0x80 | ((point >> 12) & 0x3F)))
                .append(char(0x80 | ((point >> 6) & 0x3F)))
                .append(char(0x80 | (point & 0x3F)));
        }
    }

    // As SQLite 3.40 decodes them: \u0000 ends the text, a lone surrogate is kept as its own
    // three bytes (and becomes U+FFFD in a QString), any other escaped character stands for itself.
    static QByteArray unescaped(QByteArrayView raw)
    {
        QByteArray utf8;
        utf8.reserve(raw.size());
        for (qsizetype at = 0; at < raw.size(); ++at) {
            if (raw[at] != '\\') {
                utf8.append(raw[at]);
                continue;
            }
            const char escaped = raw[++at];
            if (escaped != 'u') {
                static constexpr QByteArrayView letters = "bfnrt";
                static constexpr QByteArrayView meanings = "\b\f\n\r\t";
                const qsizetype letter = letters.indexOf(escaped);
                utf8.append(letter < 0 ? escaped : meanings[letter]);
                continue;
            }
            char32_t point = char32_t(qMax(0, hex4(raw.sliced(at + 1))));
            at += 4;
            if (point == 0)
                break;
            const int low
                = (point & 0xFC00) == 0xD800 && raw.sliced(at + 1).startsWith("\\u") ? hex4(raw.sliced(at + 3)) : -1;
            if (low >= 0 && (low & 0xFC00) == 0xDC00) {
                point = ((point & 0x3FF) << 10) + (char32_t(low) & 0x3FF) + 0x10000;
                at += 6;
            }
            appendUtf8(&utf8, point);
        }
        return utf8;
    }

    QByteArrayView m_json;
    qsizetype m_at = 0;
    int m_members = 0;
    bool m_failed = false;
};

} // namespace

bool rawPostBody(QByteArrayView json, QString *body)
{
    JsonObjectReader object(json);
    if (!object.open())
        return false;
    for (QByteArrayView name; object.nextName(&name);) {
        if (name == "body")
            return object.stringValue(body);
        if (!object.skipValue())
            return false;
    }
    *body = QString();
    return !object.failed();
}

} // namespace bxt
