#pragma once

#include "reports/reportdocument.h"
#include "reports/reportexport.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QVBoxLayout;

namespace bxt {

class Database;
template <typename Result> struct StoreRead;

// The main table of a report (reports/reportdocument.h), read-only; the total row in bold.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const ReportTable &table);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ReportTable m_table;
};

// The reports window, for supervisors and leaders: the quarterly report (R21) or the annual
// assessment (R23) of a chosen period, its table and charts, and exports for publishing as
// HTML, PDF or CSV. The report is worked out on a worker thread.
class ReportsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsWindow)

public:
    enum class Kind { Quarterly, Assessment };

    explicit ReportsWindow(const Database &database, QWidget *parent = nullptr);
    ~ReportsWindow() override;

    // Works the report out anew; reportShown() follows.
    void showReport(Kind kind, int year, int quarter);
    bool isBusy() const;
    ReportTableModel *tableModel() const { return m_model; }
    const ReportDocument &document() const { return m_document; }
    bool exportTo(ReportExport::Format format, const QString &path, QString *error) const;

signals:
    void reportShown();

private:
    void refresh();
    void showDocument();
    void exportAs(ReportExport::Format format);

    const Database &m_database;
    QFutureWatcher<StoreRead<ReportDocument>> *m_watcher = nullptr;
    ReportDocument m_document;

    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_quarter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_notes = nullptr;
    ReportTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QVBoxLayout *m_charts = nullptr;
    QList<QPushButton *> m_exports;
};

} // namespace bxt
