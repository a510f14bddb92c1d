#pragma once

#include "domain/post.h"
#include "domain/unit.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QDialogButtonBox;

namespace bxt {

// A liaison returns a post as outside the unit's remit (R15). The dialog says whether the
// return is on time (the calendar day of dispatch) or late, and refuses the reasons the notice
// rules out: authority higher up (R3, accept and pass it upward) and, for a district, a matter
// of its own bureaus (R3, the district answers).
class ReturnDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnDialog)

public:
    ReturnDialog(const Post &post, const Unit &unit, const QDateTime &now, QWidget *parent = nullptr);

    QJsonObject actionBody() const; // portal-api.md "return"

private:
    void updateState();

    Unit m_unit;
    QComboBox *m_reasonKind = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_ruleNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bxt
