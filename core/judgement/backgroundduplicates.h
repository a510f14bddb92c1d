#pragma once

#include "judgement/duplicatefinder.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace bxt {

// The likely duplicates of the post shown (DuplicateFinder), looked for on a thread of its own
// with its own read-only connection, so that clicking from post to post never waits for them.
// Only the latest post asked about is answered: a post clicked past is skipped, or its answer
// dropped if it was already under way.
class BackgroundDuplicates final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundDuplicates)

public:
    BackgroundDuplicates(QString databasePath, int limit, QObject *parent = nullptr);
    ~BackgroundDuplicates() override;

    void find(const Post &post);

signals:
    void found(const QString &postId, const QList<DuplicateCandidate> &duplicates);
    void failed(const QString &message);

private:
    // Runs on the worker thread.
    void work(quint64 generation, const Post &post);
    bool isCurrent(quint64 generation) const { return m_generation.load() == generation; }

    const QString m_databasePath;
    const int m_limit;
    std::atomic<quint64> m_generation { 0 };
    QThread m_thread;
    QObject m_worker; // lives on m_thread
    // Used on m_thread only, and made there when first needed.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DuplicateFinder> m_finder;
};

} // namespace bxt
