#pragma once

#include "sync/syncsettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace bxt {

class SyncController;

// The portal connection: address, user name, password, CA file and the automatic sync
// interval. Accepting hands the connection to the controller first; an address or CA file it
// cannot use is explained in the dialog, which stays open and saves nothing. A password typed
// here goes to the controller only, which keeps it in the system keychain after a log-in that
// worked when the user asks it to (never in the settings).
class SyncSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSettingsDialog)

public:
    // allowInsecureLoopback: the development switch (portal-api.md "Transport"), not saved.
    SyncSettingsDialog(
        SyncController &controller, QSettings &settings, bool allowInsecureLoopback, QWidget *parent = nullptr);

    // What was saved; meaningful once the dialog was accepted.
    const SyncPreferences &preferences() const { return m_preferences; }

    void accept() override;

private:
    void chooseCaFile();
    SyncPreferences enteredPreferences() const;

    SyncController &m_controller;
    QSettings &m_settings;
    SyncPreferences m_preferences;
    QLineEdit *m_portalUrl = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_rememberPassword = nullptr;
    QLineEdit *m_caFile = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace bxt
