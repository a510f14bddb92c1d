#pragma once

#include "domain/role.h"
#include "supervision/supervisioncandidates.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace bxt {

class Database;
class DeskReferenceData;
class OpenSupervisionsModel;
class SupervisionCandidatesModel;
template <typename Result> struct StoreRead;

// The supervisor's desk (R20): the candidates for supervision with their reasons under the
// thresholds an administrator sets; opening a supervision by phone or by written notice (the
// portal's `supervise` action, through LocalActions and so the rules), the notice itself
// (督办通知), each unit's open supervisions and recording their results. A widget, for the main
// window to embed. Candidates are found on a worker thread. The units follow the desk's
// reference data (a unit a sync brings is listed at once).
class SupervisionDesk final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionDesk)

public:
    SupervisionDesk(Database &database, const DeskReferenceData &reference, Actor actor, QWidget *parent = nullptr);
    ~SupervisionDesk() override;

    // The day the deadlines are measured on; today in China by default.
    void setToday(const QDate &today);
    void refresh();
    bool isBusy() const;

    SupervisionCandidatesModel *candidatesModel() const { return m_candidates; }
    OpenSupervisionsModel *openSupervisionsModel() const { return m_open; }
    // Performs a `supervise` or `supervision_result` action; false with *error when refused.
    bool perform(const QString &postId, const QJsonObject &actionBody, QString *error);

signals:
    void candidatesShown();

private:
    void showCandidates();
    void showOpenSupervisions();
    void fillUnitFilter();
    void editThresholds();
    void superviseSelected();
    void recordResultOfSelected();
    void showNoticeOfSelected();
    int selectedSourceRow(const QTableView *view, const QSortFilterProxyModel *proxy) const;
    QHash<QString, QString> unitNames() const;

    Database &m_database;
    const DeskReferenceData &m_reference;
    const Actor m_actor;
    QDate m_today;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<StoreRead<QList<SupervisionCandidate>>> *m_watcher = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    SupervisionCandidatesModel *m_candidates = nullptr;
    QSortFilterProxyModel *m_candidatesSorted = nullptr;
    QTableView *m_candidateView = nullptr;
    QComboBox *m_unitFilter = nullptr;
    OpenSupervisionsModel *m_open = nullptr;
    QSortFilterProxyModel *m_openSorted = nullptr;
    QTableView *m_openView = nullptr;
};

} // namespace bxt
