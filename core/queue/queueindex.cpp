#include "queue/queueindex.h"

#include <QDate>
#include <algorithm>

namespace bxt {

namespace {

constexpr const char *kStatusCodes[] = { "new", "triaged", "dispatched", "replied", "forwarded", "shielded", "closed" };
constexpr quint8 kForwarded = 4;
constexpr quint8 kShielded = 5;
constexpr quint8 kClosed = 6;

// The longest text kept: a longer one is cut at a character boundary.
QByteArrayView fitting(QByteArrayView bytes, qsizetype limit)
{
    if (bytes.size() <= limit)
        return bytes;
    qsizetype length = limit;
    while (length > 0 && (quint8(bytes[length]) & 0xC0) == 0x80)
        --length; // do not cut a UTF-8 sequence
    return bytes.first(length);
}

// A strict YYYY-MM-DD date as a Julian day; 0 when it is not one.
qint32 julianDayOf(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return 0;
    int parts[3] = { 0, 0, 0 };
    const int starts[3] = { 0, 5, 8 };
    const int lengths[3] = { 4, 2, 2 };
    for (int part = 0; part < 3; ++part) {
        for (int i = starts[part]; i < starts[part] + lengths[part]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return 0;
            parts[part] = parts[part] * 10 + (text[i] - '0');
        }
    }
    const QDate date(parts[0], parts[1], parts[2]);
    return date.isValid() ? qint32(date.toJulianDay()) : 0;
}

} // namespace

QueueIndex::QueueIndex()
{
    m_categoryCodes.emplace_back();
    for (int i = 0; i <= int(Category::Other); ++i)
        m_categoryCodes.push_back(Categories::code(Category(i)).toLatin1());
    for (const char *code : kStatusCodes)
        m_statusCodes.emplace_back(code);
}

QueueIndex::~QueueIndex() = default;

void QueueIndex::reserve(qsizetype posts)
{
    const auto n = size_t(posts);
    m_localIds.reserve(n);
    m_idOffsets.reserve(n);
    m_idLengths.reserve(n);
    m_titleOffsets.reserve(n);
    m_titleLengths.reserve(n);
    m_categories.reserve(n);
    m_statuses.reserve(n);
    m_marks.reserve(n);
    m_submitted.reserve(n);
    m_views.reserve(n);
    m_dueDays.reserve(n);
    m_assignmentStarts.reserve(n);
    m_assignmentCounts.reserve(n);
    m_assignments.reserve(n);
}

QByteArrayView QueueIndex::text(quint32 offset, quint32 length) const
{
    return QByteArrayView(
        m_arena[offset / kArenaBlockBytes].constData() + offset % kArenaBlockBytes, qsizetype(length));
}

quint32 QueueIndex::addText(QByteArrayView bytes)
{
    if (m_arena.empty() || m_arena.back().size() + bytes.size() > qsizetype(kArenaBlockBytes)) {
        m_arena.emplace_back();
        m_arena.back().reserve(kArenaBlockBytes);
    }
    QByteArray &block = m_arena.back();
    const auto offset = quint32((m_arena.size() - 1) * kArenaBlockBytes + size_t(block.size()));
    block.append(bytes.data(), bytes.size());
    return offset;
}

quint8 QueueIndex::codeOf(std::vector<QByteArray> &codes, QByteArrayView code)
{
    for (size_t i = 0; i < codes.size(); ++i) {
        if (codes[i] == code)
            return quint8(i);
    }
    if (codes.size() == 255)
        return 254; // more unknown codes than a byte holds: the last one stands for the rest
    codes.emplace_back(code.data(), code.size());
    return quint8(codes.size() - 1);
}

quint16 QueueIndex::unitOf(QByteArrayView unitId)
{
    const auto found = m_unitNumbers.constFind(QByteArray::fromRawData(unitId.data(), unitId.size()));
    if (found != m_unitNumbers.cend())
        return *found;
    const auto number = quint16(std::min<size_t>(m_unitIds.size(), 0xFFFF));
    if (number == 0xFFFF)
        return number - 1; // more units than any city has
    m_unitNumbers.insert(QByteArray(unitId.data(), unitId.size()), number);
    m_unitIds.push_back(QString::fromUtf8(unitId));
    m_unitNames.push_back(QString());
    m_unitKinds.push_back(std::nullopt);
    m_unitRanks.push_back(0);
    m_ordering.invalidate(QueueColumn::Units);
    return number;
}

void QueueIndex::rankUnits()
{
    std::vector<quint16> byName(m_unitIds.size());
    for (size_t i = 0; i < byName.size(); ++i)
        byName[i] = quint16(i);
    std::sort(byName.begin(), byName.end(), [this](quint16 a, quint16 b) {
        const int order = unitName(a).compare(unitName(b));
        return order != 0 ? order < 0 : a < b;
    });
    for (size_t rank = 0; rank < byName.size(); ++rank)
        m_unitRanks[byName[rank]] = quint16(rank + 1);
    m_ordering.invalidate(QueueColumn::Units);
}

void QueueIndex::setFields(quint32 row, const PostFields &post)
{
    if (postIdBytes(row) != post.id) {
        const QByteArrayView id = fitting(post.id, 0xFFFF);
        m_idOffsets[row] = addText(id);
        m_idLengths[row] = quint16(id.size());
    }
    if (titleBytes(row) != post.title) {
        const QByteArrayView title = fitting(post.title, 0xFFFF);
        m_titleOffsets[row] = addText(title);
        m_titleLengths[row] = quint16(title.size());
    }
    m_categories[row] = codeOf(m_categoryCodes, post.category);
    m_statuses[row] = codeOf(m_statusCodes, post.status);
    m_submitted[row] = post.submittedAt;
    m_views[row] = quint32(std::clamp<qint64>(post.views, 0, std::numeric_limits<quint32>::max()));
}

quint32 QueueIndex::appendPost(const PostFields &post)
{
    const auto row = quint32(m_localIds.size());
    m_localIds.push_back(post.localId);
    m_idOffsets.push_back(0);
    m_idLengths.push_back(0);
    m_titleOffsets.push_back(0);
    m_titleLengths.push_back(0);
    m_categories.push_back(0);
    m_statuses.push_back(0);
    m_marks.push_back(0);
    m_submitted.push_back(0);
    m_views.push_back(0);
    m_dueDays.push_back(0);
    m_assignmentStarts.push_back(quint32(m_assignments.size()));
    m_assignmentCounts.push_back(0);
    if (m_arena.empty())
        addText({}); // so that an empty text has a block to point into
    setFields(row, post);
    return row;
}

void QueueIndex::appendAssignment(const AssignmentFields &assignment)
{
    const size_t row = m_localIds.size() - 1;
    if (m_assignmentCounts[row] == 0xFF)
        return; // no post goes to more than 255 units
    m_assignments.push_back({ cstJulianDay(assignment.dispatchedAt), julianDayOf(assignment.promiseDue),
        unitOf(assignment.unitId), assignmentStateFromCode(assignment.status) });
    ++m_assignmentCounts[row];
}

quint32 QueueIndex::takePost(const QueueIndex &from, quint32 fromRow)
{
    const qint64 id = from.localId(fromRow);
    std::optional<quint32> row = rowOfLocalId(id);
    Q_ASSERT(row || m_localIds.empty() || id > m_localIds.back());
    const QByteArray category = from.m_categoryCodes[from.categoryCode(fromRow)];
    const QByteArray status = from.m_statusCodes[from.statusCode(fromRow)];
    const PostFields fields { id, from.postIdBytes(fromRow), from.titleBytes(fromRow), category, status,
        from.submittedAt(fromRow), from.views(fromRow) };
    if (!row) {
        row = appendPost(fields);
    } else {
        setFields(*row, fields);
        m_marks[*row] &= quint8(~kRemoved);
    }
    const size_t unitsBefore = m_unitIds.size();
    std::vector<Assignment> assignments;
    for (const Assignment &assignment : from.assignments(fromRow)) {
        Assignment taken = assignment;
        taken.unit = unitOf(from.m_unitIds[assignment.unit].toUtf8());
        if (m_unitKinds[taken.unit] == std::nullopt && from.m_unitKinds[assignment.unit]) {
            m_unitNames[taken.unit] = from.m_unitNames[assignment.unit];
            m_unitKinds[taken.unit] = from.m_unitKinds[assignment.unit];
        }
        assignments.push_back(taken);
    }
    if (assignments.size() > m_assignmentCounts[*row])
        m_assignmentStarts[*row] = quint32(m_assignments.size()); // a longer list goes to the end
    const size_t start = m_assignmentStarts[*row];
    if (start + assignments.size() > m_assignments.size())
        m_assignments.resize(start + assignments.size());
    std::copy(assignments.begin(), assignments.end(), m_assignments.begin() + qsizetype(start));
    m_assignmentCounts[*row] = quint8(assignments.size());
    if (m_unitIds.size() != unitsBefore)
        rankUnits();
    return *row;
}

void QueueIndex::markRemoved(quint32 row)
{
    m_marks[row] |= kRemoved;
}

void QueueIndex::setUnits(const QHash<QString, Unit> &units)
{
    for (const Unit &unit : units) {
        const quint16 number = unitOf(unit.id.toUtf8());
        m_unitNames[number] = unit.name;
        m_unitKinds[number] = unit.kind;
    }
    rankUnits();
}

QString QueueIndex::unitName(quint16 unit) const
{
    const QString &name = m_unitNames.at(unit);
    return name.isEmpty() ? m_unitIds.at(unit) : name;
}

std::optional<quint16> QueueIndex::unitNumber(const QString &unitId) const
{
    const auto found = m_unitNumbers.constFind(unitId.toUtf8());
    return found != m_unitNumbers.cend() ? std::optional<quint16>(*found) : std::nullopt;
}

void QueueIndex::computeClock(quint32 row, PostClockCalculator &calculator)
{
    PostClock nearest;
    const quint8 status = m_statuses[row];
    // A forwarded, shielded or closed post is out of the units' hands, whatever its
    // assignments say.
    if (status != kForwarded && status != kShielded && status != kClosed) {
        for (const Assignment &assignment : assignments(row)) {
            const std::optional<UnitKind> kind = m_unitKinds[assignment.unit];
            if (kind) {
                nearest = PostClockCalculator::nearer(nearest,
                    calculator.clockOf(*kind, assignment.dispatchDay, assignment.state, assignment.promiseDay));
            }
        }
    }
    m_dueDays[row] = nearest.dueDay;
    quint8 &marks = m_marks[row];
    marks &= quint8(~(kClockFirstAnswer | kClockIncomplete));
    marks |= (nearest.firstAnswer ? kClockFirstAnswer : 0) | (nearest.calendarComplete ? 0 : kClockIncomplete);
}

void QueueIndex::computeClocks(PostClockCalculator &calculator)
{
    for (quint32 row = 0; row < quint32(size()); ++row)
        computeClock(row, calculator);
    m_ordering.invalidate(QueueColumn::Deadline);
}

void QueueIndex::setFlagged(const QSet<qint64> &localIds)
{
    std::vector<bool> flagged(m_marks.size(), false);
    for (const qint64 localId : localIds) {
        if (const auto row = rowOfLocalId(localId))
            flagged[*row] = true;
    }
    bool changed = false;
    for (size_t row = 0; row < m_marks.size(); ++row) {
        const quint8 marks = flagged[row] ? quint8(m_marks[row] | kFlagged) : quint8(m_marks[row] & ~kFlagged);
        changed = changed || marks != m_marks[row];
        m_marks[row] = marks;
    }
    if (changed)
        m_ordering.invalidate(QueueColumn::Flags);
}

QString QueueIndex::postId(quint32 row) const
{
    return QString::fromUtf8(postIdBytes(row));
}

QString QueueIndex::title(quint32 row) const
{
    return QString::fromUtf8(titleBytes(row));
}

std::optional<Category> QueueIndex::category(quint32 row) const
{
    const quint8 code = m_categories[row];
    if (code == 0 || code > 1 + int(Category::Other))
        return std::nullopt;
    return Category(code - 1);
}

QString QueueIndex::categoryText(quint32 row) const
{
    return QString::fromUtf8(m_categoryCodes[m_categories[row]]);
}

QString QueueIndex::statusText(quint32 row) const
{
    return QString::fromUtf8(m_statusCodes[m_statuses[row]]);
}

std::optional<quint8> QueueIndex::statusNumber(const QString &code) const
{
    const QByteArray bytes = code.toUtf8();
    for (size_t i = 0; i < m_statusCodes.size(); ++i) {
        if (m_statusCodes[i] == bytes)
            return quint8(i);
    }
    return std::nullopt;
}

QueueIndex::Assignments QueueIndex::assignments(quint32 row) const
{
    const Assignment *first = m_assignments.data() + m_assignmentStarts[row];
    return { first, first + m_assignmentCounts[row] };
}

PostClock QueueIndex::clock(quint32 row) const
{
    const quint8 marks = m_marks[row];
    return { m_dueDays[row], (marks & kClockFirstAnswer) != 0, (marks & kClockIncomplete) == 0 };
}

quint8 QueueIndex::flags(quint32 row) const
{
    quint8 flags = 0;
    const Assignments list = assignments(row);
    if (list.size() > 0 && std::all_of(list.begin(), list.end(), [](const Assignment &a) {
            return a.state == AssignmentState::Returned;
        }))
        flags |= quint8(QueueFlag::ReturnedByAll);
    if (m_statuses[row] == kShielded)
        flags |= quint8(QueueFlag::Shielded);
    if (isConfidential(row))
        flags |= quint8(QueueFlag::Confidential);
    if (m_marks[row] & kFlagged)
        flags |= quint8(QueueFlag::FlaggedWords);
    return flags;
}

std::optional<quint32> QueueIndex::rowOfLocalId(qint64 localId) const
{
    const auto found = std::lower_bound(m_localIds.cbegin(), m_localIds.cend(), localId);
    if (found == m_localIds.cend() || *found != localId)
        return std::nullopt;
    return quint32(found - m_localIds.cbegin());
}

std::optional<quint32> QueueIndex::rowOfPostId(QByteArrayView id) const
{
    for (quint32 row = 0; row < quint32(size()); ++row) {
        if (postIdBytes(row) == id)
            return row;
    }
    return std::nullopt;
}

} // namespace bxt
