#pragma once

#include "actions/localactions.h"
#include "calendar/deadlinecalculator.h"
#include "domain/post.h"
#include "domain/role.h"
#include "domain/unit.h"
#include "rules/action.h"
#include "rules/actionpolicy.h"

#include <QHash>
#include <QObject>
#include <optional>

class QAction;
class QWidget;

namespace bxt {

class Database;

// The actions a user takes on the selected posts, as QActions for menus, tool bars and
// shortcuts: the column staff's triage (classify 1–8, dispatch, forward, shield, unshield,
// close) and the liaison's (accept, return, promise, reply). Each opens its dialog when it has
// one and goes through LocalActions, so the rules, the audit log and the outbox always apply.
// An action the role or the post's state does not allow is disabled, and its tooltip says why
// (ActionPolicy::unavailability on the current post). The search index's upkeep is left to the
// window, which runs it when the user pauses (IdleIndexMaintenance).
class PostActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostActions)

public:
    PostActions(Database &database, const Actor &actor, QHash<QString, Unit> units, DeadlineCalculator deadlines,
        QWidget *dialogParent);

    // The actions this role has, in menu order; null entries are separators.
    QList<QAction *> actions() const;
    QList<QAction *> classifyActions() const { return m_classify; }

    // The posts the actions apply to: current is the one shown, selected includes it. Actions
    // that make sense for several posts (classify, dispatch, shield, unshield, close, accept)
    // apply to all selected; the others to the current post only.
    void setPosts(const QString &current, const QStringList &selected);
    // After the units, the calendar or the deadline table changed (DeskReferenceData).
    void setReferenceData(const QHash<QString, Unit> &units, const DeadlineCalculator &deadlines);
    const std::optional<Post> &currentPost() const { return m_current; }
    // Why an action of this type cannot be taken on the current post; empty when it can.
    QString unavailability(Action::Type type) const;

    // From the judgement panel: the clerk accepted a suggestion or marked a duplicate.
    void classifyAs(const QString &categoryCode);
    void dispatchTo(const QStringList &unitIds);
    void markDuplicateOf(const QString &originalPostId);

signals:
    // Posts this program changed: the queue and the post view show them again.
    void postsChanged(const QStringList &postIds);
    void failed(const QString &message);

private:
    QAction *newAction(
        const QString &text, const QKeySequence &shortcut, Action::Type type, void (PostActions::*run)());
    void updateAvailability();

    void dispatch();
    void dispatchWithChoice(const QStringList &suggested);
    void forward();
    void shield();
    void shieldAsDuplicate(const QString &originalPostId);
    void unshield();
    void close();
    void accept();
    void returnPost();
    void promise();
    void reply();

    // Performs the action on each post; a post the rules refuse is left unchanged and named.
    void performOnSelected(const QJsonObject &body);
    bool perform(
        const QString &postId, const QJsonObject &body, QString *error, const QJsonArray &overriddenAdvice = {});
    void reportFailures(int done, const QList<BulkActionOutcome::Refusal> &refusals);
    std::optional<Unit> ownUnit() const;

    Database &m_database;
    Actor m_actor;
    QHash<QString, Unit> m_units;
    DeadlineCalculator m_deadlines;
    ActionPolicy m_policy; // of the two above
    QWidget *m_dialogParent;
    std::optional<Post> m_current;
    QStringList m_selected;

    QList<QAction *> m_classify;
    QHash<QAction *, Action::Type> m_types;
    QList<QAction *> m_roleActions;
};

} // namespace bxt
