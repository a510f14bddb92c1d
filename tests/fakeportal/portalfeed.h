#pragma once

#include "domain/post.h"
#include "domain/role.h"

#include <QByteArrayList>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <map>

namespace bxt::test {

// The portal's posts and its change feed (portal-api.md "Change feed"). Every post keeps the
// sequence number of its latest change only, so the feed after a cursor is every post changed
// since, in order; a post changed again moves to the end. Posts are kept as compact JSON so
// that 100,000 of them fit and a page is a concatenation, not a serialisation.
//
// Scope: a liaison sees the posts with an assignment for its unit that are not reports; the
// others see every post. A post that leaves a user's scope (reassigned away, reclassified,
// withdrawn) is a "removed" change for those who could see it. The author's contact is
// included only where maySeeContact() (R10) allows it.
class PortalFeed final
{
public:
    Q_DISABLE_COPY_MOVE(PortalFeed)
    PortalFeed() = default;

    struct Page
    {
        QByteArrayList changes; // each a CHANGE object
        qint64 nextSeq = 0; // where the next page starts
        bool hasMore = false;
        QList<qint64> injectedSeqs;
    };

    // Creates or replaces the post as a new change: version is the stored one plus one (1 for a
    // new post), whatever the given post says. Returns the new version.
    qint64 put(QJsonObject post);
    // The post leaves everyone's scope, with a new version. False when unknown or withdrawn.
    bool withdraw(const QString &id);

    bool isLive(const QString &id) const; // known and not withdrawn
    QJsonObject post(const QString &id) const; // the full state; empty when unknown
    bool isVisibleTo(const Actor &actor, const QString &id) const;
    QJsonObject viewFor(const Actor &actor, const QString &id) const; // as the feed shows it
    QList<QJsonObject> visibleTo(const Actor &actor) const; // sorted by id

    // A change that is not the portal's state (a server bug on purpose), at a new sequence
    // number, in the feed of that user only until forget() drops it.
    void inject(const QJsonObject &post, const QString &userId);
    void forget(const QList<qint64> &injectedSeqs);

    qint64 lastSeq() const { return m_lastSeq; } // of the latest change

    // The changes after afterSeq in the actor's scope, at most limit of them.
    Page page(const Actor &actor, qint64 afterSeq, int limit) const;

private:
    struct Record
    {
        QByteArray json; // the full state, compact
        mutable QByteArray stripped; // the same without author.phone/email, made when first asked
        Post scopeFacts; // category, assignment units and their status: what decides who sees what
        qint64 version = 0;
        qint64 seq = 0;
        bool withdrawn = false;
        QSet<QString> everInScopeOf; // units whose liaisons could see some version of it
    };
    struct Entry
    {
        QString postId; // empty for an injected change
        QByteArray injectedPost;
        QString injectedFor;
    };

    static bool inScope(const Actor &actor, const Post &facts);
    QByteArray changeFor(const Actor &actor, qint64 seq, const Entry &entry) const; // empty: not in the feed
    const QByteArray &postJsonFor(const Actor &actor, const Record &record) const;
    void moveToEnd(const QString &id, Record *record);

    QHash<QString, Record> m_records;
    std::map<qint64, Entry> m_entries; // by sequence number
    qint64 m_lastSeq = 0;
};

} // namespace bxt::test
