// The search index's upkeep in the window (issue 13): the actions the window performs only
// write their postings; the merging runs at the user's next pause, and waits while a sync is
// at work. Every search is complete before and after.

#include "storetestsupport.h"

#include "common/idleindexmaintenance.h"

#include "actions/localactions.h"
#include "search/postsearch.h"

#include <QSqlQuery>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

constexpr int kActions = 200; // as many recent writes as make the upkeep due

qint64 recentWrites(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM search_recent")) || !query.next())
        QTest::qFail(qPrintable(sqlError(query)), __FILE__, __LINE__);
    return query.value(0).toLongLong();
}

qsizetype hitCount(const Database &database, const QString &word)
{
    QList<SearchHit> hits;
    QString error;
    if (!PostSearch(database).search(word, 0, &hits, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return hits.size();
}

} // namespace

class TestIdleIndexMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void upkeep_waitsForThePause_andForTheSync()
    {
        TemporaryStore store;
        Database &database = *store.database;
        QList<QJsonObject> posts;
        for (int i = 0; i < kActions; ++i)
            posts.append(samplePost(
                QStringLiteral("p-%1").arg(i), 1, QStringLiteral("路灯不亮"), QStringLiteral("晚上出门看不见路。")));
        importPosts(database, posts);
        QCOMPARE(recentWrites(database), 0);

        const Actor clerk { QStringLiteral("clerk-1"), Role::ColumnStaff, {} };
        const QJsonObject classify { { QStringLiteral("type"), QStringLiteral("classify") },
            { QStringLiteral("category"), QStringLiteral("appeal") } };
        for (int i = 0; i < kActions; ++i) {
            Post changed;
            QString error;
            QVERIFY2(LocalActions(database, LocalActions::IndexUpkeep::ByCaller)
                         .perform(clerk, QStringLiteral("p-%1").arg(i), classify, &changed, &error),
                qPrintable(error));
        }
        QCOMPARE(recentWrites(database), kActions); // nothing merged inside or after the actions
        QCOMPARE(hitCount(database, QStringLiteral("路灯")), kActions);

        bool syncing = true;
        int asked = 0;
        IdleIndexMaintenance upkeep(database, [&] {
            ++asked;
            return syncing;
        });
        upkeep.setPauseMs(20);
        QSignalSpy failed(&upkeep, &IdleIndexMaintenance::failed);
        upkeep.writesDone();
        QCOMPARE(recentWrites(database), kActions); // not at once: at the pause
        QTRY_VERIFY(asked >= 3); // several pauses while the sync writes
        QCOMPARE(recentWrites(database), kActions);
        syncing = false;
        QTRY_COMPARE(recentWrites(database), 0);
        QVERIFY(failed.isEmpty());
        QCOMPARE(hitCount(database, QStringLiteral("路灯")), kActions);
    }
};

QTEST_MAIN(TestIdleIndexMaintenance)
#include "tst_idleindexmaintenance.moc"
