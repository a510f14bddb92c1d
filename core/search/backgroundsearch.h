#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QWaitCondition>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace bxt {

// Full-text search (PostSearch) on a thread of its own with its own read-only connection, for
// a search box: each keystroke cancels the search under way, and the newest query starts once
// the typing pauses. The best hits are reported as soon as they are known, then every hit; the
// hits of a query that a newer one replaced are never reported.
class BackgroundSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundSearch)

public:
    static constexpr int kFirstHits = 200; // the best hits, reported before the rest
    static constexpr int kDebounceMs = 100;

    explicit BackgroundSearch(QString databasePath, QObject *parent = nullptr);
    ~BackgroundSearch() override;

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // Cancels the search under way and searches query after the pause; an empty query clears
    // at once.
    void search(const QString &query);

signals:
    // The local ids of query's hits, best first: the first kFirstHits (complete false) when
    // there are more, then all of them (complete true).
    void hitsFound(const QString &query, const QList<qint64> &localIds, bool complete);
    void cleared();
    void failed(const QString &message);

private:
    struct Request
    {
        quint64 generation = 0;
        QString query;
    };

    void start();
    void work();
    // Runs on the search thread; false on a database failure.
    bool run(const class Database &database, const Request &request, QString *error);
    void report(quint64 generation, const QString &query, const QList<qint64> &localIds, bool complete);
    bool isCurrent(quint64 generation) const { return m_generation.load() == generation; }

    const QString m_databasePath;
    QTimer m_debounce;
    QString m_query;
    std::atomic<quint64> m_generation { 0 };
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::optional<Request> m_request; // the next search to run
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace bxt
