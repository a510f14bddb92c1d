#include "benchsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <ctime>

double millisSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

double cpuMillis()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

QString milliseconds(double millis)
{
    return QString::number(millis, 'f', 1) + QStringLiteral(" ms");
}

QString milliseconds(const QElapsedTimer &timer)
{
    return milliseconds(millisSince(timer));
}

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

double memoryMegabytes(const char *field, qint64 pid)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(fraction * values.size())));
}

double floorRate(const QString &input, const QString &dbPath, qint64 *lines)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
    db.setDatabaseName(dbPath);
    db.open();
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    query.exec(QStringLiteral("CREATE TABLE bare(id TEXT, raw TEXT)"));
    QFile file(input);
    file.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    query.exec(QStringLiteral("BEGIN"));
    query.prepare(QStringLiteral("INSERT INTO bare(id, raw) VALUES(?, ?)"));
    *lines = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QJsonObject post = QJsonDocument::fromJson(line).object();
        query.bindValue(0, post.value(QLatin1String("id")).toString());
        query.bindValue(1, line);
        query.exec();
        ++*lines;
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    const double seconds = timer.nsecsElapsed() / 1e9;
    db.close();
    return *lines / seconds;
}
