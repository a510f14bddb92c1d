#include "triage/dispatchdialog.h"

#include "common/dialogparts.h"
#include "common/portalterms.h"
#include "common/widgetparts.h"
#include "triage/unitfiltermodel.h"
#include "triage/unitpickermodel.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace bxt {

std::unique_ptr<DispatchDialog> DispatchDialog::create(const Actor &actor, const Post &post,
    const QHash<QString, Unit> &units, const DeadlineCalculator &deadlines, QWidget *parent, QString *refusal)
{
    *refusal = ActionPolicy(deadlines, units).unavailability(actor, post, Action::Type::Dispatch);
    if (!refusal->isEmpty())
        return nullptr;
    return std::unique_ptr<DispatchDialog>(new DispatchDialog(actor, post, units, deadlines, parent));
}

DispatchDialog::DispatchDialog(const Actor &actor, const Post &post, const QHash<QString, Unit> &units,
    const DeadlineCalculator &deadlines, QWidget *parent)
    : QDialog(parent)
    , m_actor(actor)
    , m_post(post)
    , m_units(units)
    , m_policy(deadlines, units)
{
    setWindowTitle(tr("Dispatch post"));
    auto *layout = new QVBoxLayout(this);

    layout->addWidget(titleLabel(tr("Dispatch “%1”").arg(post.title()), this));

    if (const auto category = post.category())
        layout->addWidget(plainTextLabel(PortalTerms::categoryWithRule(*category), this));
    QStringList holders;
    for (const QJsonValue &value : post.assignments()) {
        const QJsonObject assignment = value.toObject();
        if (assignment.value(QLatin1String("status")).toString() == QLatin1String("returned"))
            continue;
        const QString unitId = assignment.value(QLatin1String("unit_id")).toString();
        holders.append(m_units.contains(unitId) ? m_units.value(unitId).name : unitId);
    }
    if (!holders.isEmpty()) {
        auto *already = new QLabel(tr("Already with: %1").arg(holders.join(tr(", "))), this);
        already->setTextFormat(Qt::PlainText);
        already->setWordWrap(true);
        layout->addWidget(already);
    }

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Type a name or its pinyin initials, e.g. ngq for 南岗区"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a unit"));
    m_search->setToolTip(tr("Up and Down move, Space checks or unchecks, Enter dispatches."));
    m_search->installEventFilter(this);
    auto *searchLabel = new QLabel(tr("&Find unit:"), this);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);

    m_model = new UnitPickerModel(this);
    m_model->setUnits(m_units, m_post);
    m_filter = new UnitFilterModel(m_model, this);
    m_view = new QTreeView(this);
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Units"));
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 14);
    m_view->expandAll();
    layout->addWidget(m_view, 1);

    m_chosen = new QLabel(this);
    m_chosen->setTextFormat(Qt::PlainText);
    m_chosen->setWordWrap(true);
    m_chosen->setAccessibleName(tr("Chosen units"));
    layout->addWidget(m_chosen);

    m_reason = refusalLabel(tr("Why the post cannot be dispatched yet"), this);
    layout->addWidget(m_reason);

    m_buttons = okCancelButtons(this);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setQuery(text);
        m_view->expandAll();
        selectFirstMatch();
    });
    connect(m_model, &UnitPickerModel::checkedUnitsChanged, this, &DispatchDialog::updateChoice);

    updateChoice();
    selectFirstMatch();
    m_search->setFocus();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 72, fontMetrics().height() * 34)));
}

QJsonObject DispatchDialog::actionBody() const
{
    return { { QStringLiteral("type"), QStringLiteral("dispatch") },
        { QStringLiteral("unit_ids"), QJsonArray::fromStringList(chosenUnitIds()) } };
}

QStringList DispatchDialog::chosenUnitIds() const
{
    return m_model->checkedUnitIds();
}

void DispatchDialog::setChosen(const QStringList &unitIds)
{
    for (const QString &id : unitIds)
        m_model->setChecked(id, true);
}

void DispatchDialog::setQuery(const QString &query)
{
    m_search->setText(query);
}

bool DispatchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down: moveCurrent(1); return true;
        case Qt::Key_Up: moveCurrent(-1); return true;
        case Qt::Key_Space:
            toggleCurrent();
            // The next letters typed start a new search.
            m_search->selectAll();
            return true;
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DispatchDialog::updateChoice()
{
    const QStringList ids = chosenUnitIds();
    QStringList names;
    for (const QString &id : ids)
        names.append(m_units.value(id).name);
    m_chosen->setText(names.isEmpty() ? tr("No unit chosen.") : tr("Chosen: %1").arg(names.join(tr(", "))));

    QString error;
    const auto action = Action::fromJson(actionBody(), &error);
    m_refusal = action ? m_policy.refusal(m_actor, m_post, *action) : error;
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(ids.isEmpty() ? tr("&Dispatch") : tr("&Dispatch to %n unit(s)", nullptr, int(ids.size())));
    showRefusal(m_refusal, m_buttons, m_reason);
}

// The best match becomes current, so that Space checks it at once; without a query the
// current unit stays.
void DispatchDialog::selectFirstMatch()
{
    const QList<QModelIndex> units = visibleUnits();
    if (units.isEmpty())
        return;
    if (m_filter->query().isEmpty() && units.contains(m_view->currentIndex())) {
        m_view->scrollTo(m_view->currentIndex(), QAbstractItemView::PositionAtCenter);
        return;
    }
    QModelIndex best = units.first();
    for (const QModelIndex &unit : units) {
        if (m_filter->matchOf(unit) > m_filter->matchOf(best))
            best = unit;
    }
    m_view->setCurrentIndex(best);
    m_view->scrollTo(best);
}

void DispatchDialog::moveCurrent(int step)
{
    const QList<QModelIndex> units = visibleUnits();
    if (units.isEmpty())
        return;
    const qsizetype at = units.indexOf(m_view->currentIndex());
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + step, 0, units.size() - 1);
    m_view->setCurrentIndex(units.at(next));
    m_view->scrollTo(units.at(next));
}

void DispatchDialog::toggleCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !(current.flags() & Qt::ItemIsUserCheckable))
        return;
    const bool checked = current.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    m_filter->setData(current, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

// The units the view shows, top to bottom, that can be chosen.
QList<QModelIndex> DispatchDialog::visibleUnits() const
{
    QList<QModelIndex> units;
    for (int group = 0; group < m_filter->rowCount(); ++group) {
        const QModelIndex parent = m_filter->index(group, 0);
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex unit = m_filter->index(row, 0, parent);
            if (unit.flags() & Qt::ItemIsUserCheckable)
                units.append(unit);
        }
    }
    return units;
}

} // namespace bxt
