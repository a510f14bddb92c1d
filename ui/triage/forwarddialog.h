#pragma once

#include "calendar/deadlinecalculator.h"
#include "domain/post.h"
#include "domain/role.h"
#include "domain/unit.h"
#include "rules/actionpolicy.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bxt {

// Forwards a petition to the mayor's mailbox (R9) or a report to the discipline-inspection
// mailbox (R10), with the online notice to the author that column staff post at the same time:
// public for a petition, seen by the author only for a report.
class ForwardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardDialog)

public:
    // The dialog, or null with *refusal saying why the post cannot be forwarded.
    static std::unique_ptr<ForwardDialog> create(const Actor &actor, const Post &post,
        const QHash<QString, Unit> &units, const DeadlineCalculator &deadlines, QWidget *parent, QString *refusal);

    // {"type": "forward", "mailbox": ..., "note": ...}
    QJsonObject forwardAction() const;
    // {"type": "reply", "unit_id": null, "kind": "initial", "text": ..., "doc_refs": [], "visibility": ...}
    QJsonObject replyAction() const;
    // Why the two actions cannot be performed as they stand; empty when they can.
    QString refusal() const { return m_refusal; }

    // The notice to the author as the template words it for this post.
    static QString noticeTemplate(const Post &post);

private:
    ForwardDialog(const Actor &actor, const Post &post, const QHash<QString, Unit> &units,
        const DeadlineCalculator &deadlines, QWidget *parent);
    void validate();

    Actor m_actor;
    Post m_post;
    ActionPolicy m_policy;
    QString m_refusal;

    QComboBox *m_mailbox = nullptr;
    QLineEdit *m_note = nullptr;
    QPlainTextEdit *m_notice = nullptr;
    QComboBox *m_visibility = nullptr;
    QLabel *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bxt
