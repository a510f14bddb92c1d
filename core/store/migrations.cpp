#include "store/migrations.h"

#include "search/searchindexwriter.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace bxt {

namespace {

const QString kCreateSearchRecent
    = QStringLiteral("CREATE TABLE IF NOT EXISTS search_recent(chunk INTEGER PRIMARY KEY, postings BLOB NOT NULL)");

// v3: index the posts that earlier versions stored.
bool indexExistingPosts(const QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT local_id, raw FROM posts"))) {
        *error = sqlError(read);
        return false;
    }
    SearchIndexWriter index(db);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE posts SET search_gen = ?, search_len = ? WHERE local_id = ?"));
    while (read.next()) {
        const QJsonObject post = QJsonDocument::fromJson(read.value(1).toByteArray()).object();
        const DocumentTerms terms = documentTerms(
            post.value(QLatin1String("title")).toString(), post.value(QLatin1String("body")).toString());
        const quint32 generation = index.newGeneration();
        update.addBindValue(generation);
        update.addBindValue(terms.length);
        update.addBindValue(read.value(0));
        if (!update.exec()) {
            *error = sqlError(update);
            return false;
        }
        if (!index.add(read.value(0).toLongLong(), generation, terms, error))
            return false;
    }
    return index.flush(error);
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        { 1,
            { QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE units(id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                               "kind TEXT NOT NULL CHECK(kind IN ('department','district')), "
                               "active INTEGER NOT NULL DEFAULT 1, raw TEXT NOT NULL)"),
                // raw is the portal's whole JSON object, unknown fields included; the other columns
                // are copies of it for indexing.
                QStringLiteral("CREATE TABLE posts(local_id INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                               "version INTEGER NOT NULL, title TEXT NOT NULL, category TEXT, status TEXT NOT NULL, "
                               "submitted_at INTEGER NOT NULL, views INTEGER NOT NULL DEFAULT 0, raw TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX posts_by_status ON posts(status, submitted_at)"),
                QStringLiteral("CREATE INDEX posts_by_category ON posts(category, submitted_at)"),
                QStringLiteral("CREATE INDEX posts_by_submitted ON posts(submitted_at)"),
                QStringLiteral("CREATE TABLE assignments(post INTEGER NOT NULL REFERENCES posts(local_id) "
                               "ON DELETE CASCADE, unit_id TEXT NOT NULL, dispatched_at INTEGER NOT NULL, "
                               "status TEXT NOT NULL, promise_due TEXT, PRIMARY KEY(post, unit_id)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX assignments_by_unit ON assignments(unit_id, status)") },
            {} },
        { 2,
            { QStringLiteral("CREATE TABLE audit_log(id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
                             "action TEXT NOT NULL, post_id TEXT, before TEXT, after TEXT)"),
                QStringLiteral("CREATE INDEX audit_by_post ON audit_log(post_id, id)") },
            {} },
        { 3,
            // The search index (search/searchindexwriter.h): postings per term in chunks, and the
            // generations of posts whose postings are out of date.
            { QStringLiteral("ALTER TABLE posts ADD COLUMN search_gen INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE posts ADD COLUMN search_len INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE TABLE search_postings(term INTEGER NOT NULL, chunk INTEGER NOT NULL, "
                               "postings BLOB NOT NULL, PRIMARY KEY(term, chunk)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE search_stale(post INTEGER NOT NULL, generation INTEGER NOT NULL, "
                               "PRIMARY KEY(post, generation)) WITHOUT ROWID"),
                // Here already, since indexing a few existing posts writes recent postings (v8).
                kCreateSearchRecent },
            indexExistingPosts },
        { 4,
            { QStringLiteral("CREATE TABLE calendar_years(year INTEGER PRIMARY KEY, source TEXT NOT NULL, "
                             "imported_at TEXT NOT NULL, data TEXT NOT NULL)") },
            {} },
        { 5,
            // Sync with the portal (core/sync): the outbox of local actions in the order they were
            // made, each with the Idempotency-Key fixed when it was queued; the portal's own copy of
            // every post that has local work (the stored post is that copy with the queued actions
            // replayed); conflicts that wait for the user; the posts a full pass returned so far.
            { QStringLiteral(
                  "CREATE TABLE outbox(seq INTEGER PRIMARY KEY AUTOINCREMENT, post_id TEXT NOT NULL, "
                  "idempotency_key TEXT NOT NULL UNIQUE, body TEXT NOT NULL, actor_id TEXT NOT NULL, "
                  "actor_role TEXT NOT NULL, actor_unit TEXT, queued_at TEXT NOT NULL, base_version INTEGER, "
                  "state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending','conflict','failed')), "
                  "message TEXT)"),
                QStringLiteral("CREATE INDEX outbox_by_post ON outbox(post_id, seq)"),
                QStringLiteral(
                    "CREATE TABLE portal_copies(id TEXT PRIMARY KEY, version INTEGER NOT NULL, raw TEXT NOT NULL) "
                    "WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE sync_conflicts(post_id TEXT PRIMARY KEY, kind TEXT NOT NULL "
                               "CHECK(kind IN ('version','not_returned')), outbox_seq INTEGER, local TEXT NOT NULL, "
                               "portal TEXT, message TEXT NOT NULL, at TEXT NOT NULL) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE sync_pass_seen(id TEXT PRIMARY KEY) WITHOUT ROWID") },
            {} },
        { 6,
            // Reports (core/reports). Supervisors' ratings of sampled replies against R19's three
            // criteria, 1 to 5 each (R23). And the supervisions' openings copied out of the posts'
            // JSON by triggers, so that a quarterly report (R21) finds a quarter's supervisions
            // without reading a million posts.
            { QStringLiteral("CREATE TABLE reply_ratings(post_id TEXT NOT NULL, reply_id TEXT NOT NULL, "
                             "unit_id TEXT NOT NULL, rater TEXT NOT NULL, rated_at TEXT NOT NULL, "
                             "substance INTEGER NOT NULL CHECK(substance BETWEEN 1 AND 5), "
                             "responsibility INTEGER NOT NULL CHECK(responsibility BETWEEN 1 AND 5), "
                             "form INTEGER NOT NULL CHECK(form BETWEEN 1 AND 5), note TEXT, "
                             "PRIMARY KEY(reply_id, rater)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX reply_ratings_by_unit ON reply_ratings(unit_id)"),
                QStringLiteral("CREATE TABLE supervision_openings(post INTEGER NOT NULL REFERENCES posts(local_id) "
                               "ON DELETE CASCADE, unit_id TEXT, opened_at INTEGER)"),
                QStringLiteral("CREATE INDEX supervision_openings_by_time ON supervision_openings(opened_at)"),
                QStringLiteral("CREATE INDEX supervision_openings_by_post ON supervision_openings(post)"),
                QStringLiteral(
                    "CREATE TRIGGER supervision_openings_insert AFTER INSERT ON posts BEGIN "
                    "INSERT INTO supervision_openings SELECT NEW.local_id, json_extract(value, '$.unit_id'), "
                    "CAST(strftime('%s', json_extract(value, '$.opened_at')) AS INTEGER) "
                    "FROM json_each(CAST(NEW.raw AS TEXT), '$.supervisions'); END"),
                QStringLiteral(
                    "CREATE TRIGGER supervision_openings_update AFTER UPDATE OF raw ON posts BEGIN "
                    "DELETE FROM supervision_openings WHERE post = OLD.local_id; "
                    "INSERT INTO supervision_openings SELECT NEW.local_id, json_extract(value, '$.unit_id'), "
                    "CAST(strftime('%s', json_extract(value, '$.opened_at')) AS INTEGER) "
                    "FROM json_each(CAST(NEW.raw AS TEXT), '$.supervisions'); END"),
                QStringLiteral(
                    "INSERT INTO supervision_openings SELECT p.local_id, json_extract(s.value, '$.unit_id'), "
                    "CAST(strftime('%s', json_extract(s.value, '$.opened_at')) AS INTEGER) "
                    "FROM posts p, json_each(CAST(p.raw AS TEXT), '$.supervisions') s") },
            {} },
        { 7,
            // The store writes the supervisions' openings with the post (PostStore), from the JSON
            // the import has parsed already: the triggers parsed every post a second time in SQLite.
            { QStringLiteral("DROP TRIGGER supervision_openings_insert"),
                QStringLiteral("DROP TRIGGER supervision_openings_update") },
            {} },
        { 8,
            // Small writes of the search index (a local action) as one row of postings each, which
            // SearchIndexMaintenance moves into the per-term chunks between transactions.
            { kCreateSearchRecent }, {} },
    };
    return list;
}

} // namespace bxt
