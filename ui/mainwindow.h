#pragma once

#include "judgement/flaggedterms.h"
#include "store/currentuserstore.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QNetworkAccessManager;
class QTableView;

namespace bxt {

class ConflictsPanel;
class Database;
class DeskReferenceData;
class OutboxPanel;
class PostActions;
class QueueModel;
class ReminderNotifier;
class SyncController;
class SyncScheduler;
class SyncStatusWidget;
class TriageDesk;

// The window of the user the store belongs to: it opens the store and assembles the desks of
// the user's role (the queue's TriageDesk for everyone; supervision, key issues and reports
// for supervisors and leaders), with the menus, the status bar, sync and its docks, and the
// reference data the desks share (DeskReferenceData).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    QueueModel *queueModel() const;
    QTableView *queueView() const;

protected:
    void changeEvent(QEvent *event) override;

signals:
    // The user chose another language: the program builds its window again in it.
    void languageChangeRequested(const QString &language);
    // Another user logged in to this store: the window is built again for that role.
    void userChanged();

private:
    bool openStore(const QString &databasePath, QString *error);
    TriageDesk *buildDesk();
    void buildRoleDesks(QWidget *queueDesk);
    void buildSync();
    void chooseSyncSettings();
    void synchronized();
    QDockWidget *addDock(const QString &title, QWidget *panel);
    void buildMenus();
    void showStoreError(const QString &message);
    void reloadReferenceData();
    void showShortcuts();
    void chooseReminderSettings();
    void showViewByKey(const QString &key);

    std::unique_ptr<Database> m_database;
    std::optional<CurrentUser> m_user;
    DeskReferenceData *m_reference = nullptr;
    FlaggedTerms m_flaggedTerms;

    TriageDesk *m_desk = nullptr;
    PostActions *m_actions = nullptr; // the desk's; null without a user
    ReminderNotifier *m_reminders = nullptr;
    QLabel *m_userLabel = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    SyncController *m_sync = nullptr;
    SyncScheduler *m_syncScheduler = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    OutboxPanel *m_outbox = nullptr;
    ConflictsPanel *m_conflicts = nullptr;
    QDockWidget *m_outboxDock = nullptr;
    QDockWidget *m_conflictsDock = nullptr;
};

} // namespace bxt
