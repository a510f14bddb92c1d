#include "liaison/remindersettingsdialog.h"

#include "liaison/remindersettingsbox.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace bxt {

ReminderSettingsDialog::ReminderSettingsDialog(const ReminderSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_box(new ReminderSettingsBox(this))
{
    setWindowTitle(tr("Reminders"));
    m_box->setSettings(current);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_box, &ReminderSettingsBox::validityChanged, buttons->button(QDialogButtonBox::Ok), &QPushButton::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_box);
    layout->addWidget(buttons);
}

ReminderSettings ReminderSettingsDialog::settings() const
{
    return m_box->settings();
}

} // namespace bxt
