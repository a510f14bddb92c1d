#include "postactions.h"

#include "common/widgetparts.h"
#include "liaison/promisedialog.h"
#include "liaison/replyeditor.h"
#include "liaison/returndialog.h"
#include "triage/dispatchdialog.h"
#include "triage/forwarddialog.h"
#include "triage/shielddialog.h"

#include "actions/localactions.h"
#include "domain/category.h"
#include "store/poststore.h"
#include "store/replycheckrulesstore.h"

#include <QAction>
#include <QJsonArray>
#include <QMessageBox>
#include <QWidget>

namespace bxt {

namespace {

QJsonObject body(const char *type, std::initializer_list<QPair<QString, QJsonValue>> parameters = {})
{
    QJsonObject object { { QStringLiteral("type"), QLatin1String(type) } };
    for (const auto &[name, value] : parameters)
        object.insert(name, value);
    return object;
}

} // namespace

PostActions::PostActions(Database &database, const Actor &actor, QHash<QString, Unit> units,
    DeadlineCalculator deadlines, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_database(database)
    , m_actor(actor)
    , m_units(std::move(units))
    , m_deadlines(std::move(deadlines))
    , m_policy(m_deadlines, m_units)
    , m_dialogParent(dialogParent)
{
    if (actor.role == Role::ColumnStaff) {
        const QList<Category> categories { Category::Consultation, Category::Appeal, Category::Suggestion,
            Category::Commentary, Category::Petition, Category::Report, Category::MultiDepartment, Category::Other };
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const QString code = Categories::code(categories[i]);
            auto *action = new QAction(tr("Classify as %1").arg(Categories::displayName(categories[i])), this);
            action->setShortcut(QKeySequence(QString::number(i + 1)));
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(action, &QAction::triggered, this, [this, code] { classifyAs(code); });
            m_types.insert(action, Action::Type::Classify);
            m_classify.append(action);
        }
        m_roleActions = { newAction(tr("&Dispatch…"), QKeySequence(Qt::Key_D), Action::Type::Dispatch,
                              &PostActions::dispatch),
            newAction(
                tr("&Forward to a mailbox…"), QKeySequence(Qt::Key_F), Action::Type::Forward, &PostActions::forward),
            newAction(tr("&Shield…"), QKeySequence(Qt::Key_S), Action::Type::Shield, &PostActions::shield),
            newAction(tr("&Undo shield"), QKeySequence(Qt::Key_U), Action::Type::Unshield, &PostActions::unshield),
            newAction(tr("C&lose"), QKeySequence(Qt::SHIFT | Qt::Key_C), Action::Type::Close, &PostActions::close) };
    } else if (actor.role == Role::Liaison) {
        m_roleActions = { newAction(tr("&Accept (sign for)"), QKeySequence(Qt::Key_A), Action::Type::Accept,
                              &PostActions::accept),
            newAction(tr("Re&turn as outside our remit…"), QKeySequence(Qt::Key_T), Action::Type::Return,
                &PostActions::returnPost),
            newAction(
                tr("&Promise a reply date…"), QKeySequence(Qt::Key_P), Action::Type::Promise, &PostActions::promise),
            newAction(tr("&Reply…"), QKeySequence(Qt::CTRL | Qt::Key_R), Action::Type::Reply, &PostActions::reply) };
    }
    updateAvailability();
}

QAction *PostActions::newAction(
    const QString &text, const QKeySequence &shortcut, Action::Type type, void (PostActions::*run)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, run);
    m_types.insert(action, type);
    return action;
}

QList<QAction *> PostActions::actions() const
{
    if (m_classify.isEmpty())
        return m_roleActions;
    return m_classify + QList<QAction *> { nullptr } + m_roleActions;
}

void PostActions::setPosts(const QString &current, const QStringList &selected)
{
    m_current.reset();
    m_selected = selected;
    if (!current.isEmpty()) {
        QString error;
        if (!PostStore(m_database).find(current, &m_current, &error))
            emit failed(error);
    }
    if (m_current && !m_selected.contains(m_current->id()))
        m_selected.prepend(m_current->id());
    updateAvailability();
}

void PostActions::setReferenceData(const QHash<QString, Unit> &units, const DeadlineCalculator &deadlines)
{
    m_units = units;
    m_deadlines = deadlines;
    m_policy = ActionPolicy(m_deadlines, m_units);
    updateAvailability();
}

QString PostActions::unavailability(Action::Type type) const
{
    if (!m_current)
        return tr("Select a post first.");
    return m_policy.unavailability(m_actor, *m_current, type);
}

void PostActions::updateAvailability()
{
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        QAction *action = it.key();
        const QString why = unavailability(it.value());
        action->setEnabled(why.isEmpty());
        const QString name = action->text().remove(QLatin1Char('&'));
        action->setToolTip(literalAutoText(why.isEmpty()
                ? QStringLiteral("%1 (%2)").arg(name, action->shortcut().toString(QKeySequence::NativeText))
                : why));
        action->setStatusTip(why);
    }
}

void PostActions::classifyAs(const QString &categoryCode)
{
    performOnSelected(body("classify", { { QStringLiteral("category"), categoryCode } }));
}

void PostActions::dispatch()
{
    dispatchWithChoice({});
}

void PostActions::dispatchTo(const QStringList &unitIds)
{
    dispatchWithChoice(unitIds);
}

void PostActions::dispatchWithChoice(const QStringList &suggested)
{
    if (!m_current)
        return;
    QString refusal;
    const auto dialog = DispatchDialog::create(m_actor, *m_current, m_units, m_deadlines, m_dialogParent, &refusal);
    if (!dialog) {
        emit failed(refusal);
        return;
    }
    dialog->setChosen(suggested);
    if (dialog->exec() == QDialog::Accepted)
        performOnSelected(dialog->actionBody());
}

void PostActions::forward()
{
    if (!m_current)
        return;
    QString refusal;
    const auto dialog = ForwardDialog::create(m_actor, *m_current, m_units, m_deadlines, m_dialogParent, &refusal);
    if (!dialog) {
        emit failed(refusal);
        return;
    }
    if (dialog->exec() != QDialog::Accepted)
        return;
    const QString postId = m_current->id();
    QString error;
    // The notice to the author follows the forward; a notice the rules refuse leaves the
    // forward done and says so.
    const bool forwarded = perform(postId, dialog->forwardAction(), &error);
    if (forwarded && !perform(postId, dialog->replyAction(), &error))
        error = tr("The post was forwarded, but the notice to the author was not posted: %1").arg(error);
    if (forwarded)
        emit postsChanged({ postId });
    if (!error.isEmpty())
        emit failed(error);
}

void PostActions::shield()
{
    shieldAsDuplicate({});
}

void PostActions::markDuplicateOf(const QString &originalPostId)
{
    shieldAsDuplicate(originalPostId);
}

void PostActions::shieldAsDuplicate(const QString &originalPostId)
{
    if (!m_current)
        return;
    QString refusal;
    const auto dialog = ShieldDialog::create(m_actor, *m_current, m_units, m_deadlines, m_dialogParent, &refusal);
    if (!dialog) {
        emit failed(refusal);
        return;
    }
    if (!originalPostId.isEmpty())
        dialog->setDuplicateOf(originalPostId);
    if (dialog->exec() == QDialog::Accepted)
        performOnSelected(dialog->actionBody());
}

void PostActions::unshield()
{
    performOnSelected(body("unshield"));
}

void PostActions::close()
{
    const auto answer = QMessageBox::question(m_dialogParent, tr("Close posts"),
        tr("Close %n post(s)? A closed post takes no more replies.", nullptr, int(m_selected.size())));
    if (answer == QMessageBox::Yes)
        performOnSelected(body("close"));
}

void PostActions::accept()
{
    performOnSelected(body("accept", { { QStringLiteral("unit_id"), m_actor.unitId } }));
}

std::optional<Unit> PostActions::ownUnit() const
{
    const auto unit = m_units.constFind(m_actor.unitId);
    if (unit == m_units.cend())
        return std::nullopt;
    return *unit;
}

void PostActions::returnPost()
{
    const auto unit = ownUnit();
    if (!m_current || !unit)
        return;
    ReturnDialog dialog(*m_current, *unit, QDateTime::currentDateTimeUtc(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        performOnSelected(dialog.actionBody());
}

void PostActions::promise()
{
    const auto unit = ownUnit();
    if (!m_current || !unit)
        return;
    PromiseDialog dialog(*m_current, *unit, m_deadlines, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (perform(m_current->id(), dialog.actionBody(), &error))
        emit postsChanged({ m_current->id() });
    else
        emit failed(error);
}

void PostActions::reply()
{
    const auto unit = ownUnit();
    if (!m_current || !unit)
        return;
    QString error;
    const std::optional<ReplyLinter> linter = ReplyCheckRulesStore(m_database).linter(&error);
    if (!linter) {
        emit failed(error);
        return;
    }
    ReplyEditor editor(*m_current, *unit, m_dialogParent, *linter);
    if (editor.exec() != QDialog::Accepted)
        return;
    QJsonArray overridden;
    for (const ReplyFinding &finding : editor.overriddenAdvice())
        overridden.append(finding.toJson());
    if (perform(m_current->id(), editor.actionBody(), &error, overridden))
        emit postsChanged({ m_current->id() });
    else
        emit failed(error);
}

void PostActions::performOnSelected(const QJsonObject &body)
{
    // One transaction for every selected post: a bulk action is never half applied.
    BulkActionOutcome outcome;
    QString error;
    if (!LocalActions(m_database, LocalActions::IndexUpkeep::ByCaller)
             .performOnAll(m_actor, m_selected, body, &outcome, &error)) {
        emit failed(error);
        return;
    }
    if (m_current && outcome.changed.contains(m_current->id())) {
        std::optional<Post> current;
        if (!PostStore(m_database).find(m_current->id(), &current, &error)) {
            emit failed(error);
        } else if (current) {
            m_current = *current;
            updateAvailability();
        }
    }
    if (!outcome.changed.isEmpty())
        emit postsChanged(outcome.changed);
    reportFailures(int(outcome.changed.size()), outcome.refused);
}

bool PostActions::perform(
    const QString &postId, const QJsonObject &body, QString *error, const QJsonArray &overriddenAdvice)
{
    Post result;
    if (!LocalActions(m_database, LocalActions::IndexUpkeep::ByCaller)
             .perform(m_actor, postId, body, &result, error, overriddenAdvice))
        return false;
    if (m_current && m_current->id() == postId) {
        m_current = result;
        updateAvailability();
    }
    return true;
}

void PostActions::reportFailures(int done, const QList<BulkActionOutcome::Refusal> &refusals)
{
    if (refusals.isEmpty())
        return;
    if (done == 0 && refusals.size() == 1) {
        emit failed(refusals.first().reason);
        return;
    }
    QStringList lines { tr("%n post(s) were not changed:", nullptr, int(refusals.size())) };
    for (const BulkActionOutcome::Refusal &refusal : refusals.mid(0, 10))
        lines.append(tr("%1: %2").arg(refusal.postId, refusal.reason));
    emit failed(lines.join(QLatin1Char('\n')));
}

} // namespace bxt
