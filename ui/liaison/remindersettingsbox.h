#pragma once

#include "reminders/remindersettings.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace bxt {

// The reminders' settings (R14) for a preferences dialog: on or off (the box's check), the
// times, and whether the system tray shows them too.
class ReminderSettingsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderSettingsBox)

public:
    explicit ReminderSettingsBox(QWidget *parent = nullptr);

    void setSettings(const ReminderSettings &settings);
    // What the box shows; while the times typed are not valid (isValid()), those set before.
    ReminderSettings settings() const;
    bool isValid() const; // the times read as a list of one or more times of day

signals:
    void validityChanged(bool valid);

private:
    void checkTimes();

    QLineEdit *m_times = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_tray = nullptr;
    ReminderSettings m_settings;
    bool m_valid = true;
};

} // namespace bxt
