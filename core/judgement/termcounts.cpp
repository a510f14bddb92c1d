#include "judgement/termcounts.h"

#include "search/searchindexwriter.h"
#include "search/searchtokenizer.h"

namespace bxt {

TermCounts termCounts(QStringView title, QStringView body)
{
    TermCounts counts;
    for (const auto &[term, weight] : documentTerms(title, body).weights) {
        if (!SearchTokenizer::isSingleCharacter(term))
            counts.emplace_back(term, double(weight));
    }
    return counts;
}

} // namespace bxt
