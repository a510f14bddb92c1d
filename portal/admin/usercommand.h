#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

class QIODevice;

namespace bxt::portal {

class PortalDatabase;

// `user add NAME --role ROLE [--unit ID] [--display NAME]` (the password is the first line of
// stdin) and `user disable NAME` (which also ends the user's sessions). Role codes are the
// contract's; a liaison needs --unit of an imported unit, the other roles have none.
class UserCommand final
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    struct Outcome
    {
        int exitCode = 0; // 0 done, 1 refused or failed, 2 wrong command line
        QString message; // one line; for exit 0 what was done
    };

    using DatabaseOpener = std::function<std::unique_ptr<PortalDatabase>(QString *error)>;

    // arguments follow "user"; the database is opened once the command line is found right.
    static Outcome run(const DatabaseOpener &openDatabase, const QStringList &arguments, QIODevice &in);

private:
    struct NewUser
    {
        QString name;
        QString role;
        QString unitId;
        QString displayName;
    };
    static Outcome add(const DatabaseOpener &openDatabase, const QStringList &arguments, QIODevice &in);
    static Outcome disable(const DatabaseOpener &openDatabase, const QStringList &arguments);
    static Outcome parseNewUser(const QStringList &arguments, NewUser *user);
};

} // namespace bxt::portal
