#include "triage/queuefilterbar.h"

#include "domain/category.h"
#include "domain/status.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <algorithm>

namespace bxt {

namespace {

constexpr auto kUnclassified = "unclassified";

QComboBox *comboBox(const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(5);
    return box;
}

void selectData(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace

QueueFilterBar::QueueFilterBar(const QHash<QString, Unit> &units, const QString &unitId, QWidget *parent)
    : QWidget(parent)
    , m_fixedUnitId(unitId)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search titles and text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search posts"));
    m_search->setMinimumWidth(160);

    m_status = comboBox(tr("Status"), this);
    m_status->addItem(tr("Any status"), QString());
    for (const char *code : { "new", "triaged", "dispatched", "replied", "forwarded", "shielded", "closed" })
        m_status->addItem(postStatusName(QLatin1String(code)), QLatin1String(code));

    m_category = comboBox(tr("Category"), this);
    m_category->addItem(tr("Any category"), QString());
    m_category->addItem(tr("Unclassified"), QLatin1String(kUnclassified));
    for (const Category category : { Category::Consultation, Category::Appeal, Category::Suggestion,
             Category::Commentary, Category::Petition, Category::Report, Category::MultiDepartment, Category::Other })
        m_category->addItem(Categories::displayName(category), Categories::code(category));

    m_unit = comboBox(tr("Unit"), this);
    setUnits(units);
    m_unit->setVisible(m_fixedUnitId.isEmpty());

    m_due = comboBox(tr("Deadline"), this);
    m_due->addItem(tr("Any deadline"), int(QueueFilter::Due::Any));
    m_due->addItem(tr("Due today"), int(QueueFilter::Due::Today));
    m_due->addItem(tr("Due within"), int(QueueFilter::Due::WithinWorkingDays));
    m_due->addItem(tr("Overdue"), int(QueueFilter::Due::Overdue));
    m_due->addItem(tr("Calendar incomplete"), int(QueueFilter::Due::CalendarIncomplete));
    m_workingDays = new QSpinBox(this);
    m_workingDays->setRange(1, 30);
    m_workingDays->setValue(3);
    m_workingDays->setSuffix(tr(" working days"));
    m_workingDays->setAccessibleName(tr("Working days"));
    m_workingDays->setEnabled(false);

    m_flagged = new QCheckBox(tr("Flagged words"), this);
    m_shielded = new QCheckBox(tr("Shielded"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    for (QWidget *widget :
        std::initializer_list<QWidget *> { m_status, m_category, m_unit, m_due, m_workingDays, m_flagged, m_shielded })
        layout->addWidget(widget);
    layout->addStretch(1);

    // Each keystroke: the search waits for a pause itself, and cancels the one under way.
    connect(m_search, &QLineEdit::textChanged, this, [this] { emit searchChanged(searchText()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { emit searchChanged(searchText()); });
    for (QComboBox *box : { m_status, m_category, m_unit, m_due })
        connect(box, &QComboBox::currentIndexChanged, this, &QueueFilterBar::changed);
    connect(m_workingDays, &QSpinBox::valueChanged, this, &QueueFilterBar::changed);
    connect(m_flagged, &QCheckBox::toggled, this, &QueueFilterBar::changed);
    connect(m_shielded, &QCheckBox::toggled, this, &QueueFilterBar::changed);
}

QString QueueFilterBar::searchText() const
{
    return m_search->text().trimmed();
}

void QueueFilterBar::setUnits(const QHash<QString, Unit> &units)
{
    const QVariant chosen = m_unit->currentData();
    QList<Unit> sorted = units.values();
    std::sort(sorted.begin(), sorted.end(),
        [](const Unit &a, const Unit &b) { return a.kind != b.kind ? a.kind < b.kind : a.name < b.name; });
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("Any unit"), QString());
    for (const Unit &unit : std::as_const(sorted))
        m_unit->addItem(unit.name, unit.id);
    selectData(m_unit, chosen);
    if (m_unit->currentData() != chosen && chosen.isValid())
        changed(); // the chosen unit is gone: the filter is for any unit now
}

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter filter = m_base;
    const QString status = m_status->currentData().toString();
    filter.statuses = status.isEmpty() ? QStringList() : QStringList { status };
    const QString category = m_category->currentData().toString();
    filter.unclassified = category == QLatin1String(kUnclassified);
    filter.categories.clear();
    if (const auto chosen = Categories::fromCode(category))
        filter.categories = { *chosen };
    filter.unitId = m_fixedUnitId.isEmpty() ? m_unit->currentData().toString() : m_fixedUnitId;
    filter.due = QueueFilter::Due(m_due->currentData().toInt());
    filter.workingDays = m_workingDays->value();
    filter.flagged = m_flagged->isChecked();
    filter.shielded = m_shielded->isChecked();
    return filter;
}

void QueueFilterBar::setFilter(const QueueFilter &filter)
{
    m_applying = true;
    m_base = filter;
    selectData(m_status, filter.statuses.size() == 1 ? filter.statuses.first() : QString());
    if (filter.unclassified)
        selectData(m_category, QLatin1String(kUnclassified));
    else
        selectData(m_category, filter.categories.size() == 1 ? Categories::code(filter.categories.first()) : QString());
    selectData(m_unit, filter.unitId);
    selectData(m_due, int(filter.due));
    m_workingDays->setValue(filter.workingDays);
    m_workingDays->setEnabled(filter.due == QueueFilter::Due::WithinWorkingDays);
    m_flagged->setChecked(filter.flagged);
    m_shielded->setChecked(filter.shielded);
    m_applying = false;
}

void QueueFilterBar::changed()
{
    m_workingDays->setEnabled(QueueFilter::Due(m_due->currentData().toInt()) == QueueFilter::Due::WithinWorkingDays);
    if (!m_applying)
        emit filterChanged();
}

} // namespace bxt
