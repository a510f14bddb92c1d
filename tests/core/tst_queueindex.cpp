// The triage queue's data layer: deadline states around weekends, holidays and unknown years
// (R16, R17, R18), every filter, stable sorting by each column, and bringing changed posts in
// without a reload.

#include "storetestsupport.h"

#include "demo/syntheticpostgenerator.h"
#include "queue/queueview.h"
#include "queue/savedviews.h"
#include "store/unitstore.h"

#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>

using namespace bxt;
using namespace bxt::test;

namespace {

QDate date(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QJsonObject assignment(
    const QString &unitId, const QString &dispatchedAt, const QString &status, const QString &promiseDue = {})
{
    return { { QStringLiteral("unit_id"), unitId }, { QStringLiteral("dispatched_at"), dispatchedAt },
        { QStringLiteral("status"), status },
        { QStringLiteral("promise_due"), promiseDue.isEmpty() ? QJsonValue() : QJsonValue(promiseDue) },
        { QStringLiteral("replies"), QJsonArray() } };
}

QHash<QString, Unit> twoUnits()
{
    return { { QStringLiteral("d-housing"),
                 { QStringLiteral("d-housing"), QStringLiteral("市住房和城乡建设局"), UnitKind::Department, true } },
        { QStringLiteral("x-daoli"),
            { QStringLiteral("x-daoli"), QStringLiteral("道里区人民政府"), UnitKind::District, true } } };
}

QueueReferenceData referenceOf(Database &database)
{
    QueueReferenceData reference;
    QString error;
    if (!readQueueReferenceData(database, &reference, &error))
        qFatal("cannot read reference data: %s", qPrintable(error));
    return reference;
}

std::unique_ptr<QueueIndex> loadAll(Database &database, const QueueReferenceData &reference)
{
    QString error;
    auto index = loadQueueIndex(database, reference, nullptr, &error);
    if (!index)
        qFatal("cannot load the queue: %s", qPrintable(error));
    return index;
}

std::unique_ptr<QueueView> viewOf(Database &database, const QDate &today, const QueueFilter &filter = {},
    QueueColumn column = QueueColumn::Submitted, Qt::SortOrder order = Qt::DescendingOrder)
{
    const QueueReferenceData reference = referenceOf(database);
    auto view = std::make_unique<QueueView>(today);
    view->setFilter(filter);
    view->setSort(column, order);
    view->setIndex(loadAll(database, reference), reference);
    return view;
}

QStringList shownIds(const QueueView &view)
{
    QStringList ids;
    for (qsizetype row = 0; row < view.size(); ++row)
        ids.append(view.index().postId(view.indexRow(row)));
    return ids;
}

QueueChanges changesOf(Database &database, const QStringList &ids)
{
    QueueChanges changes;
    QString error;
    if (!readQueuePosts(database, ids, &changes, &error))
        qFatal("cannot read posts: %s", qPrintable(error));
    return changes;
}

// Replays a QueueView's steps on a copy of its rows, as a view of a model would see them.
class ReplayingListener final : public QueueView::Listener
{
public:
    explicit ReplayingListener(const QueueView &view)
        : m_view(view)
    {
        resync();
    }

    QStringList rows;
    int resets = 0, removes = 0, inserts = 0, moves = 0, changes = 0;

    void beginReset() override { ++resets; }
    void endReset() override { resync(); }
    void beginRemove(qsizetype row) override
    {
        ++removes;
        rows.removeAt(row);
    }
    void endRemove() override { }
    void beginInsert(qsizetype row) override
    {
        ++inserts;
        m_pending = row;
    }
    void endInsert() override { rows.insert(m_pending, m_view.index().postId(m_view.indexRow(m_pending))); }
    void beginMove(qsizetype row, qsizetype destination) override
    {
        ++moves;
        rows.move(row, destination > row ? destination - 1 : destination);
    }
    void endMove() override { }
    void changed(qsizetype row) override
    {
        ++changes;
        QCOMPARE_LT(row, m_view.size());
    }

private:
    void resync() { rows = shownIds(m_view); }

    const QueueView &m_view;
    qsizetype m_pending = 0;
};

} // namespace

class TestQueueIndex : public QObject
{
    Q_OBJECT

private slots:
    void cstJulianDay_agreesWithCstDate_data()
    {
        QTest::addColumn<QString>("instant");
        QTest::newRow("23:59:59 in China") << QStringLiteral("2024-09-30T15:59:59Z");
        QTest::newRow("midnight in China") << QStringLiteral("2024-09-30T16:00:00Z");
        QTest::newRow("before 1970 in UTC, not in China") << QStringLiteral("1969-12-31T20:00:00Z");
        QTest::newRow("before 1970") << QStringLiteral("1969-12-30T10:00:00+08:00");
    }

    void cstJulianDay_agreesWithCstDate() // R17: the day is taken in China Standard Time
    {
        QFETCH(QString, instant);
        const QDateTime parsed = parseRfc3339(instant);
        QCOMPARE(QDate::fromJulianDay(cstJulianDay(parsed.toSecsSinceEpoch())), cstDate(parsed));
    }

    void deadlineState_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("dispatched");
        QTest::addColumn<QString>("assignmentStatus");
        QTest::addColumn<QString>("promiseDue");
        QTest::addColumn<QString>("postStatus");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<DeadlineState>("state");
        QTest::addColumn<int>("left");
        QTest::addColumn<QDate>("due");
        const auto row = [](const char *name, const char *unit, const char *dispatched, const char *status,
                             const char *promise, const char *today, DeadlineState state, int left, const char *due,
                             const char *postStatus = "dispatched") {
            QTest::newRow(name) << QString::fromLatin1(unit) << QString::fromLatin1(dispatched)
                                << QString::fromLatin1(status) << QString::fromLatin1(promise)
                                << QString::fromLatin1(postStatus) << date(today) << state << left
                                << (due ? date(due) : QDate());
        };
        // Department, dispatched Thu 2025-03-06: 03-07=1, 03-10=2, 03-11=3 (R16, R17).
        const char *thursday = "2025-03-06T10:00:00+08:00";
        row("R17 dispatch day: 3 working days left", "d-housing", thursday, "pending", "", "2025-03-06",
            DeadlineState::DueSoon, 3, "2025-03-11");
        row("R17 Friday: Monday and Tuesday left", "d-housing", thursday, "accepted", "", "2025-03-07",
            DeadlineState::DueSoon, 2, "2025-03-11");
        row("R17 Saturday: the weekend does not count", "d-housing", thursday, "accepted", "", "2025-03-08",
            DeadlineState::DueSoon, 2, "2025-03-11");
        row("R17 last day: due today", "d-housing", thursday, "pending", "", "2025-03-11", DeadlineState::DueToday, 0,
            "2025-03-11");
        row("R17 the day after: overdue by one", "d-housing", thursday, "pending", "", "2025-03-12",
            DeadlineState::Overdue, -1, "2025-03-11");
        // 03-12, 13, 14, (weekend), 17.
        row("R17 overdue across a weekend", "d-housing", thursday, "pending", "", "2025-03-17", DeadlineState::Overdue,
            -4, "2025-03-11");
        // Promised 03-31: the final clock. 03-10..14, 17..21, 24..28, 31 = 16.
        row("R16 promised date is the clock", "d-housing", thursday, "promised", "2025-03-31", "2025-03-07",
            DeadlineState::OnTrack, 16, "2025-03-31");
        // A promise past the limit does not extend it: final limit 04-03.
        row("R16 promise past the final limit", "d-housing", thursday, "promised", "2025-05-30", "2025-04-03",
            DeadlineState::DueToday, 0, "2025-04-03");
        // Fri 2025-01-24: 01-26 make-up Sunday=1, 01-27=2, 01-28..02-04 Spring Festival, 02-05=3.
        const char *springFestival = "2025-01-24T09:00:00+08:00";
        row("R17 Spring Festival: only the make-up Sunday and Monday count", "d-housing", springFestival, "pending", "",
            "2025-01-25", DeadlineState::DueSoon, 3, "2025-02-05");
        row("R17 during the holiday: one working day left", "d-housing", springFestival, "pending", "", "2025-01-30",
            DeadlineState::DueSoon, 1, "2025-02-05");
        // District, Mon 2025-01-20 + 5 days = Sat 01-25 off: moved to make-up Sunday 01-26.
        row("R17 district: fifth day off, moved to a make-up Sunday", "x-daoli", "2025-01-20T09:00:00+08:00", "pending",
            "", "2025-01-24", DeadlineState::DueSoon, 1, "2025-01-26");
        // District final: Mon 2025-03-03 + 30 working days: 03-31=20, 04-03=23, 04-04..06 Qingming,
        // 04-07..11=28, 04-15=30; from 03-04, 29 are left.
        row("R16 district final clock after a promise", "x-daoli", "2025-03-03T09:00:00+08:00", "promised", "",
            "2025-03-04", DeadlineState::OnTrack, 29, "2025-04-15");
        row("returned: no clock", "d-housing", thursday, "returned", "", "2025-03-07", DeadlineState::None, 0, nullptr);
        row("replied: done", "d-housing", thursday, "replied", "", "2025-03-07", DeadlineState::None, 0, nullptr);
        row("closed post: no clock", "d-housing", thursday, "pending", "", "2025-03-07", DeadlineState::None, 0,
            nullptr, "closed");
        // 2027 has no calendar: counted Monday–Friday and said so (R18).
        row("R18 deadline in a year with no calendar", "d-housing", "2027-03-01T10:00:00+08:00", "pending", "",
            "2027-03-02", DeadlineState::CalendarIncomplete, 2, "2027-03-04");
        // Due Thu 2026-11-05 from known days, but today lies in 2027: 11-06..11-30 = 17, December 23,
        // 2027-01-01 (a Friday, counted as working: no calendar) and 01-04: 42 days, not known.
        row("R18 today in a year with no calendar", "d-housing", "2026-11-02T10:00:00+08:00", "pending", "",
            "2027-01-04", DeadlineState::CalendarIncomplete, -42, "2026-11-05");
    }

    void deadlineState()
    {
        QFETCH(QString, unit);
        QFETCH(QString, dispatched);
        QFETCH(QString, assignmentStatus);
        QFETCH(QString, promiseDue);
        QFETCH(QString, postStatus);
        QFETCH(QDate, today);
        QFETCH(DeadlineState, state);
        QFETCH(int, left);
        QFETCH(QDate, due);

        QueueIndex index;
        const QByteArray status = postStatus.toUtf8();
        index.appendPost({ 1, "p-1", "供暖温度不达标", "appeal", status, 1741222800, 3 });
        const QByteArray unitId = unit.toUtf8();
        const QByteArray assignmentState = assignmentStatus.toUtf8();
        const QByteArray promise = promiseDue.toUtf8();
        index.appendAssignment({ unitId, assignmentState, promise, parseRfc3339(dispatched).toSecsSinceEpoch() });
        index.setUnits(twoUnits());
        PostClockCalculator clocks(DeadlineCalculator(WorkCalendar::builtIn(), DeadlineRules::notice()));
        index.computeClocks(clocks);

        const DeadlineStatus status3 = DeadlineStatusTable(WorkCalendar::builtIn(), today, 3).status(index.clock(0));
        QCOMPARE(status3.state, state);
        QCOMPARE(index.clock(0).due(), due);
        if (state != DeadlineState::None)
            QCOMPARE(status3.workingDaysLeft, left);
    }

    void nearestClock_ofSeveralUnits() // R11: each unit has its own clock; the queue shows the nearest
    {
        QueueIndex index;
        index.appendPost({ 1, "p-1", "综合", "multi_department", "dispatched", 1741222800, 3 });
        // Department first answer 03-11; district 03-06 + 5 = 03-11 too, but it was returned;
        // a second department replied. Then a district dispatched a day earlier: 03-10.
        index.appendAssignment({ "d-housing", "accepted", {},
            parseRfc3339(QStringLiteral("2025-03-06T10:00:00+08:00")).toSecsSinceEpoch() });
        index.appendAssignment({ "d-transport", "replied", {},
            parseRfc3339(QStringLiteral("2025-03-01T10:00:00+08:00")).toSecsSinceEpoch() });
        index.appendAssignment({ "x-nangang", "returned", {},
            parseRfc3339(QStringLiteral("2025-03-01T10:00:00+08:00")).toSecsSinceEpoch() });
        index.appendAssignment(
            { "x-daoli", "pending", {}, parseRfc3339(QStringLiteral("2025-03-05T10:00:00+08:00")).toSecsSinceEpoch() });
        QHash<QString, Unit> units = twoUnits();
        units.insert(QStringLiteral("d-transport"),
            { QStringLiteral("d-transport"), QStringLiteral("市交通运输局"), UnitKind::Department, true });
        units.insert(QStringLiteral("x-nangang"),
            { QStringLiteral("x-nangang"), QStringLiteral("南岗区人民政府"), UnitKind::District, true });
        index.setUnits(units);
        PostClockCalculator clocks(DeadlineCalculator(WorkCalendar::builtIn(), DeadlineRules::notice()));
        index.computeClocks(clocks);
        QCOMPARE(index.clock(0).due(), date("2025-03-10"));
        QVERIFY(index.clock(0).firstAnswer);
        QCOMPARE(index.assignments(0).size(), 4);
    }

    void filter_data()
    {
        QTest::addColumn<QueueFilter>("filter");
        QTest::addColumn<QStringList>("expected"); // newest first
        const auto ids = [](std::initializer_list<const char *> list) {
            QStringList result;
            for (const char *id : list)
                result.append(QString::fromLatin1(id));
            return result;
        };
        QueueFilter all;
        QTest::newRow("all") << all << ids({ "p-8", "p-7", "p-6", "p-5", "p-4", "p-3", "p-2", "p-1" });
        QueueFilter statuses;
        statuses.statuses = { QStringLiteral("new"), QStringLiteral("triaged") };
        QTest::newRow("status set") << statuses << ids({ "p-7", "p-2", "p-1" });
        QueueFilter categories;
        categories.categories = { Category::Appeal, Category::Report };
        QTest::newRow("category set") << categories << ids({ "p-6", "p-5", "p-4", "p-3", "p-2" });
        QueueFilter unclassified;
        unclassified.unclassified = true;
        QTest::newRow("unclassified") << unclassified << ids({ "p-7", "p-1" });
        QueueFilter unit;
        unit.unitId = QStringLiteral("x-daoli");
        QTest::newRow("unit") << unit << ids({ "p-5", "p-4" });
        QueueFilter unknownUnit;
        unknownUnit.unitId = QStringLiteral("d-nobody");
        QTest::newRow("unit nobody has") << unknownUnit << QStringList();
        QueueFilter today;
        today.due = QueueFilter::Due::Today;
        QTest::newRow("due today") << today << ids({ "p-4" });
        QueueFilter within;
        within.due = QueueFilter::Due::WithinWorkingDays;
        within.workingDays = 2;
        QTest::newRow("due within 2 working days") << within << ids({ "p-4" });
        within.workingDays = 3;
        QTest::newRow("due within 3 working days") << within << ids({ "p-5", "p-4" });
        QueueFilter overdue;
        overdue.due = QueueFilter::Due::Overdue;
        QTest::newRow("overdue") << overdue << ids({ "p-3" });
        QueueFilter shielded;
        shielded.shielded = true;
        QTest::newRow("shielded") << shielded << ids({ "p-8" });
        QueueFilter flagged;
        flagged.flagged = true;
        QTest::newRow("flagged words") << flagged << ids({ "p-7", "p-1" });
        QueueFilter search;
        search.localIds = QSet<qint64> { 2, 3, 7 };
        QTest::newRow("search hits") << search << ids({ "p-7", "p-3", "p-2" });
        QueueFilter noHits;
        noHits.localIds = QSet<qint64>();
        QTest::newRow("no search hits") << noHits << QStringList();
        QueueFilter combined;
        combined.categories = { Category::Appeal };
        combined.unitId = QStringLiteral("x-daoli");
        combined.due = QueueFilter::Due::WithinWorkingDays;
        combined.workingDays = 5;
        QTest::newRow("combined: appeal, unit, within 5") << combined << ids({ "p-4" });
        QueueFilter contradicting = unclassified;
        contradicting.categories = { Category::Appeal };
        QTest::newRow("unclassified and a category: nothing") << contradicting << QStringList();
    }

    void filter()
    {
        QFETCH(QueueFilter, filter);
        QFETCH(QStringList, expected);
        TemporaryStore store;
        storeHarbinUnits(*store.database);
        const auto at
            = [](int day) { return QStringLiteral("2025-03-%1T09:00:00+08:00").arg(day, 2, 10, QLatin1Char('0')); };
        const auto post = [&](const char *id, int day, const QJsonObject &fields) {
            QJsonObject overrides = fields;
            overrides.insert(QStringLiteral("submitted_at"), at(day));
            return samplePost(QString::fromLatin1(id), 1, QStringLiteral("标题"), QStringLiteral("正文"), overrides);
        };
        const QString appeal = QStringLiteral("appeal");
        const QString dispatched = QStringLiteral("dispatched");
        // Today is Wed 2025-03-12. Department from Fri 03-07: due 03-12 (today). District from
        // Tue 03-11: +5 = 03-16 Sun, moved to Mon 03-17, 3 working days left. Department from
        // Mon 03-03: due 03-06, overdue.
        importPosts(*store.database,
            { post("p-1", 1, {}),
                post("p-2", 2,
                    { { QStringLiteral("category"), appeal },
                        { QStringLiteral("status"), QStringLiteral("triaged") } }),
                post("p-3", 3,
                    { { QStringLiteral("category"), appeal }, { QStringLiteral("status"), dispatched },
                        { QStringLiteral("assignments"),
                            QJsonArray {
                                assignment(QStringLiteral("d-housing"), at(3), QStringLiteral("accepted")) } } }),
                post("p-4", 4,
                    { { QStringLiteral("category"), appeal }, { QStringLiteral("status"), dispatched },
                        { QStringLiteral("assignments"),
                            QJsonArray { assignment(QStringLiteral("d-housing"), at(7), QStringLiteral("pending")),
                                assignment(QStringLiteral("x-daoli"), at(10), QStringLiteral("pending")) } } }),
                post("p-5", 5,
                    { { QStringLiteral("category"), QStringLiteral("report") },
                        { QStringLiteral("status"), dispatched },
                        { QStringLiteral("assignments"),
                            QJsonArray {
                                assignment(QStringLiteral("x-daoli"), at(11), QStringLiteral("accepted")) } } }),
                post("p-6", 6,
                    { { QStringLiteral("category"), QStringLiteral("report") },
                        { QStringLiteral("status"), QStringLiteral("forwarded") } }),
                post("p-7", 7, {}),
                post("p-8", 8,
                    { { QStringLiteral("category"), QStringLiteral("other") },
                        { QStringLiteral("status"), QStringLiteral("shielded") } }) });
        auto view = viewOf(*store.database, date("2025-03-12"), filter);
        view->setFlaggedPosts({ 1, 7 });
        QCOMPARE(shownIds(*view), expected);
        QCOMPARE(view->counts({ filter }), QList<qsizetype> { expected.size() });
    }

    void sort_tiesBySubmittedNewestFirst_inBothDirections()
    {
        TemporaryStore store;
        const auto post = [](const char *id, const char *category, const char *submitted) {
            return samplePost(QString::fromLatin1(id), 1, QStringLiteral("标题"), QStringLiteral("正文"),
                { { QStringLiteral("category"), QLatin1String(category) },
                    { QStringLiteral("status"), QStringLiteral("triaged") },
                    { QStringLiteral("submitted_at"), QLatin1String(submitted) } });
        };
        // p-3 and p-4 were submitted at the same second: the higher local id (p-4) first.
        importPosts(*store.database,
            { post("p-1", "appeal", "2025-03-01T08:00:00+08:00"),
                post("p-2", "consultation", "2025-03-02T08:00:00+08:00"),
                post("p-3", "appeal", "2025-03-03T08:00:00+08:00"), post("p-4", "appeal", "2025-03-03T08:00:00+08:00"),
                post("p-5", "consultation", "2025-03-01T07:00:00+08:00") });
        auto view = viewOf(*store.database, date("2025-03-12"), {}, QueueColumn::Category, Qt::AscendingOrder);
        QCOMPARE(shownIds(*view),
            (QStringList { QStringLiteral("p-2"), QStringLiteral("p-5"), QStringLiteral("p-4"), QStringLiteral("p-3"),
                QStringLiteral("p-1") }));
        view->setSort(QueueColumn::Category, Qt::DescendingOrder);
        QCOMPARE(shownIds(*view),
            (QStringList { QStringLiteral("p-4"), QStringLiteral("p-3"), QStringLiteral("p-1"), QStringLiteral("p-2"),
                QStringLiteral("p-5") }));
        view->setSort(QueueColumn::Submitted, Qt::DescendingOrder);
        QCOMPARE(shownIds(*view),
            (QStringList { QStringLiteral("p-4"), QStringLiteral("p-3"), QStringLiteral("p-2"), QStringLiteral("p-1"),
                QStringLiteral("p-5") }));
    }

    void sort_everyColumn_inOrdersWorkedOutByHand_data()
    {
        QTest::addColumn<QueueColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        // The posts of sort_everyColumn_inOrdersWorkedOutByHand(), submitted p-1 (oldest) to p-5.
        // Equal keys go newest first in both directions.
        const auto add
            = [](const char *name, QueueColumn column, Qt::SortOrder order, std::initializer_list<const char *> ids) {
                  QStringList expected;
                  for (const char *id : ids)
                      expected.append(QString::fromLatin1(id));
                  QTest::newRow(name) << column << order << expected;
              };
        // Due 03-06 (department, 3 working days from Mon 03-03) and 03-10 (district, 5 days from
        // Wed 03-05, R16, R17); a post with no clock running has no deadline and goes last.
        add("deadline ascending", QueueColumn::Deadline, Qt::AscendingOrder, { "p-1", "p-2", "p-5", "p-4", "p-3" });
        add("deadline descending", QueueColumn::Deadline, Qt::DescendingOrder, { "p-5", "p-4", "p-3", "p-2", "p-1" });
        // The notice's order: unclassified, consultation, appeal, …, report, multi-department, other.
        add("category ascending", QueueColumn::Category, Qt::AscendingOrder, { "p-3", "p-2", "p-1", "p-4", "p-5" });
        add("category descending", QueueColumn::Category, Qt::DescendingOrder, { "p-5", "p-4", "p-1", "p-2", "p-3" });
        // UTF-8 bytes: 丁 E4B881 < 丙 E4B899 < 乙 E4B999 < 甲 E794B2 < 甲乙 (a prefix first).
        add("title ascending", QueueColumn::Title, Qt::AscendingOrder, { "p-5", "p-3", "p-1", "p-2", "p-4" });
        add("title descending", QueueColumn::Title, Qt::DescendingOrder, { "p-4", "p-2", "p-1", "p-3", "p-5" });
        add("submitted ascending", QueueColumn::Submitted, Qt::AscendingOrder, { "p-1", "p-2", "p-3", "p-4", "p-5" });
        add("submitted descending", QueueColumn::Submitted, Qt::DescendingOrder, { "p-5", "p-4", "p-3", "p-2", "p-1" });
        // By the first unit's name: 市住房和城乡建设局 before 道里区人民政府; no unit first.
        add("units ascending", QueueColumn::Units, Qt::AscendingOrder, { "p-5", "p-4", "p-3", "p-1", "p-2" });
        add("units descending", QueueColumn::Units, Qt::DescendingOrder, { "p-2", "p-1", "p-5", "p-4", "p-3" });
        // new, triaged, dispatched, replied, forwarded, shielded, closed.
        add("status ascending", QueueColumn::Status, Qt::AscendingOrder, { "p-3", "p-2", "p-1", "p-4", "p-5" });
        add("status descending", QueueColumn::Status, Qt::DescendingOrder, { "p-5", "p-4", "p-2", "p-1", "p-3" });
        add("views ascending", QueueColumn::Views, Qt::AscendingOrder, { "p-2", "p-5", "p-3", "p-1", "p-4" });
        add("views descending", QueueColumn::Views, Qt::DescendingOrder, { "p-4", "p-1", "p-5", "p-3", "p-2" });
        // No flag, then shielded (R12), then confidential (R10).
        add("flags ascending", QueueColumn::Flags, Qt::AscendingOrder, { "p-3", "p-2", "p-1", "p-5", "p-4" });
        add("flags descending", QueueColumn::Flags, Qt::DescendingOrder, { "p-4", "p-5", "p-3", "p-2", "p-1" });
    }

    void sort_everyColumn_inOrdersWorkedOutByHand()
    {
        QFETCH(QueueColumn, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        TemporaryStore store;
        storeHarbinUnits(*store.database);
        const auto post = [](const char *id, const QString &title, int day, int views, const QJsonObject &fields) {
            QJsonObject overrides = fields;
            overrides.insert(QStringLiteral("submitted_at"), QStringLiteral("2025-03-0%1T08:00:00+08:00").arg(day));
            overrides.insert(QStringLiteral("views"), views);
            return samplePost(QString::fromLatin1(id), 1, title, QStringLiteral("正文"), overrides);
        };
        const QString dispatched = QStringLiteral("dispatched");
        importPosts(*store.database,
            { post("p-1", QStringLiteral("乙"), 1, 30,
                  { { QStringLiteral("category"), QStringLiteral("appeal") }, { QStringLiteral("status"), dispatched },
                      { QStringLiteral("assignments"),
                          QJsonArray { assignment(QStringLiteral("d-housing"),
                              QStringLiteral("2025-03-03T10:00:00+08:00"), QStringLiteral("accepted")) } } }),
                post("p-2", QStringLiteral("甲"), 2, 10,
                    { { QStringLiteral("category"), QStringLiteral("consultation") },
                        { QStringLiteral("status"), dispatched },
                        { QStringLiteral("assignments"),
                            QJsonArray { assignment(QStringLiteral("x-daoli"),
                                QStringLiteral("2025-03-05T10:00:00+08:00"), QStringLiteral("accepted")) } } }),
                post("p-3", QStringLiteral("丙"), 3, 20, {}),
                post("p-4", QStringLiteral("甲乙"), 4, 40,
                    { { QStringLiteral("category"), QStringLiteral("report") },
                        { QStringLiteral("status"), QStringLiteral("forwarded") } }),
                post("p-5", QStringLiteral("丁"), 5, 20,
                    { { QStringLiteral("category"), QStringLiteral("other") },
                        { QStringLiteral("status"), QStringLiteral("shielded") } }) });
        auto view = viewOf(*store.database, date("2025-03-12"), {}, column, order);
        QCOMPARE(shownIds(*view), expected);
    }

    void refresh_reclassifiedPost_movesAndKeepsItsData()
    {
        TemporaryStore store;
        storeHarbinUnits(*store.database);
        QList<QJsonObject> posts;
        for (int i = 1; i <= 6; ++i) {
            posts.append(
                samplePost(QStringLiteral("p-%1").arg(i), 1, QStringLiteral("标题%1").arg(i), QStringLiteral("正文"),
                    { { QStringLiteral("category"), i % 2 ? QStringLiteral("appeal") : QStringLiteral("suggestion") },
                        { QStringLiteral("status"), QStringLiteral("triaged") },
                        { QStringLiteral("submitted_at"), QStringLiteral("2025-03-0%1T08:00:00+08:00").arg(i) } }));
        }
        importPosts(*store.database, posts);
        auto view = viewOf(*store.database, date("2025-03-12"), {}, QueueColumn::Category, Qt::AscendingOrder);
        QCOMPARE(shownIds(*view),
            (QStringList { QStringLiteral("p-5"), QStringLiteral("p-3"), QStringLiteral("p-1"), QStringLiteral("p-6"),
                QStringLiteral("p-4"), QStringLiteral("p-2") }));
        ReplayingListener listener(*view);
        QJsonObject changed = posts.at(2);
        changed.insert(QStringLiteral("version"), 2);
        changed.insert(QStringLiteral("category"), QStringLiteral("suggestion"));
        importPosts(*store.database, { changed });
        QVERIFY(view->apply(changesOf(*store.database, { QStringLiteral("p-3") }), listener));
        const QStringList expected { QStringLiteral("p-5"), QStringLiteral("p-1"), QStringLiteral("p-6"),
            QStringLiteral("p-4"), QStringLiteral("p-3"), QStringLiteral("p-2") };
        QCOMPARE(shownIds(*view), expected);
        QCOMPARE(listener.rows, expected);
        QCOMPARE(listener.moves, 1);
        QCOMPARE(listener.resets, 0);
        QCOMPARE(view->index().category(view->indexRow(4)), std::optional<Category>(Category::Suggestion));

        // In the "unclassified" queue a post that gets classified leaves it; a new post arrives.
        QueueFilter unclassified;
        unclassified.unclassified = true;
        auto inbox = viewOf(*store.database, date("2025-03-12"), unclassified);
        QCOMPARE(inbox->size(), 0);
        ReplayingListener inboxListener(*inbox);
        importPosts(
            *store.database, { samplePost(QStringLiteral("p-9"), 1, QStringLiteral("新帖"), QStringLiteral("正文")) });
        QVERIFY(inbox->apply(changesOf(*store.database, { QStringLiteral("p-9") }), inboxListener));
        QCOMPARE(shownIds(*inbox), QStringList { QStringLiteral("p-9") });
        QCOMPARE(inboxListener.inserts, 1);
    }

    void refresh_postBelowTheNewest_isRefusedWithoutChange()
    {
        TemporaryStore store;
        QList<QJsonObject> posts;
        for (int i = 1; i <= 5; ++i) {
            posts.append(samplePost(QStringLiteral("p-%1").arg(i), 1, QStringLiteral("标题"), QStringLiteral("正文"),
                { { QStringLiteral("submitted_at"), QStringLiteral("2025-03-0%1T08:00:00+08:00").arg(i) } }));
        }
        importPosts(*store.database, posts);
        const QueueReferenceData reference = referenceOf(*store.database);
        QString error;
        QueueView newest(date("2025-03-12"));
        newest.setIndex(loadNewestPosts(*store.database, reference, 2, &error), reference);
        QCOMPARE(shownIds(newest), (QStringList { QStringLiteral("p-5"), QStringLiteral("p-4") }));
        ReplayingListener listener(newest);
        QJsonObject changed = posts.at(0);
        changed.insert(QStringLiteral("version"), 2);
        importPosts(*store.database, { changed });
        QVERIFY(!newest.apply(changesOf(*store.database, { QStringLiteral("p-1"), QStringLiteral("p-5") }), listener));
        QCOMPARE(newest.index().size(), 2);
        QCOMPARE(shownIds(newest), (QStringList { QStringLiteral("p-5"), QStringLiteral("p-4") }));
        QCOMPARE(listener.removes + listener.inserts + listener.moves + listener.changes + listener.resets, 0);
    }

    void refresh_changedTies_keepTheirOrder_data()
    {
        QTest::addColumn<QStringList>("changes"); // "id=category"
        QTest::addColumn<bool>("manyAtOnce"); // with sixteen more posts changed in the same slice
        QTest::addColumn<QStringList>("ascending");
        QTest::addColumn<QStringList>("descending");
        // Before: appeal p-6, p-4, p-3, p-1; suggestion p-5, p-2. p-3 and p-4 were submitted at
        // the same second, so p-4 (the higher local id) comes first in both directions.
        const auto ids = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };
        for (const bool many : { false, true }) {
            const auto row = [&](const char *name) {
                return &QTest::newRow(
                    qPrintable(QLatin1String(name) + QLatin1String(many ? ", 17-18 rows" : ", 1-2 rows")));
            };
            *row("a tied post leaves its group")
                << ids("p-4=suggestion") << many << ids("p-6 p-3 p-1 p-5 p-4 p-2") << ids("p-5 p-4 p-2 p-6 p-3 p-1");
            *row("the first of a group leaves it")
                << ids("p-5=consultation") << many << ids("p-5 p-6 p-4 p-3 p-1 p-2") << ids("p-2 p-6 p-4 p-3 p-1 p-5");
            *row("two posts swap groups") << ids("p-3=suggestion p-2=appeal") << many << ids("p-6 p-4 p-2 p-1 p-5 p-3")
                                          << ids("p-5 p-3 p-6 p-4 p-2 p-1");
            *row("two groups become one") << ids("p-2=appeal p-5=appeal") << many << ids("p-6 p-5 p-4 p-3 p-2 p-1")
                                          << ids("p-6 p-5 p-4 p-3 p-2 p-1");
            *row("the first and the last row move to the front")
                << ids("p-6=consultation p-2=consultation") << many << ids("p-6 p-2 p-4 p-3 p-1 p-5")
                << ids("p-5 p-4 p-3 p-1 p-6 p-2");
        }
    }

    // A slice of changes moves rows within the kept orders; equal keys stay newest first, then
    // highest local id first, in both directions, however many rows change at once (issue 13).
    void refresh_changedTies_keepTheirOrder()
    {
        QFETCH(QStringList, changes);
        QFETCH(bool, manyAtOnce);
        QFETCH(QStringList, ascending);
        QFETCH(QStringList, descending);
        TemporaryStore store;
        const auto post = [](const QString &id, const char *category, const QString &submitted) {
            return samplePost(id, 1, QStringLiteral("标题"), QStringLiteral("正文"),
                { { QStringLiteral("category"), QLatin1String(category) },
                    { QStringLiteral("status"), QStringLiteral("triaged") },
                    { QStringLiteral("submitted_at"), submitted } });
        };
        QHash<QString, QJsonObject> posts;
        const char *categories[] = { "appeal", "suggestion", "appeal", "appeal", "suggestion", "appeal" };
        const int days[] = { 1, 2, 3, 3, 5, 6 };
        QList<QJsonObject> all;
        for (int i = 0; i < 6; ++i) {
            const QString id = QStringLiteral("p-%1").arg(i + 1);
            posts.insert(id, post(id, categories[i], QStringLiteral("2025-03-0%1T08:00:00+08:00").arg(days[i])));
            all.append(posts.value(id));
        }
        QStringList others;
        for (int i = 10; i < 26; ++i) {
            const QString id = QStringLiteral("q-%1").arg(i);
            posts.insert(id, post(id, "other", QStringLiteral("2025-02-%1T08:00:00+08:00").arg(i)));
            all.append(posts.value(id));
            others.append(id);
        }
        importPosts(*store.database, all);
        auto view = viewOf(*store.database, date("2025-03-12"), {}, QueueColumn::Category, Qt::AscendingOrder);
        const auto shownPosts = [&]() {
            QStringList ids = shownIds(*view);
            ids.removeIf([](const QString &id) { return id.startsWith(QLatin1Char('q')); });
            return ids;
        };
        QCOMPARE(shownPosts(), QString::fromLatin1("p-6 p-4 p-3 p-1 p-5 p-2").split(QLatin1Char(' ')));
        view->setSort(QueueColumn::Category, Qt::DescendingOrder); // both orders are kept from here on
        view->setSort(QueueColumn::Category, Qt::AscendingOrder);

        QStringList changedIds;
        QList<QJsonObject> changed;
        for (const QString &change : std::as_const(changes)) {
            const QStringList parts = change.split(QLatin1Char('='));
            QJsonObject next = posts.value(parts.at(0));
            next.insert(QStringLiteral("version"), 2);
            next.insert(QStringLiteral("category"), parts.at(1));
            changedIds.append(parts.at(0));
            changed.append(next);
        }
        if (manyAtOnce) {
            for (const QString &id : std::as_const(others)) {
                QJsonObject next = posts.value(id);
                next.insert(QStringLiteral("version"), 2);
                changedIds.append(id);
                changed.append(next);
            }
        }
        importPosts(*store.database, changed);
        ReplayingListener listener(*view);
        QVERIFY(view->apply(changesOf(*store.database, changedIds), listener));
        QCOMPARE(shownPosts(), ascending);
        view->setSort(QueueColumn::Category, Qt::DescendingOrder);
        QCOMPARE(shownPosts(), descending);
    }

    void refresh_removedPost_leavesTheQueue()
    {
        TemporaryStore store;
        importPosts(*store.database,
            { samplePost(QStringLiteral("p-1"), 1, QStringLiteral("一"), QStringLiteral("正文")),
                samplePost(QStringLiteral("p-2"), 1, QStringLiteral("二"), QStringLiteral("正文")) });
        auto view = viewOf(*store.database, date("2025-03-12"));
        ReplayingListener listener(*view);
        QString error;
        QVERIFY2(inTransaction(
                     *store.database,
                     [&](QString *failure) {
                         PostStore posts(*store.database);
                         return posts.remove(QStringLiteral("p-1"), failure) && posts.flush(failure);
                     },
                     &error),
            qPrintable(error));
        const QueueChanges changes = changesOf(*store.database, { QStringLiteral("p-1") });
        QCOMPARE(changes.removedPostIds, QStringList { QStringLiteral("p-1") });
        QVERIFY(view->apply(changesOf(*store.database, { QStringLiteral("p-1") }), listener));
        QCOMPARE(shownIds(*view), QStringList { QStringLiteral("p-2") });
        QCOMPARE(listener.rows, QStringList { QStringLiteral("p-2") });
        QCOMPARE(view->counts({ QueueFilter() }), QList<qsizetype> { 1 });
    }

    void refresh_randomChanges_matchAFreshLoad_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<bool>("dueFilter");
        QTest::newRow("newest first, all") << int(QueueColumn::Submitted) << Qt::DescendingOrder << false;
        QTest::newRow("deadline ascending, due within 5") << int(QueueColumn::Deadline) << Qt::AscendingOrder << true;
        QTest::newRow("title descending") << int(QueueColumn::Title) << Qt::DescendingOrder << false;
        QTest::newRow("status ascending") << int(QueueColumn::Status) << Qt::AscendingOrder << false;
        QTest::newRow("units descending") << int(QueueColumn::Units) << Qt::DescendingOrder << false;
    }

    // Whatever changes, the rows after apply() are the rows of a fresh load, and the steps the
    // listener saw lead from the old rows to them; the saved views' counts, kept by apply()
    // (issue 13), are those of a fresh load too.
    void refresh_randomChanges_matchAFreshLoad()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(bool, dueFilter);
        TemporaryStore store;
        storeHarbinUnits(*store.database);
        // Posts of Thu 03-06 and Fri 03-07, seen on Monday 03-10: some due, some overdue.
        SyntheticPostGenerator generator(7, QDateTime(QDate(2025, 3, 6), QTime(8, 0), QTimeZone(8 * 3600)), 10);
        generator.setNow(QDateTime(QDate(2025, 3, 8), QTime(12, 0), QTimeZone(8 * 3600)));
        QList<QJsonObject> posts;
        for (int i = 0; i < 300; ++i)
            posts.append(generator.next());
        importPosts(*store.database, posts);
        QueueFilter filter;
        if (dueFilter) {
            filter.due = QueueFilter::Due::WithinWorkingDays;
            filter.workingDays = 5;
        }
        const QDate monday = date("2025-03-10");
        auto view = viewOf(*store.database, monday, filter, QueueColumn(column), order);
        QVERIFY(view->size() > 0);
        ReplayingListener listener(*view);
        QList<QueueFilter> savedFilters;
        for (const QList<SavedView> &views : { standardSavedViews(), unitSavedViews(QStringLiteral("d-heating")) }) {
            for (const SavedView &saved : views)
                savedFilters.append(saved.filter);
        }
        view->counts(savedFilters); // the counts kept from here on
        QRandomGenerator random(11);
        const QStringList statuses { QStringLiteral("new"), QStringLiteral("triaged"), QStringLiteral("dispatched"),
            QStringLiteral("closed") };
        const QStringList assignmentStates { QStringLiteral("pending"), QStringLiteral("accepted"),
            QStringLiteral("replied"), QStringLiteral("returned") };
        for (int round = 0; round < 12; ++round) {
            QStringList changedIds;
            QList<QJsonObject> changedPosts;
            const int count = round == 11 ? 200 : 1 + int(random.bounded(6u)); // the last round resets
            for (int i = 0; i < count; ++i) {
                const int which = int(random.bounded(quint32(posts.size())));
                QJsonObject post = posts.at(which);
                const QString id = post.value(QLatin1String("id")).toString();
                if (changedIds.contains(id))
                    continue;
                post.insert(QStringLiteral("version"), post.value(QLatin1String("version")).toInt() + 1);
                post.insert(QStringLiteral("status"), statuses.at(int(random.bounded(4u))));
                post.insert(QStringLiteral("views"), int(random.bounded(50u)));
                if (random.bounded(2u))
                    post.insert(QStringLiteral("title"), QStringLiteral("改过的标题%1").arg(random.bounded(5u)));
                QJsonArray assignments = post.value(QLatin1String("assignments")).toArray();
                if (!assignments.isEmpty()) {
                    QJsonObject first = assignments.at(0).toObject();
                    first.insert(QStringLiteral("status"), assignmentStates.at(int(random.bounded(4u))));
                    assignments.replace(0, first);
                    post.insert(QStringLiteral("assignments"), assignments);
                }
                posts.replace(which, post);
                changedIds.append(id);
                changedPosts.append(post);
            }
            importPosts(*store.database, changedPosts);
            QVERIFY(view->apply(changesOf(*store.database, changedIds), listener));
            auto fresh = viewOf(*store.database, monday, filter, QueueColumn(column), order);
            QCOMPARE(shownIds(*view), shownIds(*fresh));
            QCOMPARE(listener.rows, shownIds(*fresh));
            QCOMPARE(view->counts(savedFilters), fresh->counts(savedFilters));
            // The kept sort orders of every column are those of a fresh load too.
            for (int other = 0; other < kQueueColumnCount; ++other) {
                for (const Qt::SortOrder direction : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                    view->setSort(QueueColumn(other), direction);
                    fresh->setSort(QueueColumn(other), direction);
                    QCOMPARE(shownIds(*view), shownIds(*fresh));
                }
            }
            view->setSort(QueueColumn(column), order);
        }
        QCOMPARE(listener.resets, 1);
        QVERIFY(listener.moves + listener.changes + listener.inserts + listener.removes > 0);
    }

    void newestPosts_areTheFirstRowsOfTheDefaultOrder()
    {
        Database &database = syntheticStore();
        const QueueReferenceData reference = referenceOf(database);
        QString error;
        auto newest = std::make_unique<QueueView>(date("2025-03-12"));
        newest->setIndex(loadNewestPosts(database, reference, 25, &error), reference);
        QCOMPARE(newest->size(), 25);
        auto all = viewOf(database, date("2025-03-12"));
        QCOMPARE(shownIds(*newest), shownIds(*all).mid(0, 25));
        QVERIFY(!newest->index().isComplete());
        QVERIFY(all->index().isComplete());
    }

    void savedViewCounts_areTheirRowCounts()
    {
        Database &database = syntheticStore();
        auto view = viewOf(database, date("2025-03-12"));
        view->setFlaggedPosts({ 1, 2, 3 });
        QList<QueueFilter> filters;
        for (const SavedView &saved : standardSavedViews())
            filters.append(saved.filter);
        const QList<qsizetype> counts = view->counts(filters);
        for (qsizetype i = 0; i < filters.size(); ++i) {
            view->setFilter(filters.at(i));
            QCOMPARE(counts.at(i), view->size());
        }
        QCOMPARE(counts.at(0), qsizetype(kSyntheticPosts));
        QVERIFY(counts.at(1) > 0); // unclassified
        QVERIFY(counts.at(5) > 0); // overdue
    }

    void liaisonInbox_isAUnitFilterByNearestDeadline()
    {
        Database &database = syntheticStore();
        QueueFilter inbox;
        inbox.unitId = QStringLiteral("x-daoli");
        auto view = viewOf(database, date("2025-03-12"), inbox, QueueColumn::Deadline, Qt::AscendingOrder);
        QVERIFY(view->size() > 0);
        qint32 previous = 0;
        for (qsizetype row = 0; row < view->size(); ++row) {
            const quint32 indexRow = view->indexRow(row);
            const auto assignments = view->index().assignments(indexRow);
            QVERIFY(std::any_of(assignments.begin(), assignments.end(), [&](const QueueIndex::Assignment &a) {
                return view->index().unitId(a.unit) == QLatin1String("x-daoli");
            }));
            const qint32 due = view->index().clock(indexRow).dueDay;
            const qint32 key = due == 0 ? std::numeric_limits<qint32>::max() : due;
            QVERIFY(key >= previous);
            previous = key;
        }
    }

private:
    static constexpr int kSyntheticPosts = 3000;

    // Harbin posts of the weeks before 2025-03-12, open work among them.
    Database &syntheticStore()
    {
        if (!m_synthetic) {
            m_synthetic = std::make_unique<TemporaryStore>();
            storeHarbinUnits(*m_synthetic->database);
            SyntheticPostGenerator generator(
                20250312, QDateTime(QDate(2025, 1, 2), QTime(8, 0), QTimeZone(8 * 3600)), 30);
            generator.setNow(QDateTime(QDate(2025, 3, 12), QTime(9, 0), QTimeZone(8 * 3600)));
            QList<QJsonObject> posts;
            for (int i = 0; i < kSyntheticPosts; ++i)
                posts.append(generator.next());
            importPosts(*m_synthetic->database, posts);
        }
        return *m_synthetic->database;
    }

    std::unique_ptr<TemporaryStore> m_synthetic;
};

QTEST_GUILESS_MAIN(TestQueueIndex)
#include "tst_queueindex.moc"
