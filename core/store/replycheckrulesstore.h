#pragma once

#include "replyquality/replycheckrules.h"
#include "replyquality/replylinter.h"

#include <QSqlDatabase>
#include <optional>

namespace bxt {

class Database;

// The reply-check rules this installation uses: the built-in ones unless an administrator
// imported others ("reply-rules import").
class ReplyCheckRulesStore final
{
public:
    Q_DISABLE_COPY_MOVE(ReplyCheckRulesStore)
    explicit ReplyCheckRulesStore(const Database &database);

    bool load(ReplyCheckRules *rules, QString *error) const;
    // The reply-quality check with these rules; nullopt and *error when they cannot be read.
    std::optional<ReplyLinter> linter(QString *error) const;
    bool save(const ReplyCheckRules &rules, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace bxt
