#include "sync/changefeedtext.h"

#include "text/jsonstrings.h"

#include <QVarLengthArray>

namespace bxt {

namespace {

// Reads JSON text the parser accepted: only as far as needed to find where values begin and end.
class JsonText final
{
public:
    explicit JsonText(QByteArrayView text)
        : m_text(text)
    { }

    // Skips white space; takes c when it comes next.
    bool take(char c)
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != c)
            return false;
        ++m_at;
        return true;
    }

    // A key and its colon; nothing for a key with an escape, which only the parser decodes.
    std::optional<QByteArrayView> key()
    {
        if (!take('"'))
            return std::nullopt;
        const qsizetype begin = m_at;
        while (m_at < m_text.size() && m_text[m_at] != '"' && m_text[m_at] != '\\')
            ++m_at;
        if (m_at >= m_text.size() || m_text[m_at] != '"')
            return std::nullopt;
        const QByteArrayView name = m_text.sliced(begin, m_at++ - begin);
        if (!take(':'))
            return std::nullopt;
        return name;
    }

    // The text of the value that comes next, objects and arrays with all they hold. With
    // uniqueKeys, whether every object in it gives each key once and none with an escape.
    std::optional<QByteArrayView> value(bool *uniqueKeys = nullptr)
    {
        skipSpace();
        const qsizetype begin = m_at;
        return skipValue(uniqueKeys) ? std::optional(m_text.sliced(begin, m_at - begin)) : std::nullopt;
    }

private:
    // An object or list open around the place read.
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        QVarLengthArray<QByteArrayView, 32> keys;
    };

    bool skipValue(bool *uniqueKeys)
    {
        QVarLengthArray<Level, 8> levels;
        do {
            if (m_at >= m_text.size())
                return false;
            const char c = m_text[m_at];
            if (c == '"') {
                const qsizetype begin = m_at;
                if (!skipString())
                    return false;
                if (uniqueKeys && *uniqueKeys && !levels.isEmpty() && levels.last().expectKey) {
                    Level &level = levels.last();
                    level.expectKey = false;
                    const QByteArrayView key = m_text.sliced(begin, m_at - begin);
                    *uniqueKeys = !key.contains('\\') && !level.keys.contains(key);
                    level.keys.append(key);
                }
                continue;
            }
            if (levels.isEmpty() && c != '{' && c != '[')
                return skipScalar();
            ++m_at;
            if (c == '{' || c == '[')
                levels.append({ c == '{', c == '{', {} });
            else if (c == '}' || c == ']')
                levels.removeLast();
            else if (c == ',')
                levels.last().expectKey = levels.last().object;
        } while (!levels.isEmpty());
        return true;
    }

    void skipSpace()
    {
        while (m_at < m_text.size()
            && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r' || m_text[m_at] == '\t'))
            ++m_at;
    }

    bool skipString()
    {
        const char *const text = m_text.data();
        const char *const end = text + m_text.size();
        const char *const closingQuote = readJsonString(text + m_at + 1, end).closingQuote;
        if (closingQuote >= end) {
            m_at = m_text.size();
            return false;
        }
        m_at = closingQuote + 1 - text;
        return true;
    }

    // A number, true, false or null: up to the next delimiter.
    bool skipScalar()
    {
        const qsizetype begin = m_at;
        while (m_at < m_text.size() && !QByteArrayView(",}] \n\r\t").contains(m_text[m_at]))
            ++m_at;
        return m_at > begin;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

// The post of each element of the array that comes next.
std::optional<QList<QByteArrayView>> postsOfChanges(JsonText &text)
{
    if (!text.take('['))
        return std::nullopt;
    QList<QByteArrayView> posts;
    if (text.take(']'))
        return posts;
    do {
        if (!text.take('{'))
            return std::nullopt;
        std::optional<QByteArrayView> post;
        if (!text.take('}')) {
            do {
                const std::optional<QByteArrayView> name = text.key();
                if (!name)
                    return std::nullopt;
                const bool isPost = *name == QByteArrayView("post");
                bool uniqueKeys = true;
                const std::optional<QByteArrayView> value = text.value(isPost ? &uniqueKeys : nullptr);
                if (!value || (isPost && post))
                    return std::nullopt;
                if (isPost) // a post whose text says more than its reading is written out from the reading
                    post = uniqueKeys ? *value : QByteArrayView();
            } while (text.take(','));
            if (!text.take('}'))
                return std::nullopt;
        }
        posts.append(post.value_or(QByteArrayView()));
    } while (text.take(','));
    if (!text.take(']'))
        return std::nullopt;
    return posts;
}

} // namespace

std::optional<QList<QByteArrayView>> postTextsOfChanges(QByteArrayView body)
{
    JsonText text(body);
    std::optional<QList<QByteArrayView>> posts;
    if (!text.take('{') || text.take('}'))
        return std::nullopt;
    do {
        const std::optional<QByteArrayView> name = text.key();
        if (!name)
            return std::nullopt;
        if (*name == QByteArrayView("changes")) {
            if (posts)
                return std::nullopt;
            posts = postsOfChanges(text);
            if (!posts)
                return std::nullopt;
        } else if (!text.value()) {
            return std::nullopt;
        }
    } while (text.take(','));
    if (!text.take('}'))
        return std::nullopt;
    return posts;
}

} // namespace bxt
