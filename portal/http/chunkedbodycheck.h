#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace bxt::portal {

// Follows a chunked request body (RFC 9112 7.1) as its bytes arrive, to tell where it ends or
// that its framing is broken. Strict where Qt 6.4's parser is lenient, so that both end the body
// at the same byte or the request is refused: every line ends CRLF, a size is 1 to 15 hex digits,
// and the last chunk has no trailer fields (Qt's parser would read them as the next request).
class ChunkedBodyCheck final
{
public:
    enum class Result { Incomplete, Complete, Broken };

    // The body's next bytes; once the result is Complete or Broken, further bytes are not looked at.
    Result read(QByteArrayView bytes);

private:
    enum class State { Size, Extension, SizeLf, Data, DataCr, DataLf, LastCr, LastLf, Complete, Broken };

    State m_state = State::Size;
    int m_digits = 0;
    qint64 m_left = 0; // of the chunk's size, then of its data
};

} // namespace bxt::portal
