#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>
#include <QTemporaryFile>

#include <cstdio>
#include <libpq-fe.h>
#include <unistd.h>

namespace bxt::test {

// The statements a QPSQL connection sends while it lives (libpq's trace): the portal waits on
// PostgreSQL, so its answers are as fast as their round trips are few (issue 15). Each
// statement is one round trip; the list shows the first 100 characters of each.
class RoundTripTrace final
{
public:
    Q_DISABLE_COPY_MOVE(RoundTripTrace)

    // started() is false when the connection is not QPSQL's or the trace file cannot be made.
    explicit RoundTripTrace(QSqlDatabase &db)
    {
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "pg_conn*") != 0 || !m_file.open())
            return;
        m_trace = fdopen(dup(m_file.handle()), "w");
        if (!m_trace)
            return;
        m_connection = *static_cast<PGconn *const *>(handle.constData());
        PQtrace(m_connection, m_trace);
        PQsetTraceFlags(m_connection, PQTRACE_SUPPRESS_TIMESTAMPS);
    }
    ~RoundTripTrace() { stop(); }

    bool started() const { return m_connection; }

    QStringList statements()
    {
        stop();
        QStringList sent;
        if (!m_file.seek(0))
            return { QStringLiteral("cannot read the trace") };
        for (const QByteArray &line : m_file.readAll().split('\n')) {
            if (line.startsWith("F\t") && line.contains("\tQuery\t"))
                sent.append(QString::fromUtf8(line.left(100)));
        }
        return sent;
    }

private:
    void stop()
    {
        if (m_connection)
            PQuntrace(m_connection);
        if (m_trace)
            std::fclose(m_trace);
        m_connection = nullptr;
        m_trace = nullptr;
    }

    QTemporaryFile m_file;
    PGconn *m_connection = nullptr;
    FILE *m_trace = nullptr;
};

} // namespace bxt::test
