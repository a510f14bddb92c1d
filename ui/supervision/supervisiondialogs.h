#pragma once

#include "domain/unit.h"
#include "supervision/opensupervisions.h"
#include "supervision/supervisioncandidates.h"
#include "supervision/supervisionnotice.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace bxt {

class Database;

// The dialogs of the supervision desk (R20). Each gives what it was filled in with; the desk
// performs it.

// Opening a supervision of a candidate: which unit, by phone or written notice, why, a note.
class SuperviseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuperviseDialog)

public:
    SuperviseDialog(
        const SupervisionCandidate &candidate, const QHash<QString, Unit> &units, QWidget *parent = nullptr);
    // The `supervise` action of portal-api.md.
    QJsonObject actionBody() const;

private:
    QComboBox *m_unit = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

// Recording the result of an open supervision.
class SupervisionResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionResultDialog)

public:
    SupervisionResultDialog(const OpenSupervision &supervision, const QString &unitName, QWidget *parent = nullptr);
    // The `supervision_result` action.
    QJsonObject actionBody() const;

private:
    QString m_supervisionId;
    QPlainTextEdit *m_result = nullptr;
};

// The thresholds that make a post a candidate; only an administrator changes them.
class SupervisionThresholdsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionThresholdsDialog)

public:
    SupervisionThresholdsDialog(const SupervisionThresholds &thresholds, bool editable, QWidget *parent = nullptr);
    SupervisionThresholds thresholds() const;

private:
    QList<std::pair<int SupervisionThresholds::*, QSpinBox *>> m_fields;
};

// A written supervision notice (督办通知): fill in the deadline and the requirement, issue it
// (it takes its number then), and preview, print or save it as PDF.
class SupervisionNoticeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionNoticeDialog)

public:
    // An issued notice (with a number) is shown as it was issued.
    SupervisionNoticeDialog(const Database &database, SupervisionNotice notice, QWidget *parent = nullptr);
    const SupervisionNotice &notice() const { return m_notice; }

    bool issue(QString *error);
    bool savePdf(const QString &path, QString *error) const;

private:
    void updatePreview();
    void preview();

    const Database &m_database;
    SupervisionNotice m_notice;
    QDateEdit *m_replyBy = nullptr;
    QPlainTextEdit *m_requirement = nullptr;
    QLineEdit *m_issuer = nullptr;
    QTextBrowser *m_page = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace bxt
