#include "liaison/replyeditor.h"

#include "common/widgetparts.h"
#include "replyquality/replytemplates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace bxt {

ReplyEditor::ReplyEditor(const Post &post, const Unit &unit, QWidget *parent, const ReplyLinter &linter)
    : QDialog(parent)
    , m_post(post)
    , m_unit(unit)
    , m_linter(linter)
{
    setWindowTitle(tr("Reply to %1").arg(post.id()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel(post.title(), this));

    auto *form = new QFormLayout;
    auto *kindRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Initial reply"), QStringLiteral("initial"));
    m_kind->addItem(tr("Final reply"), QStringLiteral("final"));
    m_kind->addItem(tr("Follow-up reply"), QStringLiteral("followup"));
    m_kind->setAccessibleName(tr("Kind of reply"));
    auto *templateButton = new QPushButton(tr("Insert &template"), this);
    templateButton->setToolTip(tr("Replace the text with the template for this category and kind."));
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(templateButton);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, kindRow);

    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("Reply text"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(fontMetrics().lineSpacing() * 10);
    form->addRow(tr("&Text:"), m_text);

    m_documents = new QTableWidget(0, 2, this);
    m_documents->setHorizontalHeaderLabels({ tr("Document title"), tr("Document number (文号)") });
    m_documents->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_documents->verticalHeader()->hide();
    m_documents->setAccessibleName(tr("Referenced documents"));
    m_documents->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    auto *documentButtons = new QHBoxLayout;
    auto *addDocument = new QPushButton(tr("&Add document"), this);
    auto *removeDocument = new QPushButton(tr("&Remove document"), this);
    documentButtons->addWidget(addDocument);
    documentButtons->addWidget(removeDocument);
    documentButtons->addStretch();
    auto *documentBox = new QVBoxLayout;
    documentBox->addWidget(m_documents);
    documentBox->addLayout(documentButtons);
    form->addRow(tr("Documents:"), documentBox);

    m_visibility = new QComboBox(this);
    m_visibility->addItem(tr("Public"), QStringLiteral("public"));
    m_visibility->addItem(tr("The author only"), QStringLiteral("submitter"));
    m_visibility->setAccessibleName(tr("Who sees the reply"));
    m_openGovernment = new QCheckBox(tr("Government information that must be public (市政府令第104号, R13)"), this);
    auto *visibilityBox = new QVBoxLayout;
    visibilityBox->addWidget(m_visibility);
    visibilityBox->addWidget(m_openGovernment);
    auto *visibilityLabel = new QLabel(tr("&Visible to:"), this);
    visibilityLabel->setBuddy(m_visibility);
    form->addRow(visibilityLabel, visibilityBox);
    layout->addLayout(form);

    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Reply check result"));
    layout->addWidget(m_verdict);
    m_findingsList = new QListWidget(this);
    m_findingsList->setAccessibleName(tr("Reply check findings"));
    m_findingsList->setWordWrap(true);
    m_findingsList->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_findingsList);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sendButton = buttons->addButton(tr("&Send reply"), QDialogButtonBox::AcceptRole);
    m_sendAnywayButton = buttons->addButton(tr("Send &despite advice"), QDialogButtonBox::AcceptRole);
    m_sendAnywayButton->setToolTip(tr("Send although the check gave advice; your decision is recorded."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &ReplyEditor::runCheck);
    auto checkSoon = [this] { m_checkTimer->start(); };
    connect(m_text, &QPlainTextEdit::textChanged, this, checkSoon);
    connect(m_documents, &QTableWidget::itemChanged, this, checkSoon);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReplyEditor::runCheck);
    connect(m_visibility, &QComboBox::currentIndexChanged, this, &ReplyEditor::runCheck);
    connect(m_openGovernment, &QCheckBox::toggled, this, &ReplyEditor::updateVisibility);
    connect(templateButton, &QPushButton::clicked, this, &ReplyEditor::insertTemplate);
    connect(addDocument, &QPushButton::clicked, this, [this] {
        addDocumentReference({}, {});
        m_documents->setCurrentCell(m_documents->rowCount() - 1, 0);
        m_documents->editItem(m_documents->currentItem());
    });
    connect(removeDocument, &QPushButton::clicked, this, [this] {
        if (m_documents->currentRow() >= 0)
            m_documents->removeRow(m_documents->currentRow());
        runCheck();
    });

    const bool isReport = post.category() == Category::Report;
    m_visibility->setCurrentIndex(isReport ? 1 : 0);
    m_openGovernment->setEnabled(!isReport);
    updateVisibility();
    insertTemplate();
    resize(720, 640);
}

void ReplyEditor::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void ReplyEditor::setText(const QString &text)
{
    m_text->setPlainText(text);
    runCheck();
}

void ReplyEditor::addDocumentReference(const QString &title, const QString &number)
{
    const int row = m_documents->rowCount();
    m_documents->insertRow(row);
    m_documents->setItem(row, 0, new QTableWidgetItem(title));
    m_documents->setItem(row, 1, new QTableWidgetItem(number));
    runCheck();
}

void ReplyEditor::insertTemplate()
{
    const Category category = m_post.category().value_or(Category::Appeal);
    m_text->setPlainText(ReplyTemplates::fill(
        ReplyTemplates::text(category, kind()), m_post, m_unit.name, cstDate(QDateTime::currentDateTimeUtc())));
    runCheck();
}

// R10: a report's reply is for its author only; R13: open-government information is public.
void ReplyEditor::updateVisibility()
{
    const bool isReport = m_post.category() == Category::Report;
    if (isReport) {
        m_visibility->setCurrentIndex(1);
        m_visibility->setToolTip(tr("A reply to a report is seen by its author only (R10)."));
    } else if (m_openGovernment->isChecked()) {
        m_visibility->setCurrentIndex(0);
        m_visibility->setToolTip(tr("Open-government information is answered in public (R13)."));
    } else {
        m_visibility->setToolTip({});
    }
    m_visibility->setEnabled(!isReport && !m_openGovernment->isChecked());
    runCheck();
}

QString ReplyEditor::kind() const
{
    return m_kind->currentData().toString();
}

QJsonArray ReplyEditor::documentReferences() const
{
    QJsonArray list;
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        const QString title = m_documents->item(row, 0) ? m_documents->item(row, 0)->text().trimmed() : QString();
        const QString number = m_documents->item(row, 1) ? m_documents->item(row, 1)->text().trimmed() : QString();
        if (!title.isEmpty() || !number.isEmpty())
            list.append(QJsonObject { { QStringLiteral("title"), title }, { QStringLiteral("number"), number } });
    }
    return list;
}

QJsonObject ReplyEditor::actionBody() const
{
    return { { QStringLiteral("type"), QStringLiteral("reply") }, { QStringLiteral("unit_id"), m_unit.id },
        { QStringLiteral("kind"), kind() }, { QStringLiteral("text"), m_text->toPlainText().trimmed() },
        { QStringLiteral("doc_refs"), documentReferences() },
        { QStringLiteral("visibility"), m_visibility->currentData().toString() } };
}

QList<ReplyFinding> ReplyEditor::overriddenAdvice() const
{
    return m_findings; // sending is possible only when nothing blocks, so every finding is advice
}

void ReplyEditor::runCheck()
{
    m_checkTimer->stop(); // a check run now makes the pending one redundant
    ReplyContext context;
    context.category = m_post.category();
    context.kind = kind();
    context.earlierReplies = m_post.assignmentFor(m_unit.id).value(QLatin1String("replies")).toArray();
    context.postTitle = m_post.title();
    context.postBody = m_post.body();
    m_findings = m_linter.check(actionBody(), context);
    m_findingsList->clear();
    for (const ReplyFinding &finding : std::as_const(m_findings)) {
        const bool blocks = finding.severity == ReplyFinding::Severity::Block;
        auto *item = new QListWidgetItem(
            style()->standardIcon(blocks ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            (blocks ? tr("Must fix: %1") : tr("Advice: %1")).arg(finding.message), m_findingsList);
        item->setToolTip(finding.rule);
    }
    const bool blocked = ReplyLinter::blocks(m_findings);
    const bool advised = !m_findings.isEmpty() && !blocked;
    m_verdict->setText(blocked ? tr("The reply breaks a rule and cannot be sent until it is fixed.")
            : advised          ? tr("The reply can be sent; read the advice first.")
                               : tr("The reply check found nothing to improve."));
    m_sendButton->setEnabled(m_findings.isEmpty());
    m_sendButton->setDefault(m_findings.isEmpty());
    m_sendAnywayButton->setVisible(advised);
    m_sendAnywayButton->setEnabled(advised);
}

} // namespace bxt
