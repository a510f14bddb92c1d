#include "sync/outboxmodel.h"

#include "common/itemroles.h"
#include "sync/synccontroller.h"

#include <QTimer>

namespace bxt {

namespace {
constexpr int kReloadDelayMs = 250;
}

OutboxModel::OutboxModel(SyncController &controller, const Database &database, Entries entries, QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
    , m_controller(controller)
    , m_database(database)
    , m_kind(entries)
    , m_texts(database)
    , m_reloadSoon(new QTimer(this))
{
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(kReloadDelayMs);
    connect(m_reloadSoon, &QTimer::timeout, this, [this]() {
        QString error;
        if (!reload(&error))
            emit reloadFailed(error);
    });
    auto reloadSoon = [this]() { m_reloadSoon->start(); };
    connect(&m_controller, &SyncController::pendingCountChanged, this, reloadSoon);
    connect(&m_controller, &SyncController::conflictsChanged, this, reloadSoon);
    connect(&m_controller, &SyncController::postsChanged, this, reloadSoon);
    connect(&m_controller, &SyncController::finished, this, reloadSoon);
    connect(&m_controller, &SyncController::failed, this, reloadSoon);
}

bool OutboxModel::reload(QString *error)
{
    m_reloadSoon->stop();
    QList<OutboxEntry> entries;
    const bool read = m_kind == Entries::Waiting ? Outbox(m_database).allUnanswered(&entries, error)
                                                 : m_controller.failedActions(&entries, error);
    if (!read || !m_texts.loadUnits(error))
        return false;
    QStringList titles;
    QStringList actions;
    for (const OutboxEntry &entry : std::as_const(entries)) {
        titles.append(m_texts.title(entry.postId));
        actions.append(m_texts.action(entry.body));
    }
    beginResetModel();
    m_entries = std::move(entries);
    m_titles = std::move(titles);
    m_actions = std::move(actions);
    endResetModel();
    return true;
}

int OutboxModel::rows() const
{
    return int(m_entries.size());
}

QString OutboxModel::noteText(const OutboxEntry &entry) const
{
    switch (entry.state) {
    case OutboxEntry::State::Pending: return tr("waiting to be sent");
    case OutboxEntry::State::Conflict: return tr("held: conflict with the portal");
    case OutboxEntry::State::Failed: return entry.message;
    }
    return {};
}

QVariant OutboxModel::cell(int row, int column, int role) const
{
    const OutboxEntry &entry = m_entries.at(row);
    if (role == PostIdRole)
        return entry.postId;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case QueuedColumn: return SyncTexts::timeText(entry.queuedAt);
    case PostColumn: return entry.postId;
    case TitleColumn: return m_titles.at(row);
    case ActionColumn: return m_actions.at(row);
    case NoteColumn: return noteText(entry);
    case ColumnCount: break;
    }
    return {};
}

QString OutboxModel::header(int column) const
{
    switch (Column(column)) {
    case QueuedColumn: return tr("Made at");
    case PostColumn: return tr("Post");
    case TitleColumn: return tr("Title");
    case ActionColumn: return tr("Action");
    case NoteColumn: return m_kind == Entries::Waiting ? tr("State") : tr("The portal's message");
    case ColumnCount: break;
    }
    return {};
}

} // namespace bxt
