#pragma once

#include <QString>

class QColor;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QPalette;
class QWidget;

namespace bxt {

// Pieces the dialogs build alike: OK and Cancel, why OK is refused, and text that warns.

// Text that warns: dark red on a light window, light red on a dark one.
QColor warningColor(const QPalette &palette);
// Shows a label's or button's text in warningColor(), or in the theme's own colour again.
void setWarning(QWidget *widget, bool warning = true);
// A dialog's OK and Cancel, wired to its accept() and reject(); okText names what OK does.
QDialogButtonBox *okCancelButtons(QDialog *dialog, const QString &okText = {});
// The label under a dialog's fields that says why OK is refused: plain text in warningColor().
QLabel *refusalLabel(const QString &accessibleName, QWidget *parent);
// OK only when refusal is empty; otherwise the refusal on OK's tooltip and in the label.
void showRefusal(const QString &refusal, QDialogButtonBox *buttons, QLabel *label);

} // namespace bxt
