#include "liaison/remindernotifier.h"

#include "domain/post.h"
#include "liaison/reminderbanner.h"
#include "triage/queuemodel.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QTimeZone>
#include <utility>

namespace bxt {

ReminderNotifier::ReminderNotifier(
    QueueModel *model, const Actor &actor, const WorkCalendar &calendar, QWidget *bannerParent)
    : QObject(bannerParent)
    , m_model(model)
    , m_views(reminderViewsFor(actor))
    , m_banner(new ReminderBanner(bannerParent))
{
    m_clock.setCalendar(calendar);
    connect(&m_clock, &ReminderClock::reminderDue, this, &ReminderNotifier::remind);
    connect(m_banner, &ReminderBanner::showRequested, this, &ReminderNotifier::requestView);
    connect(m_model, &QueueModel::loadingFinished, this, [this] {
        if (std::exchange(m_waitingForQueue, false))
            showCounts();
    });
    connect(m_model, &QueueModel::countsChanged, this, &ReminderNotifier::refreshBanner);
    apply(ReminderSettings::load(QSettings()));
}

void ReminderNotifier::applySettings(const ReminderSettings &settings)
{
    QSettings saved;
    settings.save(saved);
    apply(settings);
}

void ReminderNotifier::apply(const ReminderSettings &settings)
{
    m_settings = settings;
    m_clock.setSchedule(settings.schedule);
    if (settings.enabled && m_views) {
        m_clock.start();
    } else {
        m_clock.stop();
        m_banner->hide();
    }
    if (m_tray && !settings.tray && m_tray->parent() == this)
        m_tray->hide();
}

void ReminderNotifier::setCalendar(const WorkCalendar &calendar)
{
    m_clock.setCalendar(calendar);
}

void ReminderNotifier::setTrayIcon(QSystemTrayIcon *icon)
{
    if (m_tray && m_tray->parent() == this)
        delete m_tray;
    m_tray = icon;
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { requestView(m_banner->viewKey()); });
}

void ReminderNotifier::remind(const QDateTime &reminder)
{
    if (!m_views)
        return;
    m_reminder = reminder;
    // The window may have been open since an earlier day: count as of the reminder's.
    m_model->setToday(cstDate(reminder));
    if (m_model->isLoading()) {
        m_waitingForQueue = true;
        return;
    }
    showCounts();
}

void ReminderNotifier::showCounts()
{
    const ReminderSummary summary = updateBanner();
    if (!summary.isEmpty() && m_settings.tray && QSystemTrayIcon::isSystemTrayAvailable())
        showInTray(summary.text());
}

// While the banner shows, it follows the queue: a post signed for or answered leaves its count.
void ReminderNotifier::refreshBanner()
{
    if (!m_banner->isHidden() && m_views && !m_model->isLoading())
        updateBanner();
}

ReminderSummary ReminderNotifier::updateBanner()
{
    const ReminderSummary summary = ReminderSummary::fromCounts(m_model->counts(m_views->filters()));
    if (summary.isEmpty())
        m_banner->hide(); // nothing left to remind of
    else
        m_banner->showReminder(bannerText(summary.text()), summary.viewToShow(*m_views).key);
    return summary;
}

QString ReminderNotifier::bannerText(const QString &summary) const
{
    const QString time = m_reminder.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("HH:mm"));
    return tr("Reminder %1 — %2").arg(time, summary);
}

void ReminderNotifier::showInTray(const QString &text)
{
    if (!m_tray) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        setTrayIcon(new QSystemTrayIcon(icon, this));
    }
    if (!m_tray->isVisible())
        m_tray->show();
    m_tray->showMessage(tr("Look at your queue"), text);
}

void ReminderNotifier::requestView(const QString &viewKey)
{
    if (!m_views)
        return;
    for (const SavedView *view : { &m_views->newPosts, &m_views->dueToday, &m_views->overdue }) {
        if (view->key == viewKey) {
            emit showViewRequested(view->key, view->filter);
            return;
        }
    }
}

} // namespace bxt
