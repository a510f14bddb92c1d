// The search box's search on its own thread (issue 13): the best hits come first, then every
// hit; each new query cancels the one before, whose hits are never reported; an empty query
// clears at once; keystrokes within the pause start one search only.

#include "storetestsupport.h"

#include "search/backgroundsearch.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

// Many more than the first batch of BackgroundSearch::kFirstHits: the rest takes a while.
constexpr int kHeatingPosts = 5000;
constexpr int kBoilerPosts = 3;

QString query(const QList<QVariant> &signal)
{
    return signal.at(0).toString();
}

} // namespace

class TestBackgroundSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // One post with the word in its title (weighted four times: the best hit), the others
        // with it once in a body of the same length, and a few with another word only.
        QList<QJsonObject> posts { samplePost(
            QStringLiteral("p-title"), 1, QStringLiteral("供暖不热"), QStringLiteral("暖气片一直是凉的。")) };
        for (int i = 1; i < kHeatingPosts; ++i)
            posts.append(samplePost(
                QStringLiteral("p-%1").arg(i), 1, QStringLiteral("小区问题反映"), QStringLiteral("楼里供暖不好。")));
        for (int i = 0; i < kBoilerPosts; ++i)
            posts.append(samplePost(
                QStringLiteral("b-%1").arg(i), 1, QStringLiteral("锅炉噪音"), QStringLiteral("夜里吵得睡不着。")));
        importPosts(*m_store.database, posts);
    }

    void hits_bestFirstThenEvery()
    {
        BackgroundSearch search(m_store.path());
        QSignalSpy found(&search, &BackgroundSearch::hitsFound);
        search.search(QStringLiteral("供暖"));
        QTRY_COMPARE(found.count(), 2);
        const QList<qint64> first = found.at(0).at(1).value<QList<qint64>>();
        const QList<qint64> all = found.at(1).at(1).value<QList<qint64>>();
        QCOMPARE(found.at(0).at(2).toBool(), false);
        QCOMPARE(found.at(1).at(2).toBool(), true);
        QCOMPARE(first.size(), BackgroundSearch::kFirstHits);
        QCOMPARE(all.size(), kHeatingPosts);
        QCOMPARE(all.first(first.size()), first); // the same ranking, the rest after
        QCOMPARE(all.first(), localIdOf(QStringLiteral("p-title")));
        QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), kHeatingPosts);
    }

    void fewHits_arriveAtOnceComplete()
    {
        BackgroundSearch search(m_store.path());
        QSignalSpy found(&search, &BackgroundSearch::hitsFound);
        search.search(QStringLiteral("锅炉"));
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(query(found.at(0)), QStringLiteral("锅炉"));
        QCOMPARE(found.at(0).at(1).value<QList<qint64>>().size(), kBoilerPosts);
        QCOMPARE(found.at(0).at(2).toBool(), true);
    }

    void keystrokesWithinThePause_searchOnce()
    {
        BackgroundSearch search(m_store.path());
        QSignalSpy found(&search, &BackgroundSearch::hitsFound);
        search.search(QStringLiteral("锅"));
        search.search(QStringLiteral("锅炉"));
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(query(found.at(0)), QStringLiteral("锅炉"));
    }

    // The older search is under way (its best hits are shown) when the newer query comes:
    // nothing more of it is reported.
    void newerQuery_cancelsTheOlder()
    {
        BackgroundSearch search(m_store.path());
        search.setDebounceMs(0);
        QSignalSpy found(&search, &BackgroundSearch::hitsFound);
        search.search(QStringLiteral("供暖"));
        QTRY_VERIFY(!found.isEmpty());
        const qsizetype before = found.size();
        search.search(QStringLiteral("锅炉"));
        QTRY_VERIFY(found.constLast().at(2).toBool() && query(found.constLast()) == QStringLiteral("锅炉"));
        for (qsizetype i = before; i < found.size(); ++i)
            QCOMPARE(query(found.at(i)), QStringLiteral("锅炉"));
    }

    void emptyQuery_clearsAtOnce_andDropsTheSearchUnderWay()
    {
        BackgroundSearch search(m_store.path());
        search.setDebounceMs(0);
        QSignalSpy found(&search, &BackgroundSearch::hitsFound);
        QSignalSpy cleared(&search, &BackgroundSearch::cleared);
        search.search(QStringLiteral("供暖"));
        QCoreApplication::processEvents();
        search.search(QString());
        QCOMPARE(cleared.count(), 1);
        search.search(QStringLiteral("锅炉")); // its hits come after anything of the cleared search would
        QTRY_VERIFY(!found.isEmpty() && found.constLast().at(2).toBool());
        for (const QList<QVariant> &signal : std::as_const(found))
            QCOMPARE(query(signal), QStringLiteral("锅炉"));
    }

private:
    qint64 localIdOf(const QString &postId) const
    {
        QSqlQuery query(m_store.database->connection());
        query.prepare(QStringLiteral("SELECT local_id FROM posts WHERE id = ?"));
        query.addBindValue(postId);
        if (!query.exec() || !query.next())
            QTest::qFail(qPrintable(QStringLiteral("no post %1").arg(postId)), __FILE__, __LINE__);
        return query.value(0).toLongLong();
    }

    TemporaryStore m_store;
};

QTEST_GUILESS_MAIN(TestBackgroundSearch)
#include "tst_backgroundsearch.moc"
