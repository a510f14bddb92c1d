#pragma once

#include "calendar/deadlinecalculator.h"
#include "domain/post.h"
#include "domain/role.h"
#include "domain/unit.h"
#include "rules/actionpolicy.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace bxt {

class UnitFilterModel;
class UnitPickerModel;

// Chooses the units a post is dispatched to (R1, R3, R11). Keyboard first: type a name or
// its pinyin initials, move with the arrows, check with Space, dispatch with Enter. The
// Dispatch button stays disabled, with the reason beside it, until ActionPolicy accepts the
// choice, so the dialog and the core never disagree.
class DispatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatchDialog)

public:
    // The dialog, or null with *refusal saying why the post cannot be dispatched at all, e.g. a
    // report, which never goes to a unit (R10).
    static std::unique_ptr<DispatchDialog> create(const Actor &actor, const Post &post,
        const QHash<QString, Unit> &units, const DeadlineCalculator &deadlines, QWidget *parent, QString *refusal);

    // {"type": "dispatch", "unit_ids": [...]}
    QJsonObject actionBody() const;
    QStringList chosenUnitIds() const;
    // Why the current choice cannot be dispatched; empty when it can.
    QString refusal() const { return m_refusal; }
    // Checks these units, e.g. the suggested ones; units that cannot be chosen are skipped.
    void setChosen(const QStringList &unitIds);
    void setQuery(const QString &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DispatchDialog(const Actor &actor, const Post &post, const QHash<QString, Unit> &units,
        const DeadlineCalculator &deadlines, QWidget *parent);

    void updateChoice();
    void selectFirstMatch();
    void moveCurrent(int step);
    void toggleCurrent();
    QList<QModelIndex> visibleUnits() const;

    Actor m_actor;
    Post m_post;
    QHash<QString, Unit> m_units;
    ActionPolicy m_policy;
    QString m_refusal;

    UnitPickerModel *m_model = nullptr;
    UnitFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_chosen = nullptr;
    QLabel *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bxt
