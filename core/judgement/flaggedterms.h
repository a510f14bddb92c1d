#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bxt {

// One occurrence of a flagged term in a text, in UTF-16 code units of that text.
struct TermHit
{
    int start = 0;
    int length = 0;
    QString term; // as listed
    QString kind; // "abusive" or "illegal"
};

// Words that mark a post as abusive or illegal (R12): highlighted in the body and flagged in
// the queue, so that column staff look twice; nothing is shielded by them. Chinese characters
// match anywhere; letters and digits at either end of a term match whole words only, as the
// search index cuts them ("sb" is not found in "sbs"); case and full-width forms do not matter.
class FlaggedTerms final
{
public:
    FlaggedTerms() = default; // no terms

    // A default list in Chinese: abuse, and offers of gambling, drugs, guns, fraud, forged
    // documents and invoices, and sex.
    static FlaggedTerms builtIn();
    // {"abusive": [...], "illegal": [...]}; a missing list is empty. Refuses anything else,
    // with *error saying what is wrong.
    static std::optional<FlaggedTerms> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;

    QStringList abusive() const { return m_abusive; }
    QStringList illegal() const { return m_illegal; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Every hit, in text order (at one position, the longer term first); hits may overlap.
    QList<TermHit> find(QStringView text) const;
    bool containsAny(QStringView text) const;

private:
    struct Entry
    {
        QString folded;
        QString term;
        bool illegal = false;
        bool wholeWordStart = false;
        bool wholeWordEnd = false;
    };

    FlaggedTerms(const QStringList &abusive, const QStringList &illegal);
    void addEntry(const QString &term, bool illegal);
    // Calls found(entry, start) for every hit in order until it returns false.
    template <typename Found> void scan(QStringView text, Found found) const;

    QStringList m_abusive;
    QStringList m_illegal;
    QList<Entry> m_entries;
    QHash<char16_t, QList<qsizetype>> m_byFirstUnit; // entry indexes, longest term first
};

} // namespace bxt
