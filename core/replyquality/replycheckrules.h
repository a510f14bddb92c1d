#pragma once

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace bxt {

// The patterns and weights of the reply-quality check (R19), kept as data an administrator can
// adjust: the built-in resource :/replyquality/reply-rules.json, or a file imported into the
// store with "reply-rules import". fromJson() is strict: every key must be known and present,
// every pattern a valid regular expression; "{insert}" in a family's pattern stands for any run
// of inserted_words (请您, 可以, 直接 …).
class ReplyCheckRules final
{
public:
    // What makes a reply's substance: a pattern counted up to cap times, or with perChars the
    // length of the reply's own text, one unit per perChars characters. Its "name" in the file
    // is for the administrator.
    struct Signal
    {
        QRegularExpression pattern;
        double weight = 0;
        int cap = 0;
        int perChars = 0;
    };
    // A pattern family: a finding when one pattern matches and no exception does. The patterns
    // are kept as one alternation, so the text is scanned once. What an "ignored" pattern
    // matches is taken out of the text first (a contact line after an answer is no redirect).
    struct Family
    {
        QRegularExpression pattern;
        QRegularExpression exception; // empty: none
        QRegularExpression ignored; // empty: none

        // The match, empty when none or when an exception matches.
        QString find(const QString &text) const;
    };

    static const ReplyCheckRules &builtIn();
    static bool fromJson(const QJsonObject &json, ReplyCheckRules *rules, QString *error);
    QJsonObject toJson() const { return m_json; }

    // All stock phrases as one alternation.
    const QRegularExpression &stockPhrases() const { return m_stockPhrases; }
    const QList<Signal> &signalList() const { return m_signals; }
    double enough() const { return m_enough; }
    double noneBelow() const { return m_noneBelow; }
    int minOwnChars() const { return m_minOwnChars; }
    double overlapWeight() const { return m_overlapWeight; }
    double overlapFullAt() const { return m_overlapFullAt; }
    const QStringList &overlapIgnoredTerms() const { return m_overlapIgnored; }

    const Family &placeholder() const { return m_placeholder; }
    const Family &rude() const { return m_rude; }
    const Family &forwarded() const { return m_forwarded; }
    const Family &refusal() const { return m_refusal; }
    const Family &redirect() const { return m_redirect; }
    // A resolution promised for later: a follow-up reply is due once it is done.
    const Family &promise() const { return m_promise; }

private:
    QJsonObject m_json;
    QRegularExpression m_stockPhrases;
    QList<Signal> m_signals;
    double m_enough = 0;
    double m_noneBelow = 0;
    int m_minOwnChars = 0;
    double m_overlapWeight = 0;
    double m_overlapFullAt = 1;
    QStringList m_overlapIgnored;
    Family m_placeholder;
    Family m_rude;
    Family m_forwarded;
    Family m_refusal;
    Family m_redirect;
    Family m_promise;
};

} // namespace bxt
