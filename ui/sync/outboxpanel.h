#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace bxt {

class Database;
class OutboxModel;
class SyncController;

// What waits to be sent (issue 5, offline): every local action the portal has not taken yet,
// oldest first. They stay in the case store until the portal answers, also when the computer
// is closed half-way.
class OutboxPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxPanel)

public:
    OutboxPanel(SyncController &controller, const Database &database, QWidget *parent = nullptr);

    // Reads the outbox again, e.g. after the user queued a local action.
    void reload();

private:
    void showCount();

    OutboxModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace bxt
