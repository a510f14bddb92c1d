#include "sync/passwordkeychain.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordKeychain)
};

const QString kService = QStringLiteral("Baixingtan Desk portal");

QString problemOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound: return {};
    case QKeychain::NoBackendAvailable: return Tr::tr("no keychain service is available");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return Tr::tr("the keychain refused access");
    default: return Tr::tr("the keychain is not available (%1)").arg(job.errorString());
    }
}

// Runs job; done(job) once, or done(nullptr) when the keychain does not answer in time (a
// D-Bus service that hangs must not hang the synchronisation).
void runJob(QKeychain::Job *job, QObject *context, int timeoutMs, std::function<void(QKeychain::Job *)> done)
{
    auto answered = std::make_shared<bool>(false);
    job->setInsecureFallback(false); // never a plain-text settings file
    QObject::connect(job, &QKeychain::Job::finished, context, [answered, done](QKeychain::Job *finished) {
        if (!*answered) {
            *answered = true;
            done(finished);
        }
    });
    QTimer::singleShot(timeoutMs, context, [answered, done]() {
        if (!*answered) {
            *answered = true;
            done(nullptr);
        }
    });
    job->start();
}

} // namespace

PasswordKeychain::PasswordKeychain(QObject *parent)
    : QObject(parent)
{ }

QString PasswordKeychain::keyFor(const QUrl &portal, const QString &userName)
{
    return userName + QLatin1String(" at ")
        + portal.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
              .toString();
}

void PasswordKeychain::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    runJob(job, context, kTimeoutMs, [done](QKeychain::Job *finished) {
        if (!finished) {
            done({}, Tr::tr("the keychain did not answer"));
            return;
        }
        const QString problem = problemOf(*finished);
        done(problem.isEmpty() ? static_cast<QKeychain::ReadPasswordJob *>(finished)->textData() : QString(), problem);
    });
}

void PasswordKeychain::write(const QString &key, const QString &password, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(password);
    runJob(job, context, kTimeoutMs, [done](QKeychain::Job *finished) {
        done(finished ? problemOf(*finished) : Tr::tr("the keychain did not answer"));
    });
}

void PasswordKeychain::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    runJob(job, context, kTimeoutMs, [done](QKeychain::Job *finished) {
        done(finished ? problemOf(*finished) : Tr::tr("the keychain did not answer"));
    });
}

} // namespace bxt
