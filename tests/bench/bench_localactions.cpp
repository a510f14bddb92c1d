// How long one local action takes on a large store: the clerk's classify or a liaison's reply,
// with its outbox entry, audit record and search-index update in one transaction.
//
//   bench_localactions --db STORE [--actions N] [--bulk N]
//
// The store is changed: run it on a copy (e.g. one filled by `baixingtan-cli demo --count 100000`).

#include "benchsupport.h"

#include "actions/localactions.h"
#include "store/currentuserstore.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <algorithm>

using namespace bxt;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("db"), QStringLiteral("The store (changed)."), QStringLiteral("path") },
        { QStringLiteral("actions"), QStringLiteral("How many."), QStringLiteral("n"), QStringLiteral("200") },
        { QStringLiteral("bulk"), QStringLiteral("Posts of the bulk action that follows."), QStringLiteral("n"),
            QStringLiteral("500") } });
    parser.process(app);
    QString error;
    const auto database = Database::open(parser.value(QStringLiteral("db")), &error);
    std::optional<CurrentUser> user;
    if (!database || !CurrentUserStore(*database).load(&user, &error) || !user) {
        say(error.isEmpty() ? QStringLiteral("the store has no logged-in user") : error);
        return 1;
    }
    QSqlQuery select(database->connection());
    select.prepare(QStringLiteral("SELECT id FROM posts WHERE status = 'new' ORDER BY local_id LIMIT ?"));
    const int bulk = parser.value(QStringLiteral("bulk")).toInt();
    select.addBindValue(parser.value(QStringLiteral("actions")).toInt() + bulk);
    QStringList ids;
    if (select.exec()) {
        while (select.next())
            ids.append(select.value(0).toString());
    }
    select.finish();
    const QStringList bulkIds = ids.mid(std::max<qsizetype>(0, ids.size() - bulk));
    ids.resize(ids.size() - bulkIds.size());
    const QJsonObject classify { { QStringLiteral("type"), QStringLiteral("classify") },
        { QStringLiteral("category"), QStringLiteral("appeal") } };
    LocalActions actions(*database);
    QList<double> millis;
    for (const QString &id : std::as_const(ids)) {
        QElapsedTimer timer;
        timer.start();
        Post result;
        if (!actions.perform(user->actor, id, classify, &result, &error)) {
            say(error);
            return 1;
        }
        millis.append(millisSince(timer));
    }
    if (millis.isEmpty()) {
        say(QStringLiteral("no unclassified posts in the store"));
        return 1;
    }
    std::sort(millis.begin(), millis.end());
    const auto at
        = [&millis](double p) { return millis.at(std::min(millis.size() - 1, qsizetype(p * millis.size()))); };
    say(QStringLiteral("%1 classify actions: p50 %2 ms, p95 %3 ms, max %4 ms")
            .arg(millis.size())
            .arg(at(0.5), 0, 'f', 1)
            .arg(at(0.95), 0, 'f', 1)
            .arg(millis.last(), 0, 'f', 1));
    if (bulkIds.isEmpty())
        return 0;
    QElapsedTimer timer;
    timer.start();
    BulkActionOutcome outcome;
    if (!actions.performOnAll(user->actor, bulkIds, classify, &outcome, &error)) {
        say(error);
        return 1;
    }
    say(QStringLiteral("bulk classify of %1 posts in one transaction: %2 ms (%3 changed, %4 refused; target < 1000)")
            .arg(bulkIds.size())
            .arg(millisSince(timer), 0, 'f', 1)
            .arg(outcome.changed.size())
            .arg(outcome.refused.size()));
    return 0;
}
