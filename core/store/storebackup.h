#pragma once

#include <QString>

namespace bxt {

class Database;

// Copies the store with SQLite's online backup API: a consistent snapshot even while another
// process writes. The copy is written beside the destination and renamed into place.
bool backupStore(const Database &database, const QString &destination, QString *error);

} // namespace bxt
