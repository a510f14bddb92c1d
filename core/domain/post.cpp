#include "domain/post.h"

#include <QTimeZone>

namespace bxt {

QString Post::id() const
{
    return m_json.value(QLatin1String("id")).toString();
}

qint64 Post::version() const
{
    return m_json.value(QLatin1String("version")).toInteger();
}

QString Post::title() const
{
    return m_json.value(QLatin1String("title")).toString();
}

QString Post::body() const
{
    return m_json.value(QLatin1String("body")).toString();
}

QDateTime Post::submittedAt() const
{
    return parseRfc3339(m_json.value(QLatin1String("submitted_at")).toString());
}

QString Post::authorAlias() const
{
    return m_json.value(QLatin1String("author")).toObject().value(QLatin1String("alias")).toString();
}

std::optional<Category> Post::category() const
{
    return Categories::fromCode(categoryCode());
}

QString Post::categoryCode() const
{
    return m_json.value(QLatin1String("category")).toString();
}

QString Post::status() const
{
    return m_json.value(QLatin1String("status")).toString();
}

qint64 Post::views() const
{
    return m_json.value(QLatin1String("views")).toInteger();
}

QJsonArray Post::assignments() const
{
    return m_json.value(QLatin1String("assignments")).toArray();
}

QJsonObject Post::assignmentFor(const QString &unitId) const
{
    const QJsonArray list = assignments();
    for (const QJsonValue &value : list) {
        const QJsonObject assignment = value.toObject();
        if (assignment.value(QLatin1String("unit_id")).toString() == unitId)
            return assignment;
    }
    return {};
}

QJsonArray Post::supervisions() const
{
    return m_json.value(QLatin1String("supervisions")).toArray();
}

namespace {

// The form the portal writes, 2025-03-03T08:15:00+08:00, read without Qt's general parser: an
// import reads several in every post. Empty for any other form, and for values whose reading
// only Qt knows (hour 24, year 0, large offsets): those are left to Qt. The date may be invalid
// (02-30).
struct UsualInstant
{
    QDate date;
    QTime time;
    int offsetSeconds;
};

std::optional<UsualInstant> readUsualRfc3339(const QString &text)
{
    if (text.size() != 25)
        return std::nullopt;
    const auto number = [&text](qsizetype at, qsizetype digits, int *value) {
        *value = 0;
        for (qsizetype i = at; i < at + digits; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            *value = *value * 10 + (c - u'0');
        }
        return true;
    };
    const char16_t sign = text.at(19).unicode();
    int year, month, day, hour, minute, second, offsetHours, offsetMinutes;
    if (text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':' || text.at(16) != u':'
        || (sign != u'+' && sign != u'-') || text.at(22) != u':' || !number(0, 4, &year) || !number(5, 2, &month)
        || !number(8, 2, &day) || !number(11, 2, &hour) || !number(14, 2, &minute) || !number(17, 2, &second)
        || !number(20, 2, &offsetHours) || !number(23, 2, &offsetMinutes))
        return std::nullopt;
    if (year == 0 || hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59)
        return std::nullopt;
    return UsualInstant { QDate(year, month, day), QTime(hour, minute, second),
        (sign == u'-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60) };
}

// Built as Qt builds what it reads.
std::optional<QDateTime> parseUsualRfc3339(const QString &text)
{
    const std::optional<UsualInstant> usual = readUsualRfc3339(text);
    if (!usual)
        return std::nullopt;
    if (!usual->date.isValid())
        return QDateTime();
    return QDateTime(usual->date, usual->time, Qt::OffsetFromUTC, usual->offsetSeconds);
}

} // namespace

QDateTime parseRfc3339(const QString &text)
{
    if (std::optional<QDateTime> usual = parseUsualRfc3339(text))
        return *usual;
    // Qt also accepts timestamps without an offset (local time); the contract does not.
    if (text.size() < 20)
        return {};
    const QChar last = text.back();
    const bool hasOffset = last == QLatin1Char('Z') || last == QLatin1Char('z')
        || (text.size() >= 6
            && (text.at(text.size() - 6) == QLatin1Char('+') || text.at(text.size() - 6) == QLatin1Char('-'))
            && text.at(text.size() - 3) == QLatin1Char(':'));
    if (!hasOffset || text.at(10) != QLatin1Char('T'))
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

bool isRfc3339Instant(const QString &text)
{
    if (const std::optional<UsualInstant> usual = readUsualRfc3339(text))
        return usual->date.isValid();
    return parseRfc3339(text).isValid();
}

QDate parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() && date.toString(Qt::ISODate) == text ? date : QDate();
}

QString toRfc3339Cst(const QDateTime &instant)
{
    return instant.toTimeZone(QTimeZone(8 * 3600)).toString(Qt::ISODate);
}

QDate cstDate(const QDateTime &instant)
{
    return instant.toTimeZone(QTimeZone(8 * 3600)).date();
}

} // namespace bxt
