#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace bxt {

class Database;

// A SUPERVISION of portal-api.md still waiting for its result (R20).
struct OpenSupervision
{
    QString postId;
    QString postTitle;
    QString supervisionId;
    QString unitId;
    QString openedAt; // RFC 3339
    QString method; // phone, notice
    QString reason;
    QString note;
};

bool isOpenSupervision(const QJsonObject &supervision);
// The units of a post's SUPERVISION array that have one without a result.
QSet<QString> unitsUnderOpenSupervision(const QJsonArray &supervisions);

// The open supervisions of the store, by unit, the oldest first; reports (R10) never among them.
// Found through the supervision openings the store keeps beside the posts, never by reading
// every post.
class OpenSupervisions final
{
public:
    Q_DISABLE_COPY_MOVE(OpenSupervisions)
    explicit OpenSupervisions(const Database &database);

    // unitId empty: every unit's.
    bool read(const QString &unitId, QList<OpenSupervision> *supervisions, QString *error) const;

private:
    const Database &m_database;
};

} // namespace bxt
