#include "mainwindow.h"

#include "common/deskreferencedata.h"
#include "common/idleindexmaintenance.h"
#include "common/widgetparts.h"
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
#include "triage/postrefreshqueue.h"
#include "triage/queuemodel.h"
#include "triage/savedviewmodel.h"
#include "triage/triagedesk.h"

#include "judgement/flaggedtermsstore.h"
#include "store/database.h"
#include "sync/synccontroller.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <utility>

namespace bxt {

namespace {

// Synced posts refreshed at a time: so few that the queue's sort orders move each row on its
// own; a larger batch merges every built order whole, 40–100 ms a batch at 100,000 posts
// (bench_worklife), and more with more posts.
constexpr qsizetype kSyncedPostsPerRefresh = 16;

} // namespace

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Baixingtan Desk"));
    resize(1440, 860);
    QString error;
    if (!openStore(databasePath, &error)) {
        showStoreError(error);
        return;
    }
    buildRoleDesks(buildDesk());
    buildSync();
    buildMenus();
}

MainWindow::~MainWindow()
{
    // The desks hold queries on the store to the end: they go before it.
    delete takeCentralWidget();
}

QueueModel *MainWindow::queueModel() const
{
    return m_desk ? m_desk->queueModel() : nullptr;
}

QTableView *MainWindow::queueView() const
{
    return m_desk ? m_desk->queueView() : nullptr;
}

bool MainWindow::openStore(const QString &databasePath, QString *error)
{
    // Only the default store is made on the first start: a mistyped --db is named, not created.
    const auto access = databasePath == Database::defaultPath() ? Database::Access::Create : Database::Access::Write;
    m_database = Database::open(databasePath, access, error);
    if (!m_database)
        return false;
    m_reference = new DeskReferenceData(*m_database, this);
    if (!CurrentUserStore(*m_database).load(&m_user, error) || !m_reference->load(error)
        || !FlaggedTermsStore(*m_database).load(&m_flaggedTerms, error)) {
        delete std::exchange(m_reference, nullptr); // it reads the store
        m_database.reset();
        return false;
    }
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

TriageDesk *MainWindow::buildDesk()
{
    auto *desk = new TriageDesk(*m_database, m_user, *m_reference, m_flaggedTerms, this);
    m_desk = desk;
    m_actions = desk->postActions();
    connect(desk, &TriageDesk::message, statusBar(), &QStatusBar::showMessage);

    if (m_user) {
        // R14: at 09:00 and 14:00 on working days, what is new, due today and overdue.
        m_reminders = new ReminderNotifier(desk->queueModel(), m_user->actor, m_reference->calendar(), desk);
        desk->addBanner(m_reminders->banner());
        connect(m_reminders, &ReminderNotifier::showViewRequested, this, &MainWindow::showViewByKey);
        connect(m_reference, &DeskReferenceData::changed, m_reminders,
            [this] { m_reminders->setCalendar(m_reference->calendar()); });
    }

    m_userLabel = new QLabel(this);
    m_userLabel->setTextFormat(Qt::PlainText); // the user's name comes from the portal
    statusBar()->addWidget(desk->queueSizeLabel(), 1);
    statusBar()->addPermanentWidget(m_userLabel);
    m_userLabel->setText(m_user ? tr("%1 · %2").arg(m_user->name, roleDisplayName(m_user->actor.role))
                                : tr("Not logged in: contact details are hidden"));
    if (m_user)
        setWindowTitle(tr("Baixingtan Desk — %1").arg(m_user->name));
    return desk;
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
        tabs->addTab(new SupervisionDesk(*m_database, *m_reference, m_user->actor, tabs), tr("Supervision"));
    tabs->addTab(new KeyIssuesWindow(*m_database, *m_reference, m_user->actor, tabs), tr("Key issues"));
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
    connect(synced, &PostRefreshQueue::refreshRequested, m_desk, &TriageDesk::refreshPosts);
    connect(m_sync, &SyncController::finished, this, &MainWindow::synchronized);
    // A run brings units and calendars first: a run that fails later may have stored them too.
    connect(m_sync, &SyncController::finished, this, &MainWindow::reloadReferenceData);
    connect(m_sync, &SyncController::failed, this, &MainWindow::reloadReferenceData);
    connect(m_conflicts, &ConflictsPanel::conflictResolved, this,
        [this](const QString &postId) { m_desk->postsChanged({ postId }); });
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
    auto *findAction
        = viewMenu->addAction(tr("&Find posts"), QKeySequence::Find, this, [this] { m_desk->focusSearch(); });
    findAction->setShortcutContext(Qt::WindowShortcut);
    viewMenu->addAction(
        tr("&Queue"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { m_desk->queueView()->setFocus(); });
    viewMenu->addSeparator();
    const QList<SavedView> &views = m_desk->savedViews()->views();
    for (int i = 0; i < views.size() && i < 9; ++i) {
        viewMenu->addAction(
            views[i].name, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this, [this, i] { m_desk->chooseView(i); });
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
    m_desk->showViewByKey(key);
    raise();
    activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // `baixingtan-cli` may have imported units, a calendar or rules into the store meanwhile.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_reference)
        reloadReferenceData();
}

void MainWindow::reloadReferenceData()
{
    QString error;
    if (!m_reference->load(&error))
        statusBar()->showMessage(error, 5000);
}

} // namespace bxt
