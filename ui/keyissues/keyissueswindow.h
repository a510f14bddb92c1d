#pragma once

#include "common/columntablemodel.h"
#include "domain/role.h"
#include "matters/keyissuesreport.h"
#include "matters/matterfacts.h"
#include "matters/mattergrouper.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace bxt {

class Database;
class DeskReferenceData;
class ReportChartView;
template <typename Result> struct StoreRead;

// The matters of a period, ranked (R22): one row each.
class MattersModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MattersModel)

public:
    enum Column { Rank, Title, Place, Posts, Growth, Views, Replied, ColumnCount };

    explicit MattersModel(QObject *parent = nullptr);

    void setGrouping(std::shared_ptr<const MatterGrouping> grouping);
    const MatterGrouping *grouping() const { return m_grouping.get(); }
    const Matter *matter(int row) const;

private:
    int rows() const override;
    QString header(int column) const override;
    QVariant cell(int row, int column, int role) const override;

    std::shared_ptr<const MatterGrouping> m_grouping;
    std::vector<int> m_repliedPosts; // per matter
};

// The key-issues window (R22), for leaders (read-only) and supervisors: for a chosen period the
// matters that stand out, ranked by volume, growth or public attention, each with its timeline,
// the units involved, how far replies have got and representative posts. A supervisor composes
// a key-issues special report (要事专报) from one or more matters and exports it as PDF. The
// matters are grouped on a worker thread: the window opens at once and shows that it is busy.
class KeyIssuesWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyIssuesWindow)

public:
    KeyIssuesWindow(
        const Database &database, const DeskReferenceData &reference, Actor actor, QWidget *parent = nullptr);
    ~KeyIssuesWindow() override;

    // Groups the posts of the period anew (both days included, China Standard Time).
    void setPeriod(const QDate &from, const QDate &to);
    bool isBusy() const;
    MattersModel *mattersModel() const { return m_model; }
    // The special report of the selected matters, as the compose dialog starts it.
    KeyIssuesReport draftReport() const;

signals:
    void mattersShown();

private:
    void showPeriod(const QDate &from, const QDate &to);
    void regroup();
    void showGrouping();
    void showSelectedMatter();
    void applyPreset(int preset);
    void composeReport();
    QList<int> selectedRows() const;

    const Database &m_database;
    const DeskReferenceData &m_reference;
    const Actor m_actor;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<StoreRead<MatterGrouping>> *m_watcher = nullptr;

    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_ranking = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_status = nullptr;
    MattersModel *m_model = nullptr;
    QTableView *m_matters = nullptr;
    QLabel *m_matterTitle = nullptr;
    ReportChartView *m_timeline = nullptr;
    QProgressBar *m_replyProgress = nullptr;
    QTreeWidget *m_unitList = nullptr;
    QTreeWidget *m_posts = nullptr;
    QPushButton *m_compose = nullptr;
};

} // namespace bxt
