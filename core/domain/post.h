#pragma once

#include "domain/category.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace bxt {

// A POST object of portal-api.md. The JSON is kept whole, so fields this client does not
// know survive every round trip; the accessors read the fields it does know.
class Post final
{
public:
    Post() = default;
    explicit Post(QJsonObject json)
        : m_json(std::move(json))
    { }

    const QJsonObject &json() const { return m_json; }
    QJsonObject &json() { return m_json; }

    QString id() const;
    qint64 version() const;
    QString title() const;
    QString body() const;
    QDateTime submittedAt() const;
    QString authorAlias() const;
    std::optional<Category> category() const;
    QString categoryCode() const; // empty when unclassified
    QString status() const;
    qint64 views() const;
    QJsonArray assignments() const;
    QJsonObject assignmentFor(const QString &unitId) const; // empty when the unit has none
    QJsonArray supervisions() const;

private:
    QJsonObject m_json;
};

// Parses an RFC 3339 timestamp that carries an offset or Z; invalid QDateTime otherwise.
QDateTime parseRfc3339(const QString &text);
// Whether parseRfc3339() reads a valid instant, without building it (a validator's question).
bool isRfc3339Instant(const QString &text);
// Parses a date written exactly as YYYY-MM-DD; invalid QDate otherwise (Qt's ISODate also
// takes other separators and ignores trailing text).
QDate parseDate(const QString &text);
// The instant written as RFC 3339 in China Standard Time, e.g. 2025-03-03T08:15:00+08:00.
QString toRfc3339Cst(const QDateTime &instant);
// The calendar date of an instant in China Standard Time (UTC+8, no daylight saving).
QDate cstDate(const QDateTime &instant);

} // namespace bxt
