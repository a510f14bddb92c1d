#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace bxt::portal {

// Rows for COPY ... FROM STDIN (FORMAT binary), sent through the libpq connection under a QPSQL
// connection: the values go as they are, with no escaping and no statement text to parse, which
// makes it the fast way to hand PostgreSQL many rows.
class BinaryCopy final
{
    Q_DECLARE_TR_FUNCTIONS(BinaryCopy)

public:
    explicit BinaryCopy(qsizetype expectedBytes = 0);

    void startRow(qint16 fields);
    void addBigint(qint64 value);
    // JSON text, parsed by PostgreSQL's jsonb input.
    void addJsonb(QByteArrayView text);

    // Runs `statement` (COPY table (columns) FROM STDIN (FORMAT binary)) on db, in its current
    // transaction, and sends the rows added; *error is PostgreSQL's reason when that fails.
    bool send(QSqlDatabase &db, const QString &statement, QString *error);

private:
    void addInt32(qint32 value);
    QByteArray m_data;
};

} // namespace bxt::portal
