#pragma once

#include <QString>

namespace bxt {

// Display names of the portal's status codes (portal-api.md), translated.
QString postStatusName(const QString &code);
QString assignmentStatusName(const QString &code);

} // namespace bxt
