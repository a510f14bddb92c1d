#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace bxt {

// Gathers the ids of posts that changed (a sync reports them by the thousand) and hands them
// on in slices small enough for the queue to move each row in place, one slice per turn of the
// event loop, so that the window never stalls on a large page and the queue is never reset.
class PostRefreshQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostRefreshQueue)

public:
    explicit PostRefreshQueue(qsizetype sliceSize, QObject *parent = nullptr);

    void add(const QStringList &postIds);
    bool isEmpty() const { return m_waiting.isEmpty(); }

signals:
    void refreshRequested(const QStringList &postIds);

private:
    void handOnSlice();

    const qsizetype m_sliceSize;
    QStringList m_waiting; // in the order they came, each once
    QSet<QString> m_queued;
    QTimer m_timer;
};

} // namespace bxt
