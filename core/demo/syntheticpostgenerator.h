#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

namespace bxt {

// Deterministic synthetic posts about Harbin, in the shape of portal-api.md: for benchmarks
// (a million posts) and for the demo store. The same seed gives the same posts.
class SyntheticPostGenerator final
{
public:
    Q_DISABLE_COPY_MOVE(SyntheticPostGenerator)
    explicit SyntheticPostGenerator(quint32 seed,
        const QDateTime &start = QDateTime(QDate(2023, 1, 3), QTime(8, 0), QTimeZone(8 * 3600)),
        int averageMinutesBetweenPosts = 1);

    // Nothing dated after now happens: recent posts stay pending or unanswered, so a demo
    // store has open, due and overdue work. Without it every post's history is complete.
    void setNow(const QDateTime &now) { m_now = now; }

    QJsonObject next();
    static QJsonArray harbinUnits(); // the portal's GET /units "units" array

private:
    struct Topic;
    const QString &pick(const QStringList &list);
    int between(int low, int high); // inclusive
    bool chance(int percent);
    QString sentenceFor(const Topic &topic, const QString &place);
    QJsonObject authorFor(qint64 number);
    QJsonArray assignmentsFor(const Topic &topic, const QString &category, const QDateTime &submitted, QString *status);
    QJsonObject replyFor(const QString &category, const QString &kind, const QDateTime &at, const QString &visibility);

    QRandomGenerator m_random;
    QDateTime m_clock;
    QDateTime m_now;
    int m_averageMinutes;
    qint64 m_count = 0;
    qint64 m_replyCount = 0; // reply ids are unique, as the portal's are
    QStringList m_recentIds;
};

} // namespace bxt
