#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

namespace bxt {

class Database;

// Runs the search index's upkeep (SearchIndexMaintenance) when the user pauses: actions only
// write their postings, and the merging waits until nobody has typed or clicked for a moment
// and no sync is writing, outside any action's or page's transaction.
class IdleIndexMaintenance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleIndexMaintenance)

public:
    static constexpr int kPauseMs = 2000;

    // isBusy: whether another writer (a sync) is at work; the upkeep then waits for the next pause.
    IdleIndexMaintenance(const Database &database, std::function<bool()> isBusy, QObject *parent = nullptr);

    void setPauseMs(int ms) { m_pause.setInterval(ms); }
    // Actions wrote to the index: its upkeep runs at the next pause.
    void writesDone();

signals:
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runAtPause();

    const Database &m_database;
    const std::function<bool()> m_isBusy;
    QTimer m_pause;
};

} // namespace bxt
