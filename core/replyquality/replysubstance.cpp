#include "replyquality/replysubstance.h"

#include <QSet>
#include <algorithm>

namespace bxt {

namespace {

// The pairs of Han characters of a text (供暖温度 → 供暖 暖温 温度), the terms overlap is counted
// on; a pair is kept as its two UTF-16 units.
using HanPair = quint32;

QSet<HanPair> hanPairs(const QString &text, const QSet<HanPair> &ignored = {})
{
    QSet<HanPair> pairs;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).script() != QChar::Script_Han || text.at(i + 1).script() != QChar::Script_Han)
            continue;
        const HanPair pair = HanPair(text.at(i).unicode()) << 16 | text.at(i + 1).unicode();
        if (!ignored.contains(pair))
            pairs.insert(pair);
    }
    return pairs;
}

double overlapShare(
    const QString &reply, const QString &postTitle, const QString &postBody, const ReplyCheckRules &rules)
{
    const QSet<HanPair> ignored = hanPairs(rules.overlapIgnoredTerms().join(QLatin1Char(' ')));
    QSet<HanPair> terms = hanPairs(postTitle, ignored);
    if (terms.size() < 2)
        terms.unite(hanPairs(postBody.left(200), ignored));
    if (terms.isEmpty())
        return 0;
    const QSet<HanPair> replyPairs = hanPairs(reply);
    const auto shared = std::count_if(
        terms.cbegin(), terms.cend(), [&replyPairs](HanPair term) { return replyPairs.contains(term); });
    return double(shared) / terms.size();
}

} // namespace

ReplySubstance ReplySubstance::measure(
    const QString &reply, const QString &postTitle, const QString &postBody, const ReplyCheckRules &rules)
{
    QString own = reply.trimmed();
    if (!rules.stockPhrases().pattern().isEmpty())
        own.remove(rules.stockPhrases());
    static const QRegularExpression noise(QStringLiteral("[\\s\\p{P}\\p{S}]"));
    ReplySubstance substance;
    substance.ownChars = QString(own).remove(noise).size();

    for (const ReplyCheckRules::Signal &signal : rules.signalList()) {
        qsizetype count = 0;
        if (signal.perChars > 0) {
            count = substance.ownChars / signal.perChars;
        } else {
            for (auto it = signal.pattern.globalMatch(own); it.hasNext() && count < signal.cap; it.next())
                ++count;
        }
        count = std::min<qsizetype>(count, signal.cap);
        substance.score += count * signal.weight;
    }
    const double share = overlapShare(own, postTitle, postBody, rules);
    substance.score += rules.overlapWeight() * std::min(1.0, share / rules.overlapFullAt());
    return substance;
}

} // namespace bxt
