#include "admin/usercommand.h"

#include "admin/adminaudit.h"
#include "db/portaldatabase.h"
#include "domain/role.h"
#include "session/secrets.h"
#include "session/sessionservice.h"

#include <QIODevice>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace bxt::portal {

namespace {

UserCommand::Outcome failed(const QString &message)
{
    return { 1, message };
}

} // namespace

UserCommand::Outcome UserCommand::run(const DatabaseOpener &openDatabase, const QStringList &arguments, QIODevice &in)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == QLatin1String("add"))
        return add(openDatabase, arguments.mid(1), in);
    if (subcommand == QLatin1String("disable"))
        return disable(openDatabase, arguments.mid(1));
    return { 2, tr("user takes add or disable.") };
}

UserCommand::Outcome UserCommand::parseNewUser(const QStringList &arguments, NewUser *user)
{
    if (arguments.isEmpty() || arguments.first().startsWith(QLatin1String("--")))
        return { 2, tr("user add needs the user's name first.") };
    user->name = SessionService::canonicalUserName(arguments.first());
    for (qsizetype i = 1; i < arguments.size(); i += 2) {
        const QString &option = arguments.at(i);
        if (i + 1 >= arguments.size())
            return { 2, tr("%1 needs a value.").arg(option) };
        const QString &value = arguments.at(i + 1);
        if (option == QLatin1String("--role"))
            user->role = value;
        else if (option == QLatin1String("--unit"))
            user->unitId = value;
        else if (option == QLatin1String("--display"))
            user->displayName = value;
        else
            return { 2, tr("user add does not take %1.").arg(option) };
    }
    if (user->role.isEmpty())
        return { 2, tr("user add needs --role.") };
    const auto role = roleFromCode(user->role);
    if (!role)
        return { 2, tr("Unknown role \"%1\": column_staff, liaison, supervisor, leader or admin.").arg(user->role) };
    if (*role == Role::Liaison && user->unitId.isEmpty())
        return { 2, tr("A liaison needs --unit, the unit it replies for.") };
    if (*role != Role::Liaison && !user->unitId.isEmpty())
        return { 2, tr("Only a liaison has a unit.") };
    const auto unfit = [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    };
    if (user->name.isEmpty())
        return { 2, tr("Give a user name.") };
    if (user->name.contains(QChar::ReplacementCharacter))
        return { 2,
            tr("The user name has bytes that are not UTF-8 (or U+FFFD, which stands for them): type it in "
               "UTF-8.") };
    if (user->name.front().isMark())
        return { 2,
            tr("The user name starts with a combining mark (an accent with no letter under it): type the letter "
               "first.") };
    if (std::any_of(user->name.cbegin(), user->name.cend(), unfit))
        return { 2, tr("A user name has no spaces, line breaks or control characters.") };
    if (SessionService::isUserNameTooLong(user->name))
        return { 2, tr("A user name has at most %1 characters.").arg(SessionService::longestUserName) };
    if (user->displayName.isEmpty())
        user->displayName = user->name;
    return {};
}

UserCommand::Outcome UserCommand::add(const DatabaseOpener &openDatabase, const QStringList &arguments, QIODevice &in)
{
    NewUser user;
    const Outcome parsed = parseNewUser(arguments, &user);
    if (parsed.exitCode != 0)
        return parsed;
    QByteArray password = in.readLine();
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    if (password.isEmpty())
        return failed(tr("Give the password on the first line of standard input; an empty one is refused."));
    if (password.contains('\0'))
        return failed(tr("The password has a NUL character, which no log-in can send."));
    if (!secrets::init())
        return failed(tr("libsodium cannot start (no source of randomness)."));
    const QByteArray hash = secrets::hashPassword(password);
    if (hash.isEmpty())
        return failed(tr("Not enough memory to hash the password."));

    QString error;
    const auto database = openDatabase(&error);
    if (!database)
        return failed(error);
    QSqlDatabase &db = database->db();
    PortalTransaction transaction(db);
    QSqlQuery query(db);
    if (!user.unitId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT 1 FROM units WHERE id = ?"));
        query.addBindValue(user.unitId);
        if (!query.exec())
            return failed(sqlError(query));
        if (!query.next())
            return failed(tr("There is no unit \"%1\": import the units first.").arg(user.unitId));
    }
    // Names that differ only in case would be two accounts that people take for one.
    query.prepare(QStringLiteral("SELECT name FROM users WHERE lower(normalize(name, NFC)) = lower(?)"));
    query.addBindValue(user.name);
    if (!query.exec())
        return failed(sqlError(query));
    if (query.next())
        return failed(tr("The name \"%1\" is taken.").arg(query.value(0).toString()));
    query.prepare(QStringLiteral("INSERT INTO users (id, name, display_name, role, unit_id, password_hash)"
                                 " VALUES ('u-' || nextval('user_number'), ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (name) DO NOTHING RETURNING id"));
    query.addBindValue(user.name);
    query.addBindValue(user.displayName);
    query.addBindValue(user.role);
    query.addBindValue(user.unitId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(user.unitId));
    query.addBindValue(QString::fromLatin1(hash));
    if (!query.exec())
        return failed(sqlError(query));
    if (!query.next())
        return failed(tr("The name \"%1\" is taken.").arg(user.name));
    const QString id = query.value(0).toString();
    const QJsonObject detail { { QStringLiteral("user_id"), id }, { QStringLiteral("name"), user.name },
        { QStringLiteral("role"), user.role } };
    if (!recordAdminAction(*database, QStringLiteral("user_add"), detail, &error) || !transaction.commit(&error))
        return failed(error);
    return { 0, tr("User %1 is %2.").arg(user.name, id) };
}

UserCommand::Outcome UserCommand::disable(const DatabaseOpener &openDatabase, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return { 2, tr("user disable takes the user's name.") };
    const QString name = arguments.first();
    QString error;
    const auto database = openDatabase(&error);
    if (!database)
        return failed(error);
    QSqlDatabase &db = database->db();
    PortalTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE users SET disabled = true WHERE name = ? RETURNING id"));
    query.addBindValue(name);
    if (!query.exec())
        return failed(sqlError(query));
    if (!query.next())
        return failed(tr("There is no user \"%1\".").arg(name));
    const QString id = query.value(0).toString();
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(sqlError(query));
    const QJsonObject detail { { QStringLiteral("user_id"), id }, { QStringLiteral("name"), name } };
    if (!recordAdminAction(*database, QStringLiteral("user_disable"), detail, &error) || !transaction.commit(&error))
        return failed(error);
    return { 0, tr("User %1 is disabled; its sessions have ended.").arg(name) };
}

} // namespace bxt::portal
