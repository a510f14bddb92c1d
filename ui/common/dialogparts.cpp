#include "common/dialogparts.h"

#include "common/themecolours.h"
#include "common/widgetparts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace bxt {

QColor warningColor(const QPalette &palette)
{
    return toneColor(Tone::Warning, palette);
}

void setWarning(QWidget *widget, bool warning)
{
    if (!warning) {
        widget->setPalette(QPalette()); // inherit the theme again
        return;
    }
    QPalette palette = widget->palette();
    const QColor color = warningColor(palette);
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::ButtonText, color);
    widget->setPalette(palette);
}

QDialogButtonBox *okCancelButtons(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    if (!okText.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLabel *refusalLabel(const QString &accessibleName, QWidget *parent)
{
    QLabel *label = plainTextLabel(QString(), parent);
    label->setAccessibleName(accessibleName);
    setWarning(label);
    return label;
}

void showRefusal(const QString &refusal, QDialogButtonBox *buttons, QLabel *label)
{
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(refusal.isEmpty());
    ok->setToolTip(literalAutoText(refusal));
    label->setText(refusal);
    label->setVisible(!refusal.isEmpty());
}

} // namespace bxt
