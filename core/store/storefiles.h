#pragma once

#include <QString>

namespace bxt {

// Whether path names the case store at storePath or one of SQLite's files beside it (-wal,
// -shm, -journal), however either is spelt: relative, with ./ or .., through a symbolic link
// to the file or to a folder on the way. Writing an export or a backup there would replace
// the store.
bool isStoreFile(const QString &storePath, const QString &path);

} // namespace bxt
