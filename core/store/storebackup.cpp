#include "store/storebackup.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <sqlite3.h>

namespace bxt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackup)
};
} // namespace

bool backupStore(const Database &database, const QString &destination, QString *error)
{
    sqlite3 *source = database.nativeHandle();
    if (!source) {
        *error = Tr::tr("The SQLite driver gives no handle for the backup.");
        return false;
    }
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(
        QFile::encodeName(partial).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            // One step copies every page under one read transaction: a consistent snapshot.
            do {
                rc = sqlite3_backup_step(backup, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(100);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        rc = sqlite3_errcode(target) != SQLITE_OK ? sqlite3_errcode(target) : rc;
    }
    const QString message = QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc));
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        *error = Tr::tr("The backup failed: %1").arg(message);
        return false;
    }
    // rename(2) replaces an existing destination atomically; QFile::rename would refuse.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(destination).constData()) != 0) {
        QFile::remove(partial);
        *error = Tr::tr("Cannot write the backup to %1.").arg(destination);
        return false;
    }
    return true;
}

} // namespace bxt
