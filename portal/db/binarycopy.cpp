#include "db/binarycopy.h"

#include <QSqlDriver>
#include <QVariant>
#include <QtEndian>
#include <libpq-fe.h>
#include <memory>

namespace bxt::portal {

namespace {

// PostgreSQL's binary COPY header: signature, flags, header extension length.
constexpr char kHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
constexpr qsizetype kHeaderBytes = 19;
// jsonb's binary form is a version byte and the JSON text.
constexpr char kJsonbVersion = 1;
// PQputCopyData takes an int length.
constexpr qsizetype kPieceBytes = 1 << 20;

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

QString connectionError(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).simplified();
}

} // namespace

BinaryCopy::BinaryCopy(qsizetype expectedBytes)
{
    m_data.reserve(kHeaderBytes + expectedBytes + 2);
    m_data.append(kHeader, kHeaderBytes);
}

void BinaryCopy::addInt32(qint32 value)
{
    const qint32 big = qToBigEndian(value);
    m_data.append(reinterpret_cast<const char *>(&big), sizeof big);
}

void BinaryCopy::startRow(qint16 fields)
{
    const qint16 big = qToBigEndian(fields);
    m_data.append(reinterpret_cast<const char *>(&big), sizeof big);
}

void BinaryCopy::addBigint(qint64 value)
{
    addInt32(sizeof value);
    const qint64 big = qToBigEndian(value);
    m_data.append(reinterpret_cast<const char *>(&big), sizeof big);
}

void BinaryCopy::addJsonb(QByteArrayView text)
{
    addInt32(qint32(text.size() + 1));
    m_data.append(kJsonbVersion);
    m_data.append(text);
}

bool BinaryCopy::send(QSqlDatabase &db, const QString &statement, QString *error)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0) {
        *error = tr("The connection is not PostgreSQL's.");
        return false;
    }
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    const Result started(PQexec(connection, statement.toUtf8().constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN) {
        *error = connectionError(connection);
        return false;
    }
    constexpr char trailer[] = { '\xff', '\xff' };
    bool sent = true;
    for (qsizetype from = 0; sent && from < m_data.size(); from += kPieceBytes) {
        sent = PQputCopyData(connection, m_data.constData() + from, int(qMin(kPieceBytes, m_data.size() - from))) == 1;
    }
    sent = sent && PQputCopyData(connection, trailer, sizeof trailer) == 1;
    // When sending failed, ending the copy with an error message leaves the connection usable.
    const QString sendError = sent ? QString() : connectionError(connection);
    const bool ended = PQputCopyEnd(connection, sent ? nullptr : "the rows could not be sent") == 1;
    bool copied = sent && ended;
    QString failure = sent ? QString() : sendError;
    while (PGresult *raw = PQgetResult(connection)) {
        const Result result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK) {
            copied = false;
            if (failure.isEmpty())
                failure = QString::fromUtf8(PQresultErrorMessage(raw)).simplified();
        }
    }
    if (!copied) {
        *error = failure.isEmpty() ? connectionError(connection) : failure;
        return false;
    }
    return true;
}

} // namespace bxt::portal
