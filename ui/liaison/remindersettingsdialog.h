#pragma once

#include "reminders/remindersettings.h"

#include <QDialog>

namespace bxt {

class ReminderSettingsBox;

// The reminders' settings on their own (R14), until there is a preferences dialog to hold
// ReminderSettingsBox. OK only while the times are valid.
class ReminderSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderSettingsDialog)

public:
    explicit ReminderSettingsDialog(const ReminderSettings &current, QWidget *parent = nullptr);

    ReminderSettings settings() const;

private:
    ReminderSettingsBox *m_box = nullptr;
};

} // namespace bxt
