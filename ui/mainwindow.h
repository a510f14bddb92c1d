#pragma once

#include "calendar/deadlinecalculator.h"
#include "judgement/flaggedterms.h"
#include "queue/queueloader.h"
#include "store/currentuserstore.h"

#include <QMainWindow>
#include <QSet>
#include <QThreadPool>
#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QNetworkAccessManager;
class QListView;
class QSplitter;
class QTableView;
class QTimer;

namespace bxt {

class BackgroundSearch;
class Database;
class DuplicateFinder;
class JudgementPanel;
class PostActions;
class PostView;
class QueueFilterBar;
class QueueModel;
class ConflictsPanel;
class OutboxPanel;
class SyncController;
class SyncScheduler;
class SyncStatusWidget;
class ReminderNotifier;
class SavedViewModel;
class TriageSuggester;

// The desk a user works at all day: saved views with live counts at the side, the queue of
// posts with its filters in the middle, the selected post beside it. Column staff get the
// triage actions and help with judgement; a liaison gets the unit's inbox and the unit's
// actions. Everything is read from and written to the case store; actions go through the
// rules (PostActions).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    QueueModel *queueModel() const { return m_queue; }
    QTableView *queueView() const { return m_table; }

signals:
    // The user chose another language: the program builds its window again in it.
    void languageChangeRequested(const QString &language);
    // Another user logged in to this store: the window is built again for that role.
    void userChanged();

private:
    bool openStore(const QString &databasePath, QString *error);
    QWidget *buildDesk();
    void buildRoleDesks(QWidget *queueDesk);
    void buildSync();
    void chooseSyncSettings();
    void synchronized();
    QDockWidget *addDock(const QString &title, QWidget *panel);
    void buildMenus();
    void showStoreError(const QString &message);
    void startBackgroundWork();

    void chooseView(const QModelIndex &index);
    void applyFilter();
    // The best hits first, then every hit of the search box's query.
    void showSearchHits(const QList<qint64> &localIds);
    void currentPostChanged();
    // Shows the post with its history beside the queue; an empty id clears the view.
    void showPost(const QString &postId);
    void showJudgement();
    void openPost(const QString &postId);
    void postsChanged(const QStringList &postIds);
    // Only the rows of these posts change, appear or go; false (and said) on a store error.
    bool refreshPosts(const QStringList &postIds);
    void refreshCounts();
    void showQueueSize();
    void scheduleMidnight();
    void showShortcuts();
    void chooseReminderSettings();
    void showViewByKey(const QString &key);

    std::unique_ptr<Database> m_database;
    std::optional<CurrentUser> m_user;
    QueueReferenceData m_reference;
    DeadlineCalculator m_deadlines { WorkCalendar(), DeadlineRules::notice() };
    FlaggedTerms m_flaggedTerms;
    std::optional<QSet<qint64>> m_searchHits;
    std::unique_ptr<DuplicateFinder> m_duplicates;
    std::shared_ptr<const TriageSuggester> m_suggester;
    // The window's own work in the background, apart from the global pool, whose threads the
    // queue's load keeps busy waiting for its own parallel parts.
    QThreadPool m_background;

    QueueModel *m_queue = nullptr;
    BackgroundSearch *m_search = nullptr;
    SavedViewModel *m_views = nullptr;
    PostActions *m_actions = nullptr;
    QListView *m_sideBar = nullptr;
    QueueFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    PostView *m_postView = nullptr;
    JudgementPanel *m_judgement = nullptr;
    ReminderNotifier *m_reminders = nullptr;
    QLabel *m_queueSize = nullptr;
    QLabel *m_userLabel = nullptr;
    QTimer *m_countTimer = nullptr;
    QTimer *m_judgementTimer = nullptr;
    QTimer *m_midnightTimer = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    SyncController *m_sync = nullptr;
    SyncScheduler *m_syncScheduler = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    OutboxPanel *m_outbox = nullptr;
    ConflictsPanel *m_conflicts = nullptr;
    QDockWidget *m_outboxDock = nullptr;
    QDockWidget *m_conflictsDock = nullptr;
    QMenu *m_fileMenu = nullptr;
};

} // namespace bxt
