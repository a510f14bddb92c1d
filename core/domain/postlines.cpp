#include "domain/postlines.h"

#include "domain/postvalidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>

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
    , m_buffer(limit + 2, Qt::Uninitialized)
{ }

qint64 PostLineReader::readLine()
{
    const qint64 room = m_bytesLeft < 0 ? m_limit + 2 : std::min(m_limit + 2, m_bytesLeft + 1);
    const qint64 read = room > 1 ? m_input.readLine(m_buffer.data(), room) : 0;
    if (read > 0) {
        m_bytesRead += read;
        m_bytesLeft -= m_bytesLeft < 0 ? 0 : read;
    }
    return read;
}

bool PostLineReader::next(QByteArray *line, bool *tooLong)
{
    const qint64 read = m_ended ? 0 : readLine();
    if (read <= 0) {
        m_ended = true;
        return false;
    }
    *line = QByteArray(m_buffer.constData(), read);
    *tooLong = (line->endsWith('\n') ? line->size() - 1 : line->size()) > m_limit;
    m_ended = *tooLong && !m_skipTooLong;
    while (*tooLong && m_skipTooLong && !line->endsWith('\n')) {
        const qint64 more = readLine();
        if (more <= 0)
            break;
        *line = QByteArray(m_buffer.constData(), more);
    }
    return true;
}

QByteArray postLineText(qint64 lineNumber, const QByteArray &line)
{
    const QByteArray text = line.trimmed();
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
    if (QString problem = parsePostLine(text, post); !problem.isEmpty())
        return problem;
    if (QString problem = validatePostText(text); !problem.isEmpty())
        return problem;
    return validatePost(*post);
}

QString postLineTooLong()
{
    return Tr::tr("the line is longer than %1 MiB").arg(PostLineReader::kMaxLineBytes / (1024 * 1024));
}

} // namespace bxt
