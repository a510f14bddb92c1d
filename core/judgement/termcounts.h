#pragma once

#include <QStringView>
#include <utility>
#include <vector>

namespace bxt {

// The search index's terms of a text with their counts (title terms count four times), sorted
// by term. The single characters the index adds at the ends of Chinese runs only repeat what
// the pairs say, so they are left out.
using TermCounts = std::vector<std::pair<quint64, double>>;

TermCounts termCounts(QStringView title, QStringView body);

} // namespace bxt
