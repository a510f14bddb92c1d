#include "triage/postview.h"

#include "common/dialogparts.h"
#include "common/portalterms.h"
#include "common/themecolours.h"
#include "common/widgetparts.h"
#include "domain/status.h"
#include "rules/contactpolicy.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bxt {

namespace {

QString separator()
{
    return QStringLiteral(" · ");
}

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

QString dateTimeText(const QString &rfc3339)
{
    const QDateTime instant = parseRfc3339(rfc3339);
    if (!instant.isValid())
        return rfc3339;
    return instant.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QLabel *plainLabel(const QString &accessibleName, QWidget *parent)
{
    QLabel *label = plainTextLabel(QString(), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

QTreeWidget *table(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    QTreeWidget *tree = flatList(headers, accessibleName, parent);
    tree->setAlternatingRowColors(true);
    tree->setWordWrap(false);
    return tree;
}

// A reply or a promise counts as the first answer (R16); the last reply closes the final clock.
bool hasReplyOfKind(const QJsonArray &replies, const char *kind)
{
    for (const QJsonValue &reply : replies) {
        if (kind == nullptr || text(reply.toObject(), "kind") == QLatin1String(kind))
            return true;
    }
    return false;
}

} // namespace

PostView::PostView(QWidget *parent)
    : QWidget(parent)
    , m_deadlines(WorkCalendar::builtIn(), DeadlineRules::notice())
    , m_flaggedTerms(FlaggedTerms::builtIn())
{
    setAccessibleName(tr("Post"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_banner = new QLabel(this);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(fontMetrics().height() / 3);
    QPalette confidential = m_banner->palette();
    confidential.setColor(QPalette::Window, toneColor(Tone::Warning, confidential));
    confidential.setColor(QPalette::WindowText, confidential.color(QPalette::Base));
    m_banner->setPalette(confidential);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_banner->setAccessibleName(tr("Confidential report"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_title = plainLabel(tr("Title"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_author = plainLabel(tr("Author"), this);
    m_contact = plainLabel(tr("Contact"), this);
    m_category = plainLabel(tr("Category and handling"), this);
    m_state = plainLabel(tr("State"), this);
    m_flags = plainLabel(tr("Flagged terms"), this);
    setWarning(m_flags);
    for (QLabel *label : { m_author, m_contact, m_category, m_state, m_flags })
        layout->addWidget(label);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_body = new QPlainTextEdit(splitter);
    m_body->setReadOnly(true);
    m_body->setUndoRedoEnabled(false);
    m_body->setAccessibleName(tr("Post text"));

    m_tabs = new QTabWidget(splitter);
    m_tabs->setAccessibleName(tr("Handling of the post"));
    m_assignments = table({ tr("Unit"), tr("Kind"), tr("Status"), tr("Dispatched"), tr("First answer due"),
                              tr("Final reply due"), tr("Promised date") },
        tr("Assignments"), m_tabs);
    m_replies = new QPlainTextEdit(m_tabs);
    m_replies->setReadOnly(true);
    m_replies->setUndoRedoEnabled(false);
    m_replies->setAccessibleName(tr("Replies"));
    m_supervisions
        = table({ tr("Unit"), tr("Opened"), tr("Method"), tr("Reason"), tr("Note"), tr("Result"), tr("Closed") },
            tr("Supervisions"), m_tabs);
    m_history = table({ tr("When"), tr("Who"), tr("What"), tr("Change") }, tr("History"), m_tabs);
    m_tabs->addTab(m_assignments, QString());
    m_tabs->addTab(m_replies, QString());
    m_tabs->addTab(m_supervisions, QString());
    m_tabs->addTab(m_history, QString());
    splitter->addWidget(m_body);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    clear();
}

void PostView::setContext(const Actor &actor, const QHash<QString, Unit> &units, const DeadlineCalculator &deadlines)
{
    m_actor = actor;
    m_units = units;
    m_deadlines = deadlines;
}

void PostView::setFlaggedTerms(const FlaggedTerms &terms)
{
    m_flaggedTerms = terms;
}

void PostView::setToday(const QDate &today)
{
    m_today = today;
}

QDate PostView::today() const
{
    return m_today ? *m_today : cstDate(QDateTime::currentDateTimeUtc());
}

void PostView::clear()
{
    m_postId.clear();
    m_banner->hide();
    m_title->setText(tr("No post selected"));
    for (QLabel *label : { m_author, m_contact, m_category, m_state, m_flags }) {
        label->clear();
        label->hide();
    }
    m_body->clear();
    m_body->setExtraSelections({});
    m_assignments->clear();
    m_replies->clear();
    m_supervisions->clear();
    m_history->clear();
    m_tabs->setTabText(0, tr("Assignments"));
    m_tabs->setTabText(1, tr("Replies"));
    m_tabs->setTabText(2, tr("Supervision"));
    m_tabs->setTabText(3, tr("History"));
}

void PostView::showPost(const Post &post, const QList<AuditLog::Entry> &history)
{
    clear();
    m_postId = post.id();
    showHeader(post);
    showBody(post);
    showAssignments(post);
    showReplies(post);
    showSupervisions(post);
    showHistory(history);
}

QString PostView::unitName(const QString &unitId) const
{
    const auto unit = m_units.constFind(unitId);
    return unit == m_units.cend() ? unitId : unit->name;
}

void PostView::showHeader(const Post &post)
{
    const QJsonObject &json = post.json();
    const auto category = post.category();
    if (category == Category::Report) {
        m_banner->setText(tr("CONFIDENTIAL REPORT (举报): handled by column staff only and forwarded to the "
                             "discipline mailbox; never shown to a department or district; replies are seen by the "
                             "author only (R10)."));
        m_banner->show();
    }
    m_title->setText(post.title());

    QStringList author { tr("By %1").arg(post.authorAlias().isEmpty() ? tr("an anonymous author") : post.authorAlias()),
        tr("submitted %1").arg(dateTimeText(text(json, "submitted_at"))), post.id() };
    if (json.value(QLatin1String("wants_reply")).toBool())
        author.append(tr("asks for a reply"));
    m_author->setText(author.join(separator()));
    m_author->show();

    // The contact's text is put into a widget only when the actor may see it (R10).
    if (m_actor && maySeeContact(*m_actor, post)) {
        const QJsonObject contact = json.value(QLatin1String("author")).toObject();
        QStringList parts;
        if (const QString phone = text(contact, "phone"); !phone.isEmpty())
            parts.append(tr("Phone %1").arg(phone));
        if (const QString email = text(contact, "email"); !email.isEmpty())
            parts.append(tr("E-mail %1").arg(email));
        m_contact->setText(parts.isEmpty() ? tr("The author left no contact details.") : parts.join(separator()));
    } else {
        m_contact->setText(tr("The author's contact details are not shown to your role."));
    }
    m_contact->show();

    m_category->setText(category ? PortalTerms::categoryWithRule(*category) : tr("Not classified yet."));
    m_category->show();

    QStringList state { tr("Status: %1").arg(postStatusName(post.status())),
        tr("%n view(s)", nullptr, int(post.views())) };
    if (const QString satisfaction = text(json, "satisfaction"); !satisfaction.isEmpty())
        state.append(tr("author's rating: %1").arg(PortalTerms::satisfactionName(satisfaction)));
    if (const QString mailbox = text(json, "forwarded_to"); !mailbox.isEmpty())
        state.append(tr("forwarded to %1").arg(PortalTerms::mailboxName(mailbox)));
    if (const QString reason = text(json, "shield_reason"); !reason.isEmpty())
        state.append(tr("shielded as %1").arg(PortalTerms::shieldReasonName(reason)));
    if (const QString original = text(json, "duplicate_of"); !original.isEmpty())
        state.append(tr("duplicate of %1").arg(original));
    m_state->setText(state.join(separator()));
    m_state->show();
}

void PostView::showBody(const Post &post)
{
    // One line break per break, so that hit positions and the document's positions agree.
    QString body = post.body();
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    m_body->setPlainText(body);

    QList<QTextEdit::ExtraSelection> selections;
    QStringList named;
    auto name = [&named](const TermHit &hit) {
        const QString entry = hit.kind == QLatin1String("illegal") ? tr("%1 (illegal)").arg(hit.term)
                                                                   : tr("%1 (abusive)").arg(hit.term);
        if (!named.contains(entry))
            named.append(entry);
    };
    for (const TermHit &hit : m_flaggedTerms.find(post.title()))
        name(hit);
    for (const TermHit &hit : m_flaggedTerms.find(body)) {
        name(hit);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_body->document());
        selection.cursor.setPosition(hit.start);
        selection.cursor.setPosition(hit.start + hit.length, QTextCursor::KeepAnchor);
        const bool illegal = hit.kind == QLatin1String("illegal");
        selection.format.setBackground(toneBackground(illegal ? Tone::Warning : Tone::Caution, m_body->palette()));
        selection.format.setForeground(m_body->palette().color(QPalette::Text));
        selection.format.setFontUnderline(true);
        selection.format.setToolTip(illegal ? tr("Flagged as possibly illegal") : tr("Flagged as abusive"));
        selections.append(selection);
    }
    m_body->setExtraSelections(selections);
    if (!named.isEmpty()) {
        m_flags->setText(tr("Flagged terms: %1").arg(named.join(tr(", "))));
        m_flags->show();
    }
}

void PostView::showAssignments(const Post &post)
{
    const QJsonArray assignments = post.assignments();
    for (const QJsonValue &value : assignments) {
        const QJsonObject assignment = value.toObject();
        const QString unitId = text(assignment, "unit_id");
        const auto unit = m_units.constFind(unitId);
        const QString status = text(assignment, "status");
        const QJsonArray replies = assignment.value(QLatin1String("replies")).toArray();
        const QDate promised = parseDate(text(assignment, "promise_due"));

        auto *item = new QTreeWidgetItem(m_assignments);
        item->setText(0, unitName(unitId));
        item->setText(1,
            unit == m_units.cend()                   ? tr("unknown unit")
                : unit->kind == UnitKind::Department ? tr("department")
                                                     : tr("district"));
        item->setText(2, assignmentStatusName(status));
        item->setText(3, dateTimeText(text(assignment, "dispatched_at")));
        item->setText(6, promised.isValid() ? dateText(promised) : QString());

        const QDateTime dispatchedAt = parseRfc3339(text(assignment, "dispatched_at"));
        if (status == QLatin1String("returned")) {
            const QString returned = tr("returned %1").arg(dateTimeText(text(assignment, "returned_at")));
            item->setText(4, returned);
            item->setText(5, returned);
        } else if (unit == m_units.cend() || !dispatchedAt.isValid()) {
            item->setText(4, tr("cannot be computed"));
            item->setText(5, tr("cannot be computed"));
        } else {
            const Deadlines deadlines = m_deadlines.compute(
                unit->kind, dispatchedAt, promised.isValid() ? std::optional<QDate>(promised) : std::nullopt);
            const bool firstMet
                = !replies.isEmpty() || status == QLatin1String("promised") || status == QLatin1String("replied");
            item->setText(4, clockText(deadlines.firstAnswerDue, firstMet, deadlines.calendarComplete));
            item->setText(
                5, clockText(deadlines.finalDueLatest, hasReplyOfKind(replies, "final"), deadlines.calendarComplete));
            if (!deadlines.calendarComplete) {
                const QString why = tr("The working-day calendar of a year these deadlines fall in is not known; "
                                       "weekends alone were counted, so the dates may be wrong (R18).");
                item->setToolTip(4, literalAutoText(why));
                item->setToolTip(5, literalAutoText(why));
            }
        }
    }
    m_tabs->setTabText(0, tr("Assignments (%1)").arg(assignments.size()));
}

QString PostView::clockText(const QDate &due, bool met, bool calendarComplete) const
{
    QString result = dateText(due);
    const QDate now = today();
    if (met)
        result += separator() + tr("answered");
    else if (due == now)
        result += separator() + tr("due today");
    else if (due > now) {
        int left = 0;
        for (QDate day = now; day <= due; day = day.addDays(1))
            left += m_deadlines.calendar().isWorkingDay(day) ? 1 : 0;
        result += separator() + tr("%n working day(s) left", nullptr, left);
    } else {
        result += separator() + tr("overdue by %n day(s)", nullptr, int(due.daysTo(now)));
    }
    if (!calendarComplete)
        result += separator() + tr("calendar incomplete (R18)");
    return result;
}

void PostView::showReplies(const Post &post)
{
    QStringList blocks;
    auto add = [&](const QString &from, const QJsonArray &replies) {
        for (const QJsonValue &value : replies) {
            const QJsonObject reply = value.toObject();
            QStringList lines { QStringList { from, PortalTerms::replyKindName(text(reply, "kind")),
                PortalTerms::visibilityName(text(reply, "visibility")), dateTimeText(text(reply, "published_at")) }
                                    .join(separator()) };
            QStringList documents;
            for (const QJsonValue &ref : reply.value(QLatin1String("doc_refs")).toArray()) {
                const QJsonObject document = ref.toObject();
                const QString number = text(document, "number");
                documents.append(number.isEmpty() ? tr("《%1》").arg(text(document, "title"))
                                                  : tr("《%1》(%2)").arg(text(document, "title"), number));
            }
            if (!documents.isEmpty())
                lines.append(tr("Documents: %1").arg(documents.join(tr(", "))));
            lines.append(text(reply, "text"));
            blocks.append(lines.join(QLatin1Char('\n')));
        }
    };
    for (const QJsonValue &value : post.assignments()) {
        const QJsonObject assignment = value.toObject();
        add(unitName(text(assignment, "unit_id")), assignment.value(QLatin1String("replies")).toArray());
    }
    add(tr("Column staff"), post.json().value(QLatin1String("replies")).toArray());
    m_replies->setPlainText(blocks.isEmpty() ? tr("No replies yet.") : blocks.join(QLatin1String("\n\n")));
    m_tabs->setTabText(1, tr("Replies (%1)").arg(blocks.size()));
}

void PostView::showSupervisions(const Post &post)
{
    const QJsonArray supervisions = post.supervisions();
    for (const QJsonValue &value : supervisions) {
        const QJsonObject supervision = value.toObject();
        auto *item = new QTreeWidgetItem(m_supervisions);
        item->setText(0, unitName(text(supervision, "unit_id")));
        item->setText(1, dateTimeText(text(supervision, "opened_at")));
        item->setText(2, PortalTerms::supervisionMethodName(text(supervision, "method")));
        item->setText(3, PortalTerms::supervisionReasonName(text(supervision, "reason")));
        item->setText(4, text(supervision, "note"));
        item->setText(5, text(supervision, "result"));
        const QString closed = text(supervision, "closed_at");
        item->setText(6, closed.isEmpty() ? tr("open") : dateTimeText(closed));
    }
    m_tabs->setTabText(2, tr("Supervision (%1)").arg(supervisions.size()));
}

void PostView::showHistory(const QList<AuditLog::Entry> &history)
{
    for (const AuditLog::Entry &entry : history) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, dateTimeText(entry.at));
        item->setText(1, entry.actor);
        item->setText(2, PortalTerms::actionName(entry.action));
        item->setText(3, changeSummary(entry.before, entry.after));
    }
    m_tabs->setTabText(3, tr("History (%1)").arg(history.size()));
}

// What an action changed, in the post's own terms. The before and after states hold the whole
// post, contact included, so only the fields named here are ever shown.
QString PostView::changeSummary(const QJsonObject &before, const QJsonObject &after) const
{
    QStringList changes;
    auto changed = [&](const char *field) { return text(before, field) != text(after, field); };
    auto categoryName = [](const QString &code) {
        const auto category = Categories::fromCode(code);
        return category ? Categories::displayName(*category) : tr("unclassified");
    };
    if (changed("category"))
        changes.append(
            tr("category %1 → %2").arg(categoryName(text(before, "category")), categoryName(text(after, "category"))));
    if (changed("status"))
        changes.append(
            tr("status %1 → %2").arg(postStatusName(text(before, "status")), postStatusName(text(after, "status"))));
    if (changed("forwarded_to") && !text(after, "forwarded_to").isEmpty())
        changes.append(tr("to %1").arg(PortalTerms::mailboxName(text(after, "forwarded_to"))));
    if (changed("shield_reason")) {
        const QString reason = text(after, "shield_reason");
        changes.append(
            reason.isEmpty() ? tr("shield removed") : tr("reason: %1").arg(PortalTerms::shieldReasonName(reason)));
    }
    if (changed("duplicate_of") && !text(after, "duplicate_of").isEmpty())
        changes.append(tr("duplicate of %1").arg(text(after, "duplicate_of")));

    QHash<QString, QString> statusBefore;
    for (const QJsonValue &value : before.value(QLatin1String("assignments")).toArray())
        statusBefore.insert(text(value.toObject(), "unit_id"), text(value.toObject(), "status"));
    for (const QJsonValue &value : after.value(QLatin1String("assignments")).toArray()) {
        const QString unitId = text(value.toObject(), "unit_id");
        const QString status = text(value.toObject(), "status");
        if (!statusBefore.contains(unitId))
            changes.append(tr("to %1").arg(unitName(unitId)));
        else if (statusBefore.value(unitId) != status)
            changes.append(tr("%1: %2").arg(unitName(unitId), assignmentStatusName(status)));
    }
    return changes.join(tr("; "));
}

} // namespace bxt
