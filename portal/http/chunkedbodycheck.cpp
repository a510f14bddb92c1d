#include "http/chunkedbodycheck.h"

namespace bxt::portal {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

ChunkedBodyCheck::Result ChunkedBodyCheck::read(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && m_state != State::Complete && m_state != State::Broken) {
        if (m_state == State::Data) {
            const qint64 taken = qMin<qint64>(m_left, bytes.size() - i);
            i += taken;
            m_left -= taken;
            if (m_left == 0)
                m_state = State::DataCr;
            continue;
        }
        const char c = bytes.at(i++);
        switch (m_state) {
        case State::Size:
            if (const int digit = hexValue(c); digit >= 0 && m_digits < 15) {
                m_left = m_left * 16 + digit;
                ++m_digits;
            } else if (m_digits > 0 && (c == ';' || c == ' ' || c == '\t')) {
                m_state = State::Extension;
            } else {
                m_state = m_digits > 0 && c == '\r' ? State::SizeLf : State::Broken;
            }
            break;
        case State::Extension:
            if (c == '\r')
                m_state = State::SizeLf;
            else if (c == '\n')
                m_state = State::Broken;
            break;
        case State::SizeLf: m_state = c != '\n' ? State::Broken : m_left == 0 ? State::LastCr : State::Data; break;
        case State::DataCr: m_state = c == '\r' ? State::DataLf : State::Broken; break;
        case State::DataLf:
            m_state = c == '\n' ? State::Size : State::Broken;
            m_digits = 0;
            break;
        case State::LastCr: m_state = c == '\r' ? State::LastLf : State::Broken; break;
        case State::LastLf: m_state = c == '\n' ? State::Complete : State::Broken; break;
        default: break;
        }
    }
    if (m_state == State::Complete)
        return Result::Complete;
    return m_state == State::Broken ? Result::Broken : Result::Incomplete;
}

} // namespace bxt::portal
