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
    const char *rule;
};

constexpr CategoryInfo kCategories[] = {
    {Category::Consultation, "consultation", "咨询", QT_TRANSLATE_NOOP("Category", "Consultation"),
     QT_TRANSLATE_NOOP("Category", "Dispatch; the reply names the documents with their numbers (R5).")},
    {Category::Appeal, "appeal", "诉求", QT_TRANSLATE_NOOP("Category", "Appeal"),
     QT_TRANSLATE_NOOP("Category", "Dispatch; the unit investigates and resolves, or promises a date (R6).")},
    {Category::Suggestion, "suggestion", "建议", QT_TRANSLATE_NOOP("Category", "Suggestion"),
     QT_TRANSLATE_NOOP("Category", "Dispatch; adopt what is feasible, reply when the author asked (R7).")},
    {Category::Commentary, "commentary", "评议", QT_TRANSLATE_NOOP("Category", "Commentary"),
     QT_TRANSLATE_NOOP("Category", "Column staff decide whether to dispatch and reply (R8).")},
    {Category::Petition, "petition", "信访", QT_TRANSLATE_NOOP("Category", "Petition"),
     QT_TRANSLATE_NOOP("Category", "Forward to the mayor's mailbox and tell the author online (R9).")},
    {Category::Report, "report", "举报", QT_TRANSLATE_NOOP("Category", "Report"),
     QT_TRANSLATE_NOOP("Category",
                       "Confidential: forward to the discipline mailbox, reply to the author only (R10).")},
    {Category::MultiDepartment, "multi_department", "综合", QT_TRANSLATE_NOOP("Category", "Multi-department"),
     QT_TRANSLATE_NOOP("Category", "Dispatch to every unit concerned; each replies on its own clock (R11).")},
    {Category::Other, "other", "其他", QT_TRANSLATE_NOOP("Category", "Other"),
     QT_TRANSLATE_NOOP("Category", "Spam, duplicates, advertising, abuse: shield with a reason (R12).")},
};

const CategoryInfo &info(Category category)
{
    return kCategories[static_cast<int>(category)];
}
} // namespace

QList<Category> all()
{
    QList<Category> result;
    for (const auto &entry : kCategories)
        result.append(entry.category);
    return result;
}

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

QString handlingRule(Category category)
{
    return QCoreApplication::translate("Category", info(category).rule);
}

bool isDispatchedToUnits(Category category)
{
    return category != Category::Petition && category != Category::Report && category != Category::Other;
}

} // namespace bxt::Categories
