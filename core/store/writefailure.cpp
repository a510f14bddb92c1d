#include "store/writefailure.h"

#include <QIODevice>
#include <cerrno>

namespace bxt {

QString writeFailureReason(const QIODevice &device, int systemError)
{
    switch (systemError) {
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
    case EIO: return qt_error_string(systemError);
    default: return device.errorString();
    }
}

} // namespace bxt
