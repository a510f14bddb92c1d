#include "judgement/flaggedtermsstore.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

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
    QSqlQuery select(m_db);
    if (!select.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'flagged_terms'"))) {
        *error = sqlError(select);
        return false;
    }
    if (!select.next()) {
        *terms = FlaggedTerms::builtIn();
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(select.value(0).toByteArray(), &parseError);
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
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('flagged_terms', ?)"));
    upsert.addBindValue(QString::fromUtf8(QJsonDocument(terms.toJson()).toJson(QJsonDocument::Compact)));
    if (!upsert.exec()) {
        *error = sqlError(upsert);
        return false;
    }
    return true;
}

} // namespace bxt
