#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace bxt {

// One prepared statement on SQLite's own handle, for a hot path of a writer or reader: a bound
// value costs no QVariant and a row no Qt result set. Values are bound as Qt's SQLite driver binds them
// (a null QString as NULL, a QByteArray as a blob), so rows read the same either way. Bound
// text and blobs must outlive the run that uses them.
class SqliteStatement final
{
public:
    Q_DISABLE_COPY_MOVE(SqliteStatement)
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();

    void bind(int column, qint64 value); // columns count from 1, as in SQLite
    void bind(int column, const QString &text);
    void bindText(int column, QByteArrayView utf8); // UTF-8, bound without a conversion; null as NULL
    void bindBlob(int column, QByteArrayView blob);
    void bindNull(int column);

    // Runs a statement that returns no row; false and *error on failure. The statement is
    // ready for new values afterwards either way.
    bool run(QString *error);
    // Steps to the next row: *row tells whether there is one; false and *error on failure.
    // Call reset() when done with the rows.
    bool step(bool *row, QString *error);
    qint64 number(int column) const; // columns of a row count from 0
    QByteArrayView blob(int column) const;
    QByteArrayView text(int column) const; // UTF-8, valid until the next step or reset
    qint64 lastInsertId() const; // the connection's, after an INSERT ran
    void reset();

private:
    QString failure() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
};

} // namespace bxt
