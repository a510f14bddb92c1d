#pragma once

#include "domain/post.h"
#include "rules/scopefilter.h"
#include "store/poststore.h"
#include "sync/portalerror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace bxt {

// One change of GET /changes, ready for the store.
struct PreparedChange
{
    enum class Kind {
        Post, // the post's whole current state (scope applied)
        Removed, // the post left this user's scope
        Withheld, // the portal sent a post this user must not keep; it is treated as removed
    };

    Kind kind = Kind::Post;
    QString id;
    qint64 version = 0;
    PostRecord record; // Kind::Post; its terms are in the page's
    qsizetype document = -1; // Kind::Post: its place in the page's terms
    QByteArray raw; // Kind::Post: the JSON text to store
    bool contactStripped = false;
};

// A page of GET /changes made ready for the store: parsed, every post validated, checked
// against the user's scope and turned into a PostRecord.
struct PreparedPage
{
    QList<PreparedChange> changes;
    QString nextCursor;
    bool hasMore = false;
    PortalError error; // the page is refused as a whole: nothing of it is applied
    BatchTerms terms; // of the posts to store, grouped by term where the page is prepared

    // Reads a body of GET /changes: next_cursor and has_more, so that the next page can be
    // asked for at once, and in *changes the changes still to prepare.
    static PreparedPage read(const QJsonObject &body, QJsonArray *changes);
    // Validates every change, applies the scope, makes each PostRecord and groups the posts'
    // search terms: the slow part, pure, for a worker thread. One bad change refuses the page.
    // With the page's text, a post the scope keeps whole is stored as the portal wrote it
    // instead of being written out again (sync/changefeedtext.h).
    void prepare(const QJsonArray &changes, const ScopeFilter &scope, QByteArrayView pageText = {});
};

} // namespace bxt
