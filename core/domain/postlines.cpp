#include "domain/postlines.h"

#include "domain/postvalidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <cstring>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostImporter)
};

// A byte order mark marks the encoding of a whole file: dropped before the first line, refused
// before any other, where it would be stored and exported as the start of the post.
const QByteArray kByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

QString jsonProblem(const QJsonParseError &parse)
{
    if (parse.error == QJsonParseError::IllegalUTF8String)
        return Tr::tr("the text is not valid UTF-8 (at byte %1)").arg(parse.offset);
    return Tr::tr("not valid JSON: %1 (at byte %2)").arg(parse.errorString()).arg(parse.offset);
}

} // namespace

PostLineReader::PostLineReader(QIODevice &input, bool skipTooLong, qint64 limit)
    : m_input(input)
    , m_limit(limit)
    , m_skipTooLong(skipTooLong)
    , m_buffer(std::max(limit + 1, kReadBytes), Qt::Uninitialized)
{ }

bool PostLineReader::fill()
{
    if (m_inputEnded)
        return false;
    // What is left of a line goes to the front; the rest of the buffer takes what the input has.
    std::memmove(m_buffer.data(), m_buffer.constData() + m_start, std::size_t(m_end - m_start));
    m_end -= m_start;
    m_start = 0;
    qint64 room = m_buffer.size() - m_end;
    if (m_bytesLeft >= 0)
        room = std::min(room, m_bytesLeft);
    const qint64 read = room > 0 ? m_input.read(m_buffer.data() + m_end, room) : 0;
    if (read <= 0) {
        m_inputEnded = true;
        return false;
    }
    m_end += read;
    m_bytesLeft -= m_bytesLeft < 0 ? 0 : read;
    return true;
}

QByteArrayView PostLineReader::readLine()
{
    // The next line with its end, or its first limit + 1 bytes when it is longer.
    qsizetype length = 0;
    for (;;) {
        const qsizetype window = std::min(m_end - m_start, qsizetype(m_limit + 1));
        const void *end = std::memchr(m_buffer.constData() + m_start, '\n', std::size_t(window));
        length = end ? static_cast<const char *>(end) - (m_buffer.constData() + m_start) + 1 : window;
        if (end || window == m_limit + 1 || !fill())
            break;
    }
    const QByteArrayView read(m_buffer.constData() + m_start, length);
    m_start += length;
    m_bytesRead += length;
    return read;
}

bool PostLineReader::next(QByteArray *line, bool *tooLong)
{
    const QByteArrayView read = m_ended ? QByteArrayView() : readLine();
    if (read.isEmpty()) {
        m_ended = true;
        return false;
    }
    *line = read.toByteArray();
    *tooLong = (line->endsWith('\n') ? line->size() - 1 : line->size()) > m_limit;
    m_ended = *tooLong && !m_skipTooLong;
    while (*tooLong && m_skipTooLong && !line->endsWith('\n')) {
        const QByteArrayView more = readLine();
        if (more.isEmpty())
            break;
        *line = more.toByteArray();
    }
    return true;
}

QByteArray postLineText(qint64 lineNumber, QByteArray line)
{
    // Trimmed in place: a line is a kilobyte or more, read twice in an import.
    const QByteArray text = std::move(line).trimmed();
    return lineNumber == 1 && text.startsWith(kByteOrderMark) ? text.sliced(kByteOrderMark.size()).trimmed() : text;
}

QString parsePostLine(const QByteArray &text, QJsonObject *post)
{
    if (text.startsWith(kByteOrderMark))
        return Tr::tr("a byte order mark (U+FEFF) at the start of the line; only the first line of a file may "
                      "have one");
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parse);
    if (parse.error != QJsonParseError::NoError)
        return jsonProblem(parse);
    if (!document.isObject())
        return Tr::tr("the line is not a JSON object");
    *post = document.object();
    return {};
}

QString checkPostLine(const QByteArray &text, QJsonObject *post)
{
    // The parser reports a backslash before a Chinese character as text that is not UTF-8: what
    // the text has that JSON forbids is said first.
    if (QString problem = parsePostLine(text, post); !problem.isEmpty()) {
        const QString textProblem = validatePostText(text);
        return textProblem.isEmpty() ? problem : textProblem;
    }
    if (QString problem = validatePostText(text); !problem.isEmpty())
        return problem;
    return validatePost(*post);
}

QString postLineTooLong()
{
    return Tr::tr("the line is longer than %1 MiB").arg(PostLineReader::kMaxLineBytes / (1024 * 1024));
}

} // namespace bxt
