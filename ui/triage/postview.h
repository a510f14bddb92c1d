#pragma once

#include "calendar/deadlinecalculator.h"
#include "domain/post.h"
#include "domain/role.h"
#include "domain/unit.h"
#include "judgement/flaggedterms.h"
#include "store/auditlog.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace bxt {

// One post as column staff and units read it: the text as plain text with flagged terms
// highlighted, the author, the contact only for those entitled to it (R10), the category's
// handling, each unit's assignment with both clocks (R16–R18), replies, supervisions and the
// post's audit history. Nothing in a post is ever rendered as rich text or loaded from afar.
class PostView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostView)

public:
    explicit PostView(QWidget *parent = nullptr);

    // Until it is called no contact is shown to anybody.
    void setContext(const Actor &actor, const QHash<QString, Unit> &units, const DeadlineCalculator &deadlines);
    // The terms highlighted in the body; the built-in list by default.
    void setFlaggedTerms(const FlaggedTerms &terms);
    // The day working days left are counted from; today in China Standard Time by default.
    void setToday(const QDate &today);

    void showPost(const Post &post, const QList<AuditLog::Entry> &history);
    void clear();
    QString postId() const { return m_postId; }

private:
    QDate today() const;
    QString unitName(const QString &unitId) const;
    void showHeader(const Post &post);
    void showBody(const Post &post);
    void showAssignments(const Post &post);
    void showReplies(const Post &post);
    void showSupervisions(const Post &post);
    void showHistory(const QList<AuditLog::Entry> &history);
    QString clockText(const QDate &due, bool met, bool calendarComplete) const;
    QString changeSummary(const QJsonObject &before, const QJsonObject &after) const;

    std::optional<Actor> m_actor;
    QHash<QString, Unit> m_units;
    DeadlineCalculator m_deadlines;
    FlaggedTerms m_flaggedTerms;
    std::optional<QDate> m_today;
    QString m_postId;

    QLabel *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_author = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_category = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_flags = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_assignments = nullptr;
    QPlainTextEdit *m_replies = nullptr;
    QTreeWidget *m_supervisions = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace bxt
