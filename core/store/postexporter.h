#pragma once

#include <QIODevice>
#include <QString>

namespace bxt {

class Database;

// Writes every post: JSON Lines gives back the POST objects exactly as stored (unknown fields
// included); CSV gives one row a post for spreadsheets.
class PostExporter final
{
public:
    Q_DISABLE_COPY_MOVE(PostExporter)
    enum class Format { JsonLines, Csv };

    explicit PostExporter(Database &database);
    bool run(Format format, QIODevice &output, qint64 *count, QString *error);

private:
    Database &m_database;
};

} // namespace bxt
