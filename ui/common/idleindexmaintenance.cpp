#include "common/idleindexmaintenance.h"

#include "search/searchindexmaintenance.h"

#include <QCoreApplication>
#include <QEvent>

namespace bxt {

IdleIndexMaintenance::IdleIndexMaintenance(const Database &database, std::function<bool()> isBusy, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_isBusy(std::move(isBusy))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &IdleIndexMaintenance::runAtPause);
}

void IdleIndexMaintenance::writesDone()
{
    // The user's input is watched only while upkeep waits.
    if (!m_pause.isActive())
        QCoreApplication::instance()->installEventFilter(this);
    m_pause.start();
}

bool IdleIndexMaintenance::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel: m_pause.start(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleIndexMaintenance::runAtPause()
{
    if (m_isBusy && m_isBusy()) {
        m_pause.start();
        return;
    }
    QCoreApplication::instance()->removeEventFilter(this);
    QString error;
    if (!SearchIndexMaintenance(m_database).runIfDue(&error))
        emit failed(error);
}

} // namespace bxt
