#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QString>

namespace bxt {

// JSON Lines of POST objects, as the desk's import and the portal's import take them: one line
// at a time, each checked on its own (postvalidator.h).

// Reads lines of at most limit bytes from the input in large blocks, into one buffer allocated
// once (QIODevice::readLine(n) would allocate n bytes for every line, and reading line by line
// costs an import's writer as much as a tenth of its time). It never reads past stopAfter().
// The end is where a read gives nothing: atEnd() is true on a pipe before its first read.
class PostLineReader final
{
public:
    Q_DISABLE_COPY_MOVE(PostLineReader)
    static constexpr qint64 kMaxLineBytes = 4 * 1024 * 1024;
    static constexpr qint64 kReadBytes = 1024 * 1024; // read from the input at once, at most

    // skipTooLong: the rest of a line too long is skipped and reading goes on; otherwise that
    // line is the last one read (the rest may never end, as on /dev/zero).
    PostLineReader(QIODevice &input, bool skipTooLong, qint64 limit = kMaxLineBytes);

    // Reads no more than this many bytes from here on, as if the input ended there.
    void stopAfter(qint64 bytes) { m_bytesLeft = bytes; }

    // The next line, false at the end; *tooLong when it did not fit.
    bool next(QByteArray *line, bool *tooLong);
    bool ended() const { return m_ended; }
    qint64 bytesRead() const { return m_bytesRead; } // the bytes of the lines given so far

private:
    bool fill();
    QByteArrayView readLine(); // empty at the end

    QIODevice &m_input;
    qint64 m_limit;
    bool m_skipTooLong;
    bool m_ended = false;
    bool m_inputEnded = false;
    qint64 m_bytesLeft = -1; // no end but the input's
    qint64 m_bytesRead = 0;
    QByteArray m_buffer;
    qsizetype m_start = 0; // the bytes read and not yet given are m_buffer[m_start, m_end)
    qsizetype m_end = 0;
};

// The line without its end and surrounding blanks, and without the file's byte order mark
// (allowed before the first line only).
QByteArray postLineText(qint64 lineNumber, QByteArray line);

// Parses one line's text, without checking the post; *post is the object when the answer is empty.
QString parsePostLine(const QByteArray &text, QJsonObject *post);

// Parses and checks one line's text; *post is the object when the answer is empty.
QString checkPostLine(const QByteArray &text, QJsonObject *post);

// The problem of a line longer than PostLineReader::kMaxLineBytes.
QString postLineTooLong();

} // namespace bxt
