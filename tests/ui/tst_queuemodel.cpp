// The triage queue's table model under QAbstractItemModelTester (fatal on any breach of the
// model contract) through loading, sorting, filtering and refreshing; the place of the
// selected post kept across changes; deadline colours and confidential rows (R10, R16–R18).

#include "storetestsupport.h"
#include "widgettexts.h"

#include "common/itemroles.h"
#include "demo/syntheticpostgenerator.h"
#include "queue/savedviews.h"
#include "store/unitstore.h"
#include "triage/queuemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QItemSelectionModel>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

constexpr int kPosts = 600;
const QDate kToday(2025, 3, 10); // Monday

QList<QJsonObject> harbinPosts()
{
    // Posts of the week before, seen on Monday: open, due and overdue work among them.
    SyntheticPostGenerator generator(31, QDateTime(QDate(2025, 3, 3), QTime(8, 0), QTimeZone(8 * 3600)), 10);
    generator.setNow(QDateTime(QDate(2025, 3, 8), QTime(12, 0), QTimeZone(8 * 3600)));
    QList<QJsonObject> posts;
    for (int i = 0; i < kPosts; ++i)
        posts.append(generator.next());
    return posts;
}

QString idOf(const QJsonObject &post)
{
    return post.value(QLatin1String("id")).toString();
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<TemporaryStore>();
        storeHarbinUnits(*m_store->database);
        m_posts = harbinPosts();
        importPosts(*m_store->database, m_posts);
        m_model = std::make_unique<QueueModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setToday(kToday);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
    }

    void open_showsTheNewestAtOnce_thenEveryPost()
    {
        QSignalSpy loaded(m_model.get(), &QueueModel::loadingFinished);
        QString error;
        QVERIFY2(m_model->open(*m_store->database, &error), qPrintable(error));
        QCOMPARE(m_model->rowCount(), 200); // the first screen, before the load finished
        const QString newest = m_model->postIdAt(0);
        QVERIFY(m_model->counts({ QueueFilter() }).isEmpty()); // not known until every post is in
        QVERIFY(loaded.wait(20000));
        QVERIFY(!m_model->isLoading());
        QCOMPARE(m_model->rowCount(), kPosts);
        QCOMPARE(m_model->postIdAt(0), newest);
        QCOMPARE(m_model->counts({ QueueFilter() }), QList<qsizetype> { kPosts });
    }

    void filterAndSortWhileLoading_applyToEveryPostOnceLoaded()
    {
        QSignalSpy loaded(m_model.get(), &QueueModel::loadingFinished);
        QString error;
        QVERIFY2(m_model->open(*m_store->database, &error), qPrintable(error));
        QVERIFY(m_model->isLoading());
        QueueFilter unclassified;
        unclassified.unclassified = true;
        m_model->setFilter(unclassified); // applies to the first screen at once
        m_model->sort(int(QueueColumn::Title), Qt::AscendingOrder);
        QVERIFY(m_model->rowCount() < kPosts);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_model->filter(), unclassified);
        const QList<qsizetype> counts = m_model->counts({ unclassified });
        QCOMPARE(counts, QList<qsizetype> { m_model->rowCount() });
        QVERIFY(m_model->rowCount() > 0);
        for (int row = 1; row < m_model->rowCount(); ++row) {
            QVERIFY(m_model->index(row - 1, int(QueueColumn::Title)).data().toString().toUtf8()
                <= m_model->index(row, int(QueueColumn::Title)).data().toString().toUtf8());
        }
    }

    void refreshWhileLoading_ofAnOlderPost_waitsForTheLoad()
    {
        QSignalSpy loaded(m_model.get(), &QueueModel::loadingFinished);
        QString error;
        QVERIFY2(m_model->open(*m_store->database, &error), qPrintable(error));
        QJsonObject oldest = m_posts.constFirst(); // not among the newest 200 shown so far
        oldest.insert(QStringLiteral("version"), oldest.value(QLatin1String("version")).toInt() + 1);
        oldest.insert(QStringLiteral("views"), 99999);
        importPosts(*m_store->database, { oldest });
        QVERIFY2(m_model->refreshPosts({ idOf(oldest) }, &error), qPrintable(error));
        QVERIFY(m_model->isLoading());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.count(), 1);
        m_model->sort(int(QueueColumn::Views), Qt::DescendingOrder);
        QCOMPARE(m_model->postIdAt(0), idOf(oldest));
        QCOMPARE(m_model->index(0, int(QueueColumn::Views)).data().toInt(), 99999);
    }

    void sortFilterRefresh_keepTheModelContract()
    {
        openAndLoad();
        for (int column = 0; column < m_model->columnCount(); ++column) {
            m_model->sort(column, Qt::AscendingOrder);
            m_model->sort(column, Qt::DescendingOrder);
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
        }
        for (const SavedView &view : standardSavedViews()) {
            m_model->setFilter(view.filter);
            QCOMPARE(m_model->counts({ view.filter }), QList<qsizetype> { m_model->rowCount() });
        }
        m_model->setFilter(QueueFilter());
        m_model->sort(int(QueueColumn::Status), Qt::AscendingOrder);
        m_model->setFlaggedPosts({ 1, 2, 3 });
        m_model->sort(int(QueueColumn::Flags), Qt::DescendingOrder);
        QVERIFY(m_model->data(m_model->index(0, int(QueueColumn::Flags)), FlagsRole).toInt()
            & int(QueueFlag::FlaggedWords));
        m_model->setToday(kToday.addDays(1));
        m_model->setDueSoonWorkingDays(5);

        // A few posts change at once: each moves, appears or disappears on its own.
        QList<QJsonObject> changed;
        for (int i = 0; i < 5; ++i) {
            QJsonObject post = m_posts.at(i * 97);
            post.insert(QStringLiteral("version"), post.value(QLatin1String("version")).toInt() + 1);
            post.insert(QStringLiteral("status"), i % 2 ? QStringLiteral("closed") : QStringLiteral("new"));
            changed.append(post);
        }
        importPosts(*m_store->database, changed);
        QStringList ids;
        for (const QJsonObject &post : std::as_const(changed))
            ids.append(idOf(post));
        QString error;
        QVERIFY2(m_model->refreshPosts(ids, &error), qPrintable(error));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (ids.contains(m_model->postIdAt(row)))
                QCOMPARE(m_model->data(m_model->index(row, 0), StatusCodeRole).toString(),
                    changed.at(ids.indexOf(m_model->postIdAt(row))).value(QLatin1String("status")).toString());
        }
        QueueReferenceData reference;
        QVERIFY2(readQueueReferenceData(*m_store->database, &reference, &error), qPrintable(error));
        m_model->setReferenceData(reference);
    }

    void refresh_selectedPostKeepsItsPlace_whenItMoves()
    {
        openAndLoad();
        m_model->sort(int(QueueColumn::Category), Qt::AscendingOrder);
        QItemSelectionModel selection(m_model.get());
        const int row = m_model->rowCount() / 2;
        const QString selected = m_model->postIdAt(row);
        selection.setCurrentIndex(m_model->index(row, int(QueueColumn::Title)), QItemSelectionModel::ClearAndSelect);

        QJsonObject post = postWithId(selected);
        post.insert(QStringLiteral("version"), post.value(QLatin1String("version")).toInt() + 1);
        post.insert(QStringLiteral("category"), QStringLiteral("other"));
        post.insert(QStringLiteral("status"), QStringLiteral("shielded"));
        importPosts(*m_store->database, { post });
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QString error;
        QVERIFY2(m_model->refreshPosts({ selected }, &error), qPrintable(error));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(selection.currentIndex().data(PostIdRole).toString(), selected);
        QCOMPARE(selection.currentIndex().data(CategoryCodeRole).toString(), QStringLiteral("other"));
        QVERIFY(selection.currentIndex().row() != row);

        // Sorting keeps the selection on the post as well.
        m_model->sort(int(QueueColumn::Title), Qt::DescendingOrder);
        QCOMPARE(selection.currentIndex().data(PostIdRole).toString(), selected);
    }

    void refresh_classifiedPost_leavesTheUnclassifiedQueue()
    {
        openAndLoad();
        QueueFilter unclassified;
        unclassified.unclassified = true;
        m_model->setFilter(unclassified);
        const int before = m_model->rowCount();
        QVERIFY(before > 1);
        QItemSelectionModel selection(m_model.get());
        selection.setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect);
        const QString first = m_model->postIdAt(0);
        const QString second = m_model->postIdAt(1);

        QJsonObject post = postWithId(first);
        post.insert(QStringLiteral("version"), post.value(QLatin1String("version")).toInt() + 1);
        post.insert(QStringLiteral("category"), QStringLiteral("appeal"));
        post.insert(QStringLiteral("status"), QStringLiteral("triaged"));
        importPosts(*m_store->database, { post });
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy counts(m_model.get(), &QueueModel::countsChanged);
        QString error;
        QVERIFY2(m_model->refreshPosts({ first }, &error), qPrintable(error));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(m_model->rowCount(), before - 1);
        QCOMPARE(m_model->rowOfPost(first), -1);
        QCOMPARE(m_model->postIdAt(0), second);
    }

    void deadlineColumn_showsColourDaysAndTheNearestClock() // R16, R17
    {
        openAndLoad();
        m_model->sort(int(QueueColumn::Deadline), Qt::AscendingOrder);
        const QModelIndex first = m_model->index(0, int(QueueColumn::Deadline));
        const auto state = DeadlineState(first.data(DeadlineStateRole).toInt());
        QVERIFY(state != DeadlineState::None);
        QVERIFY(first.data(Qt::DecorationRole).value<QColor>().isValid());
        QVERIFY(first.data(DueDateRole).toDate().isValid());
        QVERIFY(!first.data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(!first.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!first.data(Qt::AccessibleTextRole).toString().isEmpty());
        // The earliest clock first, overdue ones before those still running.
        QCOMPARE(state, DeadlineState::Overdue);
        QVERIFY(first.data(WorkingDaysLeftRole).toInt() < 0);
        const QModelIndex last = m_model->index(m_model->rowCount() - 1, int(QueueColumn::Deadline));
        QCOMPARE(DeadlineState(last.data(DeadlineStateRole).toInt()), DeadlineState::None);
        QVERIFY(!last.data(Qt::DecorationRole).isValid());
        QCOMPARE(m_model->data(m_model->index(0, int(QueueColumn::Views)), Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void calendarIncomplete_isSaidNotHidden() // R18
    {
        openAndLoad();
        m_model->setToday(QDate(2027, 1, 4)); // no calendar for 2027
        m_model->sort(int(QueueColumn::Deadline), Qt::AscendingOrder);
        const QModelIndex first = m_model->index(0, int(QueueColumn::Deadline));
        QCOMPARE(DeadlineState(first.data(DeadlineStateRole).toInt()), DeadlineState::CalendarIncomplete);
        QVERIFY(first.data(Qt::DisplayRole).toString().contains(QStringLiteral("calendar")));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("R18")));
    }

    void reportRows_areMarkedConfidential() // R10
    {
        openAndLoad();
        QueueFilter reports;
        reports.categories = { Category::Report };
        m_model->setFilter(reports);
        QVERIFY(m_model->rowCount() > 0);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QVERIFY(m_model->index(row, 0).data(ConfidentialRole).toBool());
            QVERIFY(m_model->index(row, int(QueueColumn::Title))
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("[Confidential]")));
            QVERIFY(m_model->index(row, int(QueueColumn::Flags))
                        .data()
                        .toString()
                        .contains(QStringLiteral("Confidential")));
            QVERIFY(m_model->index(row, int(QueueColumn::Flags))
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("R10")));
        }
        QueueFilter appeals;
        appeals.categories = { Category::Appeal };
        m_model->setFilter(appeals);
        QVERIFY(!m_model->index(0, 0).data(ConfidentialRole).toBool());
    }

    void roles_describeThePost()
    {
        openAndLoad();
        QueueFilter dispatched;
        dispatched.statuses = { QStringLiteral("dispatched") };
        m_model->setFilter(dispatched);
        QVERIFY(m_model->rowCount() > 0);
        const QModelIndex index = m_model->index(0, int(QueueColumn::Units));
        const QString id = index.data(PostIdRole).toString();
        const QJsonObject post = postWithId(id);
        QCOMPARE(index.data(LocalIdRole).toLongLong(), m_model->localIdAt(0));
        QCOMPARE(index.data(CategoryCodeRole).toString(), post.value(QLatin1String("category")).toString());
        QCOMPARE(index.data(StatusCodeRole).toString(), QStringLiteral("dispatched"));
        QStringList units;
        for (const QJsonValue &assignment : post.value(QLatin1String("assignments")).toArray())
            units.append(assignment.toObject().value(QLatin1String("unit_id")).toString());
        std::sort(units.begin(), units.end());
        QStringList shown = index.data(UnitIdsRole).toStringList();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, units);
        QVERIFY(index.data().toString().contains(QStringLiteral("人民政府"))
            || index.data().toString().contains(QStringLiteral("市")));
        QCOMPARE(m_model->rowOfPost(id), 0);
        QCOMPARE(m_model->rowOfLocalId(m_model->localIdAt(0)), 0);
        QVERIFY(!m_model->data(QModelIndex(), Qt::DisplayRole).isValid());
    }

    void hostileTitle_toolTipShowsItLiterally_data() { addHostileTextRows(); }

    void hostileTitle_toolTipShowsItLiterally() // issue 11, item 5
    {
        QFETCH(QString, text);
        QJsonObject post = m_posts.constFirst();
        post.insert(QStringLiteral("version"), post.value(QLatin1String("version")).toInt() + 1);
        post.insert(QStringLiteral("title"), text);
        importPosts(*m_store->database, { post });
        openAndLoad();
        const int row = m_model->rowOfPost(idOf(post));
        QVERIFY(row >= 0);
        const QModelIndex title = m_model->index(row, int(QueueColumn::Title));
        QCOMPARE(title.data(Qt::DisplayRole).toString(), text);
        QCOMPARE(shownToolTip(title.data(Qt::ToolTipRole)), text);
    }

private:
    void openAndLoad()
    {
        QSignalSpy loaded(m_model.get(), &QueueModel::loadingFinished);
        QString error;
        QVERIFY2(m_model->open(*m_store->database, &error), qPrintable(error));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_model->rowCount(), kPosts);
    }

    QJsonObject postWithId(const QString &id) const
    {
        for (const QJsonObject &post : m_posts) {
            if (idOf(post) == id)
                return post;
        }
        qFatal("no post %s", qPrintable(id));
    }

    std::unique_ptr<TemporaryStore> m_store;
    QList<QJsonObject> m_posts;
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
