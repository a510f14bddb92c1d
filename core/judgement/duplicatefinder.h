#pragma once

#include "domain/post.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace bxt {

class Database;

struct DuplicateCandidate
{
    QString postId;
    QString title;
    QString authorAlias;
    QDateTime submittedAt;
    bool sameAuthor = false; // the same phone or e-mail; the same alias when either has no contact
    double similarity = 0; // 0..1
    QString categoryCode; // empty when unclassified; a report is confidential wherever shown (R10)
};

// Posts that may be the same matter posted again, by the same author (a re-post) or by others.
// Candidates come from the search index: the posts that share the post's most distinctive
// terms. Each is scored by the cosine similarity of the two texts' index terms (Chinese
// character pairs and words; title terms count four times, as in the index), every term
// weighted by how rare it is in the store (tf-idf), so that a shared street name or stock
// phrase counts for little and a shared account of the matter for much.
//
// Keep one finder per Database (and so per thread) while the clerk clicks from post to post: it
// remembers how common each term is, which costs far more to look up than it drifts.
class DuplicateFinder final
{
public:
    Q_DISABLE_COPY_MOVE(DuplicateFinder)
    static constexpr double kDefaultThreshold = 0.5;

    explicit DuplicateFinder(const Database &database);

    double threshold() const { return m_threshold; }
    void setThreshold(double threshold) { m_threshold = threshold; }

    // Posts similar to this one (stored or not), most similar first, similarity at least the
    // threshold, at most limit of them; never the post itself (by id).
    bool find(const Post &post, int limit, QList<DuplicateCandidate> *out, QString *error) const;

private:
    QSqlDatabase m_db;
    double m_threshold = kDefaultThreshold;
    mutable QHash<quint64, qint64> m_postingBytes; // per term, the size of its postings
    mutable double m_readBytes = 0; // postings read so far, to turn sizes into counts
    mutable double m_readPostings = 0;
    mutable std::vector<float> m_nominations; // per post, zero between calls
};

} // namespace bxt
