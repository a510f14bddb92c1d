// fake-portal: the fake portal as a program, for the sync benchmark and for trying the client
// by hand. Prints the base URL and the test CA's path, one line each, and serves until killed.

#include "fakeportal.h"

#include "demo/syntheticpostgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace {

struct UserArguments
{
    QString name;
    QString password;
    QString role;
    QString unitId;
};

struct Arguments
{
    int posts = 0;
    quint32 seed = 1;
    bool gzip = false;
    QList<UserArguments> users;
};

const char kUsage[] = "usage: fake-portal [--posts N] [--seed S] [--gzip] "
                      "[--user NAME --password PW --role ROLE [--unit ID]]...\n"
                      "Without --user, one column_staff user \"staff\" with the password \"staff\".\n";

// The options of a user follow its --user, so they are read in order, not by name.
bool parse(const QStringList &arguments, Arguments *parsed, QString *error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString option = arguments.at(i);
        if (option == QLatin1String("--gzip")) {
            parsed->gzip = true;
            continue;
        }
        static const QStringList withValue { QStringLiteral("--posts"), QStringLiteral("--seed"),
            QStringLiteral("--user"), QStringLiteral("--password"), QStringLiteral("--role"),
            QStringLiteral("--unit") };
        if (!withValue.contains(option)) {
            *error = QStringLiteral("Unknown option %1.").arg(option);
            return false;
        }
        if (i + 1 >= arguments.size()) {
            *error = QStringLiteral("%1 needs a value.").arg(option);
            return false;
        }
        const QString value = arguments.at(++i);
        bool ok = true;
        if (option == QLatin1String("--posts")) {
            parsed->posts = value.toInt(&ok);
            ok = ok && parsed->posts >= 0;
        } else if (option == QLatin1String("--seed")) {
            parsed->seed = value.toUInt(&ok);
        } else if (option == QLatin1String("--user")) {
            parsed->users.append(UserArguments { value, {}, {}, {} });
        } else if (parsed->users.isEmpty()) {
            *error = QStringLiteral("%1 belongs after a --user.").arg(option);
            return false;
        } else if (option == QLatin1String("--password")) {
            parsed->users.last().password = value;
        } else if (option == QLatin1String("--role")) {
            parsed->users.last().role = value;
        } else {
            parsed->users.last().unitId = value;
        }
        if (!ok) {
            *error = QStringLiteral("%1 takes a whole number, not %2.").arg(option, value);
            return false;
        }
    }
    for (const UserArguments &user : std::as_const(parsed->users)) {
        if (user.password.isEmpty() || user.role.isEmpty()) {
            *error = QStringLiteral("The user %1 needs a --password and a --role.").arg(user.name);
            return false;
        }
    }
    if (parsed->users.isEmpty())
        parsed->users.append(
            UserArguments { QStringLiteral("staff"), QStringLiteral("staff"), QStringLiteral("column_staff"), {} });
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    Arguments arguments;
    QString error;
    if (!parse(app.arguments().mid(1), &arguments, &error)) {
        err << error << '\n' << kUsage;
        return 2;
    }

    bxt::test::FakePortal portal;
    portal.setGzip(arguments.gzip);
    for (qsizetype i = 0; i < arguments.users.size(); ++i) {
        const UserArguments &user = arguments.users.at(i);
        portal.addUser(QStringLiteral("u-%1").arg(i + 1), user.name, user.password, user.role, user.unitId);
    }
    QElapsedTimer timer;
    timer.start();
    bxt::SyntheticPostGenerator generator(arguments.seed);
    for (int i = 0; i < arguments.posts; ++i)
        portal.putPost(generator.next());
    err << "fake-portal: " << arguments.posts << " posts ready in " << timer.elapsed() << " ms\n";
    err.flush();

    if (!portal.start(&error)) {
        err << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << portal.baseUrl().toString() << '\n' << bxt::test::FakePortal::caCertificatePath() << '\n';
    out.flush();
    return app.exec();
}
