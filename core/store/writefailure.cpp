#include "store/writefailure.h"

#include <QIODevice>
#include <QSaveFile>
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

bool commitSaveFile(QSaveFile &file, QString *reason)
{
    if (!file.flush()) {
        *reason = writeFailureReason(file, errno);
        file.cancelWriting();
        file.commit();
        return false;
    }
    if (!file.commit()) {
        *reason = writeFailureReason(file, errno);
        return false;
    }
    return true;
}

} // namespace bxt
