#include "liaison/remindersettingsbox.h"

#include "common/dialogparts.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSystemTrayIcon>

namespace bxt {

namespace {
std::optional<ReminderSchedule> scheduleFrom(const QString &text)
{
    const auto schedule = ReminderSchedule::fromText(text);
    if (!schedule || schedule->times().isEmpty())
        return std::nullopt;
    return schedule;
}
} // namespace

ReminderSettingsBox::ReminderSettingsBox(QWidget *parent)
    : QGroupBox(tr("Remind me to look at my queue"), parent)
    , m_times(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_tray(new QCheckBox(tr("Also as a message in the system tray"), this))
{
    setCheckable(true);
    m_times->setPlaceholderText(QStringLiteral("09:00, 14:00"));
    m_times->setAccessibleName(tr("Reminder times"));
    setWarning(m_problem);
    m_problem->hide();
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->setEnabled(false);
        m_tray->setToolTip(tr("This desktop has no system tray: reminders show in the window only."));
    }

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("At (China Standard Time, on working days):"), m_times);
    layout->addRow(QString(), m_problem);
    layout->addRow(QString(), m_tray);

    connect(m_times, &QLineEdit::textChanged, this, &ReminderSettingsBox::checkTimes);
    setSettings(m_settings);
}

void ReminderSettingsBox::setSettings(const ReminderSettings &settings)
{
    m_settings = settings;
    setChecked(settings.enabled);
    m_tray->setChecked(settings.tray);
    m_times->setText(settings.schedule.toText().replace(QLatin1Char(','), QLatin1String(", ")));
}

ReminderSettings ReminderSettingsBox::settings() const
{
    ReminderSettings shown = m_settings;
    shown.enabled = isChecked();
    shown.tray = m_tray->isChecked();
    if (const auto schedule = scheduleFrom(m_times->text()))
        shown.schedule = *schedule;
    return shown;
}

bool ReminderSettingsBox::isValid() const
{
    return m_valid;
}

void ReminderSettingsBox::checkTimes()
{
    const bool valid = scheduleFrom(m_times->text()).has_value();
    m_problem->setText(valid ? QString() : tr("Write times of day as HH:mm, separated by commas, e.g. 09:00, 14:00."));
    m_problem->setVisible(!valid);
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace bxt
