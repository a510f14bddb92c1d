#pragma once

#include <QCoreApplication>

class QIODevice;

namespace bxt::portal {

// `serve`: runs the service until SIGTERM or SIGINT, which end the event loop cleanly (open
// connections are closed, the database connection ends); one line per request on stderr.
class ServeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    // Exit code 0 after a stop signal, 1 when the service cannot start (one line on err).
    static int run(const QString &configPath, QIODevice &err);
};

} // namespace bxt::portal
