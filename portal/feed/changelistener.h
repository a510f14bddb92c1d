#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <memory>

namespace bxt::portal {

class PortalDatabase;

// LISTEN bxt_changes on a connection of its own: PostWriter's NOTIFY, from any process writing
// to the database, arrives through the event loop (QPSQL) as unitsChanged().
class ChangeListener final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeListener(QObject *parent = nullptr);
    ~ChangeListener() override;

    bool start(const QString &connectionString, QString *error);

signals:
    // Posts of these units' scope changed (every user's, when everyone is true); staff see
    // every post, so a change always concerns them.
    void unitsChanged(const QStringList &units, bool everyone);

private:
    void onNotification(const QString &channel, const QVariant &payload);

    std::unique_ptr<PortalDatabase> m_database;
};

} // namespace bxt::portal
