#pragma once

#include "judgement/flaggedterms.h"

#include <QSqlDatabase>

namespace bxt {

class Database;

// The installation's flagged terms, kept in the meta table; the built-in list until a list
// was saved.
class FlaggedTermsStore final
{
public:
    Q_DISABLE_COPY_MOVE(FlaggedTermsStore)
    explicit FlaggedTermsStore(const Database &database);

    bool load(FlaggedTerms *terms, QString *error) const;
    // One statement, so it can run inside the caller's transaction or on its own.
    bool save(const FlaggedTerms &terms, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace bxt
