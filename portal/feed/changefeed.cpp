#include "feed/changefeed.h"

#include "db/portaldatabase.h"
#include "feed/changelistener.h"
#include "rules/scopefilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimer>

namespace bxt::portal {

namespace {

constexpr int kMaxLimit = 1000;
constexpr int kMaxWaitSeconds = 3600;

// A whole number written plainly: digits only, no sign, no leading zero; nullopt otherwise.
std::optional<qint64> plainNumber(const QString &text, int maxDigits)
{
    static const QRegularExpression digits(QStringLiteral("^(0|[1-9][0-9]*)$"));
    if (text.size() > maxDigits || !digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

std::optional<qint64> seqOfCursor(const QString &cursor)
{
    const QByteArray encoded = cursor.toLatin1();
    if (QString::fromLatin1(encoded) != cursor)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(encoded,
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("f."))
        return std::nullopt;
    const auto seq = plainNumber(QString::fromLatin1(decoded.decoded.mid(2)), 18);
    // Only the cursor this feed writes, byte for byte.
    if (!seq || ChangeFeed::cursorAfter(*seq) != cursor)
        return std::nullopt;
    return seq;
}

PortalReply unavailable(const QString &why)
{
    qWarning("portal: /changes: %s", qPrintable(why));
    return PortalReply::unavailable(ChangeFeed::tr("The service cannot read the database now; try again later."));
}

// Ends the read-only transaction of a page, which only read.
struct ReadSnapshot
{
    QSqlDatabase &db;
    bool started = false;
    ~ReadSnapshot()
    {
        if (started)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    }
};

} // namespace

ChangeFeed::ChangeFeed(QSqlDatabase db, ChangeListener &listener, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    connect(&listener, &ChangeListener::unitsChanged, this, &ChangeFeed::wake);
}

ChangeFeed::~ChangeFeed()
{
    for (const Waiter &waiter : std::as_const(m_waiters))
        delete waiter.timer;
}

QString ChangeFeed::cursorAfter(qint64 seq)
{
    return QString::fromLatin1(
        ("f." + QByteArray::number(seq)).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Endpoint ChangeFeed::endpoint()
{
    return [this](const PortalRequest &request, const Respond &respond) { serve(request, respond); };
}

std::optional<ChangeFeed::Query> ChangeFeed::parse(const QUrlQuery &query, PortalReply *refusal) const
{
    Query parsed;
    const auto invalid = [refusal](const QString &field, const QString &message) {
        *refusal = PortalReply::error(422, QStringLiteral("invalid"), message, field);
        return std::nullopt;
    };
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (query.allQueryItemValues(name).size() > 1)
            return invalid(name, tr("%1 is given more than once.").arg(name));
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const auto limit = plainNumber(query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded), 4);
        if (!limit || *limit < 1 || *limit > kMaxLimit)
            return invalid(QStringLiteral("limit"), tr("limit is 1 to 1000."));
        parsed.limit = int(*limit);
    }
    if (query.hasQueryItem(QStringLiteral("wait"))) {
        const auto wait = plainNumber(query.queryItemValue(QStringLiteral("wait"), QUrl::FullyDecoded), 4);
        if (!wait || *wait > kMaxWaitSeconds)
            return invalid(QStringLiteral("wait"), tr("wait is 0 to 3600 seconds."));
        parsed.waitSeconds = int(*wait);
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const auto seq = seqOfCursor(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
        if (!seq)
            return invalid(QStringLiteral("cursor"), tr("This is not a cursor of this feed."));
        parsed.after = *seq;
        parsed.fromStart = false;
    }
    return parsed;
}

void ChangeFeed::serve(const PortalRequest &request, const Respond &respond)
{
    if (!request.actor) {
        respond(PortalReply::error(401, QStringLiteral("unauthorized"), tr("Log in first.")));
        return;
    }
    PortalReply refusal;
    const auto query = parse(request.query, &refusal);
    if (!query) {
        respond(refusal);
        return;
    }
    bool empty = false;
    PortalReply reply = page(*request.actor, *query, &empty);
    if (reply.status != 200 || !empty || query->waitSeconds == 0) {
        respond(reply);
        return;
    }

    const quint64 id = ++m_lastWaiter;
    Waiter waiter { *request.actor, *query, respond, request.connection, new QTimer };
    waiter.timer->setSingleShot(true);
    waiter.timer->setTimerType(Qt::PreciseTimer);
    // An empty page at the end of the wait; its cursor may have moved past other units' rows.
    connect(waiter.timer, &QTimer::timeout, this, [this, id] {
        const auto found = m_waiters.constFind(id);
        if (found == m_waiters.cend())
            return;
        bool nothing = false;
        finish(id, page(found->actor, found->query, &nothing));
    });
    if (request.connection)
        connect(request.connection, &QObject::destroyed, this, [this, id] { finish(id, std::nullopt); });
    waiter.timer->start(query->waitSeconds * 1000);
    m_waiters.insert(id, waiter);
}

void ChangeFeed::wake(const QStringList &units, bool everyone)
{
    // Waiters who see the same feed from the same cursor get the same page: it is read once.
    // What a user sees depends on the role and the unit only (ScopeFilter, R10).
    QHash<QString, std::pair<PortalReply, bool>> pageOf;
    const QList<quint64> ids = m_waiters.keys();
    for (const quint64 id : ids) {
        const auto found = m_waiters.constFind(id);
        if (found == m_waiters.cend())
            continue;
        const Actor &actor = found->actor;
        if (!everyone && actor.role == Role::Liaison && !units.contains(actor.unitId))
            continue;
        const Query &query = found->query;
        const QString sameView = QStringLiteral("%1/%2/%3/%4/%5")
                                     .arg(int(actor.role))
                                     .arg(actor.unitId)
                                     .arg(query.fromStart ? -1 : query.after)
                                     .arg(query.limit);
        auto shared = pageOf.constFind(sameView);
        if (shared == pageOf.cend()) {
            bool empty = false;
            PortalReply reply = page(actor, query, &empty);
            shared = pageOf.insert(sameView, { std::move(reply), empty });
        }
        if (!shared->second || shared->first.status != 200)
            finish(id, shared->first);
    }
}

// Answers the waiter, or drops it unanswered (its connection has gone).
void ChangeFeed::finish(quint64 id, const std::optional<PortalReply> &reply)
{
    const Waiter waiter = m_waiters.take(id);
    if (!waiter.timer)
        return;
    waiter.timer->deleteLater();
    if (reply)
        waiter.respond(*reply);
}

PortalReply ChangeFeed::page(const Actor &actor, const Query &query, bool *empty)
{
    *empty = true;
    ReadSnapshot snapshot { m_db };
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    if (!sql.exec(QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return unavailable(sqlError(sql));
    snapshot.started = true;

    if (!sql.exec(QStringLiteral("SELECT horizon, (SELECT coalesce(max(seq), 0) FROM changes) FROM feed_state"))
        || !sql.next())
        return unavailable(sqlError(sql));
    const qint64 horizon = sql.value(0).toLongLong();
    const qint64 head = sql.value(1).toLongLong();
    if (!query.fromStart && (query.after < horizon || query.after > head)) {
        return PortalReply::error(
            410, QStringLiteral("cursor_expired"), tr("The cursor has expired; start again without one."));
    }

    const bool liaison = actor.role == Role::Liaison;
    // Literals rather than bound values: QPSQL prepares in round trips of their own (sqlLiteral).
    const QString unit = sqlLiteral(m_db, actor.unitId);
    if (!sql.exec(QStringLiteral("SELECT seq, post_id FROM changes WHERE seq > %1%2 ORDER BY seq LIMIT %3")
                      .arg(QString::number(query.after),
                          liaison ? QStringLiteral(" AND (units_in_scope || units_left) @> ARRAY[%1]::text[]").arg(unit)
                                  : QString(),
                          QString::number(query.limit + 1))))
        return unavailable(sqlError(sql));
    QHash<QString, qint64> lastSeqOf; // within the page
    qint64 lastSeq = query.after;
    int rows = 0;
    while (sql.next()) {
        if (++rows > query.limit)
            break;
        lastSeq = sql.value(0).toLongLong();
        lastSeqOf.insert(sql.value(1).toString(), lastSeq);
    }
    const bool hasMore = rows > query.limit;

    // The current state of each post, but only where it is in the user's scope now: a post
    // a liaison may not hold does not leave the database.
    QJsonArray ids;
    for (auto it = lastSeqOf.cbegin(); it != lastSeqOf.cend(); ++it)
        ids.append(it.key());
    // Each change as the JSON text it has in the page, by seq. A user who keeps every post
    // whole gets the stored JSON as it is; anyone else's posts are read and filtered (R10).
    QMap<qint64, QByteArray> changes;
    QHash<qint64, qint64> sizeOf; // of a post's JSON, by seq
    if (!ids.isEmpty()) {
        if (!sql.exec(
                QStringLiteral("SELECT p.id, p.version, CASE WHEN %1 THEN p.doc::text END FROM posts p"
                               " WHERE p.id IN (SELECT jsonb_array_elements_text(%2::jsonb))")
                    .arg(liaison ? QStringLiteral("p.category IS DISTINCT FROM 'report' AND EXISTS (SELECT 1"
                                                  " FROM assignments a WHERE a.post_id = p.id AND a.unit_id = %1)")
                                       .arg(unit)
                                 : QStringLiteral("true"),
                        sqlLiteral(m_db, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))))))
            return unavailable(sqlError(sql));
        const ScopeFilter filter(actor);
        const bool whole = filter.keepsEveryPostWhole();
        while (sql.next()) {
            const QString id = sql.value(0).toString();
            const qint64 seq = lastSeqOf.value(id);
            const QByteArray text = sql.value(2).toString().toUtf8();
            sizeOf.insert(seq, text.size());
            const QByteArray seqField = "{\"seq\":" + QByteArray::number(seq);
            if (whole && text.startsWith('{')) {
                changes.insert(seq, seqField + ",\"post\":" + text + '}');
                continue;
            }
            QJsonObject post = QJsonDocument::fromJson(text).object();
            bool stripped = false;
            QJsonObject change;
            if (!post.isEmpty() && filter.apply(&post, &stripped) == ScopeFilter::Verdict::Keep) {
                change.insert(QStringLiteral("post"), post);
            } else {
                change.insert(QStringLiteral("removed"),
                    QJsonObject {
                        { QStringLiteral("id"), id }, { QStringLiteral("version"), sql.value(1).toLongLong() } });
            }
            changes.insert(seq, seqField + ',' + QJsonDocument(change).toJson(QJsonDocument::Compact).mid(1));
        }
    }
    // A page stays well under the 16 MiB a client takes (portal-api.md Transport): it ends
    // early, at a change, when its posts pass kMaxPageBytes; the first change always goes.
    QByteArray list;
    qint64 pageBytes = 0;
    qint64 cutAfter = -1;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        pageBytes += sizeOf.value(it.key());
        if (!list.isEmpty() && pageBytes > kMaxPageBytes) {
            cutAfter = std::prev(it).key();
            break;
        }
        if (!list.isEmpty())
            list += ',';
        list += it.value();
    }
    *empty = list.isEmpty();
    // The whole feed up to the head was read when there is no more: the next page starts there.
    const bool more = hasMore || cutAfter >= 0;
    const qint64 next = cutAfter >= 0 ? cutAfter : hasMore ? lastSeq : std::max(lastSeq, head);
    return PortalReply::jsonText(200,
        "{\"changes\":[" + list + "],\"next_cursor\":\"" + cursorAfter(next).toLatin1()
            + "\",\"has_more\":" + (more ? "true" : "false") + '}');
}

} // namespace bxt::portal
