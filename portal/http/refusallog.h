#pragma once

#include <QHash>
#include <QString>
#include <QTimer>
#include <chrono>

namespace bxt::portal {

// Logs connections closed because their address is at its cap, for the operator: a line for
// an address's first refusal, then at most one a minute with how many more there were. An
// office behind one NAT address at the cap would otherwise see its desks fail while the
// portal's log says nothing.
class RefusalLog final
{
public:
    Q_DISABLE_COPY_MOVE(RefusalLog)
    static constexpr std::chrono::minutes kInterval { 1 };

    explicit RefusalLog(int cap);

    void refused(const QString &addressKey);

private:
    void summarise();

    int m_cap;
    QHash<QString, qint64> m_refusedSinceLine; // by address, those with a line in this interval
    QTimer m_interval;
};

} // namespace bxt::portal
