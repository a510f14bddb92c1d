#pragma once

#include <QIODevice>
#include <QList>
#include <QString>

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
    QList<ImportProblem> skipped;
};

// Imports JSON Lines of POST objects in one transaction: upsert by id, higher version wins.
// A bad line aborts everything (nothing changes) unless skipping bad lines was asked for.
class PostImporter final
{
public:
    Q_DISABLE_COPY_MOVE(PostImporter)
    static constexpr qint64 kMaxLineBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kBatchLines = 1000;

    PostImporter(Database &database, QString actor);
    void setSkipBadLines(bool skip) { m_skipBadLines = skip; }

    bool run(QIODevice &input, const QString &sourceName, ImportReport *report, QString *error);

private:
    Database &m_database;
    QString m_actor;
    bool m_skipBadLines = false;
};

} // namespace bxt
