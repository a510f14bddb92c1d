#include "judgement/flaggedterms.h"

#include "judgement/termcharacters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlaggedTerms)
};

const char *const kAbusiveKey = "abusive";
const char *const kIllegalKey = "illegal";

// Chosen not to occur inside everyday words of the posts (废物 is also waste, 大麻花 a snack,
// 办证 what every citizen does): a flag is only worth its attention when it is rare.
// clang-format off
const char *const kBuiltInAbusive[] = {
        "傻逼", "傻B", "煞笔", "脑残", "弱智", "白痴", "智障", "狗官", "王八蛋", "混蛋", "滚蛋", "他妈的",
        "你妈的", "草泥马", "操你", "狗日的", "狗娘养的", "人渣", "杂种", "去死吧", "贱人", "狗东西",
        "不要脸", "蠢货", "死全家",
};
const char *const kBuiltInIllegal[] = {
        // gambling
        "网络赌博", "赌博网站", "网上赌场", "百家乐", "六合彩", "时时彩", "赌球", "博彩", "老虎机",
        // drugs
        "毒品", "冰毒", "海洛因", "摇头丸", "K粉", "麻古", "吸毒", "贩毒", "吸大麻", "迷药",
        // guns and explosives
        "出售枪支", "买卖枪支", "仿真枪", "气枪", "猎枪", "手枪", "枪支弹药", "雷管", "炸药",
        // fraud, forged papers, invoices
        "代开发票", "发票代开", "出售发票", "假发票", "办假证", "私刻公章", "洗钱", "套现", "刷单返利",
        "兼职刷单", "出售银行卡", "收购银行卡", "出售身份证", "代考", "替考", "非法集资", "传销",
        "窃听器", "针孔摄像",
        // sex
        "裸聊", "援交", "卖淫", "招嫖", "嫖娼", "色情服务",
};
// clang-format on

QStringList fromUtf8(const char *const *begin, const char *const *end)
{
    QStringList list;
    for (auto it = begin; it != end; ++it)
        list.append(QString::fromUtf8(*it));
    return list;
}

// The terms of one list, trimmed, without repeats; false and *error for anything but strings
// with something to look for.
bool readList(const QJsonObject &json, const char *key, QStringList *terms, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = Tr::tr("The list “%1” of flagged terms must be an array of words.").arg(QLatin1String(key));
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            *error
                = Tr::tr("The list “%1” of flagged terms holds something that is not a word.").arg(QLatin1String(key));
            return false;
        }
        const QString term = item.toString().trimmed();
        if (SearchTokenizer::terms(term).isEmpty()) {
            *error = Tr::tr("The flagged term “%1” in the list “%2” has no letters or characters to look for.")
                         .arg(term, QLatin1String(key));
            return false;
        }
        const QString folded = TermCharacters::folded(term);
        const bool repeated = std::any_of(terms->cbegin(), terms->cend(),
            [&folded](const QString &other) { return TermCharacters::folded(other) == folded; });
        if (!repeated)
            terms->append(term);
    }
    return true;
}

} // namespace

FlaggedTerms::FlaggedTerms(const QStringList &abusive, const QStringList &illegal)
{
    for (const QString &term : abusive)
        addEntry(term, false);
    for (const QString &term : illegal)
        addEntry(term, true);
}

void FlaggedTerms::addEntry(const QString &term, bool illegal)
{
    (illegal ? m_illegal : m_abusive).append(term);
    Entry entry;
    entry.folded = TermCharacters::folded(term);
    entry.term = term;
    entry.illegal = illegal;
    entry.wholeWordStart = TermCharacters::kind(entry.folded.front()) == TermCharacters::Kind::Word;
    entry.wholeWordEnd = TermCharacters::kind(entry.folded.back()) == TermCharacters::Kind::Word;
    m_entries.append(entry);
    QList<qsizetype> &sameStart = m_byFirstUnit[entry.folded.front().unicode()];
    sameStart.append(m_entries.size() - 1);
    std::stable_sort(sameStart.begin(), sameStart.end(),
        [this](qsizetype a, qsizetype b) { return m_entries.at(a).folded.size() > m_entries.at(b).folded.size(); });
}

FlaggedTerms FlaggedTerms::builtIn()
{
    return FlaggedTerms(fromUtf8(std::begin(kBuiltInAbusive), std::end(kBuiltInAbusive)),
        fromUtf8(std::begin(kBuiltInIllegal), std::end(kBuiltInIllegal)));
}

std::optional<FlaggedTerms> FlaggedTerms::fromJson(const QJsonObject &json, QString *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != QLatin1String(kAbusiveKey) && it.key() != QLatin1String(kIllegalKey)) {
            *error = Tr::tr("Unknown list “%1” of flagged terms: the lists are “abusive” and “illegal”.").arg(it.key());
            return std::nullopt;
        }
    }
    QStringList abusive;
    QStringList illegal;
    if (!readList(json, kAbusiveKey, &abusive, error) || !readList(json, kIllegalKey, &illegal, error))
        return std::nullopt;
    for (const QString &term : std::as_const(abusive)) {
        const QString folded = TermCharacters::folded(term);
        const bool inBoth = std::any_of(illegal.cbegin(), illegal.cend(),
            [&folded](const QString &other) { return TermCharacters::folded(other) == folded; });
        if (inBoth) {
            *error = Tr::tr("The flagged term “%1” is in both lists; keep it in one.").arg(term);
            return std::nullopt;
        }
    }
    return FlaggedTerms(abusive, illegal);
}

QJsonObject FlaggedTerms::toJson() const
{
    return { { QLatin1String(kAbusiveKey), QJsonArray::fromStringList(m_abusive) },
        { QLatin1String(kIllegalKey), QJsonArray::fromStringList(m_illegal) } };
}

template <typename Found> void FlaggedTerms::scan(QStringView text, Found found) const
{
    if (m_entries.isEmpty())
        return;
    const QString folded = TermCharacters::folded(text);
    const QStringView view(folded);
    const auto isWord = [&view](qsizetype i) {
        return i >= 0 && i < view.size() && TermCharacters::kind(view.at(i)) == TermCharacters::Kind::Word;
    };
    for (qsizetype start = 0; start < view.size(); ++start) {
        const auto sameStart = m_byFirstUnit.constFind(view.at(start).unicode());
        if (sameStart == m_byFirstUnit.cend())
            continue;
        for (const qsizetype index : *sameStart) {
            const Entry &entry = m_entries.at(index);
            const qsizetype end = start + entry.folded.size();
            if (end > view.size() || view.sliced(start, entry.folded.size()) != entry.folded)
                continue;
            if ((entry.wholeWordStart && isWord(start - 1)) || (entry.wholeWordEnd && isWord(end)))
                continue;
            if (!found(entry, start))
                return;
        }
    }
}

QList<TermHit> FlaggedTerms::find(QStringView text) const
{
    QList<TermHit> hits;
    scan(text, [&hits](const Entry &entry, qsizetype start) {
        hits.append({ int(start), int(entry.folded.size()), entry.term,
            entry.illegal ? QLatin1String(kIllegalKey) : QLatin1String(kAbusiveKey) });
        return true;
    });
    return hits;
}

bool FlaggedTerms::containsAny(QStringView text) const
{
    bool any = false;
    scan(text, [&any](const Entry &, qsizetype) {
        any = true;
        return false;
    });
    return any;
}

} // namespace bxt
