#include "search/backgroundsearch.h"

#include "search/postsearch.h"
#include "store/database.h"

#include <QThread>

namespace bxt {

BackgroundSearch::BackgroundSearch(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &BackgroundSearch::start);
    m_thread.reset(QThread::create([this] { work(); }));
    m_thread->start();
}

BackgroundSearch::~BackgroundSearch()
{
    ++m_generation; // the search under way stops at its next hit
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
    }
    m_wake.wakeAll();
    m_thread->wait();
}

void BackgroundSearch::search(const QString &query)
{
    ++m_generation;
    m_query = query;
    if (query.isEmpty()) {
        m_debounce.stop();
        emit cleared();
        return;
    }
    m_debounce.start();
}

void BackgroundSearch::start()
{
    {
        QMutexLocker lock(&m_mutex);
        m_request = Request { m_generation.load(), m_query };
    }
    m_wake.wakeAll();
}

void BackgroundSearch::work()
{
    std::unique_ptr<Database> database;
    while (true) {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_request && !m_stop)
                m_wake.wait(&m_mutex);
            if (m_stop)
                return;
            request = *std::exchange(m_request, std::nullopt);
        }
        if (!isCurrent(request.generation))
            continue;
        QString error;
        if (!database)
            database = Database::open(m_databasePath, Database::Access::Read, &error);
        if (database && run(*database, request, &error))
            continue;
        QMetaObject::invokeMethod(
            this,
            [this, generation = request.generation, error] {
                if (isCurrent(generation))
                    emit failed(error);
            },
            Qt::QueuedConnection);
    }
}

bool BackgroundSearch::run(const Database &database, const Request &request, QString *error)
{
    QList<qint64> hits;
    const bool searched = PostSearch(database).search(
        request.query, 0,
        [&](const SearchHit &hit) {
            hits.append(hit.localId);
            if (hits.size() == kFirstHits)
                report(request.generation, request.query, hits, false);
            return isCurrent(request.generation); // a newer query stops this one
        },
        error);
    if (searched)
        report(request.generation, request.query, hits, true);
    return searched;
}

void BackgroundSearch::report(quint64 generation, const QString &query, const QList<qint64> &localIds, bool complete)
{
    // Checked again where it is shown: a newer query may have come meanwhile.
    QMetaObject::invokeMethod(
        this,
        [this, generation, query, localIds, complete] {
            if (isCurrent(generation))
                emit hitsFound(query, localIds, complete);
        },
        Qt::QueuedConnection);
}

} // namespace bxt
