#pragma once

#include "domain/category.h"
#include "domain/unit.h"
#include "queue/postclock.h"
#include "queue/queueordering.h"

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace bxt {

// What a queue row shows besides its columns; a bit each, combined.
enum class QueueFlag : quint8 {
    ReturnedByAll = 0x01, // every unit returned it: it needs classifying or dispatching anew (R15)
    Shielded = 0x02, // R12
    Confidential = 0x04, // a report (举报): never shown to a unit (R10)
    FlaggedWords = 0x08, // abusive or illegal words, from the word scanner
};

// Every post of the store in a compact, column-wise form for the triage queue: a million posts
// in about 130 MB, read without touching SQLite. Rows are numbered in local-id order; a post
// removed from the store keeps its row, marked removed. Texts are UTF-8 in one arena.
class QueueIndex final
{
public:
    Q_DISABLE_COPY_MOVE(QueueIndex)
    QueueIndex();
    ~QueueIndex();

    // A post's columns as read from the store; the views must stay valid during the call.
    struct PostFields
    {
        qint64 localId = 0;
        QByteArrayView id;
        QByteArrayView title;
        QByteArrayView category; // empty when unclassified
        QByteArrayView status;
        qint64 submittedAt = 0; // seconds since the epoch
        qint64 views = 0;
    };
    struct AssignmentFields
    {
        QByteArrayView unitId;
        QByteArrayView status;
        QByteArrayView promiseDue; // YYYY-MM-DD, or empty
        qint64 dispatchedAt = 0; // seconds since the epoch
    };
    struct Assignment
    {
        qint32 dispatchDay = 0; // Julian day in China Standard Time
        qint32 promiseDay = 0; // 0 when no (valid) date was promised
        quint16 unit = 0; // see unitId()
        AssignmentState state = AssignmentState::Unknown;
    };
    struct Assignments
    {
        const Assignment *first = nullptr;
        const Assignment *last = nullptr;
        const Assignment *begin() const { return first; }
        const Assignment *end() const { return last; }
        qsizetype size() const { return last - first; }
    };

    // Building, in increasing local-id order: a post, then its assignments.
    void reserve(qsizetype posts);
    quint32 appendPost(const PostFields &post);
    void appendAssignment(const AssignmentFields &assignment); // to the last post appended
    // Whether the index holds every post of the store (not only a first screen's worth).
    void setComplete(bool complete) { m_complete = complete; }
    bool isComplete() const { return m_complete; }

    // Changing: the current state of a post read into another index (see readQueuePosts()).
    // Returns the row it now has: its own, or a new one appended for a post not seen before,
    // whose local id must then be above every one held.
    quint32 takePost(const QueueIndex &from, quint32 fromRow);
    void markRemoved(quint32 row);

    // Reference data: unit names and kinds, and the clocks worked out from them.
    void setUnits(const QHash<QString, Unit> &units);
    void computeClock(quint32 row, PostClockCalculator &calculator);
    void computeClocks(PostClockCalculator &calculator);
    // The posts the abusive-word scanner flagged, by local id; replaces the previous set.
    void setFlagged(const QSet<qint64> &localIds);

    qsizetype size() const { return qsizetype(m_localIds.size()); }
    qint64 localId(quint32 row) const { return m_localIds[row]; }
    QString postId(quint32 row) const;
    QByteArrayView postIdBytes(quint32 row) const { return text(m_idOffsets[row], m_idLengths[row]); }
    QString title(quint32 row) const;
    QByteArrayView titleBytes(quint32 row) const { return text(m_titleOffsets[row], m_titleLengths[row]); }
    // 0 when unclassified, else 1 + the Category; codes past the eight for unknown categories.
    quint8 categoryCode(quint32 row) const { return m_categories[row]; }
    std::optional<Category> category(quint32 row) const;
    QString categoryText(quint32 row) const; // the wire code; empty when unclassified
    // Post statuses in workflow order: new, triaged, dispatched, replied, forwarded, shielded,
    // closed; codes past them for statuses this client does not know.
    quint8 statusCode(quint32 row) const { return m_statuses[row]; }
    QString statusText(quint32 row) const; // the wire code
    qint64 submittedAt(quint32 row) const { return m_submitted[row]; }
    quint32 views(quint32 row) const { return m_views[row]; }
    Assignments assignments(quint32 row) const;
    PostClock clock(quint32 row) const;
    bool isRemoved(quint32 row) const { return m_marks[row] & kRemoved; }
    bool isFlagged(quint32 row) const { return m_marks[row] & kFlagged; }
    quint8 flags(quint32 row) const; // QueueFlag bits
    bool isConfidential(quint32 row) const { return m_categories[row] == 1 + int(Category::Report); }

    // Units known to the index: those of the store's unit list and any assignments name.
    QString unitId(quint16 unit) const { return m_unitIds.at(unit); }
    QString unitName(quint16 unit) const; // the unit id when the store's list does not know it
    // Rank of a unit by name, for sorting; ranks start at 1.
    quint16 unitRank(quint16 unit) const { return m_unitRanks.at(unit); }
    std::optional<quint16> unitNumber(const QString &unitId) const;

    std::optional<quint8> statusNumber(const QString &code) const; // nullopt: no post has it

    std::optional<quint32> rowOfLocalId(qint64 localId) const;
    std::optional<quint32> rowOfPostId(QByteArrayView id) const; // a scan: for posts gone from the store

    QueueOrdering &ordering() { return m_ordering; }
    const QueueOrdering &ordering() const { return m_ordering; }

private:
    static constexpr quint8 kRemoved = 0x01;
    static constexpr quint8 kFlagged = 0x02;
    static constexpr quint8 kClockFirstAnswer = 0x04;
    static constexpr quint8 kClockIncomplete = 0x08;
    static constexpr quint32 kArenaBlockBytes = 1u << 20;

    QByteArrayView text(quint32 offset, quint32 length) const;
    quint32 addText(QByteArrayView bytes);
    quint8 codeOf(std::vector<QByteArray> &codes, QByteArrayView code);
    quint16 unitOf(QByteArrayView unitId);
    void rankUnits();
    void setFields(quint32 row, const PostFields &post);

    bool m_complete = false;
    std::vector<qint64> m_localIds;
    std::vector<quint32> m_idOffsets;
    std::vector<quint16> m_idLengths;
    std::vector<quint32> m_titleOffsets;
    std::vector<quint16> m_titleLengths;
    std::vector<quint8> m_categories;
    std::vector<quint8> m_statuses;
    std::vector<quint8> m_marks;
    std::vector<qint64> m_submitted;
    std::vector<quint32> m_views;
    std::vector<qint32> m_dueDays;
    std::vector<quint32> m_assignmentStarts;
    std::vector<quint8> m_assignmentCounts;
    std::vector<Assignment> m_assignments;

    // Texts in blocks of 1 MiB, so that growing never copies what is there; a text never
    // crosses a block, so an offset is block * size + position.
    std::vector<QByteArray> m_arena;

    std::vector<QByteArray> m_categoryCodes; // by code; [0] is "" (unclassified)
    std::vector<QByteArray> m_statusCodes;
    std::vector<QString> m_unitIds;
    std::vector<QString> m_unitNames;
    std::vector<std::optional<UnitKind>> m_unitKinds;
    std::vector<quint16> m_unitRanks;
    QHash<QByteArray, quint16> m_unitNumbers;

    QueueOrdering m_ordering;
};

} // namespace bxt
