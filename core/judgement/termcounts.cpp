#include "judgement/termcounts.h"

#include "search/searchindexwriter.h"
#include "search/searchtokenizer.h"

#include <algorithm>

namespace bxt {

namespace {

// A text's terms without single characters, sorted.
QList<quint64> sortedPairsAndWords(QStringView text)
{
    QList<quint64> terms = SearchTokenizer::terms(text);
    terms.erase(std::remove_if(terms.begin(), terms.end(), &SearchTokenizer::isSingleCharacter), terms.end());
    std::sort(terms.begin(), terms.end());
    return terms;
}

} // namespace

// The index's document terms (documentTerms) counted the same way, without the run ends the
// index adds: a quarter's posts are counted for the key issues.
TermCounts termCounts(QStringView title, QStringView body)
{
    const QList<quint64> titleTerms = sortedPairsAndWords(title);
    const QList<quint64> bodyTerms = sortedPairsAndWords(body);
    TermCounts counts;
    counts.reserve(size_t(titleTerms.size() + bodyTerms.size()));
    auto inTitle = titleTerms.cbegin();
    auto inBody = bodyTerms.cbegin();
    while (inTitle != titleTerms.cend() || inBody != bodyTerms.cend()) {
        const quint64 term
            = inBody == bodyTerms.cend() || (inTitle != titleTerms.cend() && *inTitle < *inBody) ? *inTitle : *inBody;
        quint32 count = 0;
        for (; inTitle != titleTerms.cend() && *inTitle == term; ++inTitle)
            count += kTitleTermWeight;
        for (; inBody != bodyTerms.cend() && *inBody == term; ++inBody)
            ++count;
        counts.emplace_back(term, double(count));
    }
    return counts;
}

} // namespace bxt
