#include "portalprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <csignal>

namespace bxt::test {

namespace {

const QString certsDir = QStringLiteral(BXT_PORTAL_TEST_CERTS_DIR);

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString commandLine(const QStringList &arguments)
{
    return QStringLiteral("baixingtan-portal ") + arguments.join(QLatin1Char(' '));
}

} // namespace

PortalProcess::PortalProcess(const QString &connectionString, const QHash<QString, QString> &settings)
    : m_port(freeLoopbackPort())
{
    m_configPath = m_dir.filePath(QStringLiteral("portal.ini"));
    QString text = QStringLiteral("database = %1\nlisten = 127.0.0.1:%2\ncertificate = %3\nkey = %4\n")
                       .arg(connectionString)
                       .arg(m_port)
                       .arg(certsDir + QStringLiteral("/server.pem"), certsDir + QStringLiteral("/server.key"));
    for (auto it = settings.begin(); it != settings.end(); ++it)
        text += QStringLiteral("%1 = %2\n").arg(it.key(), it.value());
    QFile file(m_configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(m_configPath));
}

PortalProcess::~PortalProcess()
{
    if (isRunning()) {
        m_server->kill();
        m_server->waitForFinished(10000);
    }
}

QString PortalProcess::caCertificatePath()
{
    return certsDir + QStringLiteral("/test-ca.pem");
}

bool PortalProcess::runCommand(
    const QStringList &arguments, const QByteArray &input, QString *output, QString *error, qint64 timeoutMs) const
{
    const QStringList full = QStringList { QStringLiteral("--config"), m_configPath } + arguments;
    QProcess process;
    process.start(QStringLiteral(BXT_PORTAL_BINARY), full);
    if (!process.waitForStarted()) {
        *error = commandLine(full) + QStringLiteral(": ") + process.errorString();
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(int(timeoutMs))) {
        process.kill();
        process.waitForFinished();
        *error = commandLine(full) + QStringLiteral(": did not end in time");
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1: exit %2: %3")
                     .arg(commandLine(full))
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool PortalProcess::init(QString *error)
{
    return runCommand({ QStringLiteral("init") }, {}, nullptr, error);
}

bool PortalProcess::addUser(
    const QString &name, const QString &role, const QString &unitId, const QString &password, QString *error)
{
    QStringList arguments { QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role };
    if (!unitId.isEmpty())
        arguments << QStringLiteral("--unit") << unitId;
    return runCommand(arguments, password.toUtf8() + '\n', nullptr, error);
}

bool PortalProcess::importUnits(const QJsonArray &units, QString *error)
{
    const QString path = m_dir.filePath(QStringLiteral("units.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject { { QStringLiteral("units"), units } }).toJson()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    file.close();
    return runCommand({ QStringLiteral("units"), QStringLiteral("import"), path }, {}, nullptr, error);
}

bool PortalProcess::importCalendar(const QString &path, QString *error)
{
    return runCommand({ QStringLiteral("calendar"), QStringLiteral("import"), path }, {}, nullptr, error);
}

bool PortalProcess::prepare(
    const QJsonArray &units, const QList<PortalAccount> &accounts, const QList<QJsonObject> &posts, QString *error)
{
    if (!init(error) || !importUnits(units, error) || !importCalendar(QStringLiteral(BXT_PORTAL_TEST_CALENDAR), error))
        return false;
    for (const PortalAccount &account : accounts) {
        if (!addUser(account.name, account.role, account.unitId, account.password, error))
            return false;
    }
    return posts.isEmpty() || importPosts(posts, error);
}

bool PortalProcess::importPosts(const QList<QJsonObject> &posts, QString *error)
{
    QByteArray lines;
    for (const QJsonObject &post : posts)
        lines += QJsonDocument(post).toJson(QJsonDocument::Compact) + '\n';
    return importPostLines(lines, error);
}

bool PortalProcess::importPostLines(const QByteArray &lines, QString *error, qint64 timeoutMs)
{
    return runCommand({ QStringLiteral("import"), QStringLiteral("-") }, lines, nullptr, error, timeoutMs);
}

bool PortalProcess::start(QString *error)
{
    if (m_port == 0) {
        *error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    if (isRunning()) {
        *error = QStringLiteral("the portal is running already");
        return false;
    }
    m_server = std::make_unique<QProcess>();
    // A file, not a pipe: a pipe nobody reads would stop a talkative server.
    m_server->setStandardOutputFile(m_dir.filePath(QStringLiteral("serve.log")), QIODevice::Append);
    m_server->setStandardErrorFile(m_dir.filePath(QStringLiteral("serve.log")), QIODevice::Append);
    m_server->start(
        QStringLiteral(BXT_PORTAL_BINARY), { QStringLiteral("--config"), m_configPath, QStringLiteral("serve") });
    if (!m_server->waitForStarted()) {
        *error = QStringLiteral("baixingtan-portal serve: ") + m_server->errorString();
        return false;
    }
    return waitUntilAnswering(error);
}

// Listening on its port is answering: the server listens once its configuration, certificate
// and database are ready.
bool PortalProcess::waitUntilAnswering(QString *error)
{
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        // Waits a little and notices a server that gave up.
        if (m_server->waitForFinished(50)) {
            *error = QStringLiteral("baixingtan-portal serve ended (exit %1): %2")
                         .arg(m_server->exitCode())
                         .arg(standardError().trimmed());
            return false;
        }
    }
    *error = QStringLiteral("baixingtan-portal serve does not answer on port %1: %2")
                 .arg(m_port)
                 .arg(standardError().trimmed());
    return false;
}

bool PortalProcess::kill(QString *error)
{
    if (!isRunning()) {
        *error = QStringLiteral("the portal is not running");
        return false;
    }
    m_server->kill();
    if (!m_server->waitForFinished(10000)) {
        *error = QStringLiteral("the portal did not end after SIGKILL");
        return false;
    }
    return true;
}

bool PortalProcess::restart(QString *error)
{
    if (isRunning() && !kill(error))
        return false;
    return start(error);
}

bool PortalProcess::pause(QString *error)
{
    if (!isRunning() || ::kill(pid_t(m_server->processId()), SIGSTOP) != 0) {
        *error = QStringLiteral("cannot stop the portal process");
        return false;
    }
    return true;
}

bool PortalProcess::resume(QString *error)
{
    if (!isRunning() || ::kill(pid_t(m_server->processId()), SIGCONT) != 0) {
        *error = QStringLiteral("cannot continue the portal process");
        return false;
    }
    return true;
}

bool PortalProcess::isRunning() const
{
    return m_server && m_server->state() != QProcess::NotRunning;
}

QUrl PortalProcess::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(m_port));
}

qint64 PortalProcess::pid() const
{
    return isRunning() ? m_server->processId() : 0;
}

QString PortalProcess::standardError() const
{
    QFile log(m_dir.filePath(QStringLiteral("serve.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll().right(4000));
}

} // namespace bxt::test
