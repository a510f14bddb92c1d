#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace bxt {

class SyncController;
struct SyncSummary;

// The sync state for the status bar: online or offline, how many actions wait to be sent,
// open conflicts, a progress bar while a pull runs over several pages, when the last run
// ended or why it failed (the whole message in the tooltip), and "Sync now".
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(SyncController &controller, QWidget *parent = nullptr);

    // Reads the counts again, e.g. after the user queued a local action.
    void refresh();

signals:
    void outboxRequested(); // the user clicked on the waiting actions
    void conflictsRequested(); // the user clicked on the conflicts

private:
    void showReachability(bool known, bool online);
    void showPending(qint64 count);
    void showConflicts();
    void showStarted();
    void showProgress(qint64 pulled, bool hasMore);
    void showFinished(const SyncSummary &summary);
    void showFailure(const QString &message);
    void showNotice(const QString &message);
    // details and the last notice (e.g. that the password was not remembered) are the tooltip.
    void setResult(const QString &text, const QString &details, bool problem);

    SyncController &m_controller;
    QLabel *m_indicatorIcon = nullptr;
    QLabel *m_indicatorText = nullptr;
    QToolButton *m_pending = nullptr;
    QToolButton *m_conflicts = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_syncNow = nullptr;
    QString m_details;
    QString m_notice;
    bool m_problem = false;
};

} // namespace bxt
