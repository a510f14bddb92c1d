#include "rules/action.h"

#include <QCoreApplication>

namespace bxt {

namespace {
struct TypeInfo
{
    Action::Type type;
    const char *code;
};
constexpr TypeInfo kTypes[] = {
    {Action::Type::Classify, "classify"}, {Action::Type::Dispatch, "dispatch"},
    {Action::Type::Forward, "forward"},   {Action::Type::Shield, "shield"},
    {Action::Type::Unshield, "unshield"}, {Action::Type::Accept, "accept"},
    {Action::Type::Return, "return"},     {Action::Type::Promise, "promise"},
    {Action::Type::Reply, "reply"},       {Action::Type::Supervise, "supervise"},
    {Action::Type::SupervisionResult, "supervision_result"}, {Action::Type::Close, "close"},
};
} // namespace

std::optional<Action> Action::fromJson(const QJsonObject &body, QString *error)
{
    const QString code = body.value(QLatin1String("type")).toString();
    for (const auto &entry : kTypes) {
        if (code == QLatin1String(entry.code))
            return Action(entry.type, body);
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
