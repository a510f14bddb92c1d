#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>

namespace bxt {

class Database;

// When a post is a candidate for supervision (R20); an administrator sets them.
struct SupervisionThresholds
{
    int overdueWorkingDays = 0; // past a deadline (either clock) by at least this many working days
    int lookbackDays = 90; // the other reasons look at posts submitted this many days back
    int attentionViews = 1000; // strong public attention: this many views ...
    int similarPosts = 5; // ... or this many similar posts ...
    int similarWithinDays = 3; // ... within this many days
    int clusterPosts = 10; // concentrated opinion: this many posts on one matter ...
    int clusterWithinDays = 30; // ... within this many days
    int repeatPosts = 3; // the same author or the same text this many times, with no reply ...
    int repeatWithinDays = 7; // ... within this many days

    QJsonObject toJson() const;
    // Missing or invalid fields keep their defaults.
    static SupervisionThresholds fromJson(const QJsonObject &json);
    // Why these thresholds cannot be used, for the user; empty when they can.
    QString invalidity() const;

    bool operator==(const SupervisionThresholds &other) const;
};

// The thresholds the store keeps (the defaults until an administrator saves others).
bool readSupervisionThresholds(const Database &database, SupervisionThresholds *thresholds, QString *error);
// Saves valid thresholds in one transaction; refuses invalid ones and changes nothing.
bool saveSupervisionThresholds(const Database &database, const SupervisionThresholds &thresholds, QString *error);

// A post that may need supervising, and why: one per post and reason.
struct SupervisionCandidate
{
    QString postId;
    QString title;
    QString reason; // SUPERVISION.reason: overdue, public_attention, concentrated, unsatisfied, repeated
    QString detail; // the figures behind the reason, for the user
    QStringList unitIds; // the units to supervise: none of them has an open supervision on the post
    qint64 submittedAt = 0; // seconds since the epoch
    quint32 views = 0;
    qint64 weight = 0; // how strongly the reason applies (working days late, views, posts): larger first
};

// Finds the candidates for supervision in the store (R20): posts past a deadline of a unit
// (either clock, R16–R18), posts with many views or with many similar posts in a short time,
// posts on a matter many posts raise (matters/mattergrouper.h), posts whose author was
// unsatisfied with the reply, and authors or texts posted several times in a short time without
// a reply. Only units a post was dispatched to can be supervised, and a unit already under an
// open supervision on the post is not proposed again. Reports (R10) and shielded posts never
// appear.
class SupervisionCandidates final
{
public:
    Q_DISABLE_COPY_MOVE(SupervisionCandidates)
    explicit SupervisionCandidates(const Database &database);

    // Candidates as of the day today (China Standard Time), ordered by reason as listed above,
    // then by weight. Set *cancel to stop early: then it returns false with an empty *error.
    bool find(const SupervisionThresholds &thresholds, const QDate &today, QList<SupervisionCandidate> *candidates,
        QString *error, const std::atomic_bool *cancel = nullptr) const;

private:
    const Database &m_database;
};

// The wire codes of SUPERVISION.reason, in the order candidates are listed.
QStringList supervisionReasonCodes();

} // namespace bxt
