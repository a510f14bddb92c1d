#include "supervision/supervisiondesk.h"

#include "actions/localactions.h"
#include "common/deskreferencedata.h"
#include "common/itemroles.h"
#include "common/storereader.h"
#include "common/widgetparts.h"
#include "store/database.h"
#include "store/poststore.h"
#include "supervision/opensupervisions.h"
#include "supervision/opensupervisionsmodel.h"
#include "supervision/supervisioncandidatesmodel.h"
#include "supervision/supervisiondialogs.h"
#include "supervision/supervisionnotice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace bxt {

namespace {

// The time a notice gives the unit to answer unless the supervisor chooses another.
constexpr int kNoticeDays = 5;
const QString kSupervisingOffice = QStringLiteral("市信息化工作办公室"); // portal-api.md: the supervisor role
const QString kDefaultRequirement = QStringLiteral("依法依规调查处理，在网上答复网民");

QTableView *tableOf(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(accessibleName);
    return view;
}

QSortFilterProxyModel *sortedBy(QAbstractItemModel *source, int role, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(role);
    return proxy;
}

} // namespace

SupervisionDesk::SupervisionDesk(Database &database, const DeskReferenceData &reference, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_reference(reference)
    , m_actor(std::move(actor))
    , m_today(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date())
{
    m_candidates = new SupervisionCandidatesModel(this);
    m_candidatesSorted = sortedBy(m_candidates, Qt::UserRole, this);
    m_candidateView = tableOf(m_candidatesSorted, tr("Candidates for supervision"), this);
    m_candidateView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_candidateView->setColumnWidth(SupervisionCandidatesModel::Reason, 150);
    m_candidateView->setColumnWidth(SupervisionCandidatesModel::Post, 150);
    m_candidateView->setColumnWidth(SupervisionCandidatesModel::Title, 240);
    m_candidateView->setColumnWidth(SupervisionCandidatesModel::Units, 150);
    m_candidateView->setColumnWidth(SupervisionCandidatesModel::Detail, 300);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *thresholdsButton = new QPushButton(tr("Thresholds…"), this);
    auto *superviseButton = new QPushButton(tr("Open supervision…"), this);
    auto *candidateButtons = new QHBoxLayout;
    candidateButtons->addWidget(m_status, 1);
    candidateButtons->addWidget(refreshButton);
    candidateButtons->addWidget(thresholdsButton);
    candidateButtons->addWidget(superviseButton);
    auto *candidatesPage = new QWidget(this);
    auto *candidatesLayout = new QVBoxLayout(candidatesPage);
    candidatesLayout->addWidget(m_candidateView, 1);
    candidatesLayout->addLayout(candidateButtons);

    m_open = new OpenSupervisionsModel(this);
    m_openSorted = sortedBy(m_open, Qt::DisplayRole, this);
    m_openView = tableOf(m_openSorted, tr("Open supervisions"), this);
    m_openView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_unitFilter = new QComboBox(this);
    m_unitFilter->setAccessibleName(tr("Unit"));
    fillUnitFilter();
    auto *resultButton = new QPushButton(tr("Record result…"), this);
    auto *noticeButton = new QPushButton(tr("Written notice…"), this);
    auto *openButtons = new QHBoxLayout;
    openButtons->addWidget(new QLabel(tr("Unit:"), this));
    openButtons->addWidget(m_unitFilter);
    openButtons->addStretch();
    openButtons->addWidget(noticeButton);
    openButtons->addWidget(resultButton);
    auto *openPage = new QWidget(this);
    auto *openLayout = new QVBoxLayout(openPage);
    openLayout->addLayout(openButtons);
    openLayout->addWidget(m_openView, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(candidatesPage, tr("Candidates"));
    m_tabs->addTab(openPage, tr("Open supervisions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_watcher = new QFutureWatcher<StoreRead<QList<SupervisionCandidate>>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SupervisionDesk::showCandidates);
    connect(refreshButton, &QPushButton::clicked, this, &SupervisionDesk::refresh);
    connect(thresholdsButton, &QPushButton::clicked, this, &SupervisionDesk::editThresholds);
    connect(superviseButton, &QPushButton::clicked, this, &SupervisionDesk::superviseSelected);
    connect(m_candidateView, &QTableView::doubleClicked, this, &SupervisionDesk::superviseSelected);
    connect(resultButton, &QPushButton::clicked, this, &SupervisionDesk::recordResultOfSelected);
    connect(noticeButton, &QPushButton::clicked, this, &SupervisionDesk::showNoticeOfSelected);
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this, &SupervisionDesk::showOpenSupervisions);
    connect(&m_reference, &DeskReferenceData::changed, this, [this] {
        fillUnitFilter();
        refresh(); // the units' names in both lists
    });
    if (m_actor.role != Role::Supervisor) {
        for (QPushButton *button : { superviseButton, resultButton, noticeButton }) {
            button->setEnabled(false);
            button->setToolTip(tr("Only a supervisor opens supervisions and records their results (R20)."));
        }
    }
    refresh();
}

SupervisionDesk::~SupervisionDesk()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SupervisionDesk::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

bool SupervisionDesk::isBusy() const
{
    return m_watcher->isRunning();
}

void SupervisionDesk::refresh()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_status->setText(tr("Looking for candidates…"));
    SupervisionThresholds thresholds;
    QString error;
    if (!readSupervisionThresholds(m_database, &thresholds, &error))
        m_status->setText(tr("The thresholds could not be read, the defaults apply: %1").arg(error));
    m_watcher->setFuture(readStoreInBackground<QList<SupervisionCandidate>>(m_database,
        [thresholds, today = m_today, cancel = m_cancel](
            const Database &database, QList<SupervisionCandidate> *candidates, QString *failure) {
            return SupervisionCandidates(database).find(thresholds, today, candidates, failure, cancel.get());
        }));
    showOpenSupervisions();
}

// "All units", then each unit by id; the chosen unit stays chosen.
void SupervisionDesk::fillUnitFilter()
{
    const QSignalBlocker quiet(m_unitFilter);
    const QString chosen = m_unitFilter->currentData().toString();
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("All units"), QString());
    QList<Unit> sortedUnits = m_reference.units().values();
    std::sort(sortedUnits.begin(), sortedUnits.end(), [](const Unit &a, const Unit &b) { return a.id < b.id; });
    for (const Unit &unit : std::as_const(sortedUnits))
        m_unitFilter->addItem(unit.name, unit.id);
    m_unitFilter->setCurrentIndex(qMax(0, m_unitFilter->findData(chosen)));
}

QHash<QString, QString> SupervisionDesk::unitNames() const
{
    QHash<QString, QString> names;
    for (const Unit &unit : m_reference.units())
        names.insert(unit.id, unit.name);
    return names;
}

void SupervisionDesk::showCandidates()
{
    const StoreRead<QList<SupervisionCandidate>> outcome = m_watcher->result();
    if (!outcome.ok) {
        if (!outcome.error.isEmpty())
            m_status->setText(tr("The candidates could not be found: %1").arg(outcome.error));
        return;
    }
    m_candidates->setCandidates(outcome.result, unitNames());
    m_candidatesSorted->sort(-1); // the list's own order: by reason, then the strongest first
    m_status->setText(tr("%n candidate(s) for supervision on %1", nullptr, int(outcome.result.size()))
                          .arg(m_today.toString(Qt::ISODate)));
    emit candidatesShown();
}

void SupervisionDesk::showOpenSupervisions()
{
    QList<OpenSupervision> supervisions;
    QString error;
    if (!OpenSupervisions(m_database).read(m_unitFilter->currentData().toString(), &supervisions, &error)) {
        m_status->setText(tr("The open supervisions could not be read: %1").arg(error));
        return;
    }
    QHash<QString, QString> numbers;
    SupervisionNotices notices(m_database);
    for (const OpenSupervision &supervision : std::as_const(supervisions)) {
        std::optional<SupervisionNotice> notice;
        if (supervision.method == QLatin1String("notice")
            && notices.find(supervision.postId, supervision.supervisionId, &notice, &error) && notice)
            numbers.insert(supervision.supervisionId, notice->number);
    }
    m_open->setSupervisions(supervisions, unitNames(), numbers);
}

int SupervisionDesk::selectedSourceRow(const QTableView *view, const QSortFilterProxyModel *proxy) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : proxy->mapToSource(rows.first()).row();
}

bool SupervisionDesk::perform(const QString &postId, const QJsonObject &actionBody, QString *error)
{
    Post changed;
    return LocalActions(m_database).perform(m_actor, postId, actionBody, &changed, error);
}

void SupervisionDesk::editThresholds()
{
    SupervisionThresholds thresholds;
    QString error;
    if (!readSupervisionThresholds(m_database, &thresholds, &error)) {
        QMessageBox::warning(this, tr("Supervision thresholds"), literalAutoText(error));
        return;
    }
    SupervisionThresholdsDialog dialog(thresholds, m_actor.role == Role::Admin, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!saveSupervisionThresholds(m_database, dialog.thresholds(), &error)) {
        QMessageBox::warning(
            this, tr("Supervision thresholds"), literalAutoText(tr("The thresholds were not saved: %1").arg(error)));
        return;
    }
    refresh();
}

void SupervisionDesk::superviseSelected()
{
    const SupervisionCandidate *candidate
        = m_candidates->candidate(selectedSourceRow(m_candidateView, m_candidatesSorted));
    if (!candidate || m_actor.role != Role::Supervisor)
        return;
    SuperviseDialog dialog(*candidate, m_reference.units(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject body = dialog.actionBody();
    QString error;
    std::optional<Post> post;
    if (!perform(candidate->postId, body, &error) || !PostStore(m_database).find(candidate->postId, &post, &error)
        || !post) {
        QMessageBox::warning(
            this, tr("Open supervision"), literalAutoText(tr("The supervision was not opened: %1").arg(error)));
        return;
    }
    if (body.value(QLatin1String("method")).toString() == QLatin1String("notice")) {
        const QJsonObject opened = post->supervisions().last().toObject();
        const QString unitId = body.value(QLatin1String("unit_id")).toString();
        SupervisionNotice notice { {}, post->id(), post->title(), SupervisionNotice::brief(post->body()),
            post->submittedAt(), opened.value(QLatin1String("id")).toString(), unitId,
            m_reference.units().value(unitId).name, body.value(QLatin1String("reason")).toString(), m_today,
            m_today.addDays(kNoticeDays), kDefaultRequirement, kSupervisingOffice };
        SupervisionNoticeDialog(m_database, notice, this).exec();
    }
    refresh();
}

void SupervisionDesk::recordResultOfSelected()
{
    const OpenSupervision *supervision = m_open->supervision(selectedSourceRow(m_openView, m_openSorted));
    if (!supervision || m_actor.role != Role::Supervisor)
        return;
    SupervisionResultDialog dialog(*supervision, m_reference.units().value(supervision->unitId).name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!perform(supervision->postId, dialog.actionBody(), &error))
        QMessageBox::warning(
            this, tr("Record supervision result"), literalAutoText(tr("The result was not recorded: %1").arg(error)));
    refresh();
}

void SupervisionDesk::showNoticeOfSelected()
{
    const OpenSupervision *supervision = m_open->supervision(selectedSourceRow(m_openView, m_openSorted));
    if (!supervision)
        return;
    std::optional<SupervisionNotice> notice;
    QString error;
    if (!SupervisionNotices(m_database).find(supervision->postId, supervision->supervisionId, &notice, &error)) {
        QMessageBox::warning(this, tr("Written supervision notice"), literalAutoText(error));
        return;
    }
    if (!notice) {
        std::optional<Post> post;
        if (!PostStore(m_database).find(supervision->postId, &post, &error) || !post) {
            QMessageBox::warning(this, tr("Written supervision notice"), literalAutoText(error));
            return;
        }
        notice = SupervisionNotice { {}, post->id(), post->title(), SupervisionNotice::brief(post->body()),
            post->submittedAt(), supervision->supervisionId, supervision->unitId,
            m_reference.units().value(supervision->unitId).name, supervision->reason, m_today,
            m_today.addDays(kNoticeDays), kDefaultRequirement, kSupervisingOffice };
    }
    SupervisionNoticeDialog(m_database, *notice, this).exec();
    showOpenSupervisions();
}

} // namespace bxt
