#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QColor;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QPalette;
class QTableView;
class QTreeWidget;
class QWidget;

namespace bxt {

// Pieces the desk's views and dialogs build alike.

// A label for text from a post or a person: plain text (never markup), wrapped.
QLabel *plainTextLabel(const QString &text, QWidget *parent);
// A dialog's first line: the post's title, bold.
QLabel *titleLabel(const QString &text, QWidget *parent);
// A flat list with columns sized to their contents, for read-only rows.
QTreeWidget *flatList(const QStringList &headers, const QString &accessibleName, QWidget *parent);
// A read-only table over a model, one row selected at a time.
QTableView *rowTable(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent);

// Text that warns: dark red on a light window, light red on a dark one.
QColor warningColor(const QPalette &palette);
// Shows a label's or button's text in warningColor(), or in the theme's own colour again.
void setWarning(QWidget *widget, bool warning = true);
// A dialog's OK and Cancel, wired to its accept() and reject().
QDialogButtonBox *okCancelButtons(QDialog *dialog);
// The label under a dialog's fields that says why OK is refused: plain text in warningColor().
QLabel *refusalLabel(const QString &accessibleName, QWidget *parent);
// OK only when refusal is empty; otherwise the refusal on OK's tooltip and in the label.
void showRefusal(const QString &refusal, QDialogButtonBox *buttons, QLabel *label);

} // namespace bxt
