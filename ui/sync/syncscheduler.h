#pragma once

#include <QObject>
#include <chrono>

class QTimer;

namespace bxt {

class SyncController;

// When the desk synchronises on its own (issue 4): once when the window opens, then every
// interval, and soon after the user queued an action; in between, while the window is open,
// the controller holds a long poll so that the portal's changes arrive as they happen. An
// interval of zero turns all of it off: only "Sync now" synchronises.
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    // How long after a queued action the outbox is sent: actions made in a quick row go together.
    static constexpr std::chrono::milliseconds kActionDelay { 2000 };

    explicit SyncScheduler(SyncController &controller, QObject *parent = nullptr);

    void setIntervalMinutes(int minutes);
    void setInterval(std::chrono::milliseconds interval); // zero: off
    std::chrono::milliseconds interval() const { return m_interval; }
    bool isAutomatic() const { return m_interval.count() > 0; }
    // How long the portal may hold a long poll.
    void setWaitSeconds(int seconds) { m_waitSeconds = seconds; }

    // The window opened (or the connection settings changed): synchronise now and keep going.
    void start();
    // The window closes: no more automatic runs, and the long poll is closed.
    void stop();
    bool isRunning() const { return m_running; }

    // The user queued a local action: send it soon, when synchronising is automatic.
    void actionQueued();

private:
    void begin();
    void synchronizeIfIdle();

    SyncController &m_controller;
    QTimer *m_periodic = nullptr;
    QTimer *m_soon = nullptr;
    std::chrono::milliseconds m_interval;
    int m_waitSeconds = 25;
    bool m_running = false;
};

} // namespace bxt
