#pragma once

#include "domain/post.h"
#include "domain/unit.h"
#include "replyquality/replylinter.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace bxt {

// The liaison's reply editor (R5, R10, R13, R19): kind, text from a template, referenced
// documents, visibility, and the reply-quality check as the liaison types. A blocking finding
// disables sending; advice can be overridden with one click, and the overridden findings are
// handed back so that the caller records them.
class ReplyEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyEditor)

public:
    ReplyEditor(
        const Post &post, const Unit &unit, QWidget *parent = nullptr, const ReplyLinter &linter = ReplyLinter());

    void setKind(const QString &kind);
    void setText(const QString &text);
    void addDocumentReference(const QString &title, const QString &number);
    QJsonObject actionBody() const; // portal-api.md "reply"
    QList<ReplyFinding> findings() const { return m_findings; }
    QList<ReplyFinding> overriddenAdvice() const; // advice the liaison chose to send past

private:
    void insertTemplate();
    void updateVisibility();
    void runCheck();
    QJsonArray documentReferences() const;
    QString kind() const;

    Post m_post;
    Unit m_unit;
    ReplyLinter m_linter;
    QList<ReplyFinding> m_findings;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTableWidget *m_documents = nullptr;
    QComboBox *m_visibility = nullptr;
    QCheckBox *m_openGovernment = nullptr;
    QListWidget *m_findingsList = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_sendAnywayButton = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace bxt
