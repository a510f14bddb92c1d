#include "judgement/flaggedtermsstore.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bxt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlaggedTermsStore)
};
} // namespace

FlaggedTermsStore::FlaggedTermsStore(const Database &database)
    : m_db(database.connection())
{ }

bool FlaggedTermsStore::load(FlaggedTerms *terms, QString *error) const
{
    std::optional<QString> stored;
    if (!readMetaText(m_db, QStringLiteral("flagged_terms"), &stored, error))
        return false;
    if (!stored) {
        *terms = FlaggedTerms::builtIn();
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored->toUtf8(), &parseError);
    QString problem
        = parseError.error == QJsonParseError::NoError && document.isObject() ? QString() : Tr::tr("not a JSON object");
    std::optional<FlaggedTerms> saved;
    if (problem.isEmpty())
        saved = FlaggedTerms::fromJson(document.object(), &problem);
    if (!saved) {
        *error = Tr::tr("The saved list of flagged terms cannot be read (%1); save the list again.").arg(problem);
        return false;
    }
    *terms = std::move(*saved);
    return true;
}

bool FlaggedTermsStore::save(const FlaggedTerms &terms, QString *error)
{
    return writeMetaText(m_db, QStringLiteral("flagged_terms"), compactJson(terms.toJson()), error);
}

} // namespace bxt
