#include "calendar/deadlinerules.h"

#include "text/unknownkeys.h"

#include <QCoreApplication>

namespace bxt {

namespace {
int slot(UnitKind kind)
{
    return kind == UnitKind::Department ? 0 : 1;
}

QJsonObject periodJson(const Period &period)
{
    return { { QStringLiteral("days"), period.days }, { QStringLiteral("working_days"), period.workingDays } };
}

// A misspelled key would otherwise be ignored and the notice's value kept without a word.
bool onlyKnownKeys(const QJsonObject &json, const QStringList &known, const QString &path, QString *error)
{
    const QString unknown = firstUnknownKey(json, known);
    if (unknown.isNull())
        return true;
    const QString keyPath = path.isEmpty() ? unknown : path + QLatin1Char('.') + unknown;
    *error = QCoreApplication::translate("DeadlineRules", "unknown key \"%1\"; the keys are %2")
                 .arg(keyPath, known.join(QStringLiteral(", ")));
    return false;
}

bool readPeriod(const QJsonValue &value, const QString &path, Period *period, QString *error)
{
    if (value.isUndefined())
        return true;
    const QJsonObject json = value.toObject();
    if (!onlyKnownKeys(json, { QStringLiteral("days"), QStringLiteral("working_days") }, path, error))
        return false;
    const int days = json.value(QLatin1String("days")).toInt(-1);
    const QJsonValue working = json.value(QLatin1String("working_days"));
    if (days < 1 || days > 366 || !working.isBool()) {
        *error = QCoreApplication::translate(
            "DeadlineRules", "a period needs \"days\" (1–366) and \"working_days\" (true/false)");
        return false;
    }
    *period = Period { days, working.toBool() };
    return true;
}
} // namespace

DeadlineRules DeadlineRules::notice()
{
    DeadlineRules rules;
    rules.m_firstAnswer[slot(UnitKind::Department)] = { 3, true };
    rules.m_firstAnswer[slot(UnitKind::District)] = { 5, false };
    rules.m_finalLimit[slot(UnitKind::Department)] = { 20, true };
    rules.m_finalLimit[slot(UnitKind::District)] = { 30, true };
    return rules;
}

Period DeadlineRules::firstAnswer(UnitKind kind) const
{
    return m_firstAnswer[slot(kind)];
}

Period DeadlineRules::finalLimit(UnitKind kind) const
{
    return m_finalLimit[slot(kind)];
}

void DeadlineRules::setFirstAnswer(UnitKind kind, Period period)
{
    m_firstAnswer[slot(kind)] = period;
}

QJsonObject DeadlineRules::toJson() const
{
    QJsonObject json;
    for (const UnitKind kind : { UnitKind::Department, UnitKind::District }) {
        json.insert(unitKindCode(kind),
            QJsonObject { { QStringLiteral("first_answer"), periodJson(firstAnswer(kind)) },
                { QStringLiteral("final_limit"), periodJson(finalLimit(kind)) } });
    }
    return json;
}

bool DeadlineRules::fromJson(const QJsonObject &json, DeadlineRules *rules, QString *error)
{
    DeadlineRules parsed = notice();
    if (!onlyKnownKeys(
            json, { unitKindCode(UnitKind::Department), unitKindCode(UnitKind::District) }, QString(), error))
        return false;
    for (const UnitKind kind : { UnitKind::Department, UnitKind::District }) {
        const QJsonValue value = json.value(unitKindCode(kind));
        if (!value.isUndefined() && !value.isObject()) {
            *error = QCoreApplication::translate("DeadlineRules", "\"%1\" must be an object").arg(unitKindCode(kind));
            return false;
        }
        const QJsonObject entry = value.toObject();
        const QString path = unitKindCode(kind);
        if (!onlyKnownKeys(entry, { QStringLiteral("first_answer"), QStringLiteral("final_limit") }, path, error)
            || !readPeriod(entry.value(QLatin1String("first_answer")), path + QStringLiteral(".first_answer"),
                &parsed.m_firstAnswer[slot(kind)], error)
            || !readPeriod(entry.value(QLatin1String("final_limit")), path + QStringLiteral(".final_limit"),
                &parsed.m_finalLimit[slot(kind)], error))
            return false;
        // N working days take at least N days, so only a first answer in days against a final
        // limit in working days cannot be compared by the numbers.
        const Period first = parsed.m_firstAnswer[slot(kind)];
        const Period last = parsed.m_finalLimit[slot(kind)];
        if (first.days > last.days && (first.workingDays || !last.workingDays)) {
            *error = QCoreApplication::translate(
                "DeadlineRules", "%1: the first answer (%2 days) would be due after the final limit (%3 days)")
                         .arg(path)
                         .arg(first.days)
                         .arg(last.days);
            return false;
        }
    }
    *rules = parsed;
    return true;
}

} // namespace bxt
