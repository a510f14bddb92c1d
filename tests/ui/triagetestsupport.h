#pragma once

#include "calendar/deadlinecalculator.h"
#include "common/languagechooser.h"
#include "demo/syntheticpostgenerator.h"
#include "domain/post.h"
#include "domain/unit.h"
#include "rules/actioneffect.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QWidget>

namespace bxt::test {

// The demo's Harbin departments and districts, as the unit store gives them.
inline QHash<QString, Unit> harbinUnitTable()
{
    QHash<QString, Unit> units;
    for (const QJsonValue &value : SyntheticPostGenerator::harbinUnits()) {
        const QJsonObject unit = value.toObject();
        const QString id = unit.value(QLatin1String("id")).toString();
        units.insert(id,
            Unit { id, unit.value(QLatin1String("name")).toString(),
                unitKindFromCode(unit.value(QLatin1String("kind")).toString()).value_or(UnitKind::Department),
                unit.value(QLatin1String("active")).toBool(true) });
    }
    return units;
}

inline DeadlineCalculator noticeDeadlines()
{
    return DeadlineCalculator(WorkCalendar::builtIn(), DeadlineRules::notice());
}

inline QJsonObject assignment(
    const QString &unitId, const QString &dispatchedAt, const QString &status, const QJsonArray &replies = {})
{
    QJsonObject json = pendingAssignment(unitId, dispatchedAt);
    json.insert(QStringLiteral("status"), status);
    json.insert(QStringLiteral("replies"), replies);
    return json;
}

// A post of the given category and status; the author left a phone number and an e-mail address.
inline Post triagePost(
    const QString &id, const QString &category, const QString &status, const QJsonArray &assignments = {})
{
    return Post(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 2 },
        { QStringLiteral("title"), QStringLiteral("南岗区学府路道路破损坑洼") },
        { QStringLiteral("body"), QStringLiteral("学府路路面坑洼不平，雨天积水很深。") },
        { QStringLiteral("submitted_at"), QStringLiteral("2025-03-03T08:15:00+08:00") },
        { QStringLiteral("author"),
            QJsonObject { { QStringLiteral("alias"), QStringLiteral("市民王先生") },
                { QStringLiteral("phone"), QStringLiteral("13912345678") },
                { QStringLiteral("email"), QStringLiteral("wang@example.com") } } },
        { QStringLiteral("wants_reply"), true },
        { QStringLiteral("category"), category.isEmpty() ? QJsonValue() : QJsonValue(category) },
        { QStringLiteral("status"), status }, { QStringLiteral("forwarded_to"), QJsonValue() },
        { QStringLiteral("shield_reason"), QJsonValue() }, { QStringLiteral("duplicate_of"), QJsonValue() },
        { QStringLiteral("views"), 37 }, { QStringLiteral("satisfaction"), QJsonValue() },
        { QStringLiteral("assignments"), assignments }, { QStringLiteral("supervisions"), QJsonArray() } });
}

// Writes the widget as BXT_SCREENSHOT_DIR/name for people to look at.
inline bool saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(BXT_SCREENSHOT_DIR));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // texts changed since the last layout
    return widget.grab().save(QStringLiteral(BXT_SCREENSHOT_DIR "/") + name);
}

} // namespace bxt::test
