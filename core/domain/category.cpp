#include "domain/category.h"

#include <QCoreApplication>
#include <iterator>

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
    { Category::Consultation, "consultation", "咨询", QT_TRANSLATE_NOOP("Category", "Consultation") },
    { Category::Appeal, "appeal", "诉求", QT_TRANSLATE_NOOP("Category", "Appeal") },
    { Category::Suggestion, "suggestion", "建议", QT_TRANSLATE_NOOP("Category", "Suggestion") },
    { Category::Commentary, "commentary", "评议", QT_TRANSLATE_NOOP("Category", "Commentary") },
    { Category::Petition, "petition", "信访", QT_TRANSLATE_NOOP("Category", "Petition") },
    { Category::Report, "report", "举报", QT_TRANSLATE_NOOP("Category", "Report") },
    { Category::MultiDepartment, "multi_department", "综合", QT_TRANSLATE_NOOP("Category", "Multi-department") },
    { Category::Other, "other", "其他", QT_TRANSLATE_NOOP("Category", "Other") },
};

// The notice's section 四, one line per category, in the order of the enum.
constexpr const char *kHandlingRules[] = {
    QT_TRANSLATE_NOOP("Category",
        "Dispatched; the reply names the relevant documents with their numbers and "
        "explains them when asked (R5)."),
    QT_TRANSLATE_NOOP("Category",
        "Dispatched; the unit investigates and resolves it, or explains and gives a "
        "resolution date; if too vague, it contacts the author first (R6)."),
    QT_TRANSLATE_NOOP("Category",
        "Dispatched; feasible suggestions are adopted; replied when the author asked "
        "for a reply (R7)."),
    QT_TRANSLATE_NOOP("Category", "Column staff decide whether to dispatch it and reply at all (R8)."),
    QT_TRANSLATE_NOOP("Category",
        "Forwarded to the mayor's mailbox; column staff reply online that it was "
        "forwarded (R9)."),
    QT_TRANSLATE_NOOP("Category",
        "Confidential: forwarded to the discipline mailbox only, never shown to a "
        "department or district; the reply is seen by the author only (R10)."),
    QT_TRANSLATE_NOOP("Category",
        "Dispatched to every unit concerned at once; each replies separately on its "
        "own clock (R11)."),
    QT_TRANSLATE_NOOP("Category",
        "Spam, duplicates, advertising, abusive or illegal posts: shielded by column "
        "staff with the reason kept; a shield can be undone (R12)."),
};
static_assert(std::size(kHandlingRules) == std::size(kCategories));

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

QString handlingRule(Category category)
{
    return QCoreApplication::translate("Category", kHandlingRules[static_cast<int>(category)]);
}

bool isDispatchedToUnits(Category category)
{
    return category != Category::Petition && category != Category::Report && category != Category::Other;
}

QStringList dispatchedCodes()
{
    QStringList codes;
    for (const CategoryInfo &each : kCategories) {
        if (isDispatchedToUnits(each.category))
            codes.append(QString::fromLatin1(each.code));
    }
    return codes;
}

} // namespace bxt::Categories
