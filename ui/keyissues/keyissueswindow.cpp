#include "keyissues/keyissueswindow.h"

#include "common/reportchartview.h"

#include "common/deskreferencedata.h"
#include "common/storereader.h"
#include "common/widgetparts.h"
#include "reports/reportchart.h"
#include "reports/reportexport.h"
#include "store/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bxt {

namespace {

enum Preset { Last30Days, ThisQuarter, LastQuarter, Custom };

QDate todayInChina()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
}

QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

int repliedPosts(const MatterGrouping &grouping, const Matter &matter)
{
    int replied = 0;
    for (const quint32 member : matter.members) {
        for (const MatterPost::Assignment &assignment : grouping.post(member).assignments) {
            if (assignment.status == QLatin1String("replied")) {
                ++replied;
                break;
            }
        }
    }
    return replied;
}

QString percentText(int part, int whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 0) : QStringLiteral("—");
}

} // namespace

MattersModel::MattersModel(QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
{ }

void MattersModel::setGrouping(std::shared_ptr<const MatterGrouping> grouping)
{
    beginResetModel();
    m_grouping = std::move(grouping);
    m_repliedPosts.clear();
    if (m_grouping) {
        for (const Matter &matter : m_grouping->matters)
            m_repliedPosts.push_back(repliedPosts(*m_grouping, matter));
    }
    endResetModel();
}

const Matter *MattersModel::matter(int row) const
{
    return m_grouping && row >= 0 && row < m_grouping->matters.size() ? &m_grouping->matters.at(row) : nullptr;
}

int MattersModel::rows() const
{
    return m_grouping ? int(m_grouping->matters.size()) : 0;
}

QVariant MattersModel::cell(int row, int column, int role) const
{
    const Matter *matter = &m_grouping->matters.at(row);
    if (role == Qt::TextAlignmentRole)
        return column == Title || column == Place ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Rank: return row + 1;
    case Title: return m_grouping->title(*matter);
    case Place: return m_grouping->placeName(*matter);
    case Posts: return matter->volume();
    case Growth:
        return tr("%1 → %2 (×%3)")
            .arg(matter->firstHalfPosts)
            .arg(matter->secondHalfPosts)
            .arg(matter->growth(), 0, 'f', 1);
    case Views: return QVariant::fromValue(matter->views);
    case Replied: return percentText(m_repliedPosts[size_t(row)], matter->volume());
    case ColumnCount: break;
    }
    return {};
}

QString MattersModel::header(int column) const
{
    switch (Column(column)) {
    case Rank: return tr("#");
    case Title: return tr("Matter");
    case Place: return tr("Place");
    case Posts: return tr("Posts");
    case Growth: return tr("First → second half");
    case Views: return tr("Views");
    case Replied: return tr("Replied");
    case ColumnCount: break;
    }
    return {};
}

KeyIssuesWindow::KeyIssuesWindow(
    const Database &database, const DeskReferenceData &reference, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_reference(reference)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Key issues"));

    m_preset = new QComboBox(this);
    m_preset->addItems({ tr("Last 30 days"), tr("This quarter"), tr("Last quarter"), tr("Chosen days") });
    m_preset->setAccessibleName(tr("Period"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_ranking = new QComboBox(this);
    m_ranking->addItems({ tr("Key-issue score"), tr("Volume"), tr("Growth"), tr("Public attention") });
    m_ranking->setAccessibleName(tr("Rank by"));
    auto *show = new QPushButton(tr("Show"), this);

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period:"), this));
    periodRow->addWidget(m_preset);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), this));
    periodRow->addWidget(m_to);
    periodRow->addWidget(show);
    periodRow->addSpacing(16);
    periodRow->addWidget(new QLabel(tr("Rank by:"), this));
    periodRow->addWidget(m_ranking);
    periodRow->addStretch();

    m_model = new MattersModel(this);
    m_matters = new QTableView(this);
    m_matters->setModel(m_model);
    m_matters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matters->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_matters->verticalHeader()->hide();
    m_matters->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matters->horizontalHeader()->setSectionResizeMode(MattersModel::Title, QHeaderView::Stretch);
    m_matters->setAccessibleName(tr("Matters"));

    auto *details = new QWidget(this);
    m_matterTitle = titleLabel(QString(), details);
    m_timeline = new ReportChartView(details);
    m_replyProgress = new QProgressBar(details);
    m_replyProgress->setAccessibleName(tr("Posts replied to"));
    m_unitList = flatList(
        { tr("Unit"), tr("Posts"), tr("Replied"), tr("Returned"), tr("Waiting") }, tr("Units involved"), details);
    m_posts = flatList({ tr("Post"), tr("Title"), tr("Submitted"), tr("Views") }, tr("Representative posts"), details);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_matterTitle);
    detailsLayout->addWidget(m_timeline, 2);
    detailsLayout->addWidget(new QLabel(tr("Replies so far:"), details));
    detailsLayout->addWidget(m_replyProgress);
    detailsLayout->addWidget(new QLabel(tr("Units involved:"), details));
    detailsLayout->addWidget(m_unitList, 1);
    detailsLayout->addWidget(new QLabel(tr("Representative posts:"), details));
    detailsLayout->addWidget(m_posts, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_matters);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignCenter);
    auto *busy = new QWidget(this);
    auto *busyLayout = new QVBoxLayout(busy);
    auto *spinner = new QProgressBar(busy);
    spinner->setRange(0, 0);
    spinner->setMaximumWidth(240);
    busyLayout->addStretch();
    busyLayout->addWidget(m_status, 0, Qt::AlignCenter);
    busyLayout->addWidget(spinner, 0, Qt::AlignCenter);
    busyLayout->addStretch();
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(busy);
    m_pages->addWidget(splitter);

    m_compose = new QPushButton(tr("Compose special report…"), this);
    if (m_actor.role != Role::Supervisor) {
        m_compose->setEnabled(false);
        m_compose->setToolTip(tr("Leaders read the key issues; supervisors compose special reports."));
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(plainTextLabel(tr("Select one or more matters for a special report (R22)."), this), 1);
    buttons->addWidget(m_compose);

    QLabel *rankingRule = plainTextLabel(MatterGrouper::rankingRule(), this);
    setWhatsThis(MatterGrouper::rankingRule());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(periodRow);
    layout->addWidget(rankingRule);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    m_watcher = new QFutureWatcher<StoreRead<MatterGrouping>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &KeyIssuesWindow::showGrouping);
    connect(m_preset, &QComboBox::activated, this, &KeyIssuesWindow::applyPreset);
    connect(show, &QPushButton::clicked, this, [this] {
        m_preset->setCurrentIndex(Custom);
        regroup();
    });
    connect(m_ranking, &QComboBox::currentIndexChanged, this, [this] {
        if (const MatterGrouping *current = m_model->grouping()) {
            auto ranked = std::make_shared<MatterGrouping>(*current);
            ranked->rank(MatterRanking(m_ranking->currentIndex()));
            m_model->setGrouping(std::move(ranked));
            m_matters->selectRow(0);
        }
    });
    connect(m_matters->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &KeyIssuesWindow::showSelectedMatter);
    connect(m_compose, &QPushButton::clicked, this, &KeyIssuesWindow::composeReport);
    // The matters are grouped with the units' districts: a unit a sync brings counts at once.
    connect(&m_reference, &DeskReferenceData::changed, this, &KeyIssuesWindow::regroup);
    applyPreset(Last30Days);
}

KeyIssuesWindow::~KeyIssuesWindow()
{
    if (m_cancel)
        m_cancel->store(true);
}

void KeyIssuesWindow::applyPreset(int preset)
{
    const QDate today = todayInChina();
    switch (Preset(preset)) {
    case Last30Days: showPeriod(today.addDays(-29), today); break;
    case ThisQuarter: showPeriod(quarterStart(today), today); break;
    case LastQuarter: showPeriod(quarterStart(today).addMonths(-3), quarterStart(today).addDays(-1)); break;
    case Custom: break;
    }
}

void KeyIssuesWindow::setPeriod(const QDate &from, const QDate &to)
{
    m_preset->setCurrentIndex(Custom);
    showPeriod(from, to);
}

void KeyIssuesWindow::showPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    regroup();
}

bool KeyIssuesWindow::isBusy() const
{
    return m_watcher->isRunning();
}

void KeyIssuesWindow::regroup()
{
    if (m_cancel)
        m_cancel->store(true); // the grouping under way is of no use any more
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_status->setText(tr("Grouping the posts of %1 to %2 into matters…")
                          .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    m_pages->setCurrentIndex(0);
    m_watcher->setFuture(readStoreInBackground<MatterGrouping>(m_database,
        [from = m_from->date(), to = m_to->date(), units = m_reference.units(), cancel = m_cancel,
            ranking = MatterRanking(m_ranking->currentIndex())](
            const Database &database, MatterGrouping *grouping, QString *error) {
            if (!MatterGrouper(database, units).group(from, to, grouping, error, cancel.get()))
                return false;
            grouping->rank(ranking);
            return true;
        }));
}

void KeyIssuesWindow::showGrouping()
{
    const StoreRead<MatterGrouping> outcome = m_watcher->result();
    if (!outcome.ok) {
        if (!outcome.error.isEmpty()) // else cancelled: another grouping follows
            m_status->setText(tr("The matters could not be grouped: %1").arg(outcome.error));
        return;
    }
    m_model->setGrouping(std::make_shared<MatterGrouping>(outcome.result));
    if (m_model->rowCount() == 0) {
        m_status->setText(tr("No posts were submitted in this period."));
    } else {
        m_pages->setCurrentIndex(1);
        m_matters->selectRow(0);
    }
    emit mattersShown();
}

QList<int> KeyIssuesWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_matters->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void KeyIssuesWindow::showSelectedMatter()
{
    const QList<int> rows = selectedRows();
    const Matter *matter = rows.isEmpty() ? nullptr : m_model->matter(rows.first());
    m_unitList->clear();
    m_posts->clear();
    if (!matter) {
        m_matterTitle->clear();
        m_timeline->setChart({});
        m_replyProgress->setRange(0, 1);
        m_replyProgress->setValue(0);
        return;
    }
    const MatterFacts facts = MatterFacts::of(*m_model->grouping(), *matter, m_reference.units());
    m_matterTitle->setText(facts.placeName.isEmpty() ? facts.title : tr("%1 (%2)").arg(facts.title, facts.placeName));
    m_timeline->setChart(facts.timelineChart());
    m_replyProgress->setRange(0, std::max(1, facts.posts));
    m_replyProgress->setValue(facts.repliedPosts);
    m_replyProgress->setFormat(tr("%1 of %2 posts replied to").arg(facts.repliedPosts).arg(facts.posts));
    for (const MatterFacts::UnitProgress &unit : facts.units) {
        new QTreeWidgetItem(m_unitList,
            { unit.unitName, QString::number(unit.posts), QString::number(unit.replied), QString::number(unit.returned),
                QString::number(unit.waiting) });
    }
    for (const MatterFacts::PostLine &post : facts.representatives) {
        new QTreeWidgetItem(m_posts,
            { post.id, post.title,
                QDateTime::fromSecsSinceEpoch(post.submittedAt, QTimeZone(8 * 3600))
                    .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                QString::number(post.views) });
    }
}

KeyIssuesReport KeyIssuesWindow::draftReport() const
{
    KeyIssuesReport report;
    report.from = m_from->date();
    report.to = m_to->date();
    report.composedOn = todayInChina();
    report.composer = QStringLiteral("市信息化工作办公室"); // the supervising office (portal-api.md)
    for (const int row : selectedRows()) {
        if (const Matter *matter = m_model->matter(row))
            report.matters.append(MatterFacts::of(*m_model->grouping(), *matter, m_reference.units()));
    }
    return report;
}

void KeyIssuesWindow::composeReport()
{
    KeyIssuesReport report = draftReport();
    if (report.matters.isEmpty()) {
        QMessageBox::information(this, tr("Special report"), tr("Select the matters to report on first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Compose special report"));
    QStringList titles;
    for (const MatterFacts &matter : std::as_const(report.matters))
        titles.append(tr("%1: %n post(s)", nullptr, matter.posts).arg(matter.title));
    auto *situation = new QPlainTextEdit(&dialog);
    situation->setAccessibleName(tr("Situation"));
    auto *action = new QPlainTextEdit(&dialog);
    action->setAccessibleName(tr("Suggested action"));
    auto *composer = new QLineEdit(report.composer, &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("Matters:"), plainTextLabel(titles.join(QLatin1Char('\n')), &dialog));
    form->addRow(tr("Situation:"), situation);
    form->addRow(tr("Suggested action:"), action);
    form->addRow(tr("Sent by:"), composer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *exportButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, &dialog, [&] {
        report.situation = situation->toPlainText();
        report.suggestedAction = action->toPlainText();
        report.composer = composer->text();
        if (const QString invalid = report.invalidity(); !invalid.isEmpty()) {
            QMessageBox::warning(&dialog, tr("Special report"), literalAutoText(invalid));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(&dialog, tr("Export special report"),
            QStringLiteral("要事专报-%1.pdf").arg(report.composedOn.toString(QStringLiteral("yyyyMMdd"))),
            tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly)) {
            error = file.errorString();
        } else if (!ReportExport::writePdf(report.document(), &file, &error)) {
            file.remove();
        }
        if (!error.isEmpty()) {
            QMessageBox::warning(
                &dialog, tr("Special report"), literalAutoText(tr("The report could not be saved: %1").arg(error)));
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

} // namespace bxt
