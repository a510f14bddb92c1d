#pragma once

#include "reminders/reminderclock.h"
#include "reminders/remindersettings.h"
#include "reminders/remindersummary.h"
#include "reminders/reminderviews.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <optional>

namespace bxt {

class QueueModel;
class ReminderBanner;

// The reminders of R14: at the schedule's times it counts the queue's new, due-today and
// overdue posts through the actor's saved views and says so in a banner above the queue and,
// where there is a system tray, in a tray message. Roles R14 does not remind get neither.
// Settings are read from and saved to QSettings.
class ReminderNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderNotifier)

public:
    // The banner is made a hidden child of bannerParent: put banner() above the queue.
    ReminderNotifier(QueueModel *model, const Actor &actor, const WorkCalendar &calendar, QWidget *bannerParent);

    ReminderBanner *banner() const { return m_banner; }
    ReminderClock &clock() { return m_clock; }

    const ReminderSettings &settings() const { return m_settings; }
    void applySettings(const ReminderSettings &settings); // and saves them
    void setCalendar(const WorkCalendar &calendar); // after a year's calendar was imported
    // The program's own tray icon, when it has one (a click on any of its messages then opens the
    // reminder's view); else the notifier shows its own at the first tray message.
    void setTrayIcon(QSystemTrayIcon *icon);
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // Counts the queue as of the reminder's day and shows what there is; waits for a queue
    // that is still loading. The clock calls it at the schedule's times.
    void remind(const QDateTime &reminder);

signals:
    // Show was chosen in the banner or the tray message: open the side bar's view with this key.
    void showViewRequested(const QString &viewKey, const QueueFilter &filter);

private:
    void apply(const ReminderSettings &settings);
    void showCounts();
    void refreshBanner();
    ReminderSummary updateBanner(); // the queue's counts now, shown, or the banner hidden if none
    void showInTray(const QString &text);
    QString bannerText(const QString &summary) const;
    void requestView(const QString &viewKey);

    QueueModel *m_model;
    std::optional<ReminderViews> m_views;
    ReminderSettings m_settings;
    ReminderClock m_clock;
    ReminderBanner *m_banner;
    QPointer<QSystemTrayIcon> m_tray;
    QDateTime m_reminder; // the last one given
    bool m_waitingForQueue = false;
};

} // namespace bxt
