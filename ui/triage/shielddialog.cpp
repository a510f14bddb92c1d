#include "triage/shielddialog.h"

#include "common/dialogparts.h"
#include "common/portalterms.h"
#include "common/widgetparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bxt {

std::unique_ptr<ShieldDialog> ShieldDialog::create(const Actor &actor, const Post &post,
    const QHash<QString, Unit> &units, const DeadlineCalculator &deadlines, QWidget *parent, QString *refusal)
{
    *refusal = ActionPolicy(deadlines, units).unavailability(actor, post, Action::Type::Shield);
    if (!refusal->isEmpty())
        return nullptr;
    return std::unique_ptr<ShieldDialog>(new ShieldDialog(actor, post, units, deadlines, parent));
}

ShieldDialog::ShieldDialog(const Actor &actor, const Post &post, const QHash<QString, Unit> &units,
    const DeadlineCalculator &deadlines, QWidget *parent)
    : QDialog(parent)
    , m_actor(actor)
    , m_post(post)
    , m_policy(deadlines, units)
{
    setWindowTitle(tr("Shield post"));
    auto *layout = new QVBoxLayout(this);

    layout->addWidget(titleLabel(tr("Shield “%1”").arg(post.title()), this));
    auto *rule = new QLabel(tr("The post and the reason are kept, and the shield can be undone (R12)."), this);
    rule->setWordWrap(true);
    layout->addWidget(rule);

    auto *form = new QFormLayout;
    m_reasonChoice = new QComboBox(this);
    for (const QString &code : PortalTerms::shieldReasonCodes())
        m_reasonChoice->addItem(PortalTerms::shieldReasonName(code), code);
    m_reasonChoice->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reasonChoice);

    m_original = new QLineEdit(this);
    m_original->setPlaceholderText(tr("The earlier post's id, e.g. p-20250303-0001"));
    m_original->setAccessibleName(tr("Duplicate of"));
    form->addRow(tr("&Duplicate of:"), m_original);

    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Optional"));
    m_note->setAccessibleName(tr("Note"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_reason = refusalLabel(tr("Why the post cannot be shielded yet"), this);
    layout->addWidget(m_reason);
    layout->addStretch(1);

    m_buttons = okCancelButtons(this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Shield"));
    layout->addWidget(m_buttons);

    connect(m_reasonChoice, &QComboBox::currentIndexChanged, this, &ShieldDialog::validate);
    connect(m_original, &QLineEdit::textChanged, this, &ShieldDialog::validate);
    validate();
    m_reasonChoice->setFocus();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 72, 0)));
}

void ShieldDialog::setReason(const QString &code)
{
    const int index = m_reasonChoice->findData(code);
    if (index >= 0)
        m_reasonChoice->setCurrentIndex(index);
}

void ShieldDialog::setDuplicateOf(const QString &originalPostId)
{
    setReason(QStringLiteral("duplicate"));
    m_original->setText(originalPostId);
}

QJsonObject ShieldDialog::actionBody() const
{
    QJsonObject body { { QStringLiteral("type"), QStringLiteral("shield") },
        { QStringLiteral("reason"), m_reasonChoice->currentData().toString() },
        { QStringLiteral("note"), m_note->text().trimmed() } };
    if (isDuplicate())
        body.insert(QStringLiteral("duplicate_of"), m_original->text().trimmed());
    return body;
}

bool ShieldDialog::isDuplicate() const
{
    return m_reasonChoice->currentData().toString() == QLatin1String("duplicate");
}

void ShieldDialog::validate()
{
    m_original->setEnabled(isDuplicate());
    QString error;
    const auto action = Action::fromJson(actionBody(), &error);
    m_refusal = action ? m_policy.refusal(m_actor, m_post, *action) : error;
    showRefusal(m_refusal, m_buttons, m_reason);
}

} // namespace bxt
