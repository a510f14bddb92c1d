#include "http/addresskey.h"

#include <QHostAddress>
#include <algorithm>

namespace bxt::portal {

QString addressKey(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4)
        return QHostAddress(ipv4).toString();
    Q_IPV6ADDR ipv6 = address.toIPv6Address();
    std::fill(std::begin(ipv6.c) + 8, std::end(ipv6.c), quint8(0));
    return QHostAddress(ipv6).toString() + QStringLiteral("/64");
}

} // namespace bxt::portal
