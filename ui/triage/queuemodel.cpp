#include "triage/queuemodel.h"

#include "common/itemroles.h"
#include "common/themecolours.h"
#include "common/widgetparts.h"
#include "domain/post.h"
#include "domain/status.h"
#include "store/database.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

namespace bxt {

namespace {

// Enough rows for any first screen, read through the submitted-time index in milliseconds.
constexpr int kFirstScreenRows = 200;

QueueColumn columnOf(const QModelIndex &index)
{
    return QueueColumn(index.column());
}

// The views paint with the application's palette; a program without a GUI has none.
QPalette applicationPalette()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::palette() : QPalette();
}

QColor deadlineColor(DeadlineState state)
{
    const QPalette palette = applicationPalette();
    switch (state) {
    case DeadlineState::None: break;
    case DeadlineState::OnTrack: return toneColor(Tone::Good, palette);
    case DeadlineState::DueSoon: return toneColor(Tone::Caution, palette);
    case DeadlineState::DueToday: return toneColor(Tone::Urgent, palette);
    case DeadlineState::Overdue: return toneColor(Tone::Warning, palette);
    case DeadlineState::CalendarIncomplete: return toneColor(Tone::Muted, palette);
    }
    return {};
}

QString submittedText(qint64 seconds)
{
    static const QTimeZone chinaStandardTime(8 * 3600);
    return QDateTime::fromSecsSinceEpoch(seconds, chinaStandardTime).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(cstDate(QDateTime::currentDateTimeUtc()))
    , m_view(std::make_unique<QueueView>(m_today))
{
    connect(&m_watcher, &QFutureWatcher<LoadResult>::finished, this, &QueueModel::finishLoading);
}

QueueModel::~QueueModel()
{
    // Only a running load is waited for: a future whose result was taken never finishes again.
    if (m_loading) {
        m_loading->store(true);
        m_watcher.waitForFinished();
    }
}

bool QueueModel::open(Database &database, QString *error)
{
    QueueReferenceData reference;
    if (!readQueueReferenceData(database, &reference, error))
        return false;
    std::unique_ptr<QueueIndex> newest = loadNewestPosts(database, reference, kFirstScreenRows, error);
    if (!newest)
        return false;
    m_database = &database;
    m_reference = reference;
    reset([&] { m_view = newView(std::move(newest)); });
    startLoading();
    return true;
}

std::unique_ptr<QueueView> QueueModel::newView(std::unique_ptr<QueueIndex> index) const
{
    auto view = std::make_unique<QueueView>(m_today);
    view->setDueSoonWorkingDays(m_dueSoonWorkingDays);
    view->setFilter(m_view->filter());
    view->setSort(m_view->sortColumn(), m_view->sortOrder());
    index->setFlagged(m_flagged);
    view->setIndex(std::move(index), m_reference);
    return view;
}

void QueueModel::reload()
{
    if (m_database)
        startLoading();
}

void QueueModel::startLoading()
{
    if (m_loading)
        m_loading->store(true); // that load's result is of no use any more
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_loading = cancel;
    m_refreshedWhileLoading.clear();
    const QString path = m_database->path();
    const QueueReferenceData reference = m_reference;
    m_watcher.setFuture(QtConcurrent::run([path, reference, cancel]() {
        LoadResult result;
        const std::unique_ptr<Database> database = Database::open(path, &result.error);
        if (!database)
            return result;
        // One pass over the file: a big page cache would only hold pages read once.
        database->execute({ QStringLiteral("PRAGMA cache_size=-8192") }, &result.error);
        result.index = loadQueueIndex(*database, reference, cancel.get(), &result.error);
        if (result.index && !cancel->load())
            result.index->ordering().buildAll(*result.index);
        return result;
    }));
}

void QueueModel::finishLoading()
{
    // The watcher reports only its current future: an earlier, superseded load never gets here.
    LoadResult result = m_watcher.future().takeResult();
    m_loading.reset();
    if (!result.index) {
        emit loadFailed(result.error);
        return;
    }
    std::unique_ptr<QueueView> loaded = newView(std::move(result.index));
    // When the rows shown so far are the loaded rows' beginning (nobody filtered or sorted
    // while loading), the rest arrive below them and the selection stays where it is.
    bool prefix = loaded->size() >= m_view->size() && m_view->hasIndex();
    for (qsizetype row = 0; prefix && row < m_view->size(); ++row) {
        prefix = m_view->index().localId(m_view->indexRow(row)) == loaded->index().localId(loaded->indexRow(row));
    }
    if (prefix) {
        const int shown = int(m_view->size());
        if (loaded->size() > shown) {
            beginInsertRows({}, shown, int(loaded->size() - 1));
            m_view = std::move(loaded);
            endInsertRows();
        } else {
            m_view = std::move(loaded);
        }
        if (shown > 0) // the same posts, read a moment later
            emit dataChanged(index(0, 0), index(shown - 1, kQueueColumnCount - 1));
    } else {
        reset([&] { m_view = std::move(loaded); });
    }
    const QStringList refreshed = m_refreshedWhileLoading;
    m_refreshedWhileLoading.clear();
    QString error;
    if (!refreshed.isEmpty() && !refreshPosts(refreshed, &error))
        qWarning("queue: %s", qPrintable(error));
    emit loadingFinished();
    emit countsChanged();
}

void QueueModel::reset(const std::function<void()> &change)
{
    beginResetModel();
    change();
    endResetModel();
}

void QueueModel::relayout(const std::function<void()> &change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<quint32> rows;
    rows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        rows.push_back(m_view->indexRow(index.row()));
    change();
    const std::vector<qsizetype> positions = m_view->positionsOf(rows);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const qsizetype row = positions[size_t(i)];
        after.append(row >= 0 ? index(int(row), before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void QueueModel::columnsChanged(QueueColumn first, QueueColumn last)
{
    if (rowCount() > 0)
        emit dataChanged(index(0, int(first)), index(rowCount() - 1, int(last)));
}

void QueueModel::setToday(const QDate &today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    // The Deadline order is by date, not by what is left: only a due filter changes the rows.
    if (m_view->filter().due != QueueFilter::Due::Any) {
        reset([&] { m_view->setToday(today); });
    } else {
        m_view->setToday(today);
        columnsChanged(QueueColumn::Deadline, QueueColumn::Deadline);
    }
}

void QueueModel::setDueSoonWorkingDays(int days)
{
    m_dueSoonWorkingDays = days;
    if (m_view->filter().due != QueueFilter::Due::Any) {
        reset([&] { m_view->setDueSoonWorkingDays(days); });
    } else {
        m_view->setDueSoonWorkingDays(days);
        columnsChanged(QueueColumn::Deadline, QueueColumn::Deadline);
    }
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    if (filter != m_view->filter())
        reset([&] { m_view->setFilter(filter); });
}

void QueueModel::setFlaggedPosts(const QSet<qint64> &localIds)
{
    m_flagged = localIds;
    const auto change = [&] { m_view->setFlaggedPosts(localIds); };
    if (m_view->filter().flagged) {
        reset(change);
    } else if (m_view->sortColumn() == QueueColumn::Flags) {
        relayout(change);
    } else {
        change();
        columnsChanged(QueueColumn::Flags, QueueColumn::Flags);
    }
    emit countsChanged();
}

void QueueModel::setReferenceData(const QueueReferenceData &reference)
{
    m_reference = reference;
    if (!m_database)
        return;
    if (isLoading())
        startLoading(); // the running load works its clocks out with the old data
    const auto change = [&] { m_view->setReferenceData(reference); };
    if (m_view->filter().due != QueueFilter::Due::Any) {
        reset(change);
    } else if (m_view->sortColumn() == QueueColumn::Deadline || m_view->sortColumn() == QueueColumn::Units) {
        relayout(change);
    } else {
        change();
        columnsChanged(QueueColumn::Deadline, QueueColumn::Flags);
    }
    emit countsChanged();
}

bool QueueModel::refreshPosts(const QStringList &postIds, QString *error)
{
    if (postIds.isEmpty() || !m_database || !m_view->hasIndex())
        return true;
    if (isLoading())
        m_refreshedWhileLoading += postIds; // the load may have read them before they changed
    QueueChanges changes;
    if (!readQueuePosts(*m_database, postIds, &changes, error))
        return false;
    // Refused: a post older than those shown while loading (the load brings it), or the store
    // handed out a local id below the highest one known (read it all again).
    if (!m_view->apply(std::move(changes), *this) && !isLoading())
        reload();
    emit countsChanged();
    return true;
}

QList<qsizetype> QueueModel::counts(const QList<QueueFilter> &filters) const
{
    if (isLoading() || !m_view->hasIndex())
        return {};
    return m_view->counts(filters);
}

void QueueModel::beginMove(qsizetype row, qsizetype destination)
{
    beginMoveRows({}, int(row), int(row), {}, int(destination));
}

void QueueModel::changed(qsizetype row)
{
    emit dataChanged(index(int(row), 0), index(int(row), kQueueColumnCount - 1));
}

QString QueueModel::postIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_view->index().postId(m_view->indexRow(row)) : QString();
}

qint64 QueueModel::localIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_view->index().localId(m_view->indexRow(row)) : -1;
}

int QueueModel::rowOfPost(const QString &postId) const
{
    if (!m_view->hasIndex())
        return -1;
    const QByteArray id = postId.toUtf8();
    for (int row = 0; row < rowCount(); ++row) {
        if (m_view->index().postIdBytes(m_view->indexRow(row)) == id)
            return row;
    }
    return -1;
}

int QueueModel::rowOfLocalId(qint64 localId) const
{
    const auto row = m_view->rowOfLocalId(localId);
    return row ? int(*row) : -1;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view->size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kQueueColumnCount;
}

QString QueueModel::deadlineText(quint32 row) const
{
    const DeadlineStatus status = m_view->deadline(row);
    switch (status.state) {
    case DeadlineState::None: return {};
    case DeadlineState::OnTrack:
    case DeadlineState::DueSoon: return tr("%n working day(s)", nullptr, status.workingDaysLeft);
    case DeadlineState::DueToday: return tr("today");
    case DeadlineState::Overdue: return tr("%n working day(s) overdue", nullptr, -status.workingDaysLeft);
    case DeadlineState::CalendarIncomplete:
        return tr("%1 (calendar incomplete)").arg(m_view->index().clock(row).due().toString(Qt::ISODate));
    }
    return {};
}

QString QueueModel::deadlineSentence(quint32 row) const
{
    const PostClock clock = m_view->index().clock(row);
    const DeadlineStatus status = m_view->deadline(row);
    if (status.state == DeadlineState::None)
        return tr("No unit's deadline is running.");
    const QString due = clock.due().toString(Qt::ISODate);
    const QString which
        = clock.firstAnswer ? tr("First answer due %1 (24:00).").arg(due) : tr("Final reply due %1 (24:00).").arg(due);
    switch (status.state) {
    case DeadlineState::None: break;
    case DeadlineState::OnTrack:
    case DeadlineState::DueSoon:
        return which + QLatin1Char(' ') + tr("%n working day(s) left.", nullptr, status.workingDaysLeft);
    case DeadlineState::DueToday: return which + QLatin1Char(' ') + tr("Due today.");
    case DeadlineState::Overdue:
        return which + QLatin1Char(' ') + tr("Overdue by %n working day(s).", nullptr, -status.workingDaysLeft);
    case DeadlineState::CalendarIncomplete:
        return which + QLatin1Char(' ')
            + tr("The holiday calendar of a year counted is not known, so this date and the days left may "
                 "be wrong (R18). Import that year's calendar.");
    }
    return which;
}

QString QueueModel::flagsText(quint32 row, bool sentences) const
{
    const quint8 flags = m_view->index().flags(row);
    QStringList parts;
    if (flags & quint8(QueueFlag::Confidential)) {
        parts.append(
            sentences ? tr("Confidential report: never shown to a department or district (R10).") : tr("Confidential"));
    }
    if (flags & quint8(QueueFlag::FlaggedWords)) {
        parts.append(sentences ? tr("Contains abusive or illegal words.") : tr("Words"));
    }
    if (flags & quint8(QueueFlag::Shielded))
        parts.append(sentences ? tr("Shielded (R12).") : tr("Shielded"));
    if (flags & quint8(QueueFlag::ReturnedByAll)) {
        parts.append(sentences ? tr("Every unit returned it: classify or dispatch it anew (R15).") : tr("Returned"));
    }
    return parts.join(sentences ? QStringLiteral(" ") : QStringLiteral(" · "));
}

QString QueueModel::unitsText(quint32 row) const
{
    QStringList names;
    for (const QueueIndex::Assignment &assignment : m_view->index().assignments(row))
        names.append(m_view->index().unitName(assignment.unit));
    return names.join(tr(", "));
}

QString QueueModel::unitsToolTip(quint32 row) const
{
    QStringList lines;
    for (const QueueIndex::Assignment &assignment : m_view->index().assignments(row)) {
        lines.append(tr("%1: %2").arg(
            m_view->index().unitName(assignment.unit), assignmentStatusName(assignmentStateCode(assignment.state))));
    }
    return lines.isEmpty() ? tr("Not dispatched to any unit.") : lines.join(QLatin1Char('\n'));
}

QVariant QueueModel::display(QueueColumn column, quint32 row) const
{
    const QueueIndex &index = m_view->index();
    switch (column) {
    case QueueColumn::Deadline: return deadlineText(row);
    case QueueColumn::Category: {
        const auto category = index.category(row);
        if (category)
            return Categories::displayName(*category);
        return index.categoryCode(row) == 0 ? tr("Unclassified") : index.categoryText(row);
    }
    case QueueColumn::Title:
        return index.isConfidential(row) ? tr("[Confidential] %1").arg(index.title(row)) : index.title(row);
    case QueueColumn::Submitted: return submittedText(index.submittedAt(row));
    case QueueColumn::Units: return unitsText(row);
    case QueueColumn::Status: return postStatusName(index.statusText(row));
    case QueueColumn::Views: return index.views(row);
    case QueueColumn::Flags: return flagsText(row, false);
    }
    return {};
}

QVariant QueueModel::toolTip(QueueColumn column, quint32 row) const
{
    switch (column) {
    case QueueColumn::Deadline: return deadlineSentence(row);
    case QueueColumn::Units: return unitsToolTip(row);
    case QueueColumn::Flags: return flagsText(row, true);
    case QueueColumn::Title: return display(column, row);
    default: return {};
    }
}

QVariant QueueModel::accessibleText(QueueColumn column, quint32 row) const
{
    switch (column) {
    case QueueColumn::Deadline: return deadlineSentence(row);
    case QueueColumn::Flags: return flagsText(row, true);
    case QueueColumn::Units: return unitsToolTip(row);
    default: return display(column, row);
    }
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quint32 row = m_view->indexRow(index.row());
    const QueueColumn column = columnOf(index);
    const QueueIndex &queue = m_view->index();
    switch (role) {
    case Qt::DisplayRole: return display(column, row);
    case Qt::ToolTipRole: {
        const QVariant tip = toolTip(column, row);
        return tip.isValid() ? QVariant(literalAutoText(tip.toString())) : tip;
    }
    case Qt::AccessibleTextRole: return accessibleText(column, row);
    case Qt::DecorationRole:
        if (column == QueueColumn::Deadline) {
            const QColor color = deadlineColor(m_view->deadline(row).state);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (column == QueueColumn::Deadline && m_view->deadline(row).state == DeadlineState::Overdue)
            return deadlineColor(DeadlineState::Overdue);
        if (queue.isConfidential(row) && (column == QueueColumn::Title || column == QueueColumn::Flags))
            return toneColor(Tone::Confidential, applicationPalette());
        return {};
    case Qt::TextAlignmentRole:
        return column == QueueColumn::Views ? int(Qt::AlignRight | Qt::AlignVCenter)
                                            : int(Qt::AlignLeft | Qt::AlignVCenter);
    case PostIdRole: return queue.postId(row);
    case LocalIdRole: return queue.localId(row);
    case DeadlineStateRole: return int(m_view->deadline(row).state);
    case WorkingDaysLeftRole: {
        const DeadlineStatus status = m_view->deadline(row);
        return status.state == DeadlineState::None ? QVariant() : QVariant(status.workingDaysLeft);
    }
    case DueDateRole: return queue.clock(row).due();
    case CategoryCodeRole: return queue.categoryText(row);
    case StatusCodeRole: return queue.statusText(row);
    case UnitIdsRole: {
        QStringList ids;
        for (const QueueIndex::Assignment &assignment : queue.assignments(row))
            ids.append(queue.unitId(assignment.unit));
        return ids;
    }
    case FlagsRole: return int(queue.flags(row));
    case ConfidentialRole: return queue.isConfidential(row);
    default: return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kQueueColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (QueueColumn(section)) {
    case QueueColumn::Deadline:
        return role == Qt::DisplayRole ? tr("Deadline")
                                       : tr("Working days to the nearest deadline of a unit still handling the post");
    case QueueColumn::Category: return tr("Category");
    case QueueColumn::Title: return tr("Title");
    case QueueColumn::Submitted: return tr("Submitted");
    case QueueColumn::Units: return tr("Units");
    case QueueColumn::Status: return tr("Status");
    case QueueColumn::Views: return tr("Views");
    case QueueColumn::Flags: return tr("Flags");
    }
    return {};
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kQueueColumnCount)
        return;
    if (QueueColumn(column) == m_view->sortColumn() && order == m_view->sortOrder())
        return;
    relayout([&] { m_view->setSort(QueueColumn(column), order); });
}

} // namespace bxt
