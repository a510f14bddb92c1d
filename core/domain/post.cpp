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

QDateTime parseRfc3339(const QString &text)
{
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
