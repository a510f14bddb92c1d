#pragma once

#include <QFile>

namespace bxt {

// The process's stdin, stdout and stderr as QFiles, for the main() of a command-line program:
// the error stream unbuffered, so that a message is out before anything else can go wrong;
// the output flushed when this goes.
struct StandardStreams final
{
    Q_DISABLE_COPY_MOVE(StandardStreams)
    StandardStreams();
    ~StandardStreams();

    QFile in;
    QFile out;
    QFile err;
};

} // namespace bxt
