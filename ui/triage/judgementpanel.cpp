#include "triage/judgementpanel.h"

#include "common/portalterms.h"
#include "common/widgetparts.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bxt {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

QString percent(double fraction)
{
    return JudgementPanel::tr("%1%").arg(QLocale().toString(qRound(std::clamp(fraction, 0.0, 1.0) * 100)));
}

QTreeWidget *list(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    QTreeWidget *tree = flatList(headers, accessibleName, parent);
    tree->setAllColumnsShowFocus(true);
    tree->setMinimumHeight(tree->fontMetrics().height() * 5);
    return tree;
}

QGroupBox *box(const QString &title, QTreeWidget *tree, const QList<QPushButton *> &buttons, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(tree, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (QPushButton *button : buttons)
        row->addWidget(button);
    layout->addLayout(row);
    return group;
}

void setRefusal(QPushButton *button, bool hasChoice, const QString &refusal, const QString &hint)
{
    button->setEnabled(hasChoice && refusal.isEmpty());
    button->setToolTip(literalAutoText(!refusal.isEmpty() ? refusal : hint));
}

} // namespace

JudgementPanel::JudgementPanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Suggestions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_categories = list({ tr("Category"), tr("Confidence"), tr("Why") }, tr("Suggested categories"), this);
    m_acceptCategory = new QPushButton(tr("Accept &category"), this);
    layout->addWidget(box(tr("Suggested category"), m_categories, { m_acceptCategory }, this));

    m_units = list({ tr("Unit"), tr("Confidence"), tr("Why") }, tr("Suggested units"), this);
    m_acceptUnits = new QPushButton(tr("Dispatch to &checked units"), this);
    layout->addWidget(box(tr("Suggested units"), m_units, { m_acceptUnits }, this));

    m_duplicates = list({ tr("Similarity"), tr("Title"), tr("Author"), tr("Submitted"), tr("Same author") },
        tr("Likely duplicates"), this);
    m_openDuplicate = new QPushButton(tr("&Open"), this);
    m_markDuplicate = new QPushButton(tr("&Mark as duplicate of it"), this);
    layout->addWidget(
        box(tr("Likely duplicates and re-posts"), m_duplicates, { m_openDuplicate, m_markDuplicate }, this));

    connect(m_acceptCategory, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_categories->currentItem())
            emit categoryAccepted(item->data(0, kCodeRole).toString());
    });
    connect(m_acceptUnits, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = checkedUnitIds(); !ids.isEmpty())
            emit unitsAccepted(ids);
    });
    connect(m_openDuplicate, &QPushButton::clicked, this, [this] {
        if (const QString id = currentDuplicate(); !id.isEmpty())
            emit postOpened(id);
    });
    connect(m_markDuplicate, &QPushButton::clicked, this, [this] {
        if (const QString id = currentDuplicate(); !id.isEmpty())
            emit duplicateMarked(id);
    });
    connect(m_duplicates, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { emit postOpened(item->data(0, kCodeRole).toString()); });
    connect(m_categories, &QTreeWidget::currentItemChanged, this, &JudgementPanel::updateButtons);
    connect(m_units, &QTreeWidget::itemChanged, this, &JudgementPanel::updateButtons);
    connect(m_duplicates, &QTreeWidget::currentItemChanged, this, &JudgementPanel::updateButtons);
    clear();
}

void JudgementPanel::showSuggestions(
    const QList<Suggestion> &categories, const QList<Suggestion> &units, const QHash<QString, Unit> &unitNames)
{
    m_categories->clear();
    for (const Suggestion &suggestion : categories) {
        const auto category = Categories::fromCode(suggestion.code);
        auto *item = new QTreeWidgetItem(m_categories);
        item->setText(0, category ? PortalTerms::categoryLabel(*category) : suggestion.code);
        item->setText(1, percent(suggestion.confidence));
        item->setText(2, suggestion.why);
        item->setData(0, kCodeRole, suggestion.code);
    }
    if (m_categories->topLevelItemCount() > 0)
        m_categories->setCurrentItem(m_categories->topLevelItem(0));

    const QSignalBlocker blocker(m_units);
    m_units->clear();
    for (const Suggestion &suggestion : units) {
        auto *item = new QTreeWidgetItem(m_units);
        item->setText(0, unitNames.contains(suggestion.code) ? unitNames.value(suggestion.code).name : suggestion.code);
        item->setText(1, percent(suggestion.confidence));
        item->setText(2, suggestion.why);
        item->setData(0, kCodeRole, suggestion.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // The most likely unit is ticked so that one click accepts it; nothing happens until then.
        item->setCheckState(0, m_units->topLevelItemCount() == 1 ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

void JudgementPanel::showDuplicates(const QList<DuplicateCandidate> &duplicates)
{
    m_duplicates->clear();
    for (const DuplicateCandidate &candidate : duplicates) {
        auto *item = new QTreeWidgetItem(m_duplicates);
        item->setText(0, percent(candidate.similarity));
        item->setText(1, candidate.title);
        item->setText(2, candidate.authorAlias);
        item->setText(
            3, candidate.submittedAt.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(4, candidate.sameAuthor ? tr("same author") : QString());
        item->setData(0, kCodeRole, candidate.postId);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        if (candidate.sameAuthor) {
            QFont bold = item->font(4);
            bold.setBold(true);
            item->setFont(4, bold);
        }
    }
    if (m_duplicates->topLevelItemCount() > 0)
        m_duplicates->setCurrentItem(m_duplicates->topLevelItem(0));
    updateButtons();
}

void JudgementPanel::setRefusals(const QString &classify, const QString &dispatch, const QString &shield)
{
    m_classifyRefusal = classify;
    m_dispatchRefusal = dispatch;
    m_shieldRefusal = shield;
    updateButtons();
}

void JudgementPanel::clear()
{
    m_categories->clear();
    {
        const QSignalBlocker blocker(m_units);
        m_units->clear();
    }
    m_duplicates->clear();
    updateButtons();
}

QStringList JudgementPanel::checkedUnitIds() const
{
    QStringList ids;
    for (int row = 0; row < m_units->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_units->topLevelItem(row);
        if (item->checkState(0) == Qt::Checked)
            ids.append(item->data(0, kCodeRole).toString());
    }
    return ids;
}

QString JudgementPanel::currentDuplicate() const
{
    const QTreeWidgetItem *item = m_duplicates->currentItem();
    return item ? item->data(0, kCodeRole).toString() : QString();
}

void JudgementPanel::updateButtons()
{
    setRefusal(m_acceptCategory, m_categories->currentItem() != nullptr, m_classifyRefusal,
        tr("Classify the post as the selected category."));
    setRefusal(
        m_acceptUnits, !checkedUnitIds().isEmpty(), m_dispatchRefusal, tr("Dispatch the post to the checked units."));
    const bool hasDuplicate = !currentDuplicate().isEmpty();
    m_openDuplicate->setEnabled(hasDuplicate);
    setRefusal(m_markDuplicate, hasDuplicate, m_shieldRefusal,
        tr("Shield this post as a duplicate of the selected one (R12)."));
}

} // namespace bxt
