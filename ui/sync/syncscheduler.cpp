#include "sync/syncscheduler.h"

#include "sync/synccontroller.h"
#include "sync/syncsettings.h"

#include <QTimer>

namespace bxt {

SyncScheduler::SyncScheduler(SyncController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_periodic(new QTimer(this))
    , m_soon(new QTimer(this))
    , m_interval(std::chrono::minutes(SyncPreferences::kDefaultIntervalMinutes))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(kActionDelay);
    connect(m_periodic, &QTimer::timeout, this, &SyncScheduler::synchronizeIfIdle);
    // Called while a run is under way, the controller runs once more afterwards: the action is
    // not left behind.
    connect(m_soon, &QTimer::timeout, &m_controller, &SyncController::synchronize);
}

void SyncScheduler::setIntervalMinutes(int minutes)
{
    setInterval(std::chrono::minutes(std::max(0, minutes)));
}

void SyncScheduler::setInterval(std::chrono::milliseconds interval)
{
    const bool wasAutomatic = isAutomatic();
    m_interval = std::max(interval, std::chrono::milliseconds(0));
    if (!m_running)
        return;
    if (!isAutomatic()) {
        m_periodic->stop();
        m_soon->stop();
        m_controller.setWatching(false);
    } else if (!wasAutomatic) {
        begin();
    } else {
        m_periodic->start(m_interval);
    }
}

void SyncScheduler::start()
{
    m_running = true;
    if (isAutomatic())
        begin();
}

void SyncScheduler::begin()
{
    m_controller.synchronize();
    // Watching begins once that run is done; a run that could not start (no connection set up)
    // is tried again at the next interval.
    if (m_controller.isBusy())
        m_controller.setWatching(true, m_waitSeconds);
    m_periodic->start(m_interval);
}

void SyncScheduler::stop()
{
    m_running = false;
    m_periodic->stop();
    m_soon->stop();
    m_controller.setWatching(false);
}

void SyncScheduler::actionQueued()
{
    if (m_running && isAutomatic())
        m_soon->start();
}

void SyncScheduler::synchronizeIfIdle()
{
    // A run under way already pushes and pulls; a long poll is not a run.
    if (!m_controller.isBusy())
        m_controller.synchronize();
}

} // namespace bxt
