#include "judgement/termclassifier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bxt {

namespace {

constexpr double kSmoothing = 1.0;
constexpr int kEvidenceShown = 3;
constexpr qsizetype kMinHeldOut = 30; // fewer say too little to calibrate on
constexpr double kEvidenceWeights[] = { 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128 };

} // namespace

int TermClassifier::labelIndex(const QString &label)
{
    const qsizetype index = m_labels.indexOf(label);
    if (index >= 0)
        return int(index);
    m_labels.append(label);
    m_examples.append(0);
    m_termTotals.append(0);
    return int(m_labels.size() - 1);
}

void TermClassifier::learn(const TermCounts &terms, const QString &label)
{
    const int index = labelIndex(label);
    ++m_examples[index];
    ++m_allExamples;
    for (const auto &[term, count] : terms) {
        QList<std::pair<int, double>> &perLabel = m_counts[term];
        const auto it = std::find_if(
            perLabel.begin(), perLabel.end(), [index](const auto &entry) { return entry.first == index; });
        if (it != perLabel.end())
            it->second += count;
        else
            perLabel.append({ index, count });
        m_termTotals[index] += count;
        m_allTerms += count;
    }
}

double TermClassifier::logLikelihood(int label, double count) const
{
    return std::log((count + kSmoothing) / (m_termTotals.at(label) + kSmoothing * double(m_counts.size())));
}

void TermClassifier::logParts(
    const TermCounts &terms, std::vector<double> *prior, std::vector<double> *likelihood) const
{
    const size_t labels = size_t(m_labels.size());
    prior->assign(labels, 0);
    likelihood->assign(labels, 0);
    for (size_t label = 0; label < labels; ++label)
        (*prior)[label] = std::log(double(m_examples.at(qsizetype(label))) / double(m_allExamples));
    // Terms never learnt say nothing about any label. Every label gets every known term's
    // unseen likelihood; the labels a term was seen with get more.
    double knownWeight = 0;
    for (const auto &[term, count] : terms) {
        const auto it = m_counts.constFind(term);
        if (it == m_counts.cend())
            continue;
        knownWeight += count;
        for (const auto &[label, seen] : *it)
            (*likelihood)[size_t(label)] += count * (logLikelihood(label, seen) - logLikelihood(label, 0));
    }
    if (knownWeight == 0)
        return;
    for (size_t label = 0; label < labels; ++label)
        (*likelihood)[label] = (*likelihood)[label] / knownWeight + logLikelihood(int(label), 0);
}

std::vector<double> TermClassifier::probabilities(
    const std::vector<double> &prior, const std::vector<double> &likelihood, double evidenceWeight)
{
    std::vector<double> result(prior.size());
    for (size_t label = 0; label < prior.size(); ++label)
        result[label] = prior[label] + evidenceWeight * likelihood[label];
    const double best = *std::max_element(result.cbegin(), result.cend());
    double sum = 0;
    for (double &value : result) {
        value = std::exp(value - best);
        sum += value;
    }
    for (double &value : result)
        value /= sum;
    return result;
}

void TermClassifier::calibrate(const QList<Example> &heldOut)
{
    if (m_labels.isEmpty() || heldOut.size() < kMinHeldOut)
        return;
    struct Parts
    {
        std::vector<double> prior;
        std::vector<double> likelihood;
        std::vector<size_t> right;
    };
    std::vector<Parts> parts;
    for (const Example &example : heldOut) {
        Parts part;
        for (const QString &label : example.labels) {
            const qsizetype index = m_labels.indexOf(label);
            if (index >= 0)
                part.right.push_back(size_t(index));
        }
        if (part.right.empty())
            continue;
        logParts(*example.terms, &part.prior, &part.likelihood);
        parts.push_back(std::move(part));
    }
    if (qsizetype(parts.size()) < kMinHeldOut)
        return;
    // The weight under which the held-out examples' right labels were most probable (log loss).
    double bestLoss = std::numeric_limits<double>::infinity();
    for (const double weight : kEvidenceWeights) {
        double loss = 0;
        for (const Parts &part : parts) {
            const std::vector<double> probability = probabilities(part.prior, part.likelihood, weight);
            double right = 0;
            for (const size_t label : part.right)
                right += probability[label];
            loss -= std::log(std::max(right, 1e-9));
        }
        if (loss < bestLoss) {
            bestLoss = loss;
            m_evidenceWeight = weight;
        }
    }
}

QList<TermClassifier::Ranked> TermClassifier::rank(const TermCounts &terms, int limit) const
{
    if (m_labels.isEmpty() || limit <= 0)
        return {};
    std::vector<double> prior, likelihood;
    logParts(terms, &prior, &likelihood);
    const std::vector<double> probability = probabilities(prior, likelihood, m_evidenceWeight);
    std::vector<int> order(probability.size());
    for (size_t label = 0; label < order.size(); ++label)
        order[label] = int(label);
    const size_t shown = std::min(size_t(limit), order.size());
    std::partial_sort(order.begin(), order.begin() + qsizetype(shown), order.end(),
        [&probability](int a, int b) { return probability[size_t(a)] > probability[size_t(b)]; });

    QList<Ranked> ranked;
    for (size_t i = 0; i < shown; ++i) {
        const int label = order[i];
        // A term speaks for the label as much as it is likelier in the label's texts than in all.
        std::vector<std::pair<double, quint64>> lifts;
        for (const auto &[term, count] : terms) {
            const auto it = m_counts.constFind(term);
            if (it == m_counts.cend())
                continue;
            double seen = 0, seenAll = 0;
            for (const auto &[other, otherCount] : *it) {
                seenAll += otherCount;
                if (other == label)
                    seen = otherCount;
            }
            const double overall
                = std::log((seenAll + kSmoothing) / (m_allTerms + kSmoothing * double(m_counts.size())));
            const double lift = count * (logLikelihood(label, seen) - overall);
            if (seen > 0 && lift > 0)
                lifts.emplace_back(lift, term);
        }
        const size_t evidence = std::min(size_t(kEvidenceShown), lifts.size());
        std::partial_sort(lifts.begin(), lifts.begin() + qsizetype(evidence), lifts.end(), std::greater<>());
        Ranked entry { m_labels.at(label), probability[size_t(label)], m_examples.at(label), {} };
        for (size_t k = 0; k < evidence; ++k)
            entry.evidence.append(lifts[k].second);
        ranked.append(entry);
    }
    return ranked;
}

} // namespace bxt
