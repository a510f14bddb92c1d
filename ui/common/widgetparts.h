#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QTreeWidget;
class QWidget;

namespace bxt {

// Pieces the desk's views and dialogs build alike.

// Text from a citizen, a person or the portal for a place that shows it as markup when
// Qt::mightBeRichText() says it might be (tool tips, message boxes): escaped there, so that it
// shows literally. Labels take setTextFormat(Qt::PlainText) instead (plainTextLabel()).
QString literalAutoText(const QString &text);
// A label for text from a post or a person: plain text (never markup), wrapped.
QLabel *plainTextLabel(const QString &text, QWidget *parent);
// A dialog's first line: the post's title, bold.
QLabel *titleLabel(const QString &text, QWidget *parent);
// A flat list with columns sized to their contents, for read-only rows.
QTreeWidget *flatList(const QStringList &headers, const QString &accessibleName, QWidget *parent);
// A read-only table over a model, one row selected at a time.
QTableView *rowTable(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent);

} // namespace bxt
