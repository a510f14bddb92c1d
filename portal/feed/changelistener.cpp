#include "feed/changelistener.h"

#include "db/portaldatabase.h"
#include "feed/postwriter.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace bxt::portal {

ChangeListener::ChangeListener(QObject *parent)
    : QObject(parent)
{ }

ChangeListener::~ChangeListener() = default;

bool ChangeListener::start(const QString &connectionString, QString *error)
{
    m_connectionString = connectionString;
    if (!listen(error))
        return false;
    if (!m_check) {
        m_check = new QTimer(this);
        connect(m_check, &QTimer::timeout, this, [this] {
            QString error;
            if (!keepListening(&error))
                qWarning("portal: %s", qPrintable(error));
        });
        m_check->start(kCheckIntervalMs);
    }
    return true;
}

bool ChangeListener::listen(QString *error)
{
    m_database = PortalDatabase::open(m_connectionString, error);
    if (!m_database)
        return false;
    QSqlDriver *driver = m_database->db().driver();
    if (!driver->subscribeToNotification(QLatin1String(PostWriter::notifyChannel))) {
        *error = tr("Cannot listen for changes: %1").arg(driver->lastError().text().simplified());
        m_database.reset();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
            onNotification(channel, payload);
        });
    return true;
}

bool ChangeListener::keepListening(QString *error)
{
    if (m_database && QSqlQuery(QStringLiteral("SELECT 1"), m_database->db()).isActive())
        return true;
    m_database.reset();
    if (!listen(error))
        return false;
    emit unitsChanged({}, true);
    return true;
}

void ChangeListener::onNotification(const QString &channel, const QVariant &payload)
{
    if (channel != QLatin1String(PostWriter::notifyChannel))
        return;
    const QString units = payload.toString();
    if (units == QLatin1String("*"))
        emit unitsChanged({}, true);
    else
        emit unitsChanged(units.split(QLatin1Char(','), Qt::SkipEmptyParts), false);
}

} // namespace bxt::portal
