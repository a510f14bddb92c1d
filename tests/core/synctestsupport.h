#pragma once

// The sync tests' common ground: a fake portal with a column staff member and a liaison, a
// case store, and a SyncController wired to both with short retry delays.

#include "storetestsupport.h"

#include "fakeportal.h"

#include "actions/localactions.h"
#include "demo/syntheticpostgenerator.h"
#include "rules/actioneffect.h"
#include "store/currentuserstore.h"
#include "sync/synccontroller.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>

namespace bxt::test {

struct PortalUser
{
    QString id;
    QString name;
    QString password;
};

inline const PortalUser &clerk()
{
    static const PortalUser user { QStringLiteral("u-clerk"), QStringLiteral("clerk"), QStringLiteral("clerk-pw") };
    return user;
}

inline const PortalUser &daoliLiaison()
{
    static const PortalUser user { QStringLiteral("u-daoli"), QStringLiteral("daoli"), QStringLiteral("daoli-pw") };
    return user;
}

// A dispatched assignment of portal-api.md.
inline QJsonObject assignment(const QString &unitId, const QString &status = QStringLiteral("pending"))
{
    QJsonObject assignment = pendingAssignment(unitId, QStringLiteral("2025-03-03T10:02:00+08:00"));
    assignment.insert(QStringLiteral("status"), status);
    return assignment;
}

inline QJsonObject newPost(const QString &id, const QString &title = QStringLiteral("小区供暖温度不达标"))
{
    return samplePost(id, 1, title, QStringLiteral("家里只有十四度，请尽快处理。"));
}

inline QJsonObject dispatchedPost(const QString &id, const QString &unitId)
{
    return samplePost(id, 1, QStringLiteral("道里区某小区路灯不亮"), QStringLiteral("晚上出行很不方便。"),
        { { QStringLiteral("category"), QStringLiteral("appeal") },
            { QStringLiteral("status"), QStringLiteral("dispatched") },
            { QStringLiteral("assignments"), QJsonArray { assignment(unitId) } } });
}

// Every post in the store, sorted by id, as portal JSON.
inline QList<QJsonObject> storedPosts(Database &database)
{
    QList<QJsonObject> posts;
    QString error;
    if (!PostStore(database).forEachRaw(
            [&posts](const QByteArray &raw) {
                posts.append(QJsonDocument::fromJson(raw).object());
                return true;
            },
            &error))
        qFatal("cannot read the posts: %s", qPrintable(error));
    std::sort(posts.begin(), posts.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("id")).toString() < b.value(QLatin1String("id")).toString();
    });
    return posts;
}

// Empty when the two lists hold the same posts; else the first difference, for a failure message.
inline QString firstDifference(const QList<QJsonObject> &stored, const QList<QJsonObject> &portal)
{
    for (qsizetype i = 0; i < std::max(stored.size(), portal.size()); ++i) {
        const QJsonObject mine = stored.value(i);
        const QJsonObject theirs = portal.value(i);
        if (mine != theirs) {
            return QStringLiteral("post %1 of %2/%3 differs:\nstore:  %4\nportal: %5")
                .arg(i)
                .arg(stored.size())
                .arg(portal.size())
                .arg(QString::fromUtf8(QJsonDocument(mine).toJson(QJsonDocument::Compact)).left(600),
                    QString::fromUtf8(QJsonDocument(theirs).toJson(QJsonDocument::Compact)).left(600));
        }
    }
    return {};
}

// The unanswered actions in the order they were queued; a store that cannot be read stops the
// test run (an empty list would pass "nothing waits").
// A post's state in one line, for expectations written out by hand rather than taken from the
// fake portal (which decides actions with the client's own rules): "v3 dispatched appeal
// [x-daoli:pending]" is version, status, category ("-" when none) and each assignment's unit
// and status.
inline QString postState(const QJsonObject &post)
{
    QStringList assignments;
    for (const QJsonValue &value : post.value(QLatin1String("assignments")).toArray()) {
        const QJsonObject assignment = value.toObject();
        assignments.append(assignment.value(QLatin1String("unit_id")).toString() + QLatin1Char(':')
            + assignment.value(QLatin1String("status")).toString());
    }
    const QJsonValue category = post.value(QLatin1String("category"));
    return QStringLiteral("v%1 %2 %3 [%4]")
        .arg(post.value(QLatin1String("version")).toInteger())
        .arg(post.value(QLatin1String("status")).toString(),
            category.isString() ? category.toString() : QStringLiteral("-"), assignments.join(QLatin1Char(' ')));
}

inline QList<OutboxEntry> unanswered(Database &database)
{
    QList<OutboxEntry> entries;
    QSet<QString> ids;
    QString error;
    if (!Outbox(database).postsWithUnanswered(&ids, &error))
        qFatal("cannot read the outbox: %s", qPrintable(error));
    for (const QString &id : std::as_const(ids)) {
        QList<OutboxEntry> more;
        if (!Outbox(database).unanswered(id, &more, &error))
            qFatal("cannot read the outbox of %s: %s", qPrintable(id), qPrintable(error));
        entries += more;
    }
    std::sort(entries.begin(), entries.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.seq < b.seq; });
    return entries;
}

// Runs one synchronisation; true when it finished, false with *message when it failed.
inline bool runSynchronisation(SyncController &controller, QString *message = nullptr, int timeoutMs = 120000)
{
    QEventLoop loop;
    bool finished = false;
    bool ended = false;
    QString failure;
    const auto connections = {
        QObject::connect(&controller, &SyncController::finished, &loop,
            [&]() {
                finished = ended = true;
                loop.quit();
            }),
        QObject::connect(&controller, &SyncController::failed, &loop,
            [&](const QString &text) {
                failure = text;
                ended = true;
                loop.quit();
            }),
    };
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    controller.synchronize();
    if (!ended)
        loop.exec();
    for (const auto &connection : connections)
        QObject::disconnect(connection);
    if (message)
        *message = ended ? failure : QStringLiteral("the synchronisation did not end in time");
    return finished;
}

// Performs a local action as the user the store belongs to; stops the test run if refused.
inline void performAsStoreUser(Database &database, const QString &postId, const QJsonObject &action)
{
    std::optional<CurrentUser> user;
    QString error;
    if (!CurrentUserStore(database).load(&user, &error) || !user)
        qFatal("the store has no user: %s", qPrintable(error));
    Post changed;
    if (!LocalActions(database).perform(user->actor, postId, action, &changed, &error))
        qFatal("the local action on %s was refused: %s", qPrintable(postId), qPrintable(error));
}

// A fake portal, a case store and a controller that trusts the fake portal's test CA.
struct SyncHarness
{
    FakePortal portal;
    TemporaryStore store;
    QNetworkAccessManager network;
    std::unique_ptr<SyncController> controller;

    explicit SyncHarness(const PortalUser &user = clerk(), const QString &caFile = FakePortal::caCertificatePath())
    {
        portal.addUser(clerk().id, clerk().name, clerk().password, QStringLiteral("column_staff"));
        portal.addUser(daoliLiaison().id, daoliLiaison().name, daoliLiaison().password, QStringLiteral("liaison"),
            QStringLiteral("x-daoli"));
        QString error;
        if (!portal.start(&error))
            qFatal("the fake portal does not start: %s", qPrintable(error));
        controller = std::make_unique<SyncController>(*store.database, &network);
        if (!controller->configure({ portal.baseUrl(), user.name, caFile, false }, &error))
            qFatal("cannot configure the controller: %s", qPrintable(error));
        controller->setPassword(user.password, false);
        controller->setRetryPolicy({ 10, 50, 6, 300 });
        controller->setPageSize(7); // several pages even for a few posts
    }

    bool sync(QString *message = nullptr, int timeoutMs = 120000)
    {
        return runSynchronisation(*controller, message, timeoutMs);
    }

    void queue(const QString &postId, const QJsonObject &action)
    {
        performAsStoreUser(*store.database, postId, action);
    }

    // A unit this computer knows but the portal does not, "d-ghost": the rules here allow a
    // dispatch to it, the portal refuses it (422).
    void storeUnitThePortalDoesNotKnow()
    {
        QJsonArray units = SyntheticPostGenerator::harbinUnits();
        units.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("d-ghost") },
            { QStringLiteral("name"), QStringLiteral("不存在的局") },
            { QStringLiteral("kind"), QStringLiteral("department") }, { QStringLiteral("active"), true } });
        QString error;
        if (!inTransaction(
                *store.database,
                [&](QString *failure) { return UnitStore(*store.database).replaceAll(units, failure); }, &error))
            qFatal("cannot store the units: %s", qPrintable(error));
    }

    void putSyntheticPosts(int count, quint32 seed)
    {
        SyntheticPostGenerator generator(seed);
        for (int i = 0; i < count; ++i)
            portal.putPost(generator.next());
    }
};

inline QJsonObject classify(const QString &category)
{
    return { { QStringLiteral("type"), QStringLiteral("classify") }, { QStringLiteral("category"), category } };
}

inline QJsonObject dispatchTo(const QStringList &unitIds)
{
    return { { QStringLiteral("type"), QStringLiteral("dispatch") },
        { QStringLiteral("unit_ids"), QJsonArray::fromStringList(unitIds) } };
}

inline QJsonObject accept(const QString &unitId)
{
    return { { QStringLiteral("type"), QStringLiteral("accept") }, { QStringLiteral("unit_id"), unitId } };
}

// How often each of these keys appears among the actions the portal applied.
inline QHash<QString, int> appliedKeyCounts(const FakePortal &portal)
{
    QHash<QString, int> counts;
    for (const QJsonObject &action : portal.appliedActions())
        counts[action.value(QLatin1String("idempotency_key")).toString()] += 1;
    return counts;
}

} // namespace bxt::test
