#include "sync/outboxpanel.h"

#include "common/widgetparts.h"
#include "sync/outboxmodel.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace bxt {

OutboxPanel::OutboxPanel(SyncController &controller, const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_model(new OutboxModel(controller, database, OutboxModel::Entries::Waiting, this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary = plainTextLabel(QString(), this);
    m_summary->setAccessibleName(tr("Waiting actions"));
    layout->addWidget(m_summary);
    m_view = rowTable(m_model, tr("Actions waiting to be sent"), this);
    layout->addWidget(m_view);

    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPanel::showCount);
    connect(m_model, &OutboxModel::reloadFailed, m_summary, &QLabel::setText);
    reload();
}

void OutboxPanel::reload()
{
    QString error;
    if (!m_model->reload(&error))
        m_summary->setText(error);
}

void OutboxPanel::showCount()
{
    const int count = m_model->rowCount();
    m_summary->setText(count == 0
            ? tr("Nothing waits to be sent: the portal has taken every action made on this computer.")
            : tr("%n action(s) wait to be sent. They are kept on this computer, also when it is closed, and sent "
                 "in this order at the next synchronisation.",
                nullptr, count));
    m_view->resizeColumnsToContents();
}

} // namespace bxt
