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

namespace bxt {

// Shields a post (R12): the reason, a note, and for a duplicate the post it repeats. A shield
// keeps the post and the reason and can be undone.
class ShieldDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShieldDialog)

public:
    // The dialog, or null with *refusal saying why the post cannot be shielded.
    static std::unique_ptr<ShieldDialog> create(const Actor &actor, const Post &post, const QHash<QString, Unit> &units,
        const DeadlineCalculator &deadlines, QWidget *parent, QString *refusal);

    // Chooses a reason by its code: spam, duplicate, advertising, abusive or illegal.
    void setReason(const QString &code);
    // Chooses "duplicate" and names the original, e.g. from a likely duplicate the clerk marked.
    void setDuplicateOf(const QString &originalPostId);

    // {"type": "shield", "reason": ..., "note": ..., "duplicate_of": ... (for a duplicate)}
    QJsonObject actionBody() const;
    QString refusal() const { return m_refusal; }

private:
    ShieldDialog(const Actor &actor, const Post &post, const QHash<QString, Unit> &units,
        const DeadlineCalculator &deadlines, QWidget *parent);
    bool isDuplicate() const;
    void validate();

    Actor m_actor;
    Post m_post;
    ActionPolicy m_policy;
    QString m_refusal;

    QComboBox *m_reasonChoice = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_original = nullptr;
    QLabel *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bxt
