#include "reports/reportswindow.h"

#include "common/reportchartview.h"
#include "common/storereader.h"
#include "common/widgetparts.h"
#include "reports/assessmentreport.h"
#include "reports/quarterlyreport.h"
#include "store/writefailure.h"

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>

namespace bxt {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString text = m_table.rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole: return text;
    case Qt::TextAlignmentRole: {
        bool number = false;
        text.toDouble(&number);
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::FontRole:
        if (m_table.lastRowIsTotal && index.row() == m_table.rows.size() - 1) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_table.headers.size())
        return {};
    return m_table.headers.at(section);
}

ReportsWindow::ReportsWindow(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setWindowTitle(tr("Reports"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Quarterly report (R21)"));
    m_kind->addItem(tr("Annual assessment (R23)"));
    m_kind->setAccessibleName(tr("Report"));
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2200);
    const QDate lastQuarter = QDate::currentDate().addMonths(-3);
    m_year->setValue(lastQuarter.year());
    m_year->setAccessibleName(tr("Year"));
    m_quarter = new QComboBox(this);
    for (int quarter = 1; quarter <= 4; ++quarter)
        m_quarter->addItem(tr("Q%1").arg(quarter));
    m_quarter->setCurrentIndex((lastQuarter.month() - 1) / 3);
    m_quarter->setAccessibleName(tr("Quarter"));
    auto *show = new QPushButton(tr("Show"), this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_kind);
    controls->addWidget(new QLabel(tr("Year:"), this));
    controls->addWidget(m_year);
    controls->addWidget(m_quarter);
    controls->addWidget(show);
    controls->addStretch();
    for (const auto &[label, format] : { std::pair { tr("Export HTML…"), ReportExport::Format::Html },
             std::pair { tr("Export PDF…"), ReportExport::Format::Pdf },
             std::pair { tr("Export CSV…"), ReportExport::Format::Csv } }) {
        auto *button = new QPushButton(label, this);
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, [this, format = format] { exportAs(format); });
        controls->addWidget(button);
        m_exports.append(button);
    }

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->hide();

    m_model = new ReportTableModel(this);
    m_table = rowTable(m_model, tr("Report table"), this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *charts = new QWidget(this);
    m_charts = new QVBoxLayout(charts);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Charts"));

    // The table above, its charts below at full width: a unit's name needs the room.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setSizes({ 260, 400 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_title);
    layout->addWidget(m_notes);
    layout->addWidget(splitter, 1);

    m_watcher = new QFutureWatcher<StoreRead<ReportDocument>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ReportsWindow::showDocument);
    connect(show, &QPushButton::clicked, this, &ReportsWindow::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this](int kind) { m_quarter->setEnabled(kind == int(Kind::Quarterly)); });
    resize(1200, 720);
}

ReportsWindow::~ReportsWindow()
{
    m_watcher->waitForFinished();
}

void ReportsWindow::showReport(Kind kind, int year, int quarter)
{
    m_kind->setCurrentIndex(int(kind));
    m_year->setValue(year);
    m_quarter->setCurrentIndex(quarter - 1);
    refresh();
}

bool ReportsWindow::isBusy() const
{
    return m_watcher->isRunning();
}

void ReportsWindow::refresh()
{
    if (isBusy())
        return;
    const bool quarterly = m_kind->currentIndex() == int(Kind::Quarterly);
    const int year = m_year->value();
    const int quarter = m_quarter->currentIndex() + 1;
    m_title->setText(tr("Working the report out…"));
    for (QPushButton *button : std::as_const(m_exports))
        button->setEnabled(false);
    m_watcher->setFuture(readStoreInBackground<ReportDocument>(
        m_database, [quarterly, year, quarter](const Database &database, ReportDocument *document, QString *error) {
            if (quarterly) {
                QuarterlyReport report;
                if (!QuarterlyReportBuilder(database).build(*ReportPeriod::quarter(year, quarter), &report, error))
                    return false;
                *document = ReportDocument::quarterly(report);
                return true;
            }
            AssessmentReport report;
            if (!AssessmentReportBuilder(database).build(*ReportPeriod::year(year), &report, error))
                return false;
            *document = ReportDocument::assessment(report);
            return true;
        }));
}

void ReportsWindow::showDocument()
{
    const StoreRead<ReportDocument> read = m_watcher->result();
    if (!read.ok) {
        m_title->setText(tr("The report could not be worked out: %1").arg(read.error));
        return;
    }
    m_document = read.result;
    m_title->setText(m_document.title + QLatin1Char('\n') + m_document.subtitle);
    m_notes->setText(m_document.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_document.notes.isEmpty());
    m_model->setTable(m_document.table);
    while (QLayoutItem *item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ChartData &chart : std::as_const(m_document.charts)) {
        auto *view = new ReportChartView(m_charts->parentWidget());
        view->setChart(chart);
        m_charts->addWidget(view);
    }
    m_charts->addStretch();
    for (QPushButton *button : std::as_const(m_exports))
        button->setEnabled(true);
    emit reportShown();
}

bool ReportsWindow::exportTo(ReportExport::Format format, const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!ReportExport::write(m_document, format, &file, error))
        return false;
    return commitSaveFile(file, error);
}

void ReportsWindow::exportAs(ReportExport::Format format)
{
    const QString filter = format == ReportExport::Format::Html ? tr("Web page (*.html)")
        : format == ReportExport::Format::Pdf                   ? tr("PDF document (*.pdf)")
                                                                : tr("CSV table (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), QString(), filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(format, path, &error))
        QMessageBox::warning(
            this, tr("Export the report"), literalAutoText(tr("The report could not be written: %1").arg(error)));
}

} // namespace bxt
