#include "reports/quarterlyreport.h"

#include "domain/category.h"
#include "queue/queueloader.h"
#include "reports/assignmentoutcome.h"
#include "reports/jsonfield.h"
#include "reports/reportunits.h"
#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <memory>

namespace bxt {

namespace {

constexpr int kTopics = 10;
constexpr qint64 kSecondsPerWeek = 7 * 86400;

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = sqlError(query);
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

// The store's reads in one snapshot; a read transaction is ended, never committed.
class ReadSnapshot final
{
public:
    Q_DISABLE_COPY_MOVE(ReadSnapshot)
    explicit ReadSnapshot(QSqlDatabase db)
        : m_db(std::move(db))
        , m_own(m_db.transaction())
    { }
    ~ReadSnapshot()
    {
        if (m_own)
            m_db.rollback();
    }

private:
    QSqlDatabase m_db;
    bool m_own = false;
};

UnitAnswerFigures &figuresAt(QList<UnitAnswerFigures> *figures, int row)
{
    while (figures->size() <= row)
        figures->append(UnitAnswerFigures());
    return (*figures)[row];
}

// Counts the assignments dispatched in the quarter into *figures (one per row of units).
// Through SQLite's own interface: the posts' JSON is read as the bytes it is stored in, not
// turned into a QString and back, for a hundred thousand of them.
bool countAssignments(const Database &database, const ReportPeriod &quarter, DeadlineCache &deadlines,
    ReportUnits &units, QList<UnitAnswerFigures> *figures, bool *calendarComplete, QString *error)
{
    const QByteArray sql = QByteArrayLiteral("SELECT a.unit_id, p.raw FROM assignments a JOIN posts p ON p.local_id = "
                                             "a.post WHERE a.dispatched_at >= ? AND a.dispatched_at < ? AND ")
        + unitWorkPosts().toLatin1();
    SqliteStatement statement(database.nativeHandle(), sql.constData());
    statement.bind(1, quarter.start());
    statement.bind(2, quarter.end());
    // The reading stays on this thread (one connection); the JSON is parsed on every core.
    struct Dispatch
    {
        QString unitId;
        QByteArray assignments; // the post's, each unit's among them
    };
    QList<Dispatch> dispatches;
    QString failure;
    bool row = false;
    bool read = true;
    while ((read = statement.step(&row, &failure)) && row) {
        const QByteArrayView json = statement.blob(1);
        const QByteArray raw = QByteArray::fromRawData(json.data(), json.size());
        const QByteArrayView slice = topLevelJsonValue(raw, "assignments");
        // raw points into SQLite's row, which the next step overwrites: keep a copy.
        dispatches.append({ QString::fromUtf8(statement.text(0)),
            slice.isEmpty() ? QByteArray(json.data(), json.size()) : slice.toByteArray() });
    }
    if (!read) {
        *error = QCoreApplication::translate("QuarterlyReport", "Cannot read the assignments: %1").arg(failure);
        return false;
    }
    const auto histories = QtConcurrent::blockingMapped(dispatches, [](const Dispatch &dispatch) {
        const QJsonDocument document = QJsonDocument::fromJson(dispatch.assignments);
        const QJsonArray assignments
            = document.isArray() ? document.array() : document.object().value(QLatin1String("assignments")).toArray();
        for (const QJsonValue &value : assignments) {
            const QJsonObject assignment = value.toObject();
            if (assignment.value(QLatin1String("unit_id")).toString() == dispatch.unitId)
                return std::optional<AssignmentHistory>(AssignmentHistory::fromJson(assignment));
        }
        return std::optional<AssignmentHistory>(); // the row and the JSON always agree; a store that lies is not
                                                   // counted
    });
    for (qsizetype i = 0; i < dispatches.size(); ++i) {
        if (!histories.at(i))
            continue;
        const int row = units.row(dispatches.at(i).unitId);
        UnitAnswerFigures &unit = figuresAt(figures, row);
        const AssignmentOutcome outcome
            = AssignmentOutcome::of(*histories.at(i), units.unit(row).kind, deadlines, quarter);
        ++unit.dispatched;
        unit.answered += outcome.answered ? 1 : 0;
        unit.answeredOnTime += outcome.answeredOnTime ? 1 : 0;
        unit.answeredLate += outcome.answered && !outcome.answeredOnTime ? 1 : 0;
        unit.overdueOpen += outcome.overdueOpen ? 1 : 0;
        unit.returned += outcome.returned ? 1 : 0;
        unit.returnedLate += outcome.returnedLate ? 1 : 0;
        *calendarComplete = *calendarComplete && outcome.calendarComplete;
    }
    return true;
}

} // namespace

UnitAnswerFigures &UnitAnswerFigures::operator+=(const UnitAnswerFigures &other)
{
    dispatched += other.dispatched;
    answered += other.answered;
    answeredOnTime += other.answeredOnTime;
    answeredLate += other.answeredLate;
    overdueOpen += other.overdueOpen;
    returned += other.returned;
    returnedLate += other.returnedLate;
    supervisions += other.supervisions;
    return *this;
}

double UnitAnswerFigures::onTimeRate() const
{
    const qint64 due = answered + overdueOpen;
    return due > 0 ? double(answeredOnTime) / double(due) : 0;
}

QuarterlyReportBuilder::QuarterlyReportBuilder(const Database &database)
    : m_database(database)
{ }

bool QuarterlyReportBuilder::build(const ReportPeriod &quarter, QuarterlyReport *report, QString *error) const
{
    const QSqlDatabase db = m_database.connection();
    const ReadSnapshot snapshot(db);
    QueueReferenceData reference;
    if (!readQueueReferenceData(m_database, &reference, error))
        return false;
    DeadlineCache deadlines(DeadlineCalculator(reference.calendar, reference.rules));
    ReportUnits units(reference.units);
    QList<UnitAnswerFigures> figures;
    const auto figuresOf
        = [&](const QString &unitId) -> UnitAnswerFigures & { return figuresAt(&figures, units.row(unitId)); };
    const QVariantList range { quarter.start(), quarter.end() };
    bool calendarComplete = true;

    if (!countAssignments(m_database, quarter, deadlines, units, &figures, &calendarComplete, error))
        return false;

    QSqlQuery query(db);
    if (!run(query,
            QStringLiteral("SELECT s.unit_id, count(*) FROM supervision_openings s JOIN posts p ON p.local_id = s.post "
                           "WHERE s.opened_at >= ? AND s.opened_at < ? AND s.unit_id IS NOT NULL AND %1 "
                           "GROUP BY s.unit_id")
                .arg(unitWorkPosts()),
            range, error))
        return false;
    while (query.next())
        figuresOf(query.value(0).toString()).supervisions = query.value(1).toLongLong();

    QuarterlyReport result;
    result.period = quarter;
    for (int row = 0; row < units.size(); ++row) {
        UnitAnswerFigures unit = row < figures.size() ? figures.at(row) : UnitAnswerFigures();
        unit.unitId = units.unit(row).id;
        unit.unitName = units.unit(row).name;
        result.total += unit;
        result.units.append(unit);
    }
    result.total.unitId = QStringLiteral("total");
    result.total.unitName = QCoreApplication::translate("QuarterlyReport", "Total");

    // The posts submitted in the quarter, in one pass in submitted order (their order in the
    // file): per category, per week, and the titles of the main matters.
    if (!run(query,
            QStringLiteral("SELECT id, title, views, coalesce(category, ''), status, submitted_at FROM posts "
                           "WHERE submitted_at >= ? AND submitted_at < ?"),
            range, error))
        return false;
    const qint64 weeks = (quarter.end() - quarter.start() + kSecondsPerWeek - 1) / kSecondsPerWeek;
    result.postsPerWeek = QList<qint64>(weeks, 0);
    // Matters of the posts units handle: never a report's (R10) nor a shielded one's (R12).
    const QStringList dispatched = Categories::dispatchedCodes();
    QHash<QString, qint64> perCategory;
    MatterTopicFinder topics;
    while (query.next()) {
        const QString category = query.value(3).toString();
        ++perCategory[category];
        ++result.postsPerWeek[qBound(
            qint64(0), (query.value(5).toLongLong() - quarter.start()) / kSecondsPerWeek, weeks - 1)];
        if (dispatched.contains(category) && query.value(4).toString() != QLatin1String("shielded"))
            topics.add(query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong());
    }
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        result.categories.append({ it.key(), it.value() });
    std::sort(result.categories.begin(), result.categories.end(), [](const CategoryCount &a, const CategoryCount &b) {
        return a.posts != b.posts ? a.posts > b.posts : a.category < b.category;
    });
    result.topics = topics.topics(kTopics);

    result.notes = units.notes();
    if (!calendarComplete)
        result.notes.append(QCoreApplication::translate("QuarterlyReport",
            "Some deadlines fall in a year whose working-day calendar is not known, so they "
            "were counted with weekdays only (R18). Import that year's calendar."));
    *report = result;
    return true;
}

} // namespace bxt
