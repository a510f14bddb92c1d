#pragma once

#include "judgement/termcounts.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bxt {

// Multinomial naive Bayes over search-index terms with add-one smoothing: learns which labels
// texts were given and ranks the labels of another text. A value; once learnt, safe to read
// from several threads at once.
//
// Neighbouring character pairs overlap and posts repeat themselves, so their terms are far
// from independent: counted as they are, naive Bayes is certain of everything. A text's terms
// therefore count as a fixed number of independent ones whatever its length (the evidence
// weight), chosen by calibrate() so that the probabilities come out as often right as they say.
class TermClassifier final
{
public:
    struct Ranked
    {
        QString label;
        double probability = 0;
        qint64 examples = 0; // texts learnt with this label
        QList<quint64> evidence; // the text's terms that speak most for the label, strongest first
    };
    struct Example
    {
        const TermCounts *terms = nullptr;
        QStringList labels; // any of them is right
    };

    // One text given one label; a text with several labels is learnt once for each.
    void learn(const TermCounts &terms, const QString &label);
    // Sets the evidence weight that best predicts the labels of examples not learnt.
    void calibrate(const QList<Example> &heldOut);
    double evidenceWeight() const { return m_evidenceWeight; }

    // The most probable labels first, at most limit of them.
    QList<Ranked> rank(const TermCounts &terms, int limit) const;
    bool isEmpty() const { return m_labels.isEmpty(); }

private:
    int labelIndex(const QString &label);
    double logLikelihood(int label, double count) const;
    // Per label, the log prior and the mean log likelihood of the text's known terms.
    void logParts(const TermCounts &terms, std::vector<double> *prior, std::vector<double> *likelihood) const;
    // Per label, the probability given the parts and an evidence weight.
    static std::vector<double> probabilities(
        const std::vector<double> &prior, const std::vector<double> &likelihood, double evidenceWeight);

    QStringList m_labels;
    QList<qint64> m_examples; // per label
    QList<double> m_termTotals; // per label, the sum of its term counts
    qint64 m_allExamples = 0;
    double m_allTerms = 0;
    QHash<quint64, QList<std::pair<int, double>>> m_counts; // term -> (label, count) where not 0
    double m_evidenceWeight = 12;
};

} // namespace bxt
