#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace bxt::portal {

class PortalDatabase;

struct PostImportReport
{
    qint64 written = 0;
    qint64 skipped = 0; // the portal held the same or a higher version
};

// Migrates history into the portal: JSON Lines of POST objects (portal-api.md). The whole input
// is read and checked first (every line a valid post with a plain id, domain/postlines.h, that
// PostWriter can store; no id twice): a bad line names its number and nothing is written. Then it
// is read again and its lines, as they are, written through PostWriter::writeNewer() in chunks,
// each one transaction; a post the portal holds at the same or a higher version is kept as it is
// and reported. Both passes use two cores: two blocks of lines are checked at a time, and two
// chunks written at a time on two connections while the next two are read. Memory is bounded by
// four chunks and the set of ids, never the whole input: the input is copied to a temporary file
// while it is checked, and written from that copy. One import writes at a time: a second whose
// check is done while another writes is refused and writes nothing.
class PostImport final
{
    Q_DECLARE_TR_FUNCTIONS(PostImport)

public:
    Q_DISABLE_COPY_MOVE(PostImport)
    static constexpr qsizetype kChunkPosts = 5000;

    explicit PostImport(PortalDatabase &database);

    // skippedOut receives one line per post skipped.
    bool run(QIODevice &input, QIODevice &skippedOut, PostImportReport *report, QString *error);

private:
    // Lines checked in one go on one core.
    static constexpr qsizetype kCheckLines = 2000;

    struct ReadLine
    {
        qint64 number = 0;
        QByteArray line;
        bool tooLong = false;
    };
    struct CheckedLine
    {
        qint64 number = 0;
        QString id; // empty for a blank line
        QString error;
        QString errorUnlessTwice; // when the id is not given twice, which is said first
    };
    static CheckedLine checkLine(const ReadLine &read);
    static QList<CheckedLine> checkLines(const QList<ReadLine> &lines);

    bool writeAlone(QIODevice &checked, QIODevice &skippedOut, PostImportReport *report, QString *error);
    bool check(QIODevice &input, QIODevice &copy, QString *error);
    bool write(QIODevice &input, QIODevice &skippedOut, PostImportReport *report, QString *error);
    bool audit(const PostImportReport &report, QString *error);

    PortalDatabase &m_database;
};

} // namespace bxt::portal
