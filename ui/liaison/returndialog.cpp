#include "liaison/returndialog.h"

#include "calendar/deadlinecalculator.h"
#include "common/dialogparts.h"
#include "common/widgetparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bxt {

namespace {
enum ReasonKind { OutsideRemit, HigherAuthority, SubordinateBureau };
}

ReturnDialog::ReturnDialog(const Post &post, const Unit &unit, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_unit(unit)
{
    setWindowTitle(tr("Return post %1").arg(post.id()));
    const QDateTime dispatchedAt
        = parseRfc3339(post.assignmentFor(unit.id).value(QLatin1String("dispatched_at")).toString());
    const bool late = DeadlineCalculator::isReturnLate(dispatchedAt, now);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel(post.title(), this));

    auto *timing = new QLabel(this);
    timing->setWordWrap(true);
    const QString dispatchDay = QLocale().toString(cstDate(dispatchedAt), QLocale::LongFormat);
    timing->setText(late ? tr("Dispatched on %1. A return now is late: the notice asks for it on the day of "
                              "dispatch (R15). You can still return it; it is counted as a late return.")
                               .arg(dispatchDay)
                         : tr("Dispatched today (%1): a return now is on time (R15).").arg(dispatchDay));
    setWarning(timing, late);
    timing->setAccessibleName(tr("Return timing"));
    layout->addWidget(timing);

    auto *form = new QFormLayout;
    m_reasonKind = new QComboBox(this);
    m_reasonKind->addItem(tr("Outside our unit's remit"), OutsideRemit);
    m_reasonKind->addItem(tr("Within our remit, but decided by a higher authority"), HigherAuthority);
    if (unit.kind == UnitKind::District)
        m_reasonKind->addItem(tr("A matter for one of our district's bureaus"), SubordinateBureau);
    m_reasonKind->setAccessibleName(tr("Why the post is returned"));
    form->addRow(tr("Why:"), m_reasonKind);
    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("Which unit the matter belongs to, and why (the column staff read this)."));
    m_reason->setAccessibleName(tr("Reason for the column staff"));
    m_reason->setTabChangesFocus(true);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);

    m_ruleNote = refusalLabel(tr("Rule"), this);
    layout->addWidget(m_ruleNote);

    m_buttons = okCancelButtons(this, tr("Return to column staff"));
    layout->addWidget(m_buttons);
    connect(m_reasonKind, &QComboBox::currentIndexChanged, this, &ReturnDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReturnDialog::updateState);
    updateState();
}

void ReturnDialog::updateState()
{
    QString refusal;
    switch (m_reasonKind->currentData().toInt()) {
    case HigherAuthority:
        refusal = tr("A matter within your remit whose authority sits higher up is not returned: accept it and pass "
                     "it upward (R3).");
        break;
    case SubordinateBureau:
        refusal = tr("A matter for the district's own bureaus is answered by the district government as one reply; "
                     "it is not returned (R3).");
        break;
    default:
        if (m_reason->toPlainText().trimmed().isEmpty())
            refusal = tr("Say why the matter is outside your unit's remit (R15).");
        break;
    }
    showRefusal(refusal, m_buttons, m_ruleNote);
}

QJsonObject ReturnDialog::actionBody() const
{
    return { { QStringLiteral("type"), QStringLiteral("return") }, { QStringLiteral("unit_id"), m_unit.id },
        { QStringLiteral("reason"), m_reason->toPlainText().trimmed() } };
}

} // namespace bxt
