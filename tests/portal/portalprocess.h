#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace bxt::test {

// A user made with "user add" (password on stdin).
struct PortalAccount
{
    QString name;
    QString role; // wire code: column_staff, liaison, supervisor, ...
    QString unitId; // a liaison's
    QString password;
};

// One baixingtan-portal serving a database over HTTPS on 127.0.0.1, with the test CA's server
// certificate (tests/fakeportal/certs), on a port free when it was made; the administration
// commands run on the same configuration. Two objects on one connection string are two portal
// processes on one database. Every method returns false with *error (the command line and what
// the program said) when something did not work, so that a test can fail with the reason.
class PortalProcess final
{
public:
    Q_DISABLE_COPY_MOVE(PortalProcess)
    // settings: further lines of the INI file (e.g. "answer_delay_ms").
    explicit PortalProcess(const QString &connectionString, const QHash<QString, QString> &settings = {});
    ~PortalProcess();

    static QString caCertificatePath(); // PEM of the CA that signed the server certificate

    // The administration commands (baixingtan-portal --config FILE ...).
    bool init(QString *error);
    bool addUser(
        const QString &name, const QString &role, const QString &unitId, const QString &password, QString *error);
    bool importUnits(const QJsonArray &units, QString *error);
    bool importCalendar(const QString &path, QString *error);
    bool importPosts(const QList<QJsonObject> &posts, QString *error); // import - (JSON Lines on stdin)
    bool importPostLines(const QByteArray &lines, QString *error, qint64 timeoutMs = 60000);
    // init, then the units, a calendar year (resources/calendar/2026.json), the users and the posts.
    bool prepare(
        const QJsonArray &units, const QList<PortalAccount> &accounts, const QList<QJsonObject> &posts, QString *error);
    // Any command; *output is its standard output.
    bool runCommand(const QStringList &arguments, const QByteArray &input, QString *output, QString *error,
        qint64 timeoutMs = 60000) const;

    // serve, until it answers on its port.
    bool start(QString *error);
    bool kill(QString *error); // SIGKILL, as a crash; waits until it is gone
    bool restart(QString *error); // kill when running, then start on the same port
    bool pause(QString *error); // SIGSTOP
    bool resume(QString *error); // SIGCONT
    bool isRunning() const;

    QUrl baseUrl() const; // https://127.0.0.1:PORT/api/v1
    qint64 pid() const;
    QString configPath() const { return m_configPath; }
    QString standardError() const; // what serve said so far, for failure messages

private:
    bool waitUntilAnswering(QString *error);

    QTemporaryDir m_dir;
    QString m_configPath;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_server;
};

} // namespace bxt::test
