#include "liaison/remindersettingsdialog.h"

#include "common/dialogparts.h"
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
    QDialogButtonBox *buttons = okCancelButtons(this);
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
