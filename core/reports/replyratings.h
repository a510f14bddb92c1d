#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace bxt {

class Database;
class ReportPeriod;

// A supervisor's rating of one reply against R19's three criteria, 1 (poor) to 5 (good) each.
struct ReplyRating
{
    QString postId;
    QString replyId;
    QString unitId;
    QString rater;
    QDateTime ratedAt;
    int substance = 0; // detailed, specific, accurate; unclear matters explained
    int responsibility = 0; // no evasion or passing the buck; resolved in one reply, no other channel
    int form = 0; // polite, clear, concise, in the standard form
    QString note;

    // The three criteria together, from 0 (all 1) to 100 (all 5).
    double score() const;
};

// The ratings of sampled replies (R23), one per reply and rater: rating a reply again
// replaces the rater's earlier rating.
class ReplyRatingStore final
{
public:
    Q_DISABLE_COPY_MOVE(ReplyRatingStore)
    explicit ReplyRatingStore(const Database &database);

    // In one transaction; refuses a rating with a criterion outside 1–5 or a missing id, or of a
    // reply the store has no such post for, and changes nothing then.
    bool add(const ReplyRating &rating, QString *error);
    // Every rating, or a unit's, in the order they were given.
    bool list(const QString &unitId, QList<ReplyRating> *ratings, QString *error) const;

private:
    const Database &m_database;
};

// A reply picked for supervisors to rate.
struct SampledReply
{
    QString postId;
    QString replyId;
    QString unitId;
    QString text;
};

// Picks up to perUnit replies of each unit among those the assessment judges (on assignments
// dispatched in the period, published by its end), the same ones every time for the same
// store: ordered by a hash of the period and the reply id, not at random.
bool sampleReplies(
    const Database &database, const ReportPeriod &period, int perUnit, QList<SampledReply> *sample, QString *error);

} // namespace bxt
