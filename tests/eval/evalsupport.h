#pragma once

#include <QJsonObject>
#include <QString>

namespace bxt::eval {

void say(const QString &line);
int fail(const QString &error); // prints it, returns 1

bool readJson(const QString &path, QJsonObject *object, QString *error);

// The corpus's JSON Lines, read whole (gzipped when its name ends in .gz).
bool readCorpus(const QString &path, QByteArray *lines, QString *error);

// A new case store at db with the units (a GET /units body; none when empty) and the corpus
// (JSON Lines, or gzipped .gz) imported through baixingtan-cli's own commands.
bool importCorpus(const QString &db, const QString &corpus, const QString &units, QString *error);

} // namespace bxt::eval
