#pragma once

#include <QString>

class QIODevice;

namespace bxt {

// Why a write to device failed, for messages. When the disk fills up or a file reaches the
// system's size limit midway, the write is short and Qt has no reason ("Unknown error"); the
// system's reason is then systemError, errno taken right after the failed call.
QString writeFailureReason(const QIODevice &device, int systemError);

} // namespace bxt
