#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QWidget>

namespace bxt::test {

namespace detail {

inline void addModelTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList *texts)
{
    static const int roles[] = { Qt::DisplayRole, Qt::ToolTipRole, Qt::StatusTipRole, Qt::WhatsThisRole,
        Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole, Qt::EditRole };
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (const int role : roles)
                texts->append(index.data(role).toString());
            addModelTexts(model, index, texts);
        }
    }
}

} // namespace detail

// Every text a person or a screen reader could get from a widget and its children: titles,
// tooltips, what's-this, accessible names, labels, buttons, line and text edits with their
// placeholders, combo boxes, tabs, group boxes and every cell of every item view.
inline QStringList allTexts(const QWidget *root)
{
    QStringList texts;
    QList<const QWidget *> widgets { root };
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : std::as_const(widgets)) {
        texts << widget->windowTitle() << widget->toolTip() << widget->whatsThis() << widget->statusTip()
              << widget->accessibleName() << widget->accessibleDescription();
        if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget))) {
            for (const auto kind :
                { QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help })
                texts << accessible->text(kind);
        }
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            texts << line->text() << line->placeholderText();
        if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            texts << plain->toPlainText() << plain->placeholderText() << plain->documentTitle();
        if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
            texts << rich->toPlainText() << rich->toHtml() << rich->placeholderText() << rich->documentTitle();
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            texts << combo->currentText() << combo->placeholderText();
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            texts << group->title();
        if (const auto *tabs = qobject_cast<const QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i) << tabs->tabWhatsThis(i);
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
            detail::addModelTexts(model, view->rootIndex(), &texts);
        }
    }
    texts.removeAll(QString());
    return texts;
}

// Whether any text of the widget tree contains the needle.
inline bool anyTextContains(const QWidget *root, const QString &needle)
{
    for (const QString &text : allTexts(root)) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

// The text a person sees in a tool tip: Qt shows one that might be rich text
// (Qt::mightBeRichText) as markup, any other literally.
inline QString shownToolTip(const QVariant &toolTip)
{
    const QString text = toolTip.toString();
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// A data column "text" of titles or notes a citizen or the portal could send that Qt would take
// for markup; each must be shown literally (issue 11, item 5).
inline void addHostileTextRows()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("red heading") << QStringLiteral("<h1 style=\"color:red\">暖气片整夜冰凉</h1>");
    QTest::newRow("local image") << QStringLiteral("<img src=\"file:///etc/passwd\">楼道灯坏了");
    QTest::newRow("entity") << QStringLiteral("&lt;b&gt;小区门口积水");
    QTest::newRow("table with a line break") << QStringLiteral("<table><tr><td>井盖缺失</td></tr></table>\n第二行");
}

} // namespace bxt::test
