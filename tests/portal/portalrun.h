#pragma once

#include <QFile>
#include <QProcess>
#include <QStringList>

// Runs the baixingtan-portal binary the test was built with (BXT_PORTAL_BINARY) as an
// administrator would, and what it answered.
namespace bxt::test {

struct PortalRun
{
    int exitCode = -1; // -1: it crashed or did not finish within a minute
    QString out;
    QString err;
};

inline PortalRun runPortal(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(BXT_PORTAL_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

// A configuration for the admin commands: the database, and a listen line that init and the
// imports ignore.
inline bool writePortalConfig(const QString &path, const QString &connectionString)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(QStringLiteral("database = %1\nlisten = 127.0.0.1:0\nplain_http_loopback = true\n")
                          .arg(connectionString)
                          .toUtf8())
        > 0;
}

} // namespace bxt::test
