#include "supervision/supervisiondialogs.h"

#include "common/dialogparts.h"
#include "common/portalterms.h"
#include "common/widgetparts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace bxt {

SuperviseDialog::SuperviseDialog(
    const SupervisionCandidate &candidate, const QHash<QString, Unit> &units, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open supervision"));
    m_unit = new QComboBox(this);
    m_unit->setAccessibleName(tr("Unit to supervise"));
    for (const QString &unitId : candidate.unitIds)
        m_unit->addItem(units.value(unitId).name.isEmpty() ? unitId : units.value(unitId).name, unitId);
    m_method = new QComboBox(this);
    m_method->setAccessibleName(tr("How to supervise"));
    for (const char *method : { "phone", "notice" })
        m_method->addItem(PortalTerms::supervisionMethodName(QLatin1String(method)), QLatin1String(method));
    m_reason = new QComboBox(this);
    m_reason->setAccessibleName(tr("Reason for supervision"));
    for (const QString &reason : supervisionReasonCodes())
        m_reason->addItem(PortalTerms::supervisionReasonName(reason), reason);
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(candidate.reason)));
    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What was said or asked, e.g. whom you called"));

    auto *form = new QFormLayout;
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel(candidate.title, this));
    layout->addWidget(plainTextLabel(candidate.detail, this));
    layout->addLayout(form);
    layout->addWidget(okCancelButtons(this, tr("Open supervision")));
}

QJsonObject SuperviseDialog::actionBody() const
{
    return { { QStringLiteral("type"), QStringLiteral("supervise") },
        { QStringLiteral("unit_id"), m_unit->currentData().toString() },
        { QStringLiteral("method"), m_method->currentData().toString() },
        { QStringLiteral("reason"), m_reason->currentData().toString() },
        { QStringLiteral("note"), m_note->toPlainText().trimmed() } };
}

SupervisionResultDialog::SupervisionResultDialog(
    const OpenSupervision &supervision, const QString &unitName, QWidget *parent)
    : QDialog(parent)
    , m_supervisionId(supervision.supervisionId)
{
    setWindowTitle(tr("Record supervision result"));
    m_result = new QPlainTextEdit(this);
    m_result->setAccessibleName(tr("Result"));
    m_result->setPlaceholderText(tr("What the unit did, e.g. replied to the author on a given day"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel(supervision.postTitle, this));
    layout->addWidget(plainTextLabel(tr("%1, %2, %3. %4")
                                         .arg(unitName, PortalTerms::supervisionMethodName(supervision.method),
                                             PortalTerms::supervisionReasonName(supervision.reason), supervision.note),
        this));
    layout->addWidget(new QLabel(tr("Result:"), this));
    layout->addWidget(m_result);
    QDialogButtonBox *buttons = okCancelButtons(this, tr("Record result"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_result, &QPlainTextEdit::textChanged, ok,
        [this, ok] { ok->setEnabled(!m_result->toPlainText().trimmed().isEmpty()); });
    layout->addWidget(buttons);
}

QJsonObject SupervisionResultDialog::actionBody() const
{
    return { { QStringLiteral("type"), QStringLiteral("supervision_result") },
        { QStringLiteral("supervision_id"), m_supervisionId },
        { QStringLiteral("result"), m_result->toPlainText().trimmed() } };
}

SupervisionThresholdsDialog::SupervisionThresholdsDialog(
    const SupervisionThresholds &thresholds, bool editable, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Supervision thresholds"));
    const std::pair<int SupervisionThresholds::*, QString> fields[] = {
        { &SupervisionThresholds::overdueWorkingDays, tr("Past a deadline by at least (working days):") },
        { &SupervisionThresholds::lookbackDays, tr("Look at posts of the last (days):") },
        { &SupervisionThresholds::attentionViews, tr("Strong public attention from (views):") },
        { &SupervisionThresholds::similarPosts, tr("… or from (similar posts):") },
        { &SupervisionThresholds::similarWithinDays, tr("… within (days):") },
        { &SupervisionThresholds::clusterPosts, tr("Concentrated opinion from (posts on one matter):") },
        { &SupervisionThresholds::clusterWithinDays, tr("… within (days):") },
        { &SupervisionThresholds::repeatPosts, tr("Posted repeatedly without a reply (times):") },
        { &SupervisionThresholds::repeatWithinDays, tr("… within (days):") },
    };
    auto *form = new QFormLayout;
    for (const auto &[member, label] : fields) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 1000000);
        spin->setValue(thresholds.*member);
        spin->setEnabled(editable);
        spin->setAccessibleName(label);
        form->addRow(label, spin);
        m_fields.append({ member, spin });
    }
    auto *layout = new QVBoxLayout(this);
    if (!editable)
        layout->addWidget(plainTextLabel(tr("Only an administrator changes the thresholds (R20)."), this));
    layout->addLayout(form);
    if (editable) {
        layout->addWidget(okCancelButtons(this, tr("Save")));
    } else {
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(close);
    }
}

SupervisionThresholds SupervisionThresholdsDialog::thresholds() const
{
    SupervisionThresholds thresholds;
    for (const auto &[member, spin] : m_fields)
        thresholds.*member = spin->value();
    return thresholds;
}

SupervisionNoticeDialog::SupervisionNoticeDialog(const Database &database, SupervisionNotice notice, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_notice(std::move(notice))
{
    setWindowTitle(tr("Written supervision notice"));
    const bool issued = !m_notice.number.isEmpty();
    m_replyBy = new QDateEdit(m_notice.replyBy, this);
    m_replyBy->setCalendarPopup(true);
    m_replyBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_replyBy->setAccessibleName(tr("Answer by"));
    m_requirement = new QPlainTextEdit(m_notice.requirement, this);
    m_requirement->setAccessibleName(tr("What is required"));
    m_requirement->setMaximumHeight(80);
    m_issuer = new QLineEdit(m_notice.issuer, this);
    m_issuer->setAccessibleName(tr("Issued by"));
    for (QWidget *field : std::initializer_list<QWidget *> { m_replyBy, m_requirement, m_issuer })
        field->setEnabled(!issued);
    m_page = new QTextBrowser(this);
    m_page->setAccessibleName(tr("The notice"));
    m_page->setMinimumSize(520, 420);

    m_issue = new QPushButton(tr("Issue notice"), this);
    m_print = new QPushButton(tr("Preview and print…"), this);
    m_save = new QPushButton(tr("Save as PDF…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *button : { m_issue, m_print, m_save })
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    m_issue->setVisible(!issued);
    m_print->setEnabled(issued);
    m_save->setEnabled(issued);
    if (!issued) {
        m_print->setToolTip(tr("Issue the notice first: it gets its number then."));
        m_save->setToolTip(m_print->toolTip());
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Answer by:"), m_replyBy);
    form->addRow(tr("Required:"), m_requirement);
    form->addRow(tr("Issued by:"), m_issuer);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_replyBy, &QDateEdit::dateChanged, this, &SupervisionNoticeDialog::updatePreview);
    connect(m_requirement, &QPlainTextEdit::textChanged, this, &SupervisionNoticeDialog::updatePreview);
    connect(m_issuer, &QLineEdit::textChanged, this, &SupervisionNoticeDialog::updatePreview);
    connect(m_issue, &QPushButton::clicked, this, [this] {
        QString error;
        if (!issue(&error))
            QMessageBox::warning(this, tr("Written supervision notice"), literalAutoText(error));
    });
    connect(m_print, &QPushButton::clicked, this, &SupervisionNoticeDialog::preview);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save notice as PDF"), m_notice.number + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !savePdf(path, &error))
            QMessageBox::warning(this, tr("Written supervision notice"),
                literalAutoText(tr("The notice could not be saved: %1").arg(error)));
    });
    updatePreview();
}

void SupervisionNoticeDialog::updatePreview()
{
    if (m_notice.number.isEmpty()) {
        m_notice.replyBy = m_replyBy->date();
        m_notice.requirement = m_requirement->toPlainText();
        m_notice.issuer = m_issuer->text();
    }
    m_page->setHtml(m_notice.html());
}

bool SupervisionNoticeDialog::issue(QString *error)
{
    updatePreview();
    if (!SupervisionNotices(m_database).issue(&m_notice, error))
        return false;
    for (QWidget *field : std::initializer_list<QWidget *> { m_replyBy, m_requirement, m_issuer })
        field->setEnabled(false);
    m_issue->setVisible(false);
    m_print->setEnabled(true);
    m_print->setToolTip({});
    m_save->setEnabled(true);
    m_save->setToolTip({});
    updatePreview();
    return true;
}

bool SupervisionNoticeDialog::savePdf(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!m_notice.writePdf(&file, error)) {
        file.remove();
        return false;
    }
    return true;
}

void SupervisionNoticeDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_notice.number);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        QTextDocument document;
        document.setHtml(m_notice.html());
        document.print(target);
    });
    dialog.exec();
}

} // namespace bxt
