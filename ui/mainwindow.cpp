#include "mainwindow.h"

#include "common/idleindexmaintenance.h"
#include "common/itemroles.h"
#include "keyissues/keyissueswindow.h"
#include "liaison/reminderbanner.h"
#include "liaison/remindernotifier.h"
#include "liaison/remindersettingsdialog.h"
#include "postactions.h"
#include "reports/reportswindow.h"
#include "supervision/supervisiondesk.h"
#include "sync/conflictspanel.h"
#include "sync/outboxpanel.h"
#include "sync/syncscheduler.h"
#include "sync/syncsettings.h"
#include "sync/syncsettingsdialog.h"
#include "sync/syncstatuswidget.h"
#include "triage/judgementpanel.h"
#include "triage/postrefreshqueue.h"
#include "triage/postview.h"
#include "triage/queuefilterbar.h"
#include "triage/queuemodel.h"
#include "triage/savedviewmodel.h"

#include "common/widgetparts.h"
#include "judgement/duplicatefinder.h"
#include "judgement/flaggedposts.h"
#include "judgement/flaggedtermsstore.h"
#include "judgement/triagesuggester.h"
#include "search/backgroundsearch.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/poststore.h"
#include "sync/synccontroller.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bxt {

namespace {

constexpr int kDuplicateLimit = 8;
// Synced posts refreshed at a time: so few that the queue's sort orders move each row on its
// own; a larger batch merges every built order whole, 40–100 ms a batch at 100,000 posts
// (bench_worklife), and more with more posts.
constexpr qsizetype kSyncedPostsPerRefresh = 16;

QDateTime chinaNow()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600));
}

} // namespace

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Baixingtan Desk"));
    resize(1440, 860);
    m_background.setMaxThreadCount(1);
    QString error;
    if (!openStore(databasePath, &error)) {
        showStoreError(error);
        return;
    }
    buildRoleDesks(buildDesk());
    buildSync();
    buildMenus();
    // Flagging and learning from past triage wait for the queue: the first screens come first,
    // and the two never hold their memory at the same time.
    if (m_queue->isLoading())
        connect(
            m_queue, &QueueModel::loadingFinished, this, &MainWindow::startBackgroundWork, Qt::SingleShotConnection);
    else
        startBackgroundWork();
    scheduleMidnight();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openStore(const QString &databasePath, QString *error)
{
    // Only the default store is made on the first start: a mistyped --db is named, not created.
    const auto access = databasePath == Database::defaultPath() ? Database::Access::Create : Database::Access::Write;
    m_database = Database::open(databasePath, access, error);
    if (!m_database)
        return false;
    if (!CurrentUserStore(*m_database).load(&m_user, error) || !readQueueReferenceData(*m_database, &m_reference, error)
        || !FlaggedTermsStore(*m_database).load(&m_flaggedTerms, error)) {
        m_database.reset();
        return false;
    }
    m_deadlines = DeadlineCalculator(m_reference.calendar, m_reference.rules);
    return true;
}

void MainWindow::showStoreError(const QString &message)
{
    auto *label = new QLabel(tr("The case store cannot be opened:\n%1").arg(message), this);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCentralWidget(label);
}

QWidget *MainWindow::buildDesk()
{
    const bool liaison = m_user && m_user->actor.role == Role::Liaison;
    const bool columnStaff = m_user && m_user->actor.role == Role::ColumnStaff;
    const QString unitId = liaison ? m_user->actor.unitId : QString();

    m_queue = new QueueModel(this);
    m_views = new SavedViewModel(liaison ? unitSavedViews(unitId) : standardSavedViews(), this);

    m_sideBar = new QListView(this);
    m_sideBar->setModel(m_views);
    m_sideBar->setAccessibleName(tr("Saved views"));
    m_sideBar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sideBar->setMinimumWidth(180);

    m_filterBar = new QueueFilterBar(m_reference.units, unitId, this);

    m_table = new QTableView(this);
    m_table->setModel(m_queue);
    m_table->setAccessibleName(liaison ? tr("Our unit's posts") : tr("Posts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: a million rows scroll without measuring any of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths { 150, 70, 340, 130, 170, 80, 60, 60 };
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths[column]);
    // A liaison answers the nearest deadline first (R14–R16); column staff read the newest first.
    m_table->sortByColumn(int(liaison ? QueueColumn::Deadline : QueueColumn::Submitted),
        liaison ? Qt::AscendingOrder : Qt::DescendingOrder);

    m_postView = new PostView(this);
    if (m_user)
        m_postView->setContext(m_user->actor, m_reference.units, m_deadlines);
    m_postView->setFlaggedTerms(m_flaggedTerms);

    auto *queuePane = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePane);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    if (m_user) {
        // R14: at 09:00 and 14:00 on working days, what is new, due today and overdue.
        m_reminders = new ReminderNotifier(m_queue, m_user->actor, m_reference.calendar, queuePane);
        queueLayout->addWidget(m_reminders->banner());
        connect(m_reminders, &ReminderNotifier::showViewRequested, this,
            [this](const QString &key) { showViewByKey(key); });
    }
    queueLayout->addWidget(m_filterBar);
    queueLayout->addWidget(m_table, 1);

    auto *postPane = new QSplitter(Qt::Vertical, this);
    postPane->addWidget(m_postView);
    if (columnStaff) {
        m_judgement = new JudgementPanel(this);
        m_duplicates = std::make_unique<DuplicateFinder>(*m_database);
        postPane->addWidget(m_judgement);
        postPane->setStretchFactor(0, 3);
        postPane->setStretchFactor(1, 1);
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_sideBar);
    splitter->addWidget(queuePane);
    splitter->addWidget(postPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({ 190, 760, 490 });
    splitter->setChildrenCollapsible(false);

    m_queueSize = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_userLabel->setTextFormat(Qt::PlainText); // the user's name comes from the portal
    statusBar()->addWidget(m_queueSize, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    m_userLabel->setText(m_user ? tr("%1 · %2").arg(m_user->name, roleDisplayName(m_user->actor.role))
                                : tr("Not logged in: contact details are hidden"));
    if (m_user)
        setWindowTitle(tr("Baixingtan Desk — %1").arg(m_user->name));

    if (m_user) {
        m_actions = new PostActions(*m_database, m_user->actor, m_reference.units, m_deadlines, this);
        // The actions' shortcuts work where the clerk is: in the queue and the post beside it.
        const QList<QAction *> actions = m_actions->actions();
        for (QAction *action : actions) {
            if (action) {
                m_table->addAction(action);
                m_postView->addAction(action);
            }
        }
        connect(m_actions, &PostActions::postsChanged, this, &MainWindow::postsChanged);
        connect(m_actions, &PostActions::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Not done"), literalAutoText(message)); });
    }
    if (m_judgement) {
        connect(m_judgement, &JudgementPanel::categoryAccepted, m_actions, &PostActions::classifyAs);
        connect(m_judgement, &JudgementPanel::unitsAccepted, m_actions, &PostActions::dispatchTo);
        connect(m_judgement, &JudgementPanel::duplicateMarked, m_actions, &PostActions::markDuplicateOf);
        connect(m_judgement, &JudgementPanel::postOpened, this, &MainWindow::openPost);
    }

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300);
    connect(m_countTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    m_judgementTimer = new QTimer(this);
    m_judgementTimer->setSingleShot(true);
    m_judgementTimer->setInterval(250); // arrowing through the queue does not look for duplicates of each post
    connect(m_judgementTimer, &QTimer::timeout, this, &MainWindow::showJudgement);

    connect(m_sideBar->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::chooseView);
    connect(m_filterBar, &QueueFilterBar::filterChanged, this, &MainWindow::applyFilter);
    m_search = new BackgroundSearch(m_database->path(), this);
    connect(m_filterBar, &QueueFilterBar::searchChanged, m_search, &BackgroundSearch::search);
    connect(m_search, &BackgroundSearch::hitsFound, this,
        [this](const QString &, const QList<qint64> &localIds, bool) { showSearchHits(localIds); });
    connect(m_search, &BackgroundSearch::cleared, this, [this] {
        m_searchHits.reset();
        applyFilter();
    });
    connect(m_search, &BackgroundSearch::failed, this,
        [this](const QString &error) { statusBar()->showMessage(error, 5000); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::currentPostChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::currentPostChanged);
    connect(m_queue, &QueueModel::countsChanged, m_countTimer, qOverload<>(&QTimer::start));
    connect(m_queue, &QueueModel::loadingFinished, this, [this] {
        refreshCounts();
        showQueueSize();
    });
    connect(m_queue, &QueueModel::modelReset, this, &MainWindow::showQueueSize);
    connect(m_queue, &QueueModel::rowsInserted, this, &MainWindow::showQueueSize);
    connect(m_queue, &QueueModel::rowsRemoved, this, &MainWindow::showQueueSize);
    connect(m_queue, &QueueModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("The queue was not loaded"), literalAutoText(message));
    });

    QString error;
    if (!m_queue->open(*m_database, &error))
        QMessageBox::warning(this, tr("The queue was not loaded"), literalAutoText(error));
    m_sideBar->setCurrentIndex(m_views->index(0));
    showQueueSize();
    m_table->setFocus();
    if (m_queue->rowCount() > 0)
        m_table->setCurrentIndex(m_queue->index(0, 0));
    return splitter;
}

void MainWindow::buildRoleDesks(QWidget *queueDesk)
{
    const std::optional<Role> role = m_user ? std::optional<Role>(m_user->actor.role) : std::nullopt;
    if (role != Role::Supervisor && role != Role::Leader && role != Role::Admin) {
        setCentralWidget(queueDesk);
        return;
    }
    // Supervisors chase and report (R20–R23); leaders read the key issues (R22).
    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    if (role != Role::Leader)
        tabs->addTab(new SupervisionDesk(*m_database, m_user->actor, tabs), tr("Supervision"));
    tabs->addTab(new KeyIssuesWindow(*m_database, m_user->actor, tabs), tr("Key issues"));
    tabs->addTab(new ReportsWindow(*m_database, tabs), tr("Reports"));
    tabs->addTab(queueDesk, tr("Posts"));
    setCentralWidget(tabs);
}

QDockWidget *MainWindow::addDock(const QString &title, QWidget *panel)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(title);
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    return dock;
}

void MainWindow::buildSync()
{
    m_network = new QNetworkAccessManager(this);
    m_sync = new SyncController(*m_database, m_network, this);
    m_syncScheduler = new SyncScheduler(*m_sync, this);
    m_syncStatus = new SyncStatusWidget(*m_sync, this);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_outbox = new OutboxPanel(*m_sync, *m_database, this);
    m_conflicts = new ConflictsPanel(*m_sync, *m_database, this);
    m_outboxDock = addDock(tr("Waiting to be sent"), m_outbox);
    m_conflictsDock = addDock(tr("Conflicts and refused actions"), m_conflicts);
    connect(m_syncStatus, &SyncStatusWidget::outboxRequested, m_outboxDock, &QWidget::show);
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, m_conflictsDock, &QWidget::show);
    // Rows move in place, a slice at a time: never a reset, never a long stall.
    auto *synced = new PostRefreshQueue(kSyncedPostsPerRefresh, this);
    connect(m_sync, &SyncController::postsChanged, synced, &PostRefreshQueue::add);
    connect(synced, &PostRefreshQueue::refreshRequested, this, &MainWindow::refreshPosts);
    connect(m_sync, &SyncController::finished, this, &MainWindow::synchronized);
    connect(m_conflicts, &ConflictsPanel::conflictResolved, this,
        [this](const QString &postId) { postsChanged({ postId }); });
    if (m_actions) {
        auto *upkeep = new IdleIndexMaintenance(
            *m_database, [this] { return m_sync->isBusy(); }, this);
        connect(m_actions, &PostActions::postsChanged, upkeep, &IdleIndexMaintenance::writesDone);
        connect(upkeep, &IdleIndexMaintenance::failed, this,
            [](const QString &error) { qWarning("search index maintenance: %s", qPrintable(error)); });
        connect(m_actions, &PostActions::postsChanged, m_syncScheduler, &SyncScheduler::actionQueued);
        connect(m_actions, &PostActions::postsChanged, m_outbox, &OutboxPanel::reload);
        connect(m_actions, &PostActions::postsChanged, m_syncStatus, &SyncStatusWidget::refresh);
    }

    QSettings settings;
    const SyncPreferences preferences = SyncPreferences::load(settings);
    if (!preferences.isConfigured())
        return;
    QString error;
    if (!m_sync->configure(preferences.connection, &error)) {
        statusBar()->showMessage(error, 10000);
        return;
    }
    m_syncScheduler->setIntervalMinutes(preferences.intervalMinutes);
    m_syncScheduler->start();
}

void MainWindow::chooseSyncSettings()
{
    QSettings settings;
    SyncSettingsDialog dialog(*m_sync, settings, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_syncScheduler->setIntervalMinutes(dialog.preferences().intervalMinutes);
    m_syncScheduler->start();
}

void MainWindow::synchronized()
{
    // The first log-in names the user this store belongs to; a new user gets a new window.
    std::optional<CurrentUser> user;
    QString error;
    if (CurrentUserStore(*m_database).load(&user, &error) && user
        && (!m_user || user->actor.userId != m_user->actor.userId || user->actor.role != m_user->actor.role
            || user->actor.unitId != m_user->actor.unitId))
        emit userChanged();
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Sync now"), QKeySequence::Refresh, m_sync, &SyncController::synchronize);
    fileMenu->addAction(tr("Portal &connection…"), this, &MainWindow::chooseSyncSettings);
    fileMenu->addAction(tr("Actions &waiting to be sent"), m_outboxDock, &QWidget::show);
    fileMenu->addAction(tr("Con&flicts"), m_conflictsDock, &QWidget::show);
    if (m_reminders)
        fileMenu->addAction(tr("&Reminders…"), this, &MainWindow::chooseReminderSettings);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    if (m_actions) {
        QMenu *postMenu = menuBar()->addMenu(tr("&Post"));
        auto *toolBar = addToolBar(tr("Actions"));
        toolBar->setObjectName(QStringLiteral("actions"));
        toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const QList<QAction *> actions = m_actions->actions();
        for (QAction *action : actions) {
            if (!action) {
                postMenu->addSeparator();
                continue;
            }
            postMenu->addAction(action);
            if (!m_actions->classifyActions().contains(action))
                toolBar->addAction(action);
        }
    }

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *findAction = viewMenu->addAction(tr("&Find posts"), QKeySequence::Find, this, [this] {
        m_filterBar->searchBox()->setFocus();
        m_filterBar->searchBox()->selectAll();
    });
    findAction->setShortcutContext(Qt::WindowShortcut);
    viewMenu->addAction(tr("&Queue"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { m_table->setFocus(); });
    viewMenu->addSeparator();
    const QList<SavedView> &views = m_views->views();
    for (int i = 0; i < views.size() && i < 9; ++i) {
        viewMenu->addAction(views[i].name, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
            [this, i] { m_sideBar->setCurrentIndex(m_views->index(i)); });
    }
    viewMenu->addSeparator();
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current
        = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (const auto &[code, name] : { std::pair { "zh_CN", "中文（简体）" }, std::pair { "en", "English" } }) {
        QAction *action = languageMenu->addAction(QString::fromUtf8(name));
        action->setCheckable(true);
        action->setChecked(current == QLatin1String(code));
        languages->addAction(action);
        connect(action, &QAction::triggered, this,
            [this, language = QString::fromLatin1(code)] { emit languageChangeRequested(language); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    helpMenu->addAction(tr("&About Baixingtan Desk"), this, [this] {
        QMessageBox::about(this, tr("About Baixingtan Desk"),
            tr("Baixingtan Desk %1\nCase management for the 百姓谈 column, by the rules of "
               "哈政办综〔2005〕71号.")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    if (m_actions) {
        const QList<QAction *> actions = m_actions->actions();
        for (const QAction *action : actions) {
            if (action)
                lines.append(tr("%1\t%2").arg(
                    action->shortcut().toString(QKeySequence::NativeText), action->text().remove(QLatin1Char('&'))));
        }
    }
    lines.append(tr("%1\tFind posts").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    lines.append(tr("Ctrl+1…Ctrl+9\tSaved views"));
    QMessageBox::information(this, tr("Keyboard shortcuts"), lines.join(QLatin1Char('\n')));
}

void MainWindow::chooseReminderSettings()
{
    ReminderSettingsDialog dialog(m_reminders->settings(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_reminders->applySettings(dialog.settings());
}

void MainWindow::showViewByKey(const QString &key)
{
    const QList<SavedView> &views = m_views->views();
    for (int row = 0; row < views.size(); ++row) {
        if (views[row].key == key)
            m_sideBar->setCurrentIndex(m_views->index(row));
    }
    raise();
    activateWindow();
}

void MainWindow::startBackgroundWork()
{
    const QString path = m_database->path();
    const FlaggedTerms terms = m_flaggedTerms;
    auto *flagged = new QFutureWatcher<QSet<qint64>>(this);
    connect(flagged, &QFutureWatcher<QSet<qint64>>::finished, this, [this, flagged] {
        m_queue->setFlaggedPosts(flagged->result());
        flagged->deleteLater();
    });
    flagged->setFuture(QtConcurrent::run(&m_background, [path, terms] {
        QString error;
        QSet<qint64> ids;
        if (const auto database = Database::open(path, &error))
            flaggedPostIds(*database, terms, &ids, &error);
        return ids;
    }));

    if (!m_judgement)
        return;
    using Trained = std::shared_ptr<const TriageSuggester>;
    auto *training = new QFutureWatcher<Trained>(this);
    connect(training, &QFutureWatcher<Trained>::finished, this, [this, training] {
        m_suggester = training->result();
        training->deleteLater();
        showJudgement();
    });
    training->setFuture(QtConcurrent::run(&m_background, [path]() -> Trained {
        QString error;
        const auto database = Database::open(path, &error);
        if (!database)
            return {};
        auto suggester = TriageSuggester::train(*database, &error);
        return suggester ? std::make_shared<const TriageSuggester>(std::move(*suggester)) : Trained();
    }));
}

void MainWindow::chooseView(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_filterBar->setFilter(m_views->views().at(index.row()).filter);
    applyFilter();
}

void MainWindow::applyFilter()
{
    QueueFilter filter = m_filterBar->filter();
    filter.localIds = m_searchHits;
    m_queue->setFilter(filter);
    if (!m_table->currentIndex().isValid() && m_queue->rowCount() > 0)
        m_table->setCurrentIndex(m_queue->index(0, 0));
}

void MainWindow::showSearchHits(const QList<qint64> &localIds)
{
    m_searchHits = QSet<qint64>(localIds.cbegin(), localIds.cend());
    applyFilter();
}

void MainWindow::currentPostChanged()
{
    const QString current = m_table->currentIndex().data(PostIdRole).toString();
    QStringList selected;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        selected.append(row.data(PostIdRole).toString());
    if (m_actions)
        m_actions->setPosts(current, selected);
    if (current != m_postView->postId())
        showPost(current);
}

void MainWindow::openPost(const QString &postId)
{
    const int row = m_queue->rowOfPost(postId);
    if (row >= 0) {
        m_table->setCurrentIndex(m_queue->index(row, 0));
        return;
    }
    // Not in the current view: show it beside the queue without changing the filters.
    m_table->clearSelection();
    if (m_actions)
        m_actions->setPosts(postId, { postId });
    showPost(postId);
}

void MainWindow::showPost(const QString &postId)
{
    if (postId.isEmpty()) {
        m_postView->clear();
        if (m_judgement)
            m_judgement->clear();
        return;
    }
    // The actions have just read the post they act on.
    std::optional<Post> post;
    if (m_actions && m_actions->currentPost() && m_actions->currentPost()->id() == postId)
        post = m_actions->currentPost();
    QList<AuditLog::Entry> history;
    QString error;
    if ((!post && !PostStore(*m_database).find(postId, &post, &error))
        || !AuditLog(*m_database).entriesFor(postId, &history, &error)) {
        statusBar()->showMessage(error, 5000);
        return;
    }
    if (!post) {
        m_postView->clear();
        statusBar()->showMessage(tr("Post %1 is not in this store.").arg(postId), 5000);
        return;
    }
    m_postView->showPost(*post, history);
    if (m_judgement) {
        m_judgement->clear();
        m_judgementTimer->start();
    }
}

void MainWindow::showJudgement()
{
    if (!m_judgement || !m_actions || !m_actions->currentPost())
        return;
    const Post &post = *m_actions->currentPost();
    m_judgement->setRefusals(m_actions->unavailability(Action::Type::Classify),
        m_actions->unavailability(Action::Type::Dispatch), m_actions->unavailability(Action::Type::Shield));
    if (m_suggester)
        m_judgement->showSuggestions(m_suggester->categories(post), m_suggester->units(post), m_reference.units);
    QList<DuplicateCandidate> duplicates;
    QString error;
    if (m_duplicates->find(post, kDuplicateLimit, &duplicates, &error))
        m_judgement->showDuplicates(duplicates);
    else
        statusBar()->showMessage(error, 5000);
}

void MainWindow::postsChanged(const QStringList &postIds)
{
    if (refreshPosts(postIds))
        statusBar()->showMessage(
            tr("%n post(s) changed; waiting to be sent to the portal.", nullptr, int(postIds.size())), 5000);
}

bool MainWindow::refreshPosts(const QStringList &postIds)
{
    QString error;
    const bool refreshed = m_queue->refreshPosts(postIds, &error);
    if (!refreshed)
        statusBar()->showMessage(error, 5000);
    // The actions read their posts again only when one of them changed.
    const QSet<QString> changed(postIds.cbegin(), postIds.cend());
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (changed.contains(m_table->currentIndex().data(PostIdRole).toString())
        || std::any_of(selected.cbegin(), selected.cend(),
            [&changed](const QModelIndex &row) { return changed.contains(row.data(PostIdRole).toString()); }))
        currentPostChanged();
    if (changed.contains(m_postView->postId()))
        showPost(m_postView->postId());
    return refreshed;
}

void MainWindow::refreshCounts()
{
    m_views->setCounts(m_queue->counts(m_views->filters()));
}

void MainWindow::showQueueSize()
{
    m_queueSize->setText(m_queue->isLoading() ? tr("%L1 posts shown; loading the whole queue…").arg(m_queue->rowCount())
                                              : tr("%Ln post(s) shown", nullptr, m_queue->rowCount()));
}

void MainWindow::scheduleMidnight()
{
    if (!m_midnightTimer) {
        m_midnightTimer = new QTimer(this);
        m_midnightTimer->setSingleShot(true);
        connect(m_midnightTimer, &QTimer::timeout, this, [this] {
            const QDate today = chinaNow().date();
            if (today != m_queue->today()) {
                m_queue->setToday(today);
                m_postView->setToday(today);
                refreshCounts();
            }
            scheduleMidnight();
        });
    }
    // At most an hour ahead, so that a clock that jumped (a laptop woken up) is caught soon.
    const QDateTime now = chinaNow();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0, 1), now.timeZone());
    m_midnightTimer->start(int(std::min<qint64>(now.msecsTo(midnight), 3600 * 1000)));
}

} // namespace bxt
