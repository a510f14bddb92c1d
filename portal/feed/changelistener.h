#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace bxt::portal {

class PortalDatabase;

// LISTEN bxt_changes on a connection of its own: PostWriter's NOTIFY, from any process writing
// to the database, arrives through the event loop (QPSQL) as unitsChanged().
//
// A lost connection (PostgreSQL restarted) hears nothing, so every kCheckIntervalMs it is
// checked and, when lost, opened again; notifications may have been missed meanwhile, so then
// unitsChanged() reports a change for everyone.
class ChangeListener final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeListener(QObject *parent = nullptr);
    ~ChangeListener() override;

    static constexpr int kCheckIntervalMs = 5000;

    bool start(const QString &connectionString, QString *error);
    // The check the timer runs: true when listening (again), false and *error when the
    // database cannot be reached now.
    bool keepListening(QString *error);

signals:
    // Posts of these units' scope changed (every user's, when everyone is true); staff see
    // every post, so a change always concerns them.
    void unitsChanged(const QStringList &units, bool everyone);

private:
    bool listen(QString *error);
    void onNotification(const QString &channel, const QVariant &payload);

    QString m_connectionString;
    std::unique_ptr<PortalDatabase> m_database;
    QTimer *m_check = nullptr;
};

} // namespace bxt::portal
