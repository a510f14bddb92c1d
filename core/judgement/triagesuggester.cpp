#include "judgement/triagesuggester.h"

#include "judgement/termcharacters.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TriageSuggester)
};

// Suggestions less likely than this are noise.
constexpr double kMinConfidence = 0.02;
constexpr qsizetype kHeldOutEvery = 10;

struct Example
{
    QString category;
    QStringList units;
    QString title;
    QString body;
};

// How the terms of a text are written in it, for telling the clerk which words counted.
QHash<quint64, QString> spellings(QStringView text)
{
    QHash<quint64, QString> spelled;
    qsizetype wordStart = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && TermCharacters::kind(text.at(i)) == TermCharacters::Kind::Word;
        if (inWord && wordStart < 0)
            wordStart = i;
        if (!inWord && wordStart >= 0) {
            const QStringView word = text.sliced(wordStart, i - wordStart);
            spelled.insert(SearchTokenizer::terms(word).value(0), word.toString());
            wordStart = -1;
        }
        if (i + 1 < text.size()) {
            const QList<quint64> pair = SearchTokenizer::terms(text.sliced(i, 2));
            if (pair.size() == 1 && !SearchTokenizer::isSingleCharacter(pair.first()))
                spelled.insert(pair.first(), text.sliced(i, 2).toString());
        }
    }
    return spelled;
}

} // namespace

std::optional<TriageSuggester> TriageSuggester::train(const Database &database, QString *error, int maxPosts)
{
    QSqlQuery select(database.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT p.category, p.title, json_extract(p.raw, '$.body'), "
                                  "(SELECT group_concat(a.unit_id, char(31)) FROM assignments a "
                                  " WHERE a.post = p.local_id AND a.status <> 'returned') "
                                  "FROM posts p WHERE p.category IS NOT NULL ORDER BY p.submitted_at DESC LIMIT ?"));
    select.addBindValue(maxPosts);
    if (!select.exec()) {
        *error = sqlError(select);
        return std::nullopt;
    }
    QList<Example> examples;
    while (select.next()) {
        const QString category = select.value(0).toString();
        if (!Categories::fromCode(category))
            continue;
        examples.append({ category, select.value(3).toString().split(QChar(31), Qt::SkipEmptyParts),
            select.value(1).toString(), select.value(2).toString() });
    }
    if (select.lastError().isValid()) {
        *error = sqlError(select);
        return std::nullopt;
    }
    // Cutting texts into terms is most of the work and needs nothing shared.
    const QList<TermCounts> terms = QtConcurrent::blockingMapped(
        examples, [](const Example &example) { return termCounts(example.title, example.body); });
    // Every tenth post is held out at first, to calibrate the confidences on, and learnt after.
    TriageSuggester suggester;
    const auto learn = [&](qsizetype i) {
        suggester.m_categories.learn(terms.at(i), examples.at(i).category);
        for (const QString &unit : examples.at(i).units)
            suggester.m_units.learn(terms.at(i), unit);
    };
    QList<TermClassifier::Example> heldOutCategories;
    QList<TermClassifier::Example> heldOutUnits;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (i % kHeldOutEvery != 0) {
            learn(i);
            continue;
        }
        heldOutCategories.append({ &terms.at(i), { examples.at(i).category } });
        if (!examples.at(i).units.isEmpty())
            heldOutUnits.append({ &terms.at(i), examples.at(i).units });
    }
    suggester.m_categories.calibrate(heldOutCategories);
    suggester.m_units.calibrate(heldOutUnits);
    for (qsizetype i = 0; i < examples.size(); i += kHeldOutEvery)
        learn(i);
    suggester.m_learnedPosts = int(examples.size());
    return suggester;
}

QList<Suggestion> TriageSuggester::suggest(
    const TermClassifier &classifier, const Post &post, const TermCounts &terms, int limit) const
{
    QList<Suggestion> suggestions;
    QHash<quint64, QString> spelled;
    for (const TermClassifier::Ranked &ranked : classifier.rank(terms, limit)) {
        if (ranked.probability < kMinConfidence)
            break;
        if (spelled.isEmpty())
            spelled = spellings(post.title() + QLatin1Char('\n') + post.body());
        QStringList words;
        for (const quint64 term : ranked.evidence) {
            const QString word = spelled.value(term);
            if (!word.isEmpty())
                words.append(word);
        }
        QString why = Tr::tr("Like %n earlier post(s)", nullptr, int(ranked.examples));
        if (!words.isEmpty())
            why = Tr::tr("%1; words: %2").arg(why, words.join(QStringLiteral("、")));
        suggestions.append({ ranked.label, ranked.probability, why });
    }
    return suggestions;
}

QList<Suggestion> TriageSuggester::categories(const Post &post, int limit) const
{
    return suggest(m_categories, post, termCounts(post.title(), post.body()), limit);
}

QList<Suggestion> TriageSuggester::units(const Post &post, int limit) const
{
    const TermCounts terms = termCounts(post.title(), post.body());
    std::optional<Category> category = post.category();
    if (!category) {
        const QList<TermClassifier::Ranked> likeliest = m_categories.rank(terms, 1);
        if (!likeliest.isEmpty())
            category = Categories::fromCode(likeliest.first().label);
    }
    if (category && !Categories::isDispatchedToUnits(*category))
        return {};
    return suggest(m_units, post, terms, limit);
}

} // namespace bxt
