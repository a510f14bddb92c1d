#include "domain/category.h"

#include <QCoreApplication>

namespace bxt::Categories {

namespace {
struct CategoryInfo
{
    Category category;
    const char *code;
    const char *chinese;
    const char *english;
};

constexpr CategoryInfo kCategories[] = {
    {Category::Consultation, "consultation", "咨询", QT_TRANSLATE_NOOP("Category", "Consultation")},
    {Category::Appeal, "appeal", "诉求", QT_TRANSLATE_NOOP("Category", "Appeal")},
    {Category::Suggestion, "suggestion", "建议", QT_TRANSLATE_NOOP("Category", "Suggestion")},
    {Category::Commentary, "commentary", "评议", QT_TRANSLATE_NOOP("Category", "Commentary")},
    {Category::Petition, "petition", "信访", QT_TRANSLATE_NOOP("Category", "Petition")},
    {Category::Report, "report", "举报", QT_TRANSLATE_NOOP("Category", "Report")},
    {Category::MultiDepartment, "multi_department", "综合", QT_TRANSLATE_NOOP("Category", "Multi-department")},
    {Category::Other, "other", "其他", QT_TRANSLATE_NOOP("Category", "Other")},
};

const CategoryInfo &info(Category category)
{
    return kCategories[static_cast<int>(category)];
}
} // namespace

QString code(Category category)
{
    return QString::fromLatin1(info(category).code);
}

std::optional<Category> fromCode(const QString &code)
{
    for (const auto &entry : kCategories) {
        if (code == QLatin1String(entry.code))
            return entry.category;
    }
    return std::nullopt;
}

QString chineseName(Category category)
{
    return QString::fromUtf8(info(category).chinese);
}

QString displayName(Category category)
{
    return QCoreApplication::translate("Category", info(category).english);
}

bool isDispatchedToUnits(Category category)
{
    return category != Category::Petition && category != Category::Report && category != Category::Other;
}

} // namespace bxt::Categories
