#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace bxt {

// One schema update: SQL statements, then an optional step in C++ (for data the SQL cannot
// compute). Versions are consecutive from 1; never change a released migration, add one.
struct Migration
{
    int version;
    QStringList statements;
    std::function<bool(const QSqlDatabase &db, QString *error)> step;
};

const QList<Migration> &migrations();

} // namespace bxt
