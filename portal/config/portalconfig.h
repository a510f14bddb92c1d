#pragma once

#include <QHostAddress>
#include <QString>

namespace bxt::portal {

// The service's INI file (QSettings): where the database is, where to listen, and how.
//
//   database = host=/run/postgresql dbname=baixingtan    (a libpq connection string)
//   listen = 0.0.0.0:8443
//   certificate = /etc/baixingtan-portal/cert.pem        (with key = ...; HTTPS)
//   plain_http_loopback = true                           (instead: plain HTTP, loopback only)
//   connections_per_address = 512                        (HTTPS only; behind a proxy, its own cap)
//   token_hours = 12
//   base_path = /api/v1
//   answer_delay_ms = 0                                  (tests only: see answerDelayMs)
struct PortalConfig
{
    QString database;
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    QString certificatePath;
    QString keyPath;
    bool plainHttpLoopback = false;
    // The most connections one address (an IPv6 /64) holds open; a further one is closed at
    // once. Not applied with plainHttpLoopback, where every connection is the proxy's.
    int connectionsPerAddress = 512;
    int tokenHours = 12;
    QString basePath = QStringLiteral("/api/v1");
    // For the test of a portal killed after an action committed and before its answer went
    // out: the server holds every answer this long. Never set in production.
    int answerDelayMs = 0;

    // Reads and checks the file; on failure *error says what is wrong, in one line.
    static bool read(const QString &path, PortalConfig *config, QString *error);
    // Only what init, check and the import commands need: the database.
    static bool readDatabaseOnly(const QString &path, PortalConfig *config, QString *error);
};

} // namespace bxt::portal
