#pragma once

#include <QString>

class QIODevice;
class QSaveFile;

namespace bxt {

// Why a write to device failed, for messages. When the disk fills up or a file reaches the
// system's size limit midway, the write is short and Qt has no reason ("Unknown error"); the
// system's reason is then systemError, errno taken right after the failed call.
QString writeFailureReason(const QIODevice &device, int systemError);

// Commits file only when every byte written reached it; otherwise the old file stays and *reason
// says why. QSaveFile::commit() alone misses a failure of the last flush of its buffer (output
// smaller than the buffer on a full disk) and would replace the old file with a short one.
bool commitSaveFile(QSaveFile &file, QString *reason);

} // namespace bxt
