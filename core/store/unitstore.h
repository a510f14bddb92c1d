#pragma once

#include "domain/unit.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>

namespace bxt {

class Database;

// The portal's units (GET /units): who posts can be dispatched to, and of which kind.
class UnitStore final
{
public:
    Q_DISABLE_COPY_MOVE(UnitStore)
    explicit UnitStore(const Database &database);

    bool all(QHash<QString, Unit> *units, QString *error) const;
    // Replaces the list with the portal's "units" array in one go; the caller owns the transaction.
    // An empty array is refused: it would leave every post with a department's deadlines.
    bool replaceAll(const QJsonArray &units, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace bxt
