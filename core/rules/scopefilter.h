#pragma once

#include "domain/role.h"

#include <QJsonObject>

namespace bxt {

// What this user may keep of a post the portal sent (portal-api.md "Change feed", R10). The
// portal scopes what it sends; the client checks again before anything reaches the store, so
// that a portal bug never puts a whistle-blower's post on a department's laptop.
class ScopeFilter final
{
public:
    explicit ScopeFilter(Actor actor)
        : m_actor(std::move(actor))
    { }

    enum class Verdict { Keep, Withhold };

    // Withhold: the user must not store the post at all (for a liaison: a report, or a post
    // without an assignment for its unit); *why, when given, says which, for the user. Keep:
    // the post may be stored as *post, whose author is only the alias when the user is not
    // entitled to the contact (*stripped when a contact went). Sync and import both apply it.
    Verdict apply(QJsonObject *post, bool *stripped, QString *why = nullptr) const;
    // Whether apply() keeps every post as it is for this user, whatever the post: column staff
    // hold every post with its contact. Then a post's JSON can be passed on without reading it.
    bool keepsEveryPostWhole() const;

private:
    Actor m_actor;
};

} // namespace bxt
