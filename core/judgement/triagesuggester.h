#pragma once

#include "domain/post.h"
#include "judgement/termclassifier.h"

#include <QList>
#include <QString>
#include <optional>

namespace bxt {

class Database;

struct Suggestion
{
    QString code; // a category code or a unit id
    double confidence; // 0..1
    QString why; // a short sentence for the clerk
};

// Suggests a post's category and units from how column staff classified and dispatched the
// most recent posts: naive Bayes over the search index's terms of their titles and bodies.
// Only suggests: nothing here changes a post, the clerk accepts or overrides.
//
// Training reads through the connection it is given, so it can run on a worker thread with a
// Database opened there; the trained suggester is a value that can be handed back to the GUI
// thread and read from several threads at once.
class TriageSuggester final
{
public:
    // Learns from the maxPosts most recently submitted classified posts (units from their
    // assignments, except those the unit returned, R15). A store with none gives a suggester
    // that suggests nothing. Returns nothing and sets *error on a database failure.
    static std::optional<TriageSuggester> train(const Database &database, QString *error, int maxPosts = 20000);

    int learnedPosts() const { return m_learnedPosts; }

    QList<Suggestion> categories(const Post &post, int limit = 3) const;
    // Empty for a post whose category is never dispatched to a unit, above all a report (R10),
    // and for an unclassified post that most likely is one.
    QList<Suggestion> units(const Post &post, int limit = 3) const;

private:
    TriageSuggester() = default;
    QList<Suggestion> suggest(
        const TermClassifier &classifier, const Post &post, const TermCounts &terms, int limit) const;

    TermClassifier m_categories;
    TermClassifier m_units;
    int m_learnedPosts = 0;
};

} // namespace bxt
