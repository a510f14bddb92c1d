#include "store/poststore.h"

#include "text/jsonstrings.h"

#include <algorithm>

namespace bxt {

namespace {

// Reads JSON text that QJsonDocument has read without an error. Whatever it does not read as
// QJsonDocument would, it refuses (failed()) rather than guesses: the caller then parses.
class CheckedJsonCursor
{
public:
    explicit CheckedJsonCursor(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    { }

    bool failed() const { return m_failed; }

    // Past the next character when it is open ('{' or '[').
    bool enter(char open)
    {
        skipSpace();
        if (m_p < m_end && *m_p == open) {
            ++m_p;
            return true;
        }
        return fail();
    }

    // The next key of the object entered, up to its colon; false past the object's end. first:
    // the caller's, true before the object's first key.
    bool nextKey(bool *first, QByteArrayView *key)
    {
        if (!nextMember(first, '}'))
            return false;
        if (m_p >= m_end || *m_p != '"')
            return fail();
        const char *start = ++m_p;
        m_p = nextJsonStringSpecial(m_p, m_end);
        if (m_p >= m_end || *m_p != '"') // a key with an escape
            return fail();
        *key = QByteArrayView(start, m_p - start);
        ++m_p;
        skipSpace();
        if (m_p >= m_end || *m_p != ':')
            return fail();
        ++m_p;
        return true;
    }

    // Before the next item of the list entered; false past the list's end.
    bool nextItem(bool *first) { return nextMember(first, ']'); }

    // A string, or null as an empty text, as QJsonValue::toString() gives both.
    bool text(QString *value)
    {
        if (null()) {
            *value = QString();
            return true;
        }
        if (m_p >= m_end || *m_p != '"')
            return fail();
        const char *start = ++m_p;
        m_p = nextJsonStringSpecial(m_p, m_end);
        if (m_p < m_end && *m_p == '"') {
            *value = QString::fromUtf8(start, m_p - start);
            ++m_p;
            return true;
        }
        QByteArray decoded(start, m_p - start);
        while (m_p < m_end && *m_p == '\\' && m_end - m_p >= 2) {
            const char escaped = unescaped(m_p[1]);
            if (escaped == 0) // \u, which QJsonDocument reads with its surrogate rules
                return fail();
            decoded.append(escaped);
            start = m_p += 2;
            m_p = nextJsonStringSpecial(m_p, m_end);
            decoded.append(start, m_p - start);
        }
        if (m_p >= m_end || *m_p != '"')
            return fail();
        ++m_p;
        *value = QString::fromUtf8(decoded);
        return true;
    }

    // A number written as plain digits, as a post's counts are.
    bool count(qint64 *value)
    {
        skipSpace();
        const char *start = m_p;
        qint64 number = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9' && m_p - start < 15)
            number = number * 10 + (*m_p++ - '0');
        if (m_p == start || (m_p < m_end && !endsValue(*m_p)))
            return fail();
        *value = number;
        return true;
    }

    // Past a null, when the next value is one.
    bool null()
    {
        skipSpace();
        if (m_end - m_p >= 4 && QByteArrayView(m_p, 4) == "null") {
            m_p += 4;
            return true;
        }
        return false;
    }

    void skipValue()
    {
        skipSpace();
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                skipString();
                if (depth == 0)
                    return;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return; // the end of the enclosing value: a scalar was skipped
                if (--depth == 0) {
                    ++m_p;
                    return;
                }
            } else if (c == ',' && depth == 0) {
                return;
            }
            ++m_p;
        }
    }

private:
    bool fail()
    {
        m_failed = true;
        m_p = m_end;
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    static bool endsValue(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static char unescaped(char c)
    {
        switch (c) {
        case '"': return '"';
        case '\\': return '\\';
        case '/': return '/';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        default: return 0;
        }
    }

    void skipString()
    {
        m_p = readJsonString(m_p + 1, m_end).closingQuote;
        m_p += m_p < m_end ? 1 : 0;
    }

    bool nextMember(bool *first, char close)
    {
        skipSpace();
        if (m_p >= m_end)
            return fail();
        if (*m_p == close) {
            ++m_p;
            return false;
        }
        if (!*first) {
            if (*m_p != ',')
                return fail();
            ++m_p;
            skipSpace();
        }
        *first = false;
        return true;
    }

    const char *m_p;
    const char *m_end;
    bool m_failed = false;
};

} // namespace

std::optional<PostRecord> PostRecord::fromCheckedText(QByteArrayView json)
{
    CheckedJsonCursor cursor(json);
    PostRecord record;
    QString title;
    QString body;
    QString category;
    QString status;
    QString submittedAt;
    // A list of objects, null as an empty one. Of each item, the members named in fields are
    // read into their texts and the others skipped; then endItem takes the texts.
    using Fields = std::initializer_list<std::pair<QByteArrayView, QString *>>;
    const auto readList = [&cursor](Fields fields, const auto &endItem) {
        if (cursor.null())
            return;
        cursor.enter('[');
        bool first = true;
        while (cursor.nextItem(&first) && cursor.enter('{')) {
            bool firstKey = true;
            QByteArrayView key;
            while (cursor.nextKey(&firstKey, &key)) {
                const auto field = std::find_if(
                    fields.begin(), fields.end(), [&key](const auto &named) { return named.first == key; });
                if (field != fields.end())
                    cursor.text(field->second);
                else
                    cursor.skipValue();
            }
            endItem();
            for (const auto &[name, text] : fields)
                *text = QString();
        }
    };
    QString unitId;
    QString at;
    QString state;
    QString promiseDue;
    bool first = true;
    QByteArrayView key;
    cursor.enter('{');
    while (cursor.nextKey(&first, &key)) {
        if (key == "id") {
            cursor.text(&record.id);
        } else if (key == "version") {
            cursor.count(&record.version);
        } else if (key == "title") {
            cursor.text(&title);
        } else if (key == "body") {
            cursor.text(&body);
        } else if (key == "category") {
            cursor.text(&category);
        } else if (key == "status") {
            cursor.text(&status);
        } else if (key == "submitted_at") {
            cursor.text(&submittedAt);
        } else if (key == "views") {
            cursor.count(&record.views);
        } else if (key == "assignments") {
            readList({ { "unit_id", &unitId }, { "dispatched_at", &at }, { "status", &state },
                         { "promise_due", &promiseDue } },
                [&]() { record.addAssignment(unitId, at, state, promiseDue); });
        } else if (key == "supervisions") {
            readList({ { "unit_id", &unitId }, { "opened_at", &at } }, [&]() { record.addSupervision(unitId, at); });
        } else {
            cursor.skipValue();
        }
    }
    if (cursor.failed())
        return std::nullopt;
    record.setTexts(title, body);
    record.category = category.toUtf8();
    record.status = status.toUtf8();
    record.submittedAt = parseRfc3339(submittedAt).toSecsSinceEpoch();
    return record;
}

} // namespace bxt
