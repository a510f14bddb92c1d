#include "reports/replyratings.h"

#include "reports/jsonfield.h"
#include "reports/reportperiod.h"
#include "reports/reportunits.h"
#include "store/database.h"
#include "store/poststore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <algorithm>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyRatingStore)
};

bool hasReply(const Post &post, const QString &unitId, const QString &replyId)
{
    const QJsonArray replies = post.assignmentFor(unitId).value(QLatin1String("replies")).toArray();
    return std::any_of(replies.begin(), replies.end(), [&replyId](const QJsonValue &reply) {
        return reply.toObject().value(QLatin1String("id")).toString() == replyId;
    });
}

} // namespace

double ReplyRating::score() const
{
    return (double(substance + responsibility + form) / 3.0 - 1.0) / 4.0 * 100.0;
}

ReplyRatingStore::ReplyRatingStore(const Database &database)
    : m_database(database)
{ }

bool ReplyRatingStore::add(const ReplyRating &rating, QString *error)
{
    for (const int criterion : { rating.substance, rating.responsibility, rating.form }) {
        if (criterion < 1 || criterion > 5) {
            *error = Tr::tr("Each of the three criteria is rated from 1 to 5.");
            return false;
        }
    }
    if (rating.postId.isEmpty() || rating.replyId.isEmpty() || rating.unitId.isEmpty()
        || rating.rater.trimmed().isEmpty() || !rating.ratedAt.isValid()) {
        *error = Tr::tr("A rating needs the post, the reply, the unit, the rater and the time.");
        return false;
    }
    return inTransaction(
        m_database,
        [&](QString *failure) {
            std::optional<Post> post;
            if (!PostStore(m_database).find(rating.postId, &post, failure))
                return false;
            if (!post || !hasReply(*post, rating.unitId, rating.replyId)) {
                *failure = Tr::tr("The store has no reply %1 of %2 on post %3.")
                               .arg(rating.replyId, rating.unitId, rating.postId);
                return false;
            }
            QSqlQuery insert(m_database.connection());
            insert.prepare(
                QStringLiteral("INSERT OR REPLACE INTO reply_ratings(post_id, reply_id, unit_id, rater, "
                               "rated_at, substance, responsibility, form, note) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : QVariantList { rating.postId, rating.replyId, rating.unitId, rating.rater,
                     toRfc3339Cst(rating.ratedAt), rating.substance, rating.responsibility, rating.form, rating.note })
                insert.addBindValue(value);
            if (!insert.exec()) {
                *failure = sqlError(insert);
                return false;
            }
            return true;
        },
        error);
}

bool ReplyRatingStore::list(const QString &unitId, QList<ReplyRating> *ratings, QString *error) const
{
    ratings->clear();
    QSqlQuery select(m_database.connection());
    select.prepare(QStringLiteral(
        "SELECT post_id, reply_id, unit_id, rater, rated_at, substance, responsibility, "
        "form, note FROM reply_ratings WHERE coalesce(?, '') = '' OR unit_id = ? ORDER BY rated_at, reply_id"));
    select.addBindValue(unitId);
    select.addBindValue(unitId);
    if (!select.exec()) {
        *error = sqlError(select);
        return false;
    }
    while (select.next()) {
        ratings->append({ select.value(0).toString(), select.value(1).toString(), select.value(2).toString(),
            select.value(3).toString(), parseRfc3339(select.value(4).toString()), select.value(5).toInt(),
            select.value(6).toInt(), select.value(7).toInt(), select.value(8).toString() });
    }
    return true;
}

bool sampleReplies(
    const Database &database, const ReportPeriod &period, int perUnit, QList<SampledReply> *sample, QString *error)
{
    sample->clear();
    QSqlQuery select(database.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT a.unit_id, p.id, p.raw "
                                  "FROM assignments a JOIN posts p ON p.local_id = a.post "
                                  "WHERE a.dispatched_at >= ? AND a.dispatched_at < ? AND %1")
                       .arg(unitWorkPosts()));
    select.addBindValue(period.start());
    select.addBindValue(period.end());
    if (!select.exec()) {
        *error = sqlError(select);
        return false;
    }
    QHash<QString, QList<std::pair<QByteArray, SampledReply>>> byUnit;
    while (select.next()) {
        const QString unitId = select.value(0).toString();
        const QJsonArray assignments = topLevelJsonField(select.value(2).toByteArray(), "assignments").toArray();
        for (const QJsonValue &assignment : assignments) {
            if (assignment.toObject().value(QLatin1String("unit_id")).toString() != unitId)
                continue;
            for (const QJsonValue &value : assignment.toObject().value(QLatin1String("replies")).toArray()) {
                const QJsonObject reply = value.toObject();
                const qint64 published = epochSeconds(reply.value(QLatin1String("published_at")).toString());
                if (published == 0 || published >= period.end())
                    continue;
                SampledReply picked { select.value(1).toString(), reply.value(QLatin1String("id")).toString(), unitId,
                    reply.value(QLatin1String("text")).toString() };
                const QByteArray order
                    = QCryptographicHash::hash((period.label() + picked.replyId).toUtf8(), QCryptographicHash::Sha1);
                byUnit[unitId].append({ order, picked });
            }
        }
    }
    QStringList units = byUnit.keys();
    units.sort();
    for (const QString &unitId : std::as_const(units)) {
        auto &replies = byUnit[unitId];
        std::sort(replies.begin(), replies.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (int i = 0; i < std::min<qsizetype>(perUnit, replies.size()); ++i)
            sample->append(replies.at(i).second);
    }
    return true;
}

} // namespace bxt
