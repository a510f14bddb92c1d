#include "triage/postrefreshqueue.h"

namespace bxt {

PostRefreshQueue::PostRefreshQueue(qsizetype sliceSize, QObject *parent)
    : QObject(parent)
    , m_sliceSize(std::max<qsizetype>(1, sliceSize))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PostRefreshQueue::handOnSlice);
}

void PostRefreshQueue::add(const QStringList &postIds)
{
    for (const QString &id : postIds) {
        if (!m_queued.contains(id)) {
            m_queued.insert(id);
            m_waiting.append(id);
        }
    }
    if (!m_waiting.isEmpty())
        m_timer.start();
}

void PostRefreshQueue::handOnSlice()
{
    const QStringList slice = m_waiting.first(std::min(m_sliceSize, m_waiting.size()));
    m_waiting.remove(0, slice.size());
    for (const QString &id : slice)
        m_queued.remove(id);
    if (!m_waiting.isEmpty())
        m_timer.start();
    emit refreshRequested(slice);
}

} // namespace bxt
