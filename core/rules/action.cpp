#include "rules/action.h"

#include "text/unknownkeys.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>

namespace bxt {

namespace {
struct TypeInfo
{
    Action::Type type;
    const char *code;
    std::array<const char *, 5> parameters; // portal-api.md "Actions (push)"; nullptr when fewer
};
// In the order of Action::Type.
const TypeInfo kTypes[] = {
    { Action::Type::Classify, "classify", { "category" } },
    { Action::Type::Dispatch, "dispatch", { "unit_ids" } },
    { Action::Type::Forward, "forward", { "mailbox", "note" } },
    { Action::Type::Shield, "shield", { "reason", "note", "duplicate_of" } },
    { Action::Type::Unshield, "unshield", {} },
    { Action::Type::Accept, "accept", { "unit_id" } },
    { Action::Type::Return, "return", { "unit_id", "reason" } },
    { Action::Type::Promise, "promise", { "unit_id", "due", "note" } },
    { Action::Type::Reply, "reply", { "unit_id", "kind", "text", "doc_refs", "visibility" } },
    { Action::Type::Supervise, "supervise", { "unit_id", "method", "reason", "note" } },
    { Action::Type::SupervisionResult, "supervision_result", { "supervision_id", "result" } },
    { Action::Type::Close, "close", {} },
};

QStringList parametersOf(const TypeInfo &info)
{
    QStringList names;
    for (const char *parameter : info.parameters) {
        if (parameter)
            names.append(QLatin1String(parameter));
    }
    return names;
}
} // namespace

std::optional<Action> Action::fromJson(const QJsonObject &body, QString *error)
{
    const QString code = body.value(QLatin1String("type")).toString();
    for (const auto &entry : kTypes) {
        if (code != QLatin1String(entry.code))
            continue;
        // Strict in what is sent: a parameter the contract does not define would reach the portal.
        QJsonObject parameters = body;
        parameters.remove(QStringLiteral("base_version")); // the sender's, filled in when sent
        const QStringList known = parametersOf(entry);
        const QString unknown = firstUnknownKey(parameters, known + QStringList { QStringLiteral("type") });
        if (!unknown.isNull()) {
            *error = QCoreApplication::translate("Action", "The action %1 has no parameter \"%2\" (it takes: %3).")
                         .arg(code, unknown,
                             known.isEmpty() ? QCoreApplication::translate("Action", "none")
                                             : known.join(QLatin1String(", ")));
            return std::nullopt;
        }
        return Action(entry.type, parameters);
    }
    *error = QCoreApplication::translate("Action", "\"%1\" is not an action this program knows.").arg(code);
    return std::nullopt;
}

QString Action::typeCode() const
{
    return codeOf(m_type);
}

QString Action::codeOf(Type type)
{
    return QString::fromLatin1(kTypes[static_cast<int>(type)].code);
}

} // namespace bxt
