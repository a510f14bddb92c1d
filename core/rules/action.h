#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace bxt {

// An action of portal-api.md "Actions (push)": its type and the body sent to the portal.
class Action final
{
public:
    enum class Type {
        Classify,
        Dispatch,
        Forward,
        Shield,
        Unshield,
        Accept,
        Return,
        Promise,
        Reply,
        Supervise,
        SupervisionResult,
        Close
    };

    // Reads {"type": ..., parameters...}; nullopt and *error for an unknown type or a parameter
    // the contract does not define for it. body() leaves out base_version.
    static std::optional<Action> fromJson(const QJsonObject &body, QString *error);

    Type type() const { return m_type; }
    QString typeCode() const;
    static QString codeOf(Type type);
    const QJsonObject &body() const { return m_body; }
    QJsonValue parameter(const char *name) const { return m_body.value(QLatin1String(name)); }
    QString text(const char *name) const { return parameter(name).toString(); }

private:
    Action(Type type, QJsonObject body)
        : m_type(type)
        , m_body(std::move(body))
    { }

    Type m_type;
    QJsonObject m_body;
};

} // namespace bxt
