#pragma once

#include "domain/unit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace bxt {

class Database;

// What the sync panels say about posts and queued actions, in the user's words: a post's
// title, an action with its parameters ("dispatched: 道里区人民政府"), a unit's name, a time.
// Titles are read from the case store once per post and kept.
class SyncTexts final
{
    Q_DECLARE_TR_FUNCTIONS(SyncTexts)

public:
    Q_DISABLE_COPY_MOVE(SyncTexts)
    explicit SyncTexts(const Database &database);

    // The unit names; again after a sync may have changed them.
    bool loadUnits(QString *error);
    QString title(const QString &postId);
    QString unitName(const QString &unitId) const;
    QString action(const QJsonObject &body) const; // portal-api.md's action body
    // One line per field of a post that local work and the portal may disagree on.
    struct Field
    {
        QString name;
        QString mine;
        QString portal;
        bool differs = false;
    };
    // portal empty: the portal no longer shows the post.
    QList<Field> compare(const QJsonObject &mine, const QJsonObject &portal) const;

    // China Standard Time, as the queue shows: the date and time, or the time of day alone.
    static QString timeText(const QDateTime &instant);
    static QString timeOfDayText(const QDateTime &instant);

private:
    QString categoryText(const QString &code) const;
    QString assignmentsText(const QJsonObject &post) const;

    const Database &m_database;
    QHash<QString, Unit> m_units;
    QHash<QString, QString> m_titles;
};

} // namespace bxt
