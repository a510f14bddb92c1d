#include "http/refusallog.h"

namespace bxt::portal {

RefusalLog::RefusalLog(int cap)
    : m_cap(cap)
{
    m_interval.setInterval(kInterval);
    QObject::connect(&m_interval, &QTimer::timeout, &m_interval, [this] { summarise(); });
}

void RefusalLog::refused(const QString &addressKey)
{
    const auto known = m_refusedSinceLine.find(addressKey);
    if (known != m_refusedSinceLine.end()) {
        ++*known;
        return;
    }
    qWarning("portal: %s holds %d connections, its cap (connections_per_address): a further one was closed",
        qPrintable(addressKey), m_cap);
    m_refusedSinceLine.insert(addressKey, 0);
    if (!m_interval.isActive())
        m_interval.start();
}

void RefusalLog::summarise()
{
    for (auto it = m_refusedSinceLine.begin(); it != m_refusedSinceLine.end();) {
        if (it.value() == 0) {
            it = m_refusedSinceLine.erase(it);
            continue;
        }
        qWarning("portal: %s at its cap of %d connections: %lld more closed in the last minute", qPrintable(it.key()),
            m_cap, it.value());
        it.value() = 0;
        ++it;
    }
    if (m_refusedSinceLine.isEmpty())
        m_interval.stop();
}

} // namespace bxt::portal
