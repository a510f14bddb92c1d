#include "triage/forwarddialog.h"

#include "common/dialogparts.h"
#include "common/portalterms.h"
#include "common/widgetparts.h"
#include "rules/actioneffect.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bxt {

std::unique_ptr<ForwardDialog> ForwardDialog::create(const Actor &actor, const Post &post,
    const QHash<QString, Unit> &units, const DeadlineCalculator &deadlines, QWidget *parent, QString *refusal)
{
    *refusal = ActionPolicy(deadlines, units).unavailability(actor, post, Action::Type::Forward);
    if (!refusal->isEmpty())
        return nullptr;
    return std::unique_ptr<ForwardDialog>(new ForwardDialog(actor, post, units, deadlines, parent));
}

// The notice is published to the author on the Chinese-language column, so it is written in
// Chinese whatever language the program's own interface is in.
QString ForwardDialog::noticeTemplate(const Post &post)
{
    const QString author = post.authorAlias().isEmpty() ? QStringLiteral("网友") : post.authorAlias();
    if (post.category() == Category::Report) {
        return QStringLiteral("%1：您好！您在“百姓谈”栏目反映的举报事项已收悉，已按规定转至纪检信箱办理。"
                              "本回复仅您本人可见，您的个人信息将严格保密。感谢您的监督。")
            .arg(author);
    }
    return QStringLiteral("%1：您好！您在“百姓谈”栏目反映的“%2”属于信访事项，已按规定转至市长信箱办理，"
                          "请留意市长信箱的答复。感谢您对“百姓谈”栏目的关注。")
        .arg(author, post.title());
}

ForwardDialog::ForwardDialog(const Actor &actor, const Post &post, const QHash<QString, Unit> &units,
    const DeadlineCalculator &deadlines, QWidget *parent)
    : QDialog(parent)
    , m_actor(actor)
    , m_post(post)
    , m_policy(deadlines, units)
{
    const bool report = post.category() == Category::Report;
    setWindowTitle(
        report ? tr("Forward report to the discipline mailbox") : tr("Forward petition to the mayor's mailbox"));
    auto *layout = new QVBoxLayout(this);

    layout->addWidget(titleLabel(tr("Forward “%1”").arg(post.title()), this));
    if (const auto category = post.category())
        layout->addWidget(plainTextLabel(PortalTerms::categoryWithRule(*category), this));

    auto *form = new QFormLayout;
    m_mailbox = new QComboBox(this);
    for (const char *code : { "mayor_mailbox", "discipline_mailbox" })
        m_mailbox->addItem(PortalTerms::mailboxName(QLatin1String(code)), QLatin1String(code));
    m_mailbox->setCurrentIndex(report ? 1 : 0);
    m_mailbox->setAccessibleName(tr("Mailbox"));
    form->addRow(tr("&Mailbox:"), m_mailbox);

    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Note for the mailbox"));
    m_note->setPlaceholderText(tr("Optional: what the mailbox's staff should know"));
    form->addRow(tr("&Note:"), m_note);

    m_notice = new QPlainTextEdit(this);
    m_notice->setTabChangesFocus(true);
    m_notice->setAccessibleName(tr("Notice to the author"));
    m_notice->setMinimumHeight(m_notice->fontMetrics().lineSpacing() * 6);
    m_notice->setPlainText(noticeTemplate(post));
    form->addRow(tr("Notice to the &author:"), m_notice);

    m_visibility = new QComboBox(this);
    for (const char *code : { "public", "submitter" })
        m_visibility->addItem(PortalTerms::visibilityName(QLatin1String(code)), QLatin1String(code));
    m_visibility->setCurrentIndex(report ? 1 : 0);
    m_visibility->setAccessibleName(tr("Who sees the notice"));
    if (report) {
        m_visibility->setEnabled(false);
        m_visibility->setToolTip(tr("A reply to a report is seen by its author only (R10)."));
    }
    form->addRow(tr("&Seen by:"), m_visibility);
    layout->addLayout(form, 1);

    m_reason = refusalLabel(tr("Why the post cannot be forwarded yet"), this);
    layout->addWidget(m_reason);

    m_buttons = okCancelButtons(this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Forward and notify"));
    layout->addWidget(m_buttons);

    connect(m_mailbox, &QComboBox::currentIndexChanged, this, &ForwardDialog::validate);
    connect(m_visibility, &QComboBox::currentIndexChanged, this, &ForwardDialog::validate);
    connect(m_notice, &QPlainTextEdit::textChanged, this, &ForwardDialog::validate);
    validate();
    m_mailbox->setFocus();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 80, 0)));
}

QJsonObject ForwardDialog::forwardAction() const
{
    return { { QStringLiteral("type"), QStringLiteral("forward") },
        { QStringLiteral("mailbox"), m_mailbox->currentData().toString() },
        { QStringLiteral("note"), m_note->text().trimmed() } };
}

QJsonObject ForwardDialog::replyAction() const
{
    return { { QStringLiteral("type"), QStringLiteral("reply") },
        { QStringLiteral("unit_id"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("kind"), QStringLiteral("initial") },
        { QStringLiteral("text"), m_notice->toPlainText().trimmed() }, { QStringLiteral("doc_refs"), QJsonArray() },
        { QStringLiteral("visibility"), m_visibility->currentData().toString() } };
}

// The reply is checked against the post as the forward leaves it, since that is when it is made.
void ForwardDialog::validate()
{
    QString error;
    const auto forward = Action::fromJson(forwardAction(), &error);
    const auto reply = Action::fromJson(replyAction(), &error);
    if (!forward || !reply) {
        m_refusal = error;
    } else {
        m_refusal = m_policy.refusal(m_actor, m_post, *forward);
        if (m_refusal.isEmpty()) {
            const Post forwarded = applyActionLocally(m_post, *forward, m_actor, QDateTime::currentDateTimeUtc());
            m_refusal = m_policy.refusal(m_actor, forwarded, *reply);
        }
    }
    showRefusal(m_refusal, m_buttons, m_reason);
}

} // namespace bxt
