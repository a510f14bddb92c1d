#pragma once

#include <QObject>
#include <QUrl>
#include <functional>

namespace bxt {

// The portal password in the system keychain through QtKeychain (Secret Service or KWallet,
// the macOS Keychain, the Windows Credential Manager); never in a settings file or the case
// store. Where no keychain service runs (a CI machine without D-Bus), reads and writes report
// the problem and the caller goes on without a remembered password.
class PasswordKeychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordKeychain)

public:
    explicit PasswordKeychain(QObject *parent = nullptr);

    // One entry per portal account: the user name at the portal's address.
    static QString keyFor(const QUrl &portal, const QString &userName);

    // password is empty when none is stored; problem says why the keychain could not be asked.
    using ReadCallback = std::function<void(const QString &password, const QString &problem)>;
    void read(const QString &key, QObject *context, ReadCallback done);
    // problem is empty when the password was stored.
    using WriteCallback = std::function<void(const QString &problem)>;
    void write(const QString &key, const QString &password, QObject *context, WriteCallback done);
    // Forgets a password the portal no longer takes.
    void remove(const QString &key, QObject *context, WriteCallback done);

private:
    static constexpr int kTimeoutMs = 20000;
};

} // namespace bxt
