#include "sync/syncsettingsdialog.h"

#include "common/dialogparts.h"
#include "sync/synccontroller.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bxt {

SyncSettingsDialog::SyncSettingsDialog(
    SyncController &controller, QSettings &settings, bool allowInsecureLoopback, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_preferences(SyncPreferences::load(settings))
{
    m_preferences.connection.allowInsecureLoopback = allowInsecureLoopback;
    setWindowTitle(tr("Portal connection"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_portalUrl = new QLineEdit(m_preferences.connection.portalUrl.toString(), this);
    m_portalUrl->setPlaceholderText(QStringLiteral("https://portal.example.org/api/v1"));
    m_portalUrl->setAccessibleName(tr("Portal address"));
    form->addRow(tr("Portal address:"), m_portalUrl);

    m_userName = new QLineEdit(m_preferences.connection.userName, this);
    m_userName->setAccessibleName(tr("User name"));
    form->addRow(tr("User name:"), m_userName);

    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: the password remembered in the system keychain"));
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("Password:"), m_password);
    m_rememberPassword = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_rememberPassword->setChecked(true);
    m_rememberPassword->setToolTip(tr("The password is kept only in the system keychain, never in a settings "
                                      "file. It is remembered once the portal has accepted it."));
    form->addRow(QString(), m_rememberPassword);

    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(m_preferences.connection.caFile, this);
    m_caFile->setPlaceholderText(tr("Empty: the certificates this computer trusts"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    caRow->addWidget(m_caFile, 1);
    auto *chooseCa = new QPushButton(tr("Choose…"), this);
    chooseCa->setAccessibleName(tr("Choose the CA certificate file"));
    caRow->addWidget(chooseCa);
    form->addRow(tr("CA certificate:"), caRow);

    m_interval = new QSpinBox(this);
    m_interval->setRange(0, SyncPreferences::kMaxIntervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Off"));
    m_interval->setValue(m_preferences.intervalMinutes);
    m_interval->setAccessibleName(tr("Automatic synchronisation interval"));
    m_interval->setToolTip(tr("Every how many minutes the desk synchronises on its own; while it is open it also "
                              "receives the portal's changes as they happen. Off: only when you choose Sync now."));
    form->addRow(tr("Synchronise every:"), m_interval);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    setWarning(m_problem);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(chooseCa, &QPushButton::clicked, this, &SyncSettingsDialog::chooseCaFile);
}

void SyncSettingsDialog::chooseCaFile()
{
    const QString current = m_caFile->text().trimmed();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("CA certificate of the portal"),
        current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        m_caFile->setText(chosen);
}

SyncPreferences SyncSettingsDialog::enteredPreferences() const
{
    SyncPreferences entered = m_preferences;
    entered.connection.portalUrl = QUrl(m_portalUrl->text().trimmed(), QUrl::StrictMode);
    entered.connection.userName = m_userName->text().trimmed();
    entered.connection.caFile = m_caFile->text().trimmed();
    entered.intervalMinutes = m_interval->value();
    return entered;
}

void SyncSettingsDialog::accept()
{
    const SyncPreferences entered = enteredPreferences();
    QString error;
    if (!m_controller.configure(entered.connection, &error)) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    if (!m_password->text().isEmpty())
        m_controller.setPassword(m_password->text(), m_rememberPassword->isChecked());
    m_preferences = entered;
    m_preferences.save(m_settings);
    QDialog::accept();
}

} // namespace bxt
