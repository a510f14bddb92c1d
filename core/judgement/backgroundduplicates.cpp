#include "judgement/backgroundduplicates.h"

#include "store/database.h"

namespace bxt {

BackgroundDuplicates::BackgroundDuplicates(QString databasePath, int limit, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_limit(limit)
{
    m_worker.moveToThread(&m_thread);
    m_thread.start();
}

BackgroundDuplicates::~BackgroundDuplicates()
{
    ++m_generation; // the posts still waiting are skipped
    // The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        &m_worker,
        [this] {
            m_finder.reset();
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundDuplicates::find(const Post &post)
{
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        &m_worker, [this, generation, post] { work(generation, post); }, Qt::QueuedConnection);
}

void BackgroundDuplicates::work(quint64 generation, const Post &post)
{
    if (!isCurrent(generation))
        return;
    QString error;
    if (!m_finder) {
        m_database = Database::open(m_databasePath, Database::Access::Read, &error);
        if (m_database)
            m_finder = std::make_unique<DuplicateFinder>(*m_database);
    }
    QList<DuplicateCandidate> duplicates;
    const bool searched = m_finder && m_finder->find(post, m_limit, &duplicates, &error);
    // Checked again where it is shown: a newer post may have come meanwhile.
    QMetaObject::invokeMethod(
        this,
        [this, generation, searched, postId = post.id(), duplicates, error] {
            if (!isCurrent(generation))
                return;
            if (searched)
                emit found(postId, duplicates);
            else
                emit failed(error);
        },
        Qt::QueuedConnection);
}

} // namespace bxt
