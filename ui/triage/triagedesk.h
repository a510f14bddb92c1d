#pragma once

#include "judgement/duplicatefinder.h"
#include "judgement/flaggedterms.h"
#include "store/currentuserstore.h"

#include <QSet>
#include <QThreadPool>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QListView;
class QTableView;
class QTimer;

namespace bxt {

class BackgroundDuplicates;
class BackgroundSearch;
class Database;
class DeskReferenceData;
class JudgementPanel;
class PostActions;
class PostView;
class QueueFilterBar;
class QueueModel;
class SavedViewModel;
class TriageSuggester;

// The desk over the queue: saved views with live counts at the side, the queue of posts with
// its filters in the middle, the selected post beside it. Column staff get the triage actions
// and help with judgement below the post; a liaison gets the unit's inbox and the unit's
// actions (PostActions). Everything is read from and written to the case store.
class TriageDesk final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageDesk)

public:
    // user: nullopt before the first log-in; then there are no actions.
    TriageDesk(Database &database, const std::optional<CurrentUser> &user, const DeskReferenceData &reference,
        FlaggedTerms flaggedTerms, QWidget *parent = nullptr);
    ~TriageDesk() override;

    QueueModel *queueModel() const { return m_queue; }
    QTableView *queueView() const { return m_table; }
    SavedViewModel *savedViews() const { return m_views; }
    PostActions *postActions() const { return m_actions; } // null without a user
    // The number of posts shown, for the window's status bar.
    QLabel *queueSizeLabel() const { return m_queueSize; }

    // A banner above the filters, e.g. the liaison's reminders.
    void addBanner(QWidget *banner);
    void chooseView(int row);
    void showViewByKey(const QString &key);
    void focusSearch();
    // Posts this program changed (an action, a settled conflict): their rows and the post again.
    void postsChanged(const QStringList &postIds);
    // Only the rows of these posts change, appear or go; false (and said) on a store error.
    bool refreshPosts(const QStringList &postIds);

signals:
    // Something to say in the window's status bar for a while.
    void message(const QString &text, int timeoutMs);

private:
    QWidget *buildQueuePane(bool liaison);
    QWidget *buildPostPane(bool columnStaff);
    void buildActions(const CurrentUser &user);
    void connectParts();
    void startBackgroundWork();
    void applyReferenceData();

    void viewChosen(const QModelIndex &index);
    void applyFilter();
    // The best hits first, then every hit of the search box's query.
    void showSearchHits(const QList<qint64> &localIds);
    void currentPostChanged();
    // Shows the post with its history beside the queue; an empty id clears the view.
    void showPost(const QString &postId);
    void showJudgement();
    void showDuplicates(const QString &postId, const QList<DuplicateCandidate> &duplicates);
    void openPost(const QString &postId);
    void refreshCounts();
    void showQueueSize();
    void scheduleMidnight();

    Database &m_database;
    std::optional<CurrentUser> m_user;
    const DeskReferenceData &m_reference;
    FlaggedTerms m_flaggedTerms;
    std::optional<QSet<qint64>> m_searchHits;
    std::shared_ptr<const TriageSuggester> m_suggester;
    // The desk's own work in the background, apart from the global pool, whose threads the
    // queue's load keeps busy waiting for its own parallel parts.
    QThreadPool m_background;

    QueueModel *m_queue = nullptr;
    BackgroundSearch *m_search = nullptr;
    BackgroundDuplicates *m_duplicates = nullptr; // column staff only
    SavedViewModel *m_views = nullptr;
    PostActions *m_actions = nullptr;
    QListView *m_sideBar = nullptr;
    QueueFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_queuePane = nullptr;
    PostView *m_postView = nullptr;
    JudgementPanel *m_judgement = nullptr;
    QLabel *m_queueSize = nullptr;
    QTimer *m_countTimer = nullptr;
    QTimer *m_judgementTimer = nullptr;
    QTimer *m_midnightTimer = nullptr;
};

} // namespace bxt
