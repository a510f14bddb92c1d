#include "store/replycheckrulesstore.h"

#include "store/database.h"

#include <QJsonDocument>

namespace bxt {

namespace {
const QString kReplyCheckRulesKey = QStringLiteral("reply_check_rules");
}

ReplyCheckRulesStore::ReplyCheckRulesStore(const Database &database)
    : m_db(database.connection())
{ }

bool ReplyCheckRulesStore::load(ReplyCheckRules *rules, QString *error) const
{
    std::optional<QString> saved;
    if (!readMetaText(m_db, kReplyCheckRulesKey, &saved, error))
        return false;
    if (!saved) {
        *rules = ReplyCheckRules::builtIn();
        return true;
    }
    return ReplyCheckRules::fromJson(QJsonDocument::fromJson(saved->toUtf8()).object(), rules, error);
}

std::optional<ReplyLinter> ReplyCheckRulesStore::linter(QString *error) const
{
    ReplyCheckRules rules;
    if (!load(&rules, error))
        return std::nullopt;
    return ReplyLinter(rules);
}

bool ReplyCheckRulesStore::save(const ReplyCheckRules &rules, QString *error)
{
    return writeMetaText(m_db, kReplyCheckRulesKey, compactJson(rules.toJson()), error);
}

} // namespace bxt
