#include "liaison/reminderbanner.h"

#include "common/themecolours.h"
#include "common/widgetparts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace bxt {

ReminderBanner::ReminderBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("reminderBanner"));
    setAccessibleName(tr("Reminder"));
    setFrameShape(QFrame::NoFrame); // paintEvent() draws it in the theme's colours

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_text = plainTextLabel(QString(), this);
    auto *show = new QPushButton(tr("Show"), this);
    auto *dismiss = new QPushButton(tr("Dismiss"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(show);
    layout->addWidget(dismiss);

    connect(show, &QPushButton::clicked, this, [this] {
        hide();
        emit showRequested(m_viewKey);
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void ReminderBanner::showReminder(const QString &text, const QString &viewKey)
{
    m_text->setText(text);
    m_viewKey = viewKey;
    show();
}

void ReminderBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(toneColor(Tone::Caution, palette()));
    painter.setBrush(toneBackground(Tone::Caution, palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

QString ReminderBanner::text() const
{
    return m_text->text();
}

} // namespace bxt
