#include "sync/syncstatuswidget.h"

#include "common/dialogparts.h"
#include "common/themecolours.h"
#include "common/widgetparts.h"
#include "sync/synccontroller.h"
#include "sync/synctexts.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace bxt {

namespace {

QPixmap dot(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    return pixmap;
}

QString now()
{
    return SyncTexts::timeOfDayText(QDateTime::currentDateTimeUtc());
}

QToolButton *linkButton(const QString &accessibleName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setAccessibleName(accessibleName);
    return button;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_indicatorIcon = new QLabel(this);
    layout->addWidget(m_indicatorIcon);
    m_indicatorText = new QLabel(this);
    m_indicatorText->setAccessibleName(tr("Connection to the portal"));
    layout->addWidget(m_indicatorText);

    m_pending = linkButton(tr("Actions waiting to be sent"), this);
    layout->addWidget(m_pending);
    m_conflicts = linkButton(tr("Conflicts with the portal"), this);
    setWarning(m_conflicts);
    layout->addWidget(m_conflicts);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // the feed does not say how much is left
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Receiving changes"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_result = new QLabel(this);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setAccessibleName(tr("Last synchronisation"));
    layout->addWidget(m_result);

    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setToolTip(tr("Send the waiting actions to the portal and receive its changes"));
    layout->addWidget(m_syncNow);

    connect(m_syncNow, &QPushButton::clicked, &m_controller, &SyncController::synchronize);
    connect(m_pending, &QToolButton::clicked, this, &SyncStatusWidget::outboxRequested);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    connect(
        &m_controller, &SyncController::onlineChanged, this, [this](bool online) { showReachability(true, online); });
    connect(&m_controller, &SyncController::pendingCountChanged, this, &SyncStatusWidget::showPending);
    connect(&m_controller, &SyncController::conflictsChanged, this, &SyncStatusWidget::showConflicts);
    connect(&m_controller, &SyncController::started, this, &SyncStatusWidget::showStarted);
    connect(&m_controller, &SyncController::progress, this, &SyncStatusWidget::showProgress);
    connect(&m_controller, &SyncController::finished, this, &SyncStatusWidget::showFinished);
    connect(&m_controller, &SyncController::failed, this, &SyncStatusWidget::showFailure);
    connect(&m_controller, &SyncController::notice, this, &SyncStatusWidget::showNotice);

    // Known only once the portal was contacted; the controller says so only then.
    showReachability(m_controller.isOnline(), m_controller.isOnline());
    setResult(tr("Not synchronised yet"), {}, false);
    refresh();
}

void SyncStatusWidget::refresh()
{
    qint64 pending = 0;
    QString error;
    if (m_controller.pendingCount(&pending, &error))
        showPending(pending);
    else
        m_pending->setToolTip(literalAutoText(error));
    showConflicts();
}

void SyncStatusWidget::showReachability(bool known, bool online)
{
    const int size = m_indicatorText->fontMetrics().height() * 2 / 3;
    if (!known) {
        m_indicatorIcon->setPixmap(dot(toneColor(Tone::Muted, palette()), size));
        m_indicatorText->setText(tr("Not connected yet"));
        m_indicatorText->setToolTip(tr("The portal has not been contacted since the desk started."));
    } else if (online) {
        m_indicatorIcon->setPixmap(dot(toneColor(Tone::Good, palette()), size));
        m_indicatorText->setText(tr("Online"));
        m_indicatorText->setToolTip(tr("The portal answers."));
    } else {
        m_indicatorIcon->setPixmap(dot(toneColor(Tone::Warning, palette()), size));
        m_indicatorText->setText(tr("Offline"));
        m_indicatorText->setToolTip(tr("The portal cannot be reached. You can go on working: your actions wait "
                                       "on this computer and are sent when the portal is back."));
    }
}

void SyncStatusWidget::showPending(qint64 count)
{
    m_pending->setText(count == 0
            ? tr("Nothing waiting to be sent")
            : tr("%n action(s) waiting to be sent", nullptr, int(std::min<qint64>(count, INT_MAX))));
    m_pending->setToolTip(tr("Actions made on this computer that the portal has not taken yet"));
}

void SyncStatusWidget::showConflicts()
{
    QList<SyncConflict> conflicts;
    QString error;
    if (!m_controller.conflicts(&conflicts, &error)) {
        m_conflicts->setToolTip(literalAutoText(error));
        return;
    }
    m_conflicts->setVisible(!conflicts.isEmpty());
    m_conflicts->setText(tr("%n conflict(s)", nullptr, int(conflicts.size())));
    m_conflicts->setToolTip(tr("Posts where your work and the portal's disagree: choose which version stands"));
}

void SyncStatusWidget::showStarted()
{
    m_notice.clear();
    m_syncNow->setEnabled(false);
    setResult(tr("Synchronising…"), {}, false);
}

void SyncStatusWidget::showProgress(qint64 pulled, bool hasMore)
{
    // Only a pull of several pages shows the bar: one page ends before anyone could read it.
    m_progress->setVisible(hasMore);
    const QString received = tr("%1 changes received").arg(QLocale().toString(pulled));
    m_progress->setToolTip(literalAutoText(received));
    if (m_controller.isBusy())
        setResult(received, {}, false);
}

void SyncStatusWidget::showFinished(const SyncSummary &summary)
{
    m_progress->hide();
    m_syncNow->setEnabled(true);
    QStringList details { tr("Received %1 changes: %2 posts new or changed, %3 removed.")
                              .arg(summary.pulled)
                              .arg(summary.stored)
                              .arg(summary.removed),
        tr("Sent %1 actions.").arg(summary.pushed) };
    if (summary.failed > 0)
        details.append(tr("The portal refused %1 actions; their effect was undone.").arg(summary.failed));
    if (summary.withheld > 0)
        details.append(tr("%1 posts were not kept: this account may not hold them.").arg(summary.withheld));
    if (summary.queuedForNextSync > 0)
        details.append(summary.queuedDuringSyncText());
    setResult(tr("Synchronised at %1").arg(now()), details.join(QLatin1Char('\n')), summary.failed > 0);
    showPending(summary.heldByConflicts + summary.queuedForNextSync);
    showConflicts();
}

void SyncStatusWidget::showFailure(const QString &message)
{
    m_progress->hide();
    m_syncNow->setEnabled(true);
    setResult(tr("Synchronisation failed at %1").arg(now()), message, true);
    refresh();
}

void SyncStatusWidget::showNotice(const QString &message)
{
    m_notice = message;
    setResult(m_result->text(), m_details, m_problem);
}

void SyncStatusWidget::setResult(const QString &text, const QString &details, bool problem)
{
    m_details = details;
    m_problem = problem;
    m_result->setText(text);
    QStringList toolTip { details, m_notice };
    toolTip.removeAll(QString());
    m_result->setToolTip(literalAutoText(toolTip.join(QLatin1Char('\n'))));
    setWarning(m_result, problem);
}

} // namespace bxt
