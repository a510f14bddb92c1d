#pragma once

#include "actions/outbox.h"
#include "common/columntablemodel.h"
#include "sync/synctexts.h"

class QTimer;

namespace bxt {

class Database;
class SyncController;

// Queued local actions as a table: those waiting to be sent (so that the user sees what is
// waiting while offline) or those the portal refused, with its message. Follows the
// controller's signals; reloads at most a few times a second while a push answers one by one.
class OutboxModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum class Entries {
        Waiting, // pending or held by a conflict
        Failed, // refused by the portal; their local effect was undone
    };
    enum Column { QueuedColumn, PostColumn, TitleColumn, ActionColumn, NoteColumn, ColumnCount };

    OutboxModel(SyncController &controller, const Database &database, Entries entries, QObject *parent = nullptr);

    bool reload(QString *error);
    const OutboxEntry &entryAt(int row) const { return m_entries.at(row); }

signals:
    void reloadFailed(const QString &message);

private:
    int rows() const override;
    QString header(int column) const override;
    QVariant cell(int row, int column, int role) const override;
    QString noteText(const OutboxEntry &entry) const;

    SyncController &m_controller;
    const Database &m_database;
    const Entries m_kind;
    SyncTexts m_texts;
    QTimer *m_reloadSoon = nullptr;
    QList<OutboxEntry> m_entries;
    QStringList m_titles; // by row
    QStringList m_actions; // by row
};

} // namespace bxt
