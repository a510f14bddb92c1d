#pragma once

#include "common/columntablemodel.h"
#include "sync/conflictstore.h"
#include "sync/synctexts.h"

namespace bxt {

class Database;
class SyncController;

// The open conflicts with the portal (SyncController::conflicts()): the post, what is mine
// (the local actions still waiting), what the portal has that differs, when, and the portal's
// words. Follows the controller's conflictsChanged().
class ConflictsModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsModel)

public:
    enum Column { PostColumn, TitleColumn, WhenColumn, MineColumn, PortalColumn, ColumnCount };

    ConflictsModel(SyncController &controller, const Database &database, QObject *parent = nullptr);

    bool reload(QString *error);
    const SyncConflict &conflictAt(int row) const { return m_rows.at(row).conflict; }
    int rowOfPost(const QString &postId) const; // -1 when the post has no open conflict
    // Both versions field by field, for showing them side by side.
    QList<SyncTexts::Field> fieldsAt(int row) const;

signals:
    void reloadFailed(const QString &message);

private:
    int rows() const override;
    QString header(int column) const override;
    QVariant cell(int row, int column, int role) const override;

    struct Row
    {
        SyncConflict conflict;
        QString title;
        QString mine; // the waiting actions in words
        QString portal; // what differs on the portal
        QString portalDetails; // for the tooltip: the portal's words too
    };

    SyncController &m_controller;
    const Database &m_database;
    SyncTexts m_texts;
    QList<Row> m_rows;
};

} // namespace bxt
