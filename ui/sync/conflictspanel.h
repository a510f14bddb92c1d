#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace bxt {

class ConflictsModel;
class Database;
class OutboxModel;
class SyncController;

// Where the user settles what the portal did not take (portal-api.md "Actions"): the open
// conflicts, with the local version and the portal's side by side and "Keep mine" / "Take the
// portal's"; nothing is overwritten before the user chooses. Below, the actions the portal
// refused, with its message; their local effect is already undone, "Dismiss" clears them.
class ConflictsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsPanel)

public:
    ConflictsPanel(SyncController &controller, const Database &database, QWidget *parent = nullptr);

    // Reads the conflicts and the refused actions again.
    void reload();
    void selectPost(const QString &postId);

signals:
    // keptMine: the local actions wait to be sent again (a sync sends them).
    void conflictResolved(const QString &postId, bool keptMine);
    void failedActionDismissed();

private:
    void showSelectedConflict();
    void resolve(bool keepMine);
    void dismissFailed();
    void showProblem(const QString &message);

    SyncController &m_controller;
    ConflictsModel *m_conflicts = nullptr;
    OutboxModel *m_failed = nullptr;
    QLabel *m_conflictsTitle = nullptr;
    QTableView *m_conflictsView = nullptr;
    QTreeWidget *m_comparison = nullptr;
    QLabel *m_portalMessage = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takePortal = nullptr;
    QLabel *m_failedTitle = nullptr;
    QTableView *m_failedView = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace bxt
