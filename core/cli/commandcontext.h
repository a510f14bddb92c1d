#pragma once

#include "cli/commandline.h"
#include "store/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace bxt::cli {

// Every command's messages share the translation context CommandLine.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// What a command runs with: its streams, the parsed command line and the store it works on.
struct Context
{
    QIODevice &in;
    QIODevice &out;
    QIODevice &err;
    const QCommandLineParser &parser;
    QStringList arguments; // after the command name
    QString dbPath;
    QString user;

    void print(const QString &line) const { out.write(line.toUtf8() + '\n'); }
    int fail(const QString &message) const
    {
        err.write(QByteArrayLiteral("baixingtan-cli: ") + message.simplified().toUtf8() + '\n');
        return CommandLine::Failure;
    }
    int usage(const QString &message) const
    {
        fail(message);
        return CommandLine::UsageError;
    }
    std::unique_ptr<Database> openStore(int *exitCode, Database::Access access) const
    {
        QString error;
        auto database = Database::open(dbPath, access, &error);
        if (!database)
            *exitCode = fail(error);
        return database;
    }
};

// The options more than one command group takes; the parser keeps the first of a name.
QCommandLineOption formatOption();
QCommandLineOption outOption();
QCommandLineOption categoryOption();
QCommandLineOption unitOption();

// FILE, or the command's standard input for "-".
struct Input
{
    std::unique_ptr<QFile> file;
    QIODevice *device = nullptr;
};

Input openInput(const Context &context, const QString &name, QString *error);
bool readWholeInput(const Context &context, const QString &name, QByteArray *bytes, QString *error);
bool readJsonFile(const Context &context, const QString &name, QJsonObject *object, QString *error);
// Writing an output file over the case store or its -wal, -shm or -journal file would replace
// the store: refused before anything is opened.
int refuseOverwritingStore(const Context &context, const QString &path);
// A number option within bounds; nullopt (and the usage message) otherwise.
std::optional<int> numberOption(const Context &context, const char *name, int low, int high);

} // namespace bxt::cli
