#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QString>

namespace bxt {

// JSON Lines of POST objects, as the desk's import and the portal's import take them: one line
// at a time, each checked on its own (postvalidator.h).

// Reads lines of at most limit bytes into one buffer allocated once (QIODevice::readLine(n)
// would allocate n bytes for every line). The end is where a read gives nothing: atEnd() is
// true on a pipe before its first read.
class PostLineReader final
{
public:
    Q_DISABLE_COPY_MOVE(PostLineReader)
    static constexpr qint64 kMaxLineBytes = 4 * 1024 * 1024;

    // skipTooLong: the rest of a line too long is skipped and reading goes on; otherwise that
    // line is the last one read (the rest may never end, as on /dev/zero).
    PostLineReader(QIODevice &input, bool skipTooLong, qint64 limit = kMaxLineBytes);

    // Reads no more than this many bytes from here on, as if the input ended there.
    void stopAfter(qint64 bytes) { m_bytesLeft = bytes; }

    // The next line, false at the end; *tooLong when it did not fit.
    bool next(QByteArray *line, bool *tooLong);
    bool ended() const { return m_ended; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    qint64 readLine();

    QIODevice &m_input;
    qint64 m_limit;
    bool m_skipTooLong;
    bool m_ended = false;
    qint64 m_bytesLeft = -1; // no end but the input's
    qint64 m_bytesRead = 0;
    QByteArray m_buffer;
};

// The line without its end and surrounding blanks, and without the file's byte order mark
// (allowed before the first line only).
QByteArray postLineText(qint64 lineNumber, const QByteArray &line);

// Parses one line's text, without checking the post; *post is the object when the answer is empty.
QString parsePostLine(const QByteArray &text, QJsonObject *post);

// Parses and checks one line's text; *post is the object when the answer is empty.
QString checkPostLine(const QByteArray &text, QJsonObject *post);

// The problem of a line longer than PostLineReader::kMaxLineBytes.
QString postLineTooLong();

} // namespace bxt
