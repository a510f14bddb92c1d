#pragma once

#include <QIODevice>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace bxt {

class Database;

struct ImportProblem
{
    qint64 line = 0;
    QString message;
};

struct ImportReport
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // a stored version that is as new or newer was kept
    qint64 withLocalWork = 0; // posts with unsent local actions: replayed on the new version, or a conflict keeps them
    qint64 contactsStripped = 0; // stored without the author's contact the store's user may not see (R10)
    QList<ImportProblem> withheld; // posts the store's user may not hold (R10)
    qint64 removed = 0; // stored posts taken off because a newer version left the user's scope (R10)
    QList<ImportProblem> skipped; // bad lines, when skipping them was asked for
    // The input grew while it was imported: the lines after this one were never checked, so
    // they were not imported (importing the same input again adds them). 0: it did not grow.
    qint64 grewAfterLine = 0;
};

// An import that stopped between two chunks (the process was killed): importing the same input
// again finishes it, since a version already stored is kept.
struct InterruptedImport
{
    QString source;
    qint64 lastLine = 0; // the last line stored
};

// Imports JSON Lines of POST objects: upsert by id, higher version wins. The whole input is
// checked first: a bad line aborts everything (nothing changes) unless skipping bad lines was
// asked for. Then what was checked, and no more (a file may grow meanwhile), is stored in chunks
// of about two seconds, each one transaction, so that a local action or a sync gets in between
// two chunks. Posts are taken as sync takes them: the store's user keeps only what it may hold
// (sync/scopefilter.h, R10), and a post with unsent local work gets the new version under that
// work (sync/localstate.h).
class PostImporter final
{
public:
    Q_DISABLE_COPY_MOVE(PostImporter)
    static constexpr qsizetype kBatchLines = 1000; // lines read and prepared together
    // A chunk (one transaction) takes batches until it has held the write lock this long: long
    // enough that what every chunk costs whatever its size (writing the search index's rows for
    // every term seen, the commit, the pause between chunks) stays small, and well within the
    // time a local action waits for the lock.
    static constexpr qint64 kChunkMilliseconds = 2000;

    PostImporter(Database &database, QString actor);
    void setSkipBadLines(bool skip) { m_skipBadLines = skip; }

    bool run(QIODevice &input, const QString &sourceName, ImportReport *report, QString *error);

    // *import is empty unless an import stopped between two chunks; false only on a database failure.
    static bool interrupted(const Database &database, std::optional<InterruptedImport> *import, QString *error);

private:
    // What the check pass read: only that is stored, whatever the input holds by then.
    struct CheckedInput
    {
        // For each batch read, the digest of its bytes when none of its lines is bad.
        std::vector<std::optional<std::size_t>> cleanDigests;
        qint64 bytes = 0;
        qint64 lines = 0;
    };

    bool check(QIODevice &input, QIODevice *copy, ImportReport *report, CheckedInput *checked, QString *error);
    bool store(
        QIODevice &input, const QString &sourceName, const CheckedInput &checked, ImportReport *report, QString *error);

    Database &m_database;
    QString m_actor;
    bool m_skipBadLines = false;
};

} // namespace bxt
