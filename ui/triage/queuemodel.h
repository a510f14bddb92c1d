#pragma once

#include "queue/queueview.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QSet>
#include <atomic>
#include <functional>
#include <memory>

namespace bxt {

class Database;

// The triage queue as a table: deadline state, category, title, submitted, units, status,
// views and flags of every post a filter lets through, sorted by any column. Reads nothing
// from SQLite per cell: it shows a QueueView over the compact QueueIndex. open() shows the
// newest posts at once and loads the whole store on a worker thread with its own connection.
class QueueModel final : public QAbstractTableModel, private QueueView::Listener
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    // Shows the newest posts of database now and loads every post in the background
    // (loadingFinished()). The model keeps using database, which must outlive it, for
    // refreshPosts(); the background load opens its own connection to the same file.
    bool open(Database &database, QString *error);
    // Loads the whole queue again in the background; the rows shown stay until it is done.
    void reload();
    bool isLoading() const { return m_loading != nullptr; }

    // The day deadline states are counted from (China Standard Time); today by default.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void setDueSoonWorkingDays(int days);
    void setFilter(const QueueFilter &filter);
    QueueFilter filter() const { return m_view->filter(); }
    // The posts the abusive-word scanner flagged, by local id.
    void setFlaggedPosts(const QSet<qint64> &localIds);
    // After a calendar, the deadline table or the unit list changed: every clock again.
    void setReferenceData(const QueueReferenceData &reference);
    // After local actions or a sync changed these posts: only their rows change, move, appear
    // or go, so the selection stays on the post it was on.
    bool refreshPosts(const QStringList &postIds, QString *error);

    // How many posts each filter lets through: the saved views' live counts. Empty while
    // the queue is loading (the counts would be those of the first screen only).
    QList<qsizetype> counts(const QList<QueueFilter> &filters) const;

    QString postIdAt(int row) const;
    qint64 localIdAt(int row) const;
    int rowOfPost(const QString &postId) const; // -1 when the post is not shown
    int rowOfLocalId(qint64 localId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingFinished();
    void loadFailed(const QString &message);
    // Posts changed or the queue was loaded: the saved views' counts may have changed.
    void countsChanged();

private:
    struct LoadResult
    {
        std::unique_ptr<QueueIndex> index;
        QString error;
    };
    void startLoading();
    void finishLoading();
    void relayout(const std::function<void()> &change);
    void reset(const std::function<void()> &change);
    void columnsChanged(QueueColumn first, QueueColumn last);
    std::unique_ptr<QueueView> newView(std::unique_ptr<QueueIndex> index) const;

    QString deadlineText(quint32 row) const;
    QString deadlineSentence(quint32 row) const;
    QString flagsText(quint32 row, bool sentences) const;
    QString unitsText(quint32 row) const;
    QString unitsToolTip(quint32 row) const;
    QVariant display(QueueColumn column, quint32 row) const;
    QVariant toolTip(QueueColumn column, quint32 row) const;
    QVariant accessibleText(QueueColumn column, quint32 row) const;

    // QueueView::Listener
    void beginReset() override { beginResetModel(); }
    void endReset() override { endResetModel(); }
    void beginRemove(qsizetype row) override { beginRemoveRows({}, int(row), int(row)); }
    void endRemove() override { endRemoveRows(); }
    void beginInsert(qsizetype row) override { beginInsertRows({}, int(row), int(row)); }
    void endInsert() override { endInsertRows(); }
    void beginMove(qsizetype row, qsizetype destination) override;
    void endMove() override { endMoveRows(); }
    void changed(qsizetype row) override;

    Database *m_database = nullptr;
    QueueReferenceData m_reference;
    QDate m_today;
    int m_dueSoonWorkingDays = 3;
    QSet<qint64> m_flagged;
    std::unique_ptr<QueueView> m_view;
    QFutureWatcher<LoadResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_loading; // the running load's cancel flag
    QStringList m_refreshedWhileLoading;
};

} // namespace bxt
