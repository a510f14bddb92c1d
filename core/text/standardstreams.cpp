#include "text/standardstreams.h"

#include <cstdio>

namespace bxt {

StandardStreams::StandardStreams()
{
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

StandardStreams::~StandardStreams()
{
    out.flush();
}

} // namespace bxt
