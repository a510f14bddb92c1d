#include "supervision/supervisioncandidates.h"

#include "domain/post.h"
#include "matters/mattergrouper.h"
#include "queue/deadlinestatus.h"
#include "queue/postclock.h"
#include "store/calendarstore.h"
#include "store/database.h"
#include "store/unitstore.h"
#include "supervision/opensupervisions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <cmath>
#include <functional>
#include <limits>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionCandidates)
};

const QString kThresholdsKey = QStringLiteral("supervision_thresholds");
constexpr qint64 kSecondsPerDay = 86400;
constexpr int kMaxDays = 366;

struct Field
{
    const char *key;
    int SupervisionThresholds::*member;
    int minimum;
    int maximum;
};

const Field kFields[] = {
    { "overdue_working_days", &SupervisionThresholds::overdueWorkingDays, 0, kMaxDays },
    { "lookback_days", &SupervisionThresholds::lookbackDays, 1, kMaxDays },
    { "attention_views", &SupervisionThresholds::attentionViews, 1, std::numeric_limits<int>::max() },
    { "similar_posts", &SupervisionThresholds::similarPosts, 2, 100000 },
    { "similar_within_days", &SupervisionThresholds::similarWithinDays, 1, kMaxDays },
    { "cluster_posts", &SupervisionThresholds::clusterPosts, 2, 100000 },
    { "cluster_within_days", &SupervisionThresholds::clusterWithinDays, 1, kMaxDays },
    { "repeat_posts", &SupervisionThresholds::repeatPosts, 2, 100000 },
    { "repeat_within_days", &SupervisionThresholds::repeatWithinDays, 1, kMaxDays },
};

qint64 cstMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
}

bool isUnanswered(const QString &status)
{
    return status == QLatin1String("pending") || status == QLatin1String("accepted")
        || status == QLatin1String("promised");
}

struct DeadlineContext
{
    DeadlineCalculator deadlines;
    DeadlineStatusTable table;
    QHash<QString, Unit> units;
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// A post of the recent days with what the reasons other than overdue look at.
struct RecentPost
{
    QString id;
    QString title;
    qint64 submittedAt = 0;
    quint32 views = 0;
    QString status;
    QString satisfaction;
    QString authorKey; // who wrote it: the phone, else the e-mail, else the alias
    size_t textKey = 0; // the text with its spacing evened out, hashed
    QList<std::pair<QString, QString>> assignments; // unit id, status
    QSet<QString> supervisedUnits; // units with an open supervision on the post

    bool hasReply() const
    {
        if (status == QLatin1String("replied") || status == QLatin1String("closed"))
            return true;
        for (const auto &[unit, state] : assignments) {
            if (state == QLatin1String("replied"))
                return true;
        }
        return false;
    }
    QStringList unitsIn(bool replied) const
    {
        QStringList units;
        for (const auto &[unit, state] : assignments) {
            if ((replied ? state == QLatin1String("replied") : isUnanswered(state)) && !supervisedUnits.contains(unit))
                units.append(unit);
        }
        return units;
    }
};

QString authorKey(const QJsonObject &author)
{
    for (const char *field : { "phone", "email" }) {
        const QString value = author.value(QLatin1String(field)).toString().trimmed().toLower();
        if (!value.isEmpty())
            return QLatin1String(field) + QLatin1Char(':') + value;
    }
    const QString alias = author.value(QLatin1String("alias")).toString().trimmed();
    return alias.isEmpty() ? QString() : QStringLiteral("alias:") + alias;
}

// Marks the posts (given with their times, sorted by time) that lie in some span of the given
// length holding at least `needed` of them; returns the most any such span holds (0 if none).
int markDense(
    const std::vector<std::pair<qint64, qint64>> &timesAndPosts, qint64 span, int needed, QHash<qint64, int> *marked)
{
    int most = 0;
    size_t end = 0;
    std::vector<int> cover(timesAndPosts.size() + 1, 0);
    for (size_t begin = 0; begin < timesAndPosts.size(); ++begin) {
        end = std::max(end, begin);
        while (end < timesAndPosts.size() && timesAndPosts[end].first - timesAndPosts[begin].first < span)
            ++end;
        const int count = int(end - begin);
        if (count >= needed) {
            ++cover[begin];
            --cover[end];
            most = std::max(most, count);
        }
    }
    int running = 0;
    for (size_t i = 0; i < timesAndPosts.size(); ++i) {
        running += cover[i];
        if (running > 0)
            (*marked)[timesAndPosts[i].second] = std::max((*marked)[timesAndPosts[i].second], most);
    }
    return most;
}

class CandidateList
{
public:
    CandidateList(const QHash<QString, Unit> &units)
        : m_units(units)
    { }

    void add(
        const RecentPost &post, const char *reason, const QStringList &unitIds, qint64 weight, const QString &detail)
    {
        if (unitIds.isEmpty())
            return;
        const auto key = std::make_pair(post.id, QLatin1String(reason));
        if (const auto known = m_indexes.constFind(key); known != m_indexes.cend()) {
            // One row per post and reason: a second ground for it adds its figures.
            SupervisionCandidate &candidate = m_list[*known];
            candidate.detail += QStringLiteral("; ") + detail;
            candidate.weight = std::max(candidate.weight, weight);
            return;
        }
        m_indexes.insert(key, m_list.size());
        m_list.append(
            { post.id, post.title, QLatin1String(reason), detail, unitIds, post.submittedAt, post.views, weight });
    }
    QList<SupervisionCandidate> take()
    {
        const QStringList order = supervisionReasonCodes();
        std::sort(m_list.begin(), m_list.end(), [&order](const SupervisionCandidate &a, const SupervisionCandidate &b) {
            const qsizetype reasonA = order.indexOf(a.reason), reasonB = order.indexOf(b.reason);
            if (reasonA != reasonB)
                return reasonA < reasonB;
            if (a.weight != b.weight)
                return a.weight > b.weight;
            return a.submittedAt != b.submittedAt ? a.submittedAt < b.submittedAt : a.postId < b.postId;
        });
        return std::move(m_list);
    }
    QString unitName(const QString &unitId) const
    {
        const QString name = m_units.value(unitId).name;
        return name.isEmpty() ? unitId : name;
    }

private:
    const QHash<QString, Unit> &m_units;
    QList<SupervisionCandidate> m_list;
    QHash<std::pair<QString, QString>, qsizetype> m_indexes;
};

// R16–R18: assignments whose clock ran out at least overdueWorkingDays working days ago.
bool findOverdue(const Database &database, const DeadlineContext &context, int overdueWorkingDays, CandidateList *list,
    const std::atomic_bool *cancel, QString *error)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT p.id, p.title, p.submitted_at, p.views, a.unit_id, a.dispatched_at, a.status, a.promise_due, "
            "CASE WHEN EXISTS(SELECT 1 FROM supervision_openings s WHERE s.post = p.local_id) "
            "THEN json_extract(p.raw, '$.supervisions') END "
            "FROM assignments a JOIN posts p ON p.local_id = a.post "
            "WHERE a.status IN ('pending', 'accepted', 'promised') AND p.status NOT IN ('shielded', 'closed') "
            "AND coalesce(p.category, '') <> 'report' ORDER BY p.local_id, a.unit_id"))) {
        *error = sqlError(query);
        return false;
    }
    PostClockCalculator clocks(context.deadlines);
    RecentPost post;
    QStringList units, details;
    qint64 latest = 0;
    const auto flush = [&] {
        list->add(post, "overdue", units, latest, details.join(QStringLiteral("; ")));
        units.clear();
        details.clear();
        latest = 0;
    };
    int rows = 0;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (id != post.id) {
            flush();
            post = {};
            post.id = id;
            post.title = query.value(1).toString();
            post.submittedAt = query.value(2).toLongLong();
            post.views = query.value(3).toUInt();
            if (!query.isNull(8))
                post.supervisedUnits
                    = unitsUnderOpenSupervision(QJsonDocument::fromJson(query.value(8).toByteArray()).array());
        }
        const QString unitId = query.value(4).toString();
        const auto unit = context.units.constFind(unitId);
        if (unit == context.units.cend() || post.supervisedUnits.contains(unitId))
            continue; // a unit this store does not know has no known deadline
        const QDate promised = parseDate(query.value(7).toString());
        const AssignmentState state = assignmentStateFromCode(query.value(6).toString().toLatin1());
        const PostClock clock = clocks.clockOf(unit->kind, cstJulianDay(query.value(5).toLongLong()), state,
            promised.isValid() ? qint32(promised.toJulianDay()) : 0);
        const DeadlineStatus status = context.table.status(clock);
        if (status.state != DeadlineState::Overdue || -status.workingDaysLeft < overdueWorkingDays)
            continue;
        units.append(unitId);
        latest = std::max<qint64>(latest, -status.workingDaysLeft);
        details.append((clock.firstAnswer
                ? Tr::tr("%1: first answer was due %2, %n working day(s) late", nullptr, -status.workingDaysLeft)
                : Tr::tr("%1: final reply was due %2, %n working day(s) late", nullptr, -status.workingDaysLeft))
                           .arg(list->unitName(unitId), clock.due().toString(Qt::ISODate)));
        if (++rows % 4096 == 0 && cancelled(cancel))
            return false;
    }
    flush();
    return true;
}

bool readRecentPosts(const Database &database, qint64 start, qint64 end, QHash<qint64, RecentPost> *posts,
    const std::atomic_bool *cancel, QString *error)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT local_id, id, title, submitted_at, views, status, "
                       "json_extract(raw, '$.satisfaction', '$.author', '$.supervisions', '$.body') FROM posts "
                       "WHERE submitted_at >= ? AND submitted_at < ? AND status <> 'shielded' "
                       "AND coalesce(category, '') NOT IN ('report', 'other')"));
    query.addBindValue(start);
    query.addBindValue(end);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    while (query.next()) {
        const QJsonArray fields = QJsonDocument::fromJson(query.value(6).toByteArray()).array();
        RecentPost post;
        post.id = query.value(1).toString();
        post.title = query.value(2).toString();
        post.submittedAt = query.value(3).toLongLong();
        post.views = query.value(4).toUInt();
        post.status = query.value(5).toString();
        post.satisfaction = fields.at(0).toString();
        post.authorKey = authorKey(fields.at(1).toObject());
        post.supervisedUnits = unitsUnderOpenSupervision(fields.at(2).toArray());
        post.textKey = qHash((post.title + QLatin1Char('\n') + fields.at(3).toString()).simplified());
        posts->insert(query.value(0).toLongLong(), std::move(post));
        if (posts->size() % 4096 == 0 && cancelled(cancel))
            return false;
    }
    query.prepare(
        QStringLiteral("SELECT a.post, a.unit_id, a.status FROM assignments a JOIN posts p ON p.local_id = a.post "
                       "WHERE p.submitted_at >= ? AND p.submitted_at < ? ORDER BY a.post, a.unit_id"));
    query.addBindValue(start);
    query.addBindValue(end);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    while (query.next()) {
        const auto post = posts->find(query.value(0).toLongLong());
        if (post != posts->end())
            post->assignments.append({ query.value(1).toString(), query.value(2).toString() });
    }
    return true;
}

// Posts by the same key (author or text) with no reply, several within a short time.
void markRepeats(const QHash<qint64, RecentPost> &posts, const std::function<QString(const RecentPost &)> &keyOf,
    const SupervisionThresholds &thresholds, QHash<qint64, int> *marked)
{
    QHash<QString, std::vector<std::pair<qint64, qint64>>> byKey;
    for (auto it = posts.cbegin(); it != posts.cend(); ++it) {
        const QString key = keyOf(*it);
        if (!key.isEmpty() && !it->hasReply())
            byKey[key].emplace_back(it->submittedAt, it.key());
    }
    for (auto &timesAndPosts : byKey) {
        if (timesAndPosts.size() < size_t(thresholds.repeatPosts))
            continue;
        std::sort(timesAndPosts.begin(), timesAndPosts.end());
        markDense(timesAndPosts, thresholds.repeatWithinDays * kSecondsPerDay, thresholds.repeatPosts, marked);
    }
}

} // namespace

QJsonObject SupervisionThresholds::toJson() const
{
    QJsonObject json;
    for (const Field &field : kFields)
        json.insert(QLatin1String(field.key), this->*field.member);
    return json;
}

SupervisionThresholds SupervisionThresholds::fromJson(const QJsonObject &json)
{
    SupervisionThresholds thresholds;
    for (const Field &field : kFields) {
        const QJsonValue value = json.value(QLatin1String(field.key));
        const double number = value.toDouble(-1);
        if (value.isDouble() && number == std::floor(number) && number >= field.minimum && number <= field.maximum)
            thresholds.*field.member = int(number);
    }
    return thresholds;
}

QString SupervisionThresholds::invalidity() const
{
    for (const Field &field : kFields) {
        const int value = this->*field.member;
        if (value < field.minimum || value > field.maximum)
            return Tr::tr("%1 must be between %2 and %3.")
                .arg(QLatin1String(field.key))
                .arg(field.minimum)
                .arg(field.maximum);
    }
    return {};
}

bool SupervisionThresholds::operator==(const SupervisionThresholds &other) const
{
    return toJson() == other.toJson();
}

bool readSupervisionThresholds(const Database &database, SupervisionThresholds *thresholds, QString *error)
{
    std::optional<QString> text;
    if (!readMetaText(database.connection(), kThresholdsKey, &text, error))
        return false;
    *thresholds = text ? SupervisionThresholds::fromJson(QJsonDocument::fromJson(text->toUtf8()).object())
                       : SupervisionThresholds();
    return true;
}

bool saveSupervisionThresholds(const Database &database, const SupervisionThresholds &thresholds, QString *error)
{
    if (const QString invalid = thresholds.invalidity(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    return inTransaction(
        database,
        [&](QString *failure) {
            return writeMetaText(database.connection(), kThresholdsKey, compactJson(thresholds.toJson()), failure);
        },
        error);
}

QStringList supervisionReasonCodes()
{
    return { QStringLiteral("overdue"), QStringLiteral("public_attention"), QStringLiteral("concentrated"),
        QStringLiteral("unsatisfied"), QStringLiteral("repeated") };
}

SupervisionCandidates::SupervisionCandidates(const Database &database)
    : m_database(database)
{ }

bool SupervisionCandidates::find(const SupervisionThresholds &thresholds, const QDate &today,
    QList<SupervisionCandidate> *candidates, QString *error, const std::atomic_bool *cancel) const
{
    candidates->clear();
    error->clear();
    if (const QString invalid = thresholds.invalidity(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    const CalendarStore calendars(m_database);
    WorkCalendar calendar;
    DeadlineRules rules;
    QHash<QString, Unit> units;
    if (!calendars.calendar(&calendar, error) || !calendars.deadlineRules(&rules, error)
        || !UnitStore(m_database).all(&units, error))
        return false;
    const DeadlineContext context { DeadlineCalculator(calendar, rules), DeadlineStatusTable(calendar, today, 1),
        units };
    CandidateList list(units);
    QSqlDatabase db = m_database.connection();
    const bool ownTransaction = db.transaction(); // every reason sees the store at one moment
    const auto finish = [&](bool ok) {
        if (ownTransaction)
            db.commit();
        return ok;
    };
    if (!findOverdue(m_database, context, thresholds.overdueWorkingDays, &list, cancel, error))
        return finish(false);

    const int days = std::max({ thresholds.lookbackDays, thresholds.similarWithinDays, thresholds.clusterWithinDays,
        thresholds.repeatWithinDays });
    const qint64 end = cstMidnight(today.addDays(1));
    const auto since = [&](int daysBack) { return cstMidnight(today.addDays(1 - daysBack)); };
    QHash<qint64, RecentPost> posts;
    if (!readRecentPosts(m_database, since(days), end, &posts, cancel, error))
        return finish(false);

    for (auto it = posts.cbegin(); it != posts.cend(); ++it) {
        if (it->submittedAt < since(thresholds.lookbackDays))
            continue;
        if (it->views >= quint32(thresholds.attentionViews))
            list.add(
                *it, "public_attention", it->unitsIn(false), it->views, Tr::tr("%n view(s)", nullptr, int(it->views)));
        if (it->satisfaction == QLatin1String("unsatisfied"))
            list.add(*it, "unsatisfied", it->unitsIn(true), 0, Tr::tr("The author was unsatisfied with the reply."));
    }

    // Matters: similar posts in a short time, and many posts on one matter.
    MatterGrouping grouping;
    const int matterDays = std::max(thresholds.similarWithinDays, thresholds.clusterWithinDays);
    if (!MatterGrouper(m_database, units).group(today.addDays(1 - matterDays), today, &grouping, error, cancel))
        return finish(false);
    finish(true);
    QHash<qint64, int> similar;
    for (const Matter &matter : std::as_const(grouping.matters)) {
        if (matter.volume() < std::min(thresholds.similarPosts, thresholds.clusterPosts))
            continue;
        std::vector<std::pair<qint64, qint64>> timesAndPosts;
        int recent = 0;
        for (const quint32 member : matter.members) {
            const MatterPost &post = grouping.post(member);
            timesAndPosts.emplace_back(post.submittedAt, post.localId);
            if (post.submittedAt >= since(thresholds.clusterWithinDays))
                ++recent;
        }
        std::sort(timesAndPosts.begin(), timesAndPosts.end());
        markDense(timesAndPosts, thresholds.similarWithinDays * kSecondsPerDay, thresholds.similarPosts, &similar);
        if (recent < thresholds.clusterPosts)
            continue;
        const QString place = grouping.placeName(matter);
        for (const auto &[time, localId] : timesAndPosts) {
            const auto post = posts.constFind(localId);
            if (post == posts.cend() || time < since(thresholds.clusterWithinDays))
                continue;
            list.add(*post, "concentrated", post->unitsIn(false), recent,
                place.isEmpty() ? Tr::tr("One of %n posts on this matter in %1 days", nullptr, recent)
                                      .arg(thresholds.clusterWithinDays)
                                : Tr::tr("One of %n posts on this matter in %1 in %2 days", nullptr, recent)
                                      .arg(place)
                                      .arg(thresholds.clusterWithinDays));
        }
    }
    for (auto it = similar.cbegin(); it != similar.cend(); ++it) {
        const auto post = posts.constFind(it.key());
        if (post != posts.cend())
            list.add(*post, "public_attention", post->unitsIn(false), it.value(),
                Tr::tr("%n similar post(s) within %1 days", nullptr, it.value()).arg(thresholds.similarWithinDays));
    }

    QHash<qint64, int> byAuthor, byText;
    markRepeats(
        posts, [](const RecentPost &post) { return post.authorKey; }, thresholds, &byAuthor);
    markRepeats(
        posts, [](const RecentPost &post) { return QString::number(post.textKey); }, thresholds, &byText);
    for (auto it = posts.cbegin(); it != posts.cend(); ++it) {
        if (const int times = byAuthor.value(it.key())) {
            list.add(*it, "repeated", it->unitsIn(false), times,
                Tr::tr("The same author posted %n times within %1 days with no reply", nullptr, times)
                    .arg(thresholds.repeatWithinDays));
        } else if (const int copies = byText.value(it.key())) {
            list.add(*it, "repeated", it->unitsIn(false), copies,
                Tr::tr("The same text was posted %n times within %1 days with no reply", nullptr, copies)
                    .arg(thresholds.repeatWithinDays));
        }
    }
    *candidates = list.take();
    return true;
}

} // namespace bxt
