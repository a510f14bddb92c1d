#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bxt::portal {

// The one place that writes posts (actions, public intake, admin import). In the caller's
// transaction it stores each post's whole JSON in posts.doc, rewrites the post's rows in
// assignments, replies and supervisions from it, appends one `changes` row per post and sends
// NOTIFY bxt_changes, which PostgreSQL delivers when the transaction commits.
//
// Each post carries its version, set by the caller: an action sets the stored version + 1, an
// import keeps the version of the history it migrates. write() does not compare versions;
// writeNewer() leaves a post the portal holds at the same or a higher version as it is.
//
// A change's units_in_scope are the units with an assignment (none for a `report`, R10), its
// units_left the units that were in scope before the write and are not after it. The NOTIFY
// payload is every unit named, comma-separated ("" when none, "*" when too many to list): a
// listener wakes the waiting liaisons of those units and every waiting staff user.
//
// Feed rows become visible in seq order: the writer takes a transaction-level advisory lock
// before numbering them, so a transaction that numbered a lower seq has committed (or rolled
// back) before a higher one can be numbered. Commit soon after write().
class PostWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PostWriter)

public:
    explicit PostWriter(QSqlDatabase &db)
        : m_db(db)
    { }

    // A post the portal held at the same or a higher version than the one given.
    struct Held
    {
        qsizetype index = 0; // in the batch given
        QString id;
        int heldVersion = 0;
        int givenVersion = 0;
    };

    // All posts with a few statements whatever their number. A post that lacks id, version,
    // status or submitted_at, or an id given twice, refuses the whole batch and writes nothing.
    bool write(const QList<QJsonObject> &posts, QString *error);

    // Posts as JSON Lines, one post per line ending in a newline, each passing problemOf() and no
    // id twice, sent as they are. The posts held at the same or a higher version are locked, left as they are and
    // listed in *held in batch order; the others are written as write() writes them. A post not held
    // yet has no row to lock, so two writers of the same new id at once are not compared: the
    // import, the one caller, runs one at a time (PostImport).
    bool writeNewer(const QByteArray &postLines, QList<Held> *held, QString *error);

    // Why write() would refuse the post on its own, empty when it would not.
    static QString problemOf(const QJsonObject &post);

    static constexpr const char *notifyChannel = "bxt_changes";

private:
    bool check(const QList<QJsonObject> &posts, QString *error) const;
    bool exec(const QString &statement, QString *error);
    bool stage(const QByteArray &postLines, QString *error);
    bool takeHeld(QList<Held> *held, QString *error);
    bool writeStaged(QString *error);

    QSqlDatabase &m_db;
};

} // namespace bxt::portal
