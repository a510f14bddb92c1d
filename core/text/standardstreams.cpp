#include "text/standardstreams.h"

#include <cstdio>

namespace bxt {

StandardStreams::StandardStreams()
{
    // By descriptor: Qt reads a line of a FILE * with fgets, which drops all from a NUL byte on.
    in.open(fileno(stdin), QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

StandardStreams::~StandardStreams()
{
    out.flush();
}

} // namespace bxt
