#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bxt {

// The eight kinds of post of the notice's section 四 (R5–R12).
enum class Category { Consultation, Appeal, Suggestion, Commentary, Petition, Report, MultiDepartment, Other };

namespace Categories {
QString code(Category category); // stable wire code, e.g. "multi_department"
std::optional<Category> fromCode(const QString &code);
QString chineseName(Category category); // the notice's own word, e.g. 综合
QString displayName(Category category); // translated for the UI
bool isDispatchedToUnits(Category category); // petition, report and other never go to a unit
QStringList dispatchedCodes(); // the codes of the categories that go to units
QString handlingRule(Category category); // the notice's handling in one line, translated, with its rule id
} // namespace Categories

} // namespace bxt
