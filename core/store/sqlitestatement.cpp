#include "store/sqlitestatement.h"

#include <sqlite3.h>

namespace bxt {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (!db)
        m_prepareError = QStringLiteral("no SQLite connection");
    else if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int column, qint64 value)
{
    sqlite3_bind_int64(m_statement, column, value);
}

void SqliteStatement::bind(int column, const QString &text)
{
    if (text.isNull())
        sqlite3_bind_null(m_statement, column);
    else
        sqlite3_bind_text16(m_statement, column, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void SqliteStatement::bindText(int column, QByteArrayView utf8)
{
    sqlite3_bind_text64(m_statement, column, utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
}

void SqliteStatement::bindBlob(int column, QByteArrayView blob)
{
    sqlite3_bind_blob64(m_statement, column, blob.data(), sqlite3_uint64(blob.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int column)
{
    sqlite3_bind_null(m_statement, column);
}

QString SqliteStatement::failure() const
{
    return m_statement ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_prepareError;
}

bool SqliteStatement::run(QString *error)
{
    const int result = m_statement ? sqlite3_step(m_statement) : SQLITE_MISUSE;
    if (result != SQLITE_DONE && result != SQLITE_ROW)
        *error = failure();
    reset();
    return result == SQLITE_DONE || result == SQLITE_ROW;
}

bool SqliteStatement::step(bool *row, QString *error)
{
    const int result = m_statement ? sqlite3_step(m_statement) : SQLITE_MISUSE;
    *row = result == SQLITE_ROW;
    if (result == SQLITE_ROW || result == SQLITE_DONE)
        return true;
    *error = failure();
    return false;
}

qint64 SqliteStatement::number(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

} // namespace bxt
