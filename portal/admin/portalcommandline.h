#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace bxt::portal {

// The administration commands of baixingtan-portal (one per line of its usage). Exit codes: 0
// done, 1 the command failed (one line on stderr), 2 the command line is wrong.
class PortalCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(PortalCommandLine)

public:
    Q_DISABLE_COPY_MOVE(PortalCommandLine)
    PortalCommandLine(QIODevice &in, QIODevice &out, QIODevice &err);

    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    int failure(const QString &message);
    int init(const QString &configPath, const QStringList &arguments);
    int check(const QString &configPath, const QStringList &arguments);
    int importReference(const QString &configPath, const QString &command, const QStringList &arguments);
    int importPosts(const QString &configPath, const QStringList &arguments);
    int user(const QString &configPath, const QStringList &arguments);

    QIODevice &m_in;
    QIODevice &m_out;
    QIODevice &m_err;
};

} // namespace bxt::portal
