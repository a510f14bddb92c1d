#include "widgetparts.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>

namespace bxt {

QLabel *plainTextLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(text);
    return label;
}

QLabel *titleLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainTextLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QTreeWidget *flatList(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    tree->setAccessibleName(accessibleName);
    return tree;
}

} // namespace bxt
