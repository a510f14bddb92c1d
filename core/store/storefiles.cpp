#include "store/storefiles.h"

#include <QDir>
#include <QFileInfo>

namespace bxt {

namespace {

constexpr int kMostLinks = 16; // more, and the links go round in a circle

// The path with every symbolic link resolved, also for a file that does not exist (yet), or a
// link to one.
QString resolvedPath(const QString &path, int links = 0)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    if (info.isSymLink() && links < kMostLinks)
        return resolvedPath(info.symLinkTarget(), links + 1);
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + QLatin1Char('/') + info.fileName();
}

} // namespace

bool isStoreFile(const QString &storePath, const QString &path)
{
    const QString store = resolvedPath(storePath);
    const QString target = resolvedPath(path);
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        if (target == store + QLatin1String(suffix))
            return true;
    }
    return false;
}

} // namespace bxt
