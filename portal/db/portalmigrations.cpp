#include "db/portalmigrations.h"

namespace bxt::portal {

namespace {

// The first schema.
//
// posts.doc is the post's whole JSON as served (portal-api.md POST, unknown fields kept); the
// columns beside it and the assignments, replies and supervisions rows are what the scope rules
// and reports query, written in the same transaction as doc.
//
// The change feed: one row per change of a post, numbered by feed_seq. units_in_scope are the
// units whose liaisons may see the post after the change, units_left those that saw it before
// and no longer do; a liaison's feed is the rows naming its unit in either. A change of a post
// always serves the post's current state, or "removed" when it is out of that user's scope now.
// Compaction deletes rows that a later row of the same post makes redundant and raises
// feed_state.horizon: a cursor below it answers 410 cursor_expired.
//
// Reply and supervision ids are unique within their post: the portal numbers its own ("r-N",
// "s-N") from sequences, but migrated history may reuse an id in another post.
//
// idempotency_keys keep the first answer per user and key (portal-api.md Actions); the row is
// written in the action's transaction, so a second process with the same key waits on the
// unique index and then reads the stored answer.
const QStringList schemaV1 {
    QStringLiteral("CREATE TABLE schema_version (version integer NOT NULL)"),
    QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
    QStringLiteral("CREATE TABLE units ("
                   " id text PRIMARY KEY,"
                   " position integer NOT NULL,"
                   " doc jsonb NOT NULL)"),
    QStringLiteral("CREATE TABLE calendar_years ("
                   " year integer PRIMARY KEY,"
                   " doc jsonb NOT NULL)"),
    QStringLiteral("CREATE SEQUENCE user_number"),
    QStringLiteral("CREATE TABLE users ("
                   " id text PRIMARY KEY,"
                   " name text NOT NULL UNIQUE,"
                   " display_name text NOT NULL,"
                   " role text NOT NULL,"
                   " unit_id text,"
                   " password_hash text NOT NULL,"
                   " disabled boolean NOT NULL DEFAULT false,"
                   " created_at timestamptz NOT NULL DEFAULT now())"),
    QStringLiteral("CREATE TABLE login_failures ("
                   " name text PRIMARY KEY,"
                   " failures integer NOT NULL,"
                   " locked_until timestamptz)"),
    QStringLiteral("CREATE TABLE sessions ("
                   " token_hash bytea PRIMARY KEY,"
                   " user_id text NOT NULL REFERENCES users(id),"
                   " expires_at timestamptz NOT NULL)"),
    QStringLiteral("CREATE INDEX sessions_by_user ON sessions (user_id)"),
    QStringLiteral("CREATE TABLE posts ("
                   " id text PRIMARY KEY,"
                   " version integer NOT NULL,"
                   " category text,"
                   " status text NOT NULL,"
                   " submitted_at timestamptz NOT NULL,"
                   " author_token_hash bytea,"
                   " doc jsonb NOT NULL)"),
    QStringLiteral("CREATE SEQUENCE post_number"),
    QStringLiteral("CREATE TABLE assignments ("
                   " post_id text NOT NULL REFERENCES posts(id),"
                   " unit_id text NOT NULL,"
                   " status text NOT NULL,"
                   " dispatched_at timestamptz,"
                   " PRIMARY KEY (post_id, unit_id))"),
    QStringLiteral("CREATE INDEX assignments_by_unit ON assignments (unit_id)"),
    QStringLiteral("CREATE SEQUENCE reply_number"),
    QStringLiteral("CREATE TABLE replies ("
                   " id text NOT NULL,"
                   " post_id text NOT NULL REFERENCES posts(id),"
                   " unit_id text,"
                   " kind text NOT NULL,"
                   " published_at timestamptz NOT NULL,"
                   " PRIMARY KEY (post_id, id))"),
    QStringLiteral("CREATE SEQUENCE supervision_number"),
    QStringLiteral("CREATE TABLE supervisions ("
                   " id text NOT NULL,"
                   " post_id text NOT NULL REFERENCES posts(id),"
                   " unit_id text NOT NULL,"
                   " opened_at timestamptz NOT NULL,"
                   " closed_at timestamptz,"
                   " PRIMARY KEY (post_id, id))"),
    QStringLiteral("CREATE SEQUENCE feed_seq"),
    QStringLiteral("CREATE TABLE changes ("
                   " seq bigint PRIMARY KEY DEFAULT nextval('feed_seq'),"
                   " post_id text NOT NULL REFERENCES posts(id),"
                   " units_in_scope text[] NOT NULL,"
                   " units_left text[] NOT NULL)"),
    QStringLiteral("CREATE INDEX changes_by_post ON changes (post_id, seq)"),
    QStringLiteral("CREATE INDEX changes_by_unit ON changes USING gin ((units_in_scope || units_left))"),
    QStringLiteral("CREATE TABLE feed_state (horizon bigint NOT NULL)"),
    QStringLiteral("INSERT INTO feed_state (horizon) VALUES (0)"),
    QStringLiteral("CREATE TABLE idempotency_keys ("
                   " user_id text NOT NULL REFERENCES users(id),"
                   " key text NOT NULL,"
                   " post_id text NOT NULL,"
                   " status integer NOT NULL,"
                   " answer bytea NOT NULL,"
                   " created_at timestamptz NOT NULL DEFAULT now(),"
                   " PRIMARY KEY (user_id, key))"),
    QStringLiteral("CREATE TABLE public_rate ("
                   " address text NOT NULL,"
                   " window_start timestamptz NOT NULL,"
                   " requests integer NOT NULL,"
                   " PRIMARY KEY (address, window_start))"),
    QStringLiteral("CREATE TABLE audit_log ("
                   " id bigserial PRIMARY KEY,"
                   " at timestamptz NOT NULL DEFAULT now(),"
                   " user_id text,"
                   " action text NOT NULL,"
                   " post_id text,"
                   " detail jsonb)"),
};

// Rows that name a post no longer check it with a foreign key. Each check is a lookup and a
// row lock of the post for every assignment, reply, supervision and feed row written: a fifth
// of PostgreSQL's time in a history import (issue 15). PostWriter, the one writer of these
// rows, writes the post first in the same transaction, and no post is ever deleted.
const QStringList schemaV2 {
    QStringLiteral("ALTER TABLE assignments DROP CONSTRAINT assignments_post_id_fkey"),
    QStringLiteral("ALTER TABLE replies DROP CONSTRAINT replies_post_id_fkey"),
    QStringLiteral("ALTER TABLE supervisions DROP CONSTRAINT supervisions_post_id_fkey"),
    QStringLiteral("ALTER TABLE changes DROP CONSTRAINT changes_post_id_fkey"),
};

} // namespace

const QList<PortalMigration> &portalMigrations()
{
    static const QList<PortalMigration> all { { 1, schemaV1 }, { 2, schemaV2 } };
    return all;
}

} // namespace bxt::portal
