#include "triage/triagedesk.h"

#include "common/deskreferencedata.h"
#include "common/itemroles.h"
#include "common/widgetparts.h"
#include "postactions.h"
#include "triage/judgementpanel.h"
#include "triage/postview.h"
#include "triage/queuefilterbar.h"
#include "triage/queuemodel.h"
#include "triage/savedviewmodel.h"

#include "judgement/backgroundduplicates.h"
#include "judgement/flaggedposts.h"
#include "judgement/triagesuggester.h"
#include "search/backgroundsearch.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/poststore.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace bxt {

namespace {

constexpr int kDuplicateLimit = 8;

QDateTime chinaNow()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600));
}

} // namespace

TriageDesk::TriageDesk(Database &database, const std::optional<CurrentUser> &user, const DeskReferenceData &reference,
    FlaggedTerms flaggedTerms, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_user(user)
    , m_reference(reference)
    , m_flaggedTerms(std::move(flaggedTerms))
{
    m_background.setMaxThreadCount(1);
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

    m_filterBar = new QueueFilterBar(m_reference.units(), unitId, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_sideBar);
    splitter->addWidget(buildQueuePane(liaison));
    splitter->addWidget(buildPostPane(columnStaff));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({ 190, 760, 490 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_queueSize = new QLabel(this);
    if (m_user)
        buildActions(*m_user);
    connectParts();

    QString error;
    if (!m_queue->open(m_database, &error))
        QMessageBox::warning(this, tr("The queue was not loaded"), literalAutoText(error));
    m_sideBar->setCurrentIndex(m_views->index(0));
    showQueueSize();
    m_table->setFocus();
    if (m_queue->rowCount() > 0)
        m_table->setCurrentIndex(m_queue->index(0, 0));
    // Flagging and learning from past triage wait for the queue: the first screens come first,
    // and the two never hold their memory at the same time.
    if (m_queue->isLoading())
        connect(
            m_queue, &QueueModel::loadingFinished, this, &TriageDesk::startBackgroundWork, Qt::SingleShotConnection);
    else
        startBackgroundWork();
    scheduleMidnight();
}

TriageDesk::~TriageDesk() = default;

QWidget *TriageDesk::buildQueuePane(bool liaison)
{
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

    m_queuePane = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(m_queuePane);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_filterBar);
    queueLayout->addWidget(m_table, 1);
    return m_queuePane;
}

QWidget *TriageDesk::buildPostPane(bool columnStaff)
{
    m_postView = new PostView(this);
    if (m_user)
        m_postView->setContext(m_user->actor, m_reference.units(), m_reference.deadlines());
    m_postView->setFlaggedTerms(m_flaggedTerms);

    auto *postPane = new QSplitter(Qt::Vertical, this);
    postPane->addWidget(m_postView);
    if (columnStaff) {
        m_judgement = new JudgementPanel(this);
        m_duplicates = new BackgroundDuplicates(m_database.path(), kDuplicateLimit, this);
        postPane->addWidget(m_judgement);
        postPane->setStretchFactor(0, 3);
        postPane->setStretchFactor(1, 1);
    }
    return postPane;
}

void TriageDesk::buildActions(const CurrentUser &user)
{
    m_actions = new PostActions(m_database, user.actor, m_reference.units(), m_reference.deadlines(), this);
    // The actions' shortcuts work where the clerk is: in the queue and the post beside it.
    const QList<QAction *> actions = m_actions->actions();
    for (QAction *action : actions) {
        if (action) {
            m_table->addAction(action);
            m_postView->addAction(action);
        }
    }
    connect(m_actions, &PostActions::postsChanged, this, &TriageDesk::postsChanged);
    connect(m_actions, &PostActions::failed, this,
        [this](const QString &message) { QMessageBox::warning(this, tr("Not done"), literalAutoText(message)); });
    if (m_judgement) {
        connect(m_judgement, &JudgementPanel::categoryAccepted, m_actions, &PostActions::classifyAs);
        connect(m_judgement, &JudgementPanel::unitsAccepted, m_actions, &PostActions::dispatchTo);
        connect(m_judgement, &JudgementPanel::duplicateMarked, m_actions, &PostActions::markDuplicateOf);
        connect(m_judgement, &JudgementPanel::postOpened, this, &TriageDesk::openPost);
    }
}

void TriageDesk::connectParts()
{
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300);
    connect(m_countTimer, &QTimer::timeout, this, &TriageDesk::refreshCounts);
    m_judgementTimer = new QTimer(this);
    m_judgementTimer->setSingleShot(true);
    m_judgementTimer->setInterval(250); // arrowing through the queue does not look for duplicates of each post
    connect(m_judgementTimer, &QTimer::timeout, this, &TriageDesk::showJudgement);

    connect(m_sideBar->selectionModel(), &QItemSelectionModel::currentChanged, this, &TriageDesk::viewChosen);
    connect(m_filterBar, &QueueFilterBar::filterChanged, this, &TriageDesk::applyFilter);
    m_search = new BackgroundSearch(m_database.path(), this);
    connect(m_filterBar, &QueueFilterBar::searchChanged, m_search, &BackgroundSearch::search);
    connect(m_search, &BackgroundSearch::hitsFound, this,
        [this](const QString &, const QList<qint64> &localIds, bool) { showSearchHits(localIds); });
    connect(m_search, &BackgroundSearch::cleared, this, [this] {
        m_searchHits.reset();
        applyFilter();
    });
    connect(m_search, &BackgroundSearch::failed, this, [this](const QString &error) { emit message(error, 5000); });
    if (m_duplicates) {
        connect(m_duplicates, &BackgroundDuplicates::found, this, &TriageDesk::showDuplicates);
        connect(m_duplicates, &BackgroundDuplicates::failed, this,
            [this](const QString &error) { emit message(error, 5000); });
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TriageDesk::currentPostChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TriageDesk::currentPostChanged);
    connect(m_queue, &QueueModel::countsChanged, m_countTimer, qOverload<>(&QTimer::start));
    connect(m_queue, &QueueModel::loadingFinished, this, [this] {
        refreshCounts();
        showQueueSize();
    });
    connect(m_queue, &QueueModel::modelReset, this, &TriageDesk::showQueueSize);
    connect(m_queue, &QueueModel::rowsInserted, this, &TriageDesk::showQueueSize);
    connect(m_queue, &QueueModel::rowsRemoved, this, &TriageDesk::showQueueSize);
    connect(&m_reference, &DeskReferenceData::changed, this, &TriageDesk::applyReferenceData);
    connect(m_queue, &QueueModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("The queue was not loaded"), literalAutoText(message));
    });
}

void TriageDesk::addBanner(QWidget *banner)
{
    static_cast<QVBoxLayout *>(m_queuePane->layout())->insertWidget(0, banner);
}

void TriageDesk::chooseView(int row)
{
    m_sideBar->setCurrentIndex(m_views->index(row));
}

void TriageDesk::showViewByKey(const QString &key)
{
    const QList<SavedView> &views = m_views->views();
    for (int row = 0; row < views.size(); ++row) {
        if (views[row].key == key)
            chooseView(row);
    }
}

void TriageDesk::focusSearch()
{
    m_filterBar->searchBox()->setFocus();
    m_filterBar->searchBox()->selectAll();
}

void TriageDesk::startBackgroundWork()
{
    const QString path = m_database.path();
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

void TriageDesk::applyReferenceData()
{
    m_queue->setReferenceData(m_reference.data());
    m_filterBar->setUnits(m_reference.units());
    if (!m_user)
        return;
    m_postView->setContext(m_user->actor, m_reference.units(), m_reference.deadlines());
    m_actions->setReferenceData(m_reference.units(), m_reference.deadlines());
    showPost(m_postView->postId());
}

void TriageDesk::viewChosen(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_filterBar->setFilter(m_views->views().at(index.row()).filter);
    applyFilter();
}

void TriageDesk::applyFilter()
{
    QueueFilter filter = m_filterBar->filter();
    filter.localIds = m_searchHits;
    m_queue->setFilter(filter);
    if (!m_table->currentIndex().isValid() && m_queue->rowCount() > 0)
        m_table->setCurrentIndex(m_queue->index(0, 0));
}

void TriageDesk::showSearchHits(const QList<qint64> &localIds)
{
    m_searchHits = QSet<qint64>(localIds.cbegin(), localIds.cend());
    applyFilter();
}

void TriageDesk::currentPostChanged()
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

void TriageDesk::openPost(const QString &postId)
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

void TriageDesk::showPost(const QString &postId)
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
    if ((!post && !PostStore(m_database).find(postId, &post, &error))
        || !AuditLog(m_database).entriesFor(postId, &history, &error)) {
        emit message(error, 5000);
        return;
    }
    if (!post) {
        m_postView->clear();
        emit message(tr("Post %1 is not in this store.").arg(postId), 5000);
        return;
    }
    m_postView->showPost(*post, history);
    if (m_judgement) {
        m_judgement->clear();
        m_judgementTimer->start();
    }
}

void TriageDesk::showJudgement()
{
    if (!m_judgement || !m_actions || !m_actions->currentPost())
        return;
    const Post &post = *m_actions->currentPost();
    m_judgement->setRefusals(m_actions->unavailability(Action::Type::Classify),
        m_actions->unavailability(Action::Type::Dispatch), m_actions->unavailability(Action::Type::Shield));
    if (m_suggester)
        m_judgement->showSuggestions(m_suggester->categories(post), m_suggester->units(post), m_reference.units());
    m_duplicates->find(post);
}

void TriageDesk::showDuplicates(const QString &postId, const QList<DuplicateCandidate> &duplicates)
{
    // The answer for a post the clerk has moved on from is not shown beside another one.
    if (postId == m_postView->postId())
        m_judgement->showDuplicates(duplicates);
}

void TriageDesk::postsChanged(const QStringList &postIds)
{
    if (refreshPosts(postIds))
        emit message(tr("%n post(s) changed; waiting to be sent to the portal.", nullptr, int(postIds.size())), 5000);
}

bool TriageDesk::refreshPosts(const QStringList &postIds)
{
    QString error;
    const bool refreshed = m_queue->refreshPosts(postIds, &error);
    if (!refreshed)
        emit message(error, 5000);
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

void TriageDesk::refreshCounts()
{
    m_views->setCounts(m_queue->counts(m_views->filters()));
}

void TriageDesk::showQueueSize()
{
    m_queueSize->setText(m_queue->isLoading() ? tr("%L1 posts shown; loading the whole queue…").arg(m_queue->rowCount())
                                              : tr("%Ln post(s) shown", nullptr, m_queue->rowCount()));
}

void TriageDesk::scheduleMidnight()
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
