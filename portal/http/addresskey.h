#pragma once

#include <QString>

class QHostAddress;

namespace bxt::portal {

// What a per-address limit counts by: an IPv4 address, or an IPv6 client's /64, which it can
// fill with addresses of its own.
QString addressKey(const QHostAddress &address);

} // namespace bxt::portal
