#include "sync/conflictspanel.h"

#include "common/dialogparts.h"
#include "common/widgetparts.h"
#include "sync/conflictsmodel.h"
#include "sync/outboxmodel.h"
#include "sync/synccontroller.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bxt {

namespace {

int selectedRow(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace

ConflictsPanel::ConflictsPanel(SyncController &controller, const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_conflicts(new ConflictsModel(controller, database, this))
    , m_failed(new OutboxModel(controller, database, OutboxModel::Entries::Failed, this))
{
    auto *layout = new QVBoxLayout(this);
    m_conflictsTitle = titleLabel(QString(), this);
    layout->addWidget(m_conflictsTitle);
    layout->addWidget(plainTextLabel(tr("Your work and the portal's disagree on these posts. Nothing is overwritten: "
                                        "until you choose, this computer shows your version and holds its actions."),
        this));
    m_conflictsView = rowTable(m_conflicts, tr("Conflicts with the portal"), this);
    layout->addWidget(m_conflictsView, 2);

    m_comparison = flatList(
        { tr("Field"), tr("On this computer"), tr("On the portal") }, tr("Both versions side by side"), this);
    layout->addWidget(m_comparison, 3);
    m_portalMessage = plainTextLabel(QString(), this);
    m_portalMessage->setAccessibleName(tr("The portal's message"));
    layout->addWidget(m_portalMessage);

    auto *resolveRow = new QHBoxLayout;
    m_keepMine = new QPushButton(tr("Keep mine"), this);
    m_keepMine->setToolTip(tr("Send your actions again, against the portal's current version"));
    m_takePortal = new QPushButton(tr("Take the portal's"), this);
    m_takePortal->setToolTip(tr("Drop your waiting actions on this post: it becomes the portal's version"));
    resolveRow->addStretch();
    resolveRow->addWidget(m_keepMine);
    resolveRow->addWidget(m_takePortal);
    layout->addLayout(resolveRow);

    m_failedTitle = titleLabel(QString(), this);
    layout->addWidget(m_failedTitle);
    layout->addWidget(
        plainTextLabel(tr("The portal refused these actions; their effect on this computer was undone."), this));
    m_failedView = rowTable(m_failed, tr("Actions the portal refused"), this);
    layout->addWidget(m_failedView, 2);
    auto *failedRow = new QHBoxLayout;
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setToolTip(tr("Remove the refused action from this list"));
    failedRow->addStretch();
    failedRow->addWidget(m_dismiss);
    layout->addLayout(failedRow);

    m_problem = plainTextLabel(QString(), this);
    setWarning(m_problem);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    connect(m_conflictsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConflictsPanel::showSelectedConflict);
    connect(m_failedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this]() { m_dismiss->setEnabled(selectedRow(m_failedView) >= 0); });
    connect(m_keepMine, &QPushButton::clicked, this, [this]() { resolve(true); });
    connect(m_takePortal, &QPushButton::clicked, this, [this]() { resolve(false); });
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsPanel::dismissFailed);
    for (QAbstractItemModel *model :
        { static_cast<QAbstractItemModel *>(m_conflicts), static_cast<QAbstractItemModel *>(m_failed) }) {
        connect(model, &QAbstractItemModel::modelReset, this, [this]() {
            m_conflictsTitle->setText(tr("Conflicts (%1)").arg(m_conflicts->rowCount()));
            m_failedTitle->setText(tr("Refused actions (%1)").arg(m_failed->rowCount()));
            if (selectedRow(m_conflictsView) < 0 && m_conflicts->rowCount() > 0)
                m_conflictsView->selectRow(0);
            showSelectedConflict();
            m_conflictsView->resizeColumnsToContents();
            m_failedView->resizeColumnsToContents();
            m_dismiss->setEnabled(selectedRow(m_failedView) >= 0);
        });
    }
    connect(m_conflicts, &ConflictsModel::reloadFailed, this, &ConflictsPanel::showProblem);
    connect(m_failed, &OutboxModel::reloadFailed, this, &ConflictsPanel::showProblem);
    reload();
}

void ConflictsPanel::reload()
{
    QString error;
    if (!m_conflicts->reload(&error) || !m_failed->reload(&error))
        showProblem(error);
}

void ConflictsPanel::selectPost(const QString &postId)
{
    const int row = m_conflicts->rowOfPost(postId);
    if (row >= 0)
        m_conflictsView->selectRow(row);
}

void ConflictsPanel::showSelectedConflict()
{
    const int row = selectedRow(m_conflictsView);
    m_keepMine->setEnabled(row >= 0);
    m_takePortal->setEnabled(row >= 0);
    m_comparison->clear();
    m_portalMessage->clear();
    if (row < 0)
        return;
    QFont bold = m_comparison->font();
    bold.setBold(true);
    for (const SyncTexts::Field &field : m_conflicts->fieldsAt(row)) {
        auto *item = new QTreeWidgetItem(m_comparison, { field.name, field.mine, field.portal });
        if (field.differs) {
            for (int column = 0; column < 3; ++column)
                item->setFont(column, bold);
        }
    }
    const SyncConflict &conflict = m_conflicts->conflictAt(row);
    m_portalMessage->setText(conflict.message);
    m_portalMessage->setVisible(!conflict.message.isEmpty());
    // Taking the portal's version of a post it no longer shows removes the post here.
    m_takePortal->setText(conflict.portal.isEmpty() ? tr("Take the portal's (remove here)") : tr("Take the portal's"));
}

void ConflictsPanel::resolve(bool keepMine)
{
    const int row = selectedRow(m_conflictsView);
    if (row < 0)
        return;
    const QString postId = m_conflicts->conflictAt(row).postId;
    QString error;
    if (!m_controller.resolveConflict(
            postId, keepMine ? SyncController::Resolution::KeepMine : SyncController::Resolution::TakePortal, &error)) {
        showProblem(error);
        return;
    }
    m_problem->hide();
    reload();
    emit conflictResolved(postId, keepMine);
}

void ConflictsPanel::dismissFailed()
{
    const int row = selectedRow(m_failedView);
    if (row < 0)
        return;
    QString error;
    if (!m_controller.dismissFailedAction(m_failed->entryAt(row).seq, &error)) {
        showProblem(error);
        return;
    }
    m_problem->hide();
    reload();
    emit failedActionDismissed();
}

void ConflictsPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace bxt
