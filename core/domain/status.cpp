#include "domain/status.h"

#include <QCoreApplication>

namespace bxt {

namespace {
struct StatusName
{
    const char *code;
    const char *name;
};

constexpr StatusName kPostStatuses[] = {
    { "new", QT_TRANSLATE_NOOP("Status", "new") },
    { "triaged", QT_TRANSLATE_NOOP("Status", "classified") },
    { "dispatched", QT_TRANSLATE_NOOP("Status", "dispatched") },
    { "replied", QT_TRANSLATE_NOOP("Status", "replied") },
    { "forwarded", QT_TRANSLATE_NOOP("Status", "forwarded") },
    { "shielded", QT_TRANSLATE_NOOP("Status", "shielded") },
    { "closed", QT_TRANSLATE_NOOP("Status", "closed") },
};

constexpr StatusName kAssignmentStatuses[] = {
    { "pending", QT_TRANSLATE_NOOP("Status", "waiting to be signed for") },
    { "accepted", QT_TRANSLATE_NOOP("Status", "signed for") },
    { "returned", QT_TRANSLATE_NOOP("Status", "returned") },
    { "promised", QT_TRANSLATE_NOOP("Status", "reply date promised") },
    { "replied", QT_TRANSLATE_NOOP("Status", "replied") },
};

template <size_t N> QString lookup(const StatusName (&table)[N], const QString &code)
{
    for (const auto &entry : table) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("Status", entry.name);
    }
    return code;
}
} // namespace

QString postStatusName(const QString &code)
{
    return lookup(kPostStatuses, code);
}

QString assignmentStatusName(const QString &code)
{
    return lookup(kAssignmentStatuses, code);
}

} // namespace bxt
