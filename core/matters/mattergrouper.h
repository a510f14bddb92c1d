#pragma once

#include "domain/unit.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <algorithm>
#include <atomic>
#include <vector>

namespace bxt {

class Database;

// One post of a period as the key-issues view needs it.
struct MatterPost
{
    struct Assignment
    {
        QString unitId;
        QString status; // ASSIGNMENT.status: pending, accepted, returned, promised, replied
    };

    qint64 localId = 0;
    QString id;
    QString title;
    qint64 submittedAt = 0; // seconds since the epoch
    quint32 views = 0;
    QString placeUnitId; // the district the post is about; empty when it names none
    QList<Assignment> assignments;
};

// Posts on one matter: similar texts about the same place.
struct Matter
{
    QString placeUnitId;
    // Indexes into MatterGrouping::posts, the most representative (nearest the matter's
    // centre) first.
    std::vector<quint32> members;
    int firstHalfPosts = 0; // submitted in the first half of the period
    int secondHalfPosts = 0;
    qint64 views = 0;
    double score = 0; // the key-issue score: see MatterGrouper

    int volume() const { return int(members.size()); }
    // The second half's posts over the first half's; posts that only appeared in the second
    // half count as growth from one.
    double growth() const { return double(secondHalfPosts) / std::max(1, firstHalfPosts); }
};

enum class MatterRanking { Score, Volume, Growth, Attention };

// A period's posts grouped into matters (R22).
struct MatterGrouping
{
    QDate from; // China Standard Time dates, both included
    QDate to;
    std::vector<MatterPost> posts;
    QList<Matter> matters;
    QHash<QString, QString> placeNames; // district unit id -> its place name, e.g. 南岗区

    // Sorts the matters, the highest key-issue score, volume, growth or attention first; ties by
    // the others, then by the earliest post, so that the order is always the same.
    void rank(MatterRanking by);
    const MatterPost &post(quint32 index) const { return posts[index]; }
    // The representative post's title.
    QString title(const Matter &matter) const;
    QString placeName(const Matter &matter) const;
};

// Groups the posts of a period into matters by the search index's terms of their texts (tf-idf
// over the period's posts, so that rare street, community, estate and project names weigh most;
// a post joins the matter whose posts it is most similar to on average, by cosine, when that
// average reaches the threshold, or half of it when they name the same street, community, estate
// or project) and by the district they are about: the first district named in
// the title, else in the body, else the district they were dispatched to (district names and
// kinds from the units given). Posts of two different districts are never one matter; a post that
// names no district joins the matter its text is nearest, whatever its district. Shielded posts,
// reports (R10) and posts of category `other` are left out. Matters are ranked by the key-issue
// score (keyIssueScore in the .cpp, the sentence the key-issues window shows). The result
// depends on the posts only, never on the order they were stored in.
class MatterGrouper final
{
public:
    Q_DISABLE_COPY_MOVE(MatterGrouper)
    // The average cosine a post needs to join a matter; half of it when the post names a street,
    // community, estate or project that a post of the matter names and few posts of the period
    // name (at most 20, or 1 %).
    static constexpr double kDefaultThreshold = 0.3;

    MatterGrouper(const Database &database, QHash<QString, Unit> units);

    // The ranking rule and what is left out, in a plain sentence for the people who read the
    // ranking (the key-issues window).
    static QString rankingRule();

    double threshold() const { return m_threshold; }
    void setThreshold(double threshold) { m_threshold = threshold; }

    // The posts submitted from `from` to `to` (China Standard Time, both included), grouped and
    // ranked by key-issue score (rankingRule()). Set *cancel to stop early: then it returns false with an empty *error.
    bool group(const QDate &from, const QDate &to, MatterGrouping *grouping, QString *error,
        const std::atomic_bool *cancel = nullptr) const;

private:
    const Database &m_database;
    QHash<QString, Unit> m_units;
    double m_threshold = kDefaultThreshold;
};

} // namespace bxt
