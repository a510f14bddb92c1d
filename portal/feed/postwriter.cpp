#include "feed/postwriter.h"

#include "db/binarycopy.h"
#include "db/portaldatabase.h"
#include "domain/post.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace bxt::portal {

namespace {

// Serialises the numbering of feed rows across transactions and processes (class comment).
constexpr int kFeedNumberingLock = 7172;
// A staged post's version; numeric first, as a whole number may be written 2.0 (problemOf()).
constexpr const char *kBatchVersion = "(b.doc->>'version')::numeric::integer";
// The posts table's rows of the staged posts, looked up by key: the batch table has no
// statistics, and a join would scan the whole posts table for every batch.
constexpr const char *kBatchPosts = "id = ANY (ARRAY(SELECT id FROM post_batch))";
constexpr const char *kExistedPosts = "ARRAY(SELECT id FROM post_batch WHERE existed)";
// NOTIFY payloads are limited to 8000 bytes.
constexpr qsizetype kLongestPayload = 7000;

// The array at json->key, or an empty one when the key is absent, null or not an array
// (check() refuses the last).
QString arrayAt(const QString &json, const char *key)
{
    return QStringLiteral("(CASE jsonb_typeof(%1->'%2') WHEN 'array' THEN %1->'%2' ELSE '[]'::jsonb END)")
        .arg(json, QLatin1String(key));
}

bool isArrayOrAbsent(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isUndefined() || value.isNull() || value.isArray();
}

} // namespace

QString PostWriter::problemOf(const QJsonObject &json)
{
    const Post post(json);
    const QString id = post.id();
    if (id.isEmpty())
        return tr("A post has no id.");
    const QJsonValue version = json.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()) || version.toInteger() < 1
        || version.toInteger() > std::numeric_limits<int>::max())
        return tr("Post %1 has no version (a whole number from 1).").arg(id);
    if (post.status().isEmpty())
        return tr("Post %1 has no status.").arg(id);
    if (!post.submittedAt().isValid())
        return tr("Post %1 has no submitted_at time with an offset.").arg(id);
    if (!isArrayOrAbsent(json, "assignments") || !isArrayOrAbsent(json, "supervisions")
        || !isArrayOrAbsent(json, "replies"))
        return tr("Post %1: assignments, replies and supervisions must be lists.").arg(id);
    for (const QJsonValue &assignment : post.assignments()) {
        if (assignment.toObject().value(QLatin1String("unit_id")).toString().isEmpty())
            return tr("Post %1 has an assignment without unit_id.").arg(id);
    }
    return {};
}

bool PostWriter::check(const QList<QJsonObject> &posts, QString *error) const
{
    QSet<QString> ids;
    ids.reserve(posts.size());
    for (const QJsonObject &json : posts) {
        if (const QString problem = problemOf(json); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        const QString id = Post(json).id();
        if (ids.contains(id)) {
            *error = tr("Post %1 is given twice.").arg(id);
            return false;
        }
        ids.insert(id);
    }
    return true;
}

bool PostWriter::exec(const QString &statement, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(statement)) {
        *error = tr("Cannot write the posts: %1").arg(sqlError(query));
        return false;
    }
    return true;
}

bool PostWriter::write(const QList<QJsonObject> &posts, QString *error)
{
    if (posts.isEmpty())
        return true;
    if (!check(posts, error))
        return false;
    QByteArray lines;
    for (const QJsonObject &post : posts)
        lines += QJsonDocument(post).toJson(QJsonDocument::Compact) + '\n';
    return stage(lines, error) && writeStaged(error);
}

bool PostWriter::writeNewer(const QByteArray &postLines, QList<Held> *held, QString *error)
{
    return stage(postLines, error) && takeHeld(held, error) && writeStaged(error);
}

bool PostWriter::stage(const QByteArray &postLines, QString *error)
{
    // The batch goes into a table of this connection that empties itself at commit, copied in
    // binary: each line is sent as it is and parsed once, by jsonb's input. A row is kept
    // uncompressed up to a page, as every statement after this one reads each doc.
    // The connection runs without JIT (PortalDatabase::connect).
    if (!exec(QStringLiteral("DO $$ BEGIN IF to_regclass('pg_temp.post_batch') IS NULL THEN"
                             " CREATE TEMP TABLE post_batch ("
                             "  ord bigint NOT NULL, doc jsonb NOT NULL,"
                             "  id text NOT NULL GENERATED ALWAYS AS (doc->>'id') STORED,"
                             "  existed boolean NOT NULL DEFAULT false,"
                             "  old_units text[] NOT NULL DEFAULT '{}')"
                             " WITH (toast_tuple_target = 8160) ON COMMIT DELETE ROWS;"
                             " ELSE TRUNCATE post_batch; END IF; END $$"),
            error))
        return false;
    BinaryCopy rows(postLines.size() + postLines.count('\n') * 16);
    qsizetype from = 0;
    for (qint64 ord = 1; from < postLines.size(); ++ord) {
        qsizetype end = postLines.indexOf('\n', from);
        if (end < 0)
            end = postLines.size();
        if (end > from) {
            rows.startRow(2);
            rows.addBigint(ord);
            rows.addJsonb(QByteArrayView(postLines).sliced(from, end - from));
        }
        from = end + 1;
    }
    if (!rows.send(m_db, QStringLiteral("COPY post_batch (ord, doc) FROM STDIN (FORMAT binary)"), error)) {
        *error = tr("Cannot write the posts: %1").arg(*error);
        return false;
    }
    return true;
}

bool PostWriter::takeHeld(QList<Held> *held, QString *error)
{
    // Locked first, so that an action committing meanwhile is compared and cannot be overwritten.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("WITH held AS ("
                                   "  SELECT id, version FROM posts WHERE %2 FOR UPDATE)"
                                   " DELETE FROM post_batch b USING held h"
                                   " WHERE h.id = b.id AND h.version >= %1"
                                   " RETURNING b.ord, b.id, h.version, %1")
                        .arg(QLatin1String(kBatchVersion), QLatin1String(kBatchPosts)))) {
        *error = tr("Cannot write the posts: %1").arg(sqlError(query));
        return false;
    }
    while (query.next())
        held->append({ query.value(0).toLongLong() - 1, query.value(1).toString(), query.value(2).toInt(),
            query.value(3).toInt() });
    std::sort(held->begin(), held->end(), [](const Held &a, const Held &b) { return a.index < b.index; });
    return true;
}

bool PostWriter::writeStaged(QString *error)
{
    // The scope before this write: a report was in no unit's scope.
    if (!exec(QStringLiteral("UPDATE post_batch b SET existed = true,"
                             " old_units = CASE WHEN p.category = 'report' THEN '{}'::text[]"
                             "  ELSE ARRAY(SELECT s.unit_id FROM assignments s WHERE s.post_id = p.id) END"
                             " FROM (SELECT id, category FROM posts WHERE %1) p WHERE p.id = b.id")
                  .arg(QLatin1String(kBatchPosts)),
            error))
        return false;

    // Few statements, as each is a round trip: the children are deleted with the upsert of the
    // posts and inserted in the next statement (a statement does not see its own changes). That
    // one takes the feed's numbering lock once its inserts are done (its WHERE reads them to the
    // end), so that a large import holds the lock no longer than before.
    const QString batchAssignments = arrayAt(QStringLiteral("b.doc"), "assignments");
    const QStringList rewrite {
        QStringLiteral("WITH written AS ("
                       "  INSERT INTO posts (id, version, category, status, submitted_at, doc)"
                       "  SELECT id, %1, doc->>'category', doc->>'status',"
                       "   (doc->>'submitted_at')::timestamptz, doc FROM post_batch b"
                       "  ON CONFLICT (id) DO UPDATE SET version = excluded.version, category = excluded.category,"
                       "   status = excluded.status, submitted_at = excluded.submitted_at, doc = excluded.doc),"
                       " a AS (DELETE FROM assignments WHERE post_id = ANY (%2)),"
                       " r AS (DELETE FROM replies WHERE post_id = ANY (%2))"
                       " DELETE FROM supervisions WHERE post_id = ANY (%2)")
            .arg(QLatin1String(kBatchVersion), QLatin1String(kExistedPosts)),
        // A liaison's replies are in its assignment; column staff's on the post (unit_id null).
        // The lists are expanded in the select list: a set-returning function in FROM would
        // first copy each post's list into a store of its own.
        QStringLiteral("WITH a AS ("
                       "  INSERT INTO assignments (post_id, unit_id, status, dispatched_at)"
                       "  SELECT id, a->>'unit_id', a->>'status', (a->>'dispatched_at')::timestamptz"
                       "  FROM (SELECT b.id, jsonb_array_elements(%1) AS a FROM post_batch b) x RETURNING 1),"
                       " r AS ("
                       "  INSERT INTO replies (id, post_id, unit_id, kind, published_at)"
                       "  SELECT r->>'id', id, unit_id, r->>'kind', (r->>'published_at')::timestamptz"
                       "  FROM (SELECT id, a->>'unit_id' AS unit_id, jsonb_array_elements(%2) AS r"
                       "   FROM (SELECT b.id, jsonb_array_elements(%1) AS a FROM post_batch b) x) y"
                       "  UNION ALL"
                       "  SELECT r->>'id', id, NULL, r->>'kind', (r->>'published_at')::timestamptz"
                       "  FROM (SELECT b.id, jsonb_array_elements(%3) AS r FROM post_batch b) x RETURNING 1),"
                       " s AS ("
                       "  INSERT INTO supervisions (id, post_id, unit_id, opened_at, closed_at)"
                       "  SELECT s->>'id', id, s->>'unit_id', (s->>'opened_at')::timestamptz,"
                       "   (s->>'closed_at')::timestamptz"
                       "  FROM (SELECT b.id, jsonb_array_elements(%4) AS s FROM post_batch b) x RETURNING 1)"
                       " SELECT pg_advisory_xact_lock(%5)"
                       " WHERE (SELECT count(*) FROM a) + (SELECT count(*) FROM r) + (SELECT count(*) FROM s) >= 0")
            .arg(batchAssignments, arrayAt(QStringLiteral("a"), "replies"), arrayAt(QStringLiteral("b.doc"), "replies"),
                arrayAt(QStringLiteral("b.doc"), "supervisions"), QString::number(kFeedNumberingLock)),
    };
    for (const QString &statement : rewrite) {
        if (!exec(statement, error))
            return false;
    }

    // One payload for the whole batch; a unit id with a comma in it cannot be listed, and
    // "*" makes every waiting user look again. Most posts have no assignment or one and were
    // in no unit's scope before: their units are had without a subquery.
    return exec(QStringLiteral("WITH appended AS ("
                               "  INSERT INTO changes (post_id, units_in_scope, units_left)"
                               "  SELECT b.id, n.units, CASE WHEN cardinality(b.old_units) = 0 THEN '{}'::text[]"
                               "   ELSE ARRAY(SELECT unnest(b.old_units) EXCEPT SELECT unnest(n.units)) END"
                               "  FROM post_batch b, LATERAL (SELECT %3 AS list) l,"
                               "  LATERAL (SELECT CASE WHEN b.doc->>'category' = 'report'"
                               "    OR jsonb_array_length(l.list) = 0 THEN '{}'::text[]"
                               "   WHEN jsonb_array_length(l.list) = 1 THEN ARRAY[l.list->0->>'unit_id']"
                               "   ELSE ARRAY(SELECT DISTINCT a->>'unit_id' FROM jsonb_array_elements(l.list) a)"
                               "   END AS units) n"
                               "  ORDER BY b.ord"
                               "  RETURNING units_in_scope || units_left AS units),"
                               " listed AS ("
                               "  SELECT CASE WHEN bool_or(strpos(u, ',') > 0)"
                               "   OR length(string_agg(DISTINCT u, ',')) > %2 THEN '*'"
                               "   ELSE coalesce(string_agg(DISTINCT u, ','), '') END AS payload"
                               "  FROM appended LEFT JOIN LATERAL unnest(units) u ON true)"
                               " SELECT pg_notify('%1', payload) FROM listed")
                    .arg(QLatin1String(notifyChannel))
                    .arg(kLongestPayload)
                    .arg(batchAssignments),
        error);
}

} // namespace bxt::portal
