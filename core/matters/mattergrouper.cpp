#include "matters/mattergrouper.h"

#include "judgement/termcounts.h"
#include "matters/namedplacescanner.h"
#include "matters/rawpostbody.h"
#include "queue/postclock.h"
#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <bitset>
#include <cmath>
#include <limits>
#include <numeric>
#include <tuple>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MatterGrouper)
};

// The terms that describe a post best, at most: enough to tell matters apart, few enough to
// compare thousands of posts quickly.
constexpr size_t kTermsPerPost = 48;
constexpr int kCancelCheckEvery = 1024;
// A place name counts as distinctive when at most this many posts of the period, or 1 %, name it.
constexpr size_t kDistinctiveNamePosts = 20;

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

qint64 cstMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
}

// A post's terms as dense numbers with tf-idf weights, of unit length.
using TermVector = std::vector<std::pair<quint32, float>>;

struct PlaceName
{
    QString name; // e.g. 南岗区
    QString unitId;
};

// District names as the posts write them: the unit's name without 人民政府.
QList<PlaceName> placeNames(const QHash<QString, Unit> &units)
{
    static const QString government = QStringLiteral("人民政府");
    QList<PlaceName> names;
    for (const Unit &unit : units) {
        if (unit.kind != UnitKind::District)
            continue;
        QString name = unit.name;
        if (name.endsWith(government))
            name.chop(government.size());
        if (name.size() >= 2)
            names.append({ name, unit.id });
    }
    // Longer names first, so that of two names found at one place the longer one counts.
    std::sort(names.begin(), names.end(), [](const PlaceName &a, const PlaceName &b) {
        return a.name.size() != b.name.size() ? a.name.size() > b.name.size() : a.unitId < b.unitId;
    });
    return names;
}

// Where a text names districts, found in one pass over it: a quarter's texts are searched for
// every name, and the names end in few characters (区, 县, 市).
class DistrictNames final
{
public:
    struct Found
    {
        qsizetype at;
        qsizetype name; // an index into names()
    };

    explicit DistrictNames(QList<PlaceName> names)
        : m_names(std::move(names))
    {
        for (const PlaceName &place : std::as_const(m_names))
            m_lastCharacters.set(place.name.back().unicode());
    }

    const QList<PlaceName> &names() const { return m_names; }

    // Every place a name occurs, by position, the longer name first at one position.
    std::vector<Found> find(QStringView text) const
    {
        std::vector<Found> found;
        for (qsizetype end = 0; end < text.size(); ++end) {
            if (!m_lastCharacters.test(text[end].unicode()))
                continue;
            for (qsizetype name = 0; name < m_names.size(); ++name) {
                const QString &written = m_names[name].name;
                const qsizetype at = end + 1 - written.size();
                if (at >= 0 && text.sliced(at, written.size()) == written)
                    found.push_back({ at, name });
            }
        }
        std::stable_sort(found.begin(), found.end(),
            [](const Found &a, const Found &b) { return a.at != b.at ? a.at < b.at : a.name < b.name; });
        return found;
    }

    // The district named first; empty when none is.
    QString first(const std::vector<Found> &found) const
    {
        return found.empty() ? QString() : m_names[found.front().name].unitId;
    }

    // The text with the district names blanked out: the district is compared apart, and its
    // name would make every post about it look alike. Each name is blanked in turn, the
    // longer first, so that of two names that overlap the longer one goes.
    QString without(const QString &text, const std::vector<Found> &found) const
    {
        if (found.empty())
            return text;
        if (overlap(found))
            return withoutEachInTurn(text);
        QString blanked;
        blanked.reserve(text.size());
        qsizetype from = 0;
        for (const Found &name : found) {
            blanked.append(QStringView(text).sliced(from, name.at - from)).append(QLatin1Char(' '));
            from = name.at + m_names[name.name].name.size();
        }
        return blanked.append(QStringView(text).sliced(from));
    }

private:
    bool overlap(const std::vector<Found> &found) const
    {
        for (size_t i = 1; i < found.size(); ++i) {
            if (found[i].at < found[i - 1].at + m_names[found[i - 1].name].name.size())
                return true;
        }
        return false;
    }

    QString withoutEachInTurn(QString text) const
    {
        for (const PlaceName &place : m_names)
            text.replace(place.name, QStringLiteral(" "));
        return text;
    }

    QList<PlaceName> m_names;
    std::bitset<65536> m_lastCharacters; // of the names, by UTF-16 code unit
};

QString placeOf(
    const QString &titlePlace, const QString &bodyPlace, const MatterPost &post, const QHash<QString, Unit> &units)
{
    QString place = titlePlace.isEmpty() ? bodyPlace : titlePlace;
    for (const MatterPost::Assignment &assignment : post.assignments) {
        if (!place.isEmpty())
            break;
        if (units.value(assignment.unitId).kind == UnitKind::District)
            place = assignment.unitId;
    }
    return place;
}

// The street, community, estate, school or project names of a post's title and body, as hashes.
std::vector<quint64> namedPlacesIn(NamedPlaceScanner *scanner, const QString &title, const QString &body)
{
    std::vector<quint64> names;
    for (const QString *text : { &title, &body }) {
        for (const QStringView name : scanner->find(*text))
            names.push_back(qHash(name));
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

// Where a post is: its district (an index, or none) and the places it names.
struct PostPlace
{
    static constexpr qint32 kNoDistrict = -1;
    qint32 district = kNoDistrict;
    std::vector<quint64> names;
};

// Keeps only the names few posts of the period name: an estate, a school or a project tells
// one matter from another, a main street that hundreds of posts name does not.
void keepDistinctiveNames(std::vector<PostPlace> *places)
{
    const size_t most = std::max<size_t>(kDistinctiveNamePosts, places->size() / 100);
    QHash<quint64, size_t> postsNaming;
    for (const PostPlace &place : *places) {
        for (const quint64 name : place.names)
            ++postsNaming[name];
    }
    for (PostPlace &place : *places) {
        place.names.erase(std::remove_if(place.names.begin(), place.names.end(),
                              [&](quint64 name) { return postsNaming.value(name) > most; }),
            place.names.end());
    }
}

// Leader clustering with average linkage: each post joins the matter whose posts it is most
// similar to on average, if that is similar enough and the matter is not about another district,
// else starts a matter of its own. Similar enough is the threshold, or half of it for a matter
// some post of which names a street, community, estate or project the post names too: posts on
// one matter name its place, posts on the same kind of trouble elsewhere do not. A post that names no district (only
// the street, community or estate) can join a matter of any district; the first post that names one gives the matter
// its district. Two posts on one matter in different words share few terms (a cosine of 0.1 to 0.3), while a post is
// far nearer the centre of many posts on its matter; the average similarity to a matter's posts judges a matter of one
// post and of hundreds alike. A matter's centre is the sum of its posts' vectors, and an inverted index from terms to
// the matters whose centre has them finds the near ones without comparing with every matter.
class Clustering
{
public:
    struct Result
    {
        qint32 district; // PostPlace::kNoDistrict or an index into the places given
        std::vector<quint32> members; // nearest the centre first
    };

    // places: each post's.
    Clustering(const std::vector<TermVector> &vectors, const std::vector<PostPlace> &places, quint32 termCount,
        double threshold)
        : m_vectors(vectors)
        , m_places(places)
        , m_inverted(termCount)
        , m_threshold(float(threshold))
    { }

    // Clusters these posts (in this order); stops early, with what it has, once *cancel is set.
    std::vector<Result> run(const std::vector<quint32> &posts, const std::atomic_bool *cancel)
    {
        for (size_t i = 0; i < posts.size(); ++i) {
            if (i % kCancelCheckEvery == 0 && cancelled(cancel))
                break;
            add(posts[i]);
        }
        std::vector<Result> result;
        result.reserve(m_clusters.size());
        for (Cluster &cluster : m_clusters)
            result.push_back({ cluster.district, byNearness(cluster) });
        clear();
        return result;
    }

private:
    struct Entry
    {
        quint32 cluster;
        float weight;
    };
    struct Cluster
    {
        qint32 district = PostPlace::kNoDistrict;
        QSet<quint64> names;
        std::vector<quint32> members;
        QHash<quint32, quint32> termSlots; // term -> position of this cluster's entry in m_inverted[term]
    };

    void add(quint32 post)
    {
        const TermVector &vector = m_vectors[post];
        // A score for every matter: most matters share a common term with the post, and the
        // loop stays free of branches. A matter that shares no term scores 0, never enough.
        for (const auto &[term, weight] : vector) {
            for (const Entry &entry : m_inverted[term])
                m_scores[entry.cluster] += weight * entry.weight;
        }
        qint64 best = -1;
        double bestSimilarity = 0;
        const PostPlace &place = m_places[post];
        for (quint32 cluster = 0; cluster < m_clusters.size(); ++cluster) {
            if (m_scores[cluster] == 0)
                continue;
            const Cluster &candidate = m_clusters[cluster];
            if (place.district != PostPlace::kNoDistrict && candidate.district != PostPlace::kNoDistrict
                && place.district != candidate.district)
                continue;
            const double similarity = m_scores[cluster] / double(candidate.members.size());
            // The names are looked up only where they decide (the threshold is never negative).
            if (similarity < m_threshold / 2
                || (similarity < m_threshold
                    && std::none_of(place.names.cbegin(), place.names.cend(),
                        [&candidate](quint64 name) { return candidate.names.contains(name); })))
                continue;
            if (similarity > bestSimilarity || (similarity == bestSimilarity && qint64(cluster) < best)) {
                bestSimilarity = similarity;
                best = cluster;
            }
        }
        std::fill(m_scores.begin(), m_scores.end(), 0.0F);
        if (best < 0) {
            best = qint64(m_clusters.size());
            m_clusters.emplace_back();
            m_scores.push_back(0.0F);
        }
        Cluster &cluster = m_clusters[size_t(best)];
        cluster.members.push_back(post);
        if (cluster.district == PostPlace::kNoDistrict)
            cluster.district = place.district;
        for (const quint64 name : place.names)
            cluster.names.insert(name);
        for (const auto &[term, weight] : vector) {
            std::vector<Entry> &entries = m_inverted[term];
            const auto termSlot = cluster.termSlots.constFind(term);
            if (termSlot != cluster.termSlots.cend()) {
                entries[*termSlot].weight += weight;
            } else {
                cluster.termSlots.insert(term, quint32(entries.size()));
                entries.push_back({ quint32(best), weight });
                m_usedTerms.push_back(term);
            }
        }
    }

    std::vector<quint32> byNearness(const Cluster &cluster) const
    {
        std::vector<std::pair<float, quint32>> ranked;
        ranked.reserve(cluster.members.size());
        for (const quint32 post : cluster.members) {
            float dot = 0;
            for (const auto &[term, weight] : m_vectors[post])
                dot += weight * m_inverted[term][cluster.termSlots.value(term)].weight;
            ranked.emplace_back(dot, post);
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        std::vector<quint32> members;
        members.reserve(ranked.size());
        for (const auto &[dot, post] : ranked)
            members.push_back(post);
        return members;
    }

    void clear()
    {
        for (const quint32 term : m_usedTerms)
            m_inverted[term].clear();
        m_usedTerms.clear();
        m_clusters.clear();
        m_scores.clear();
    }

    const std::vector<TermVector> &m_vectors;
    const std::vector<PostPlace> &m_places;
    std::vector<std::vector<Entry>> m_inverted;
    std::vector<quint32> m_usedTerms;
    std::vector<Cluster> m_clusters;
    std::vector<float> m_scores; // per matter, zero between posts
    float m_threshold;
};

// A post's term counts, in the order termCounts() gives them: each a dense term number and its
// count (a whole number), as variable-length integers. A quarter's posts hold tens of millions
// of them until every post is read.
class PackedTermCounts
{
public:
    void append(quint32 term, quint32 count)
    {
        appendNumber(term);
        appendNumber(count);
    }
    // Keeps no spare capacity.
    void seal() { m_bytes.shrink_to_fit(); }
    template <typename Visit> void forEach(Visit visit) const
    {
        for (size_t at = 0; at < m_bytes.size();) {
            const quint32 term = readNumber(&at);
            visit(term, readNumber(&at));
        }
    }

private:
    void appendNumber(quint32 number)
    {
        for (; number >= 0x80; number >>= 7)
            m_bytes.push_back(quint8(number | 0x80));
        m_bytes.push_back(quint8(number));
    }
    quint32 readNumber(size_t *at) const
    {
        quint32 number = 0;
        for (int shift = 0;; shift += 7) {
            const quint8 byte = m_bytes[(*at)++];
            number |= quint32(byte & 0x7F) << shift;
            if (byte < 0x80)
                return number;
        }
    }

    std::vector<quint8> m_bytes;
};

// Term counts to unit-length tf-idf vectors, rarity counted among all the posts given
// (postsWithTerm: of each term, the posts that have it). Each post's counts are released once
// weighed, so that the counts and the vectors are never held in full at once.
std::vector<TermVector> weigh(std::vector<PackedTermCounts> *counts, const std::vector<quint32> &postsWithTerm)
{
    const double documents = double(counts->size());
    std::vector<double> rarity(postsWithTerm.size()); // idf, worked out once per term
    for (size_t term = 0; term < postsWithTerm.size(); ++term)
        rarity[term] = std::log(1.0 + documents / postsWithTerm[term]);
    std::vector<TermVector> vectors(counts->size());
    TermVector all;
    for (size_t post = 0; post < counts->size(); ++post) {
        all.clear();
        (*counts)[post].forEach(
            [&](quint32 term, quint32 count) { all.emplace_back(term, float(double(count) * rarity[term])); });
        (*counts)[post] = {};
        if (all.size() > kTermsPerPost) {
            std::nth_element(all.begin(), all.begin() + kTermsPerPost, all.end(), [](const auto &a, const auto &b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
            all.resize(kTermsPerPost);
        }
        double norm = 0;
        for (const auto &[term, weight] : all)
            norm += double(weight) * weight;
        norm = std::sqrt(norm);
        TermVector &vector = vectors[post];
        vector.reserve(all.size());
        for (const auto &[term, weight] : all)
            vector.emplace_back(term, float(weight / norm));
    }
    return vectors;
}

// Numbers the terms the vectors kept densely, in the order of their numbers before (so that
// every comparison between terms stays as it was); the number of terms kept.
quint32 renumberKeptTerms(std::vector<TermVector> *vectors, quint32 termCount)
{
    constexpr quint32 kNotKept = std::numeric_limits<quint32>::max();
    std::vector<quint32> kept(termCount, kNotKept);
    for (const TermVector &vector : *vectors) {
        for (const auto &[term, weight] : vector)
            kept[term] = 0;
    }
    quint32 next = 0;
    for (quint32 &number : kept) {
        if (number != kNotKept)
            number = next++;
    }
    for (TermVector &vector : *vectors) {
        for (auto &[term, weight] : vector)
            term = kept[term];
    }
    return next;
}

// Keeps the connection's page cache small while it lives: a period's posts are read once, and
// would otherwise fill the cache (64 MiB, store/database.cpp) with pages no one reads again.
class SmallPageCache final
{
public:
    Q_DISABLE_COPY_MOVE(SmallPageCache)
    explicit SmallPageCache(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_size = query.value(0).toString();
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=-4096"));
    }
    ~SmallPageCache()
    {
        if (!m_size.isEmpty())
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_size));
    }

private:
    QSqlDatabase m_db;
    QString m_size;
};

// R22's key-issue score, as the key-issues window states it: the posts in the period, plus the
// weeks (7-day steps from the period's first day) in which the matter was raised, plus
// log10(1 + views), plus how late in the period it was last raised (the share of the period's
// days up to that day). A matter raised week after week gains a point a week; a burst gains one.
double keyIssueScore(const Matter &matter, const MatterGrouping &grouping)
{
    const qint64 firstDay = grouping.from.toJulianDay();
    const double days = double(grouping.from.daysTo(grouping.to) + 1);
    std::vector<qint64> weeks;
    qint64 lastDay = firstDay;
    for (const quint32 member : matter.members) {
        const qint64 day = cstJulianDay(grouping.post(member).submittedAt);
        weeks.push_back((day - firstDay) / 7);
        lastDay = std::max(lastDay, day);
    }
    std::sort(weeks.begin(), weeks.end());
    const auto distinctWeeks = std::unique(weeks.begin(), weeks.end()) - weeks.begin();
    return double(matter.volume()) + double(distinctWeeks) + std::log10(1.0 + double(matter.views))
        + double(lastDay - firstDay + 1) / days;
}

} // namespace

void MatterGrouping::rank(MatterRanking by)
{
    const auto key = [by](const Matter &matter) {
        switch (by) {
        case MatterRanking::Score: return std::make_tuple(matter.score, double(matter.volume()), double(matter.views));
        case MatterRanking::Volume:
            return std::make_tuple(double(matter.volume()), matter.growth(), double(matter.views));
        case MatterRanking::Growth:
            return std::make_tuple(matter.growth(), double(matter.volume()), double(matter.views));
        case MatterRanking::Attention:
            return std::make_tuple(double(matter.views), double(matter.volume()), matter.growth());
        }
        return std::make_tuple(0.0, 0.0, 0.0);
    };
    std::sort(matters.begin(), matters.end(), [&](const Matter &a, const Matter &b) {
        const auto keyA = key(a), keyB = key(b);
        if (keyA != keyB)
            return keyA > keyB;
        const auto earliest = [this](const Matter &matter) {
            return *std::min_element(matter.members.cbegin(), matter.members.cend());
        };
        return earliest(a) < earliest(b);
    });
}

QString MatterGrouping::title(const Matter &matter) const
{
    return matter.members.empty() ? QString() : posts[matter.members.front()].title;
}

QString MatterGrouping::placeName(const Matter &matter) const
{
    return placeNames.value(matter.placeUnitId);
}

QString MatterGrouper::rankingRule()
{
    return Tr::tr("Matters are ranked by a score: one point per post in the period, one per week in which the "
                  "matter was raised, log10(1 + views), and up to one point for how late in the period it was "
                  "last raised; so a matter raised week after week ranks above a burst of a few days. Posts "
                  "about one place join across districts when some name only the street, community or estate. "
                  "Shielded posts, reports and posts of the category \"other\" (spam, duplicates, abuse) are "
                  "left out.");
}

MatterGrouper::MatterGrouper(const Database &database, QHash<QString, Unit> units)
    : m_database(database)
    , m_units(std::move(units))
{ }

bool MatterGrouper::group(
    const QDate &from, const QDate &to, MatterGrouping *grouping, QString *error, const std::atomic_bool *cancel) const
{
    *grouping = {};
    grouping->from = from;
    grouping->to = to;
    error->clear();
    if (!from.isValid() || !to.isValid() || to < from) {
        *error = Tr::tr("Choose a period whose end is not before its start.");
        return false;
    }
    const DistrictNames names(placeNames(m_units));
    for (const PlaceName &place : names.names())
        grouping->placeNames.insert(place.unitId, place.name);

    const qint64 start = cstMidnight(from);
    const qint64 end = cstMidnight(to.addDays(1));
    QSqlDatabase db = m_database.connection();
    const SmallPageCache smallCache(db);
    const bool ownTransaction = db.transaction(); // posts and assignments read at one moment
    const auto finish = [&](bool ok) {
        if (ownTransaction)
            db.commit();
        return ok;
    };
    // The assignments first: a post is weighed as it is read, and its body dropped. Kept by post
    // number, ascending, and looked up by a binary search.
    std::vector<qint64> assignedPosts;
    std::vector<QList<MatterPost::Assignment>> assignmentsOf; // of assignedPosts[i]
    SqliteStatement assignments(nativeHandle(db),
        "SELECT a.post, a.unit_id, a.status FROM assignments a JOIN posts p ON p.local_id = a.post "
        "WHERE p.submitted_at >= ? AND p.submitted_at < ? ORDER BY a.post, a.unit_id");
    assignments.bind(1, start);
    assignments.bind(2, end);
    for (bool row = false; assignments.step(&row, error) && row;) {
        const qint64 assigned = assignments.number(0);
        if (assignedPosts.empty() || assignedPosts.back() != assigned) {
            assignedPosts.push_back(assigned);
            assignmentsOf.emplace_back();
        }
        assignmentsOf.back().append({ QString::fromUtf8(assignments.text(1)), QString::fromUtf8(assignments.text(2)) });
    }
    assignments.reset();
    if (!error->isEmpty())
        return finish(false);
    // Posts in a stable order whatever order they were stored in: the clustering depends on it.
    // On SQLite's own handle: a quarter's texts are read as UTF-8, with no QVariant per value, and
    // the body is read out of the raw JSON without parsing all of it (rawPostBody).
    SqliteStatement posts(nativeHandle(db),
        "SELECT local_id, id, title, raw, submitted_at, views FROM posts "
        "WHERE submitted_at >= ? AND submitted_at < ? AND status <> 'shielded' "
        "AND coalesce(category, '') NOT IN ('report', 'other') ORDER BY submitted_at, id");
    posts.bind(1, start);
    posts.bind(2, end);
    // Terms as dense numbers, counted per post, and where each post is.
    QHash<quint64, quint32> termNumbers;
    std::vector<PackedTermCounts> counts;
    std::vector<quint32> postsWithTerm;
    std::vector<PostPlace> places;
    QStringList districts; // PostPlace::district -> unit id
    NamedPlaceScanner placeScanner;
    for (bool row = false; posts.step(&row, error) && row;) {
        MatterPost post;
        post.localId = posts.number(0);
        post.id = QString::fromUtf8(posts.blob(1));
        post.title = QString::fromUtf8(posts.blob(2));
        QString body;
        if (!rawPostBody(posts.blob(3), &body)) {
            *error = Tr::tr("Post %1 is stored with a body that cannot be read.").arg(post.id);
            posts.reset();
            return finish(false);
        }
        post.submittedAt = posts.number(4);
        post.views = quint32(posts.number(5));
        const auto assigned = std::lower_bound(assignedPosts.cbegin(), assignedPosts.cend(), post.localId);
        if (assigned != assignedPosts.cend() && *assigned == post.localId)
            post.assignments = std::move(assignmentsOf[size_t(assigned - assignedPosts.cbegin())]);
        PostPlace &place = places.emplace_back();
        const std::vector<DistrictNames::Found> titleNames = names.find(post.title);
        const std::vector<DistrictNames::Found> bodyNames = names.find(body);
        post.placeUnitId = placeOf(names.first(titleNames), names.first(bodyNames), post, m_units);
        if (!post.placeUnitId.isEmpty()) {
            place.district = qint32(districts.indexOf(post.placeUnitId));
            if (place.district < 0) {
                place.district = qint32(districts.size());
                districts.append(post.placeUnitId);
            }
        }
        const QString title = names.without(post.title, titleNames);
        const QString text = names.without(body, bodyNames);
        place.names = namedPlacesIn(&placeScanner, title, text);
        const TermCounts termsOfPost = termCounts(title, text);
        PackedTermCounts &postCounts = counts.emplace_back();
        for (const auto &[term, count] : termsOfPost) {
            auto number = termNumbers.constFind(term);
            if (number == termNumbers.cend()) {
                number = termNumbers.insert(term, quint32(termNumbers.size()));
                postsWithTerm.push_back(0);
            }
            postCounts.append(*number, quint32(count));
            ++postsWithTerm[*number];
        }
        postCounts.seal();
        grouping->posts.push_back(std::move(post));
        if (grouping->posts.size() % kCancelCheckEvery == 0 && cancelled(cancel)) {
            posts.reset();
            return finish(false);
        }
    }
    posts.reset();
    if (!error->isEmpty())
        return finish(false);
    finish(true);
    const quint32 termCount = quint32(termNumbers.size());
    termNumbers = {};
    keepDistinctiveNames(&places);

    // One clustering over all posts, in the order read: a post's district keeps it from matters
    // of other districts.
    std::vector<TermVector> vectors = weigh(&counts, postsWithTerm);
    counts = {};
    postsWithTerm = {};
    std::vector<quint32> order(grouping->posts.size());
    std::iota(order.begin(), order.end(), 0U);
    Clustering clustering(vectors, places, renumberKeptTerms(&vectors, termCount), m_threshold);
    const qint64 middle = start + (end - start) / 2;
    for (Clustering::Result &result : clustering.run(order, cancel)) {
        Matter matter;
        matter.placeUnitId = result.district == PostPlace::kNoDistrict ? QString() : districts.at(result.district);
        for (const quint32 member : result.members) {
            const MatterPost &post = grouping->posts[member];
            ++(post.submittedAt < middle ? matter.firstHalfPosts : matter.secondHalfPosts);
            matter.views += post.views;
        }
        matter.members = std::move(result.members);
        matter.score = keyIssueScore(matter, *grouping);
        grouping->matters.append(std::move(matter));
    }
    if (cancelled(cancel))
        return false;
    grouping->rank(MatterRanking::Score);
    return true;
}

} // namespace bxt
