#pragma once

#include "calendar/deadlinecalculator.h"
#include "domain/post.h"
#include "domain/unit.h"

#include <QDialog>
#include <QJsonObject>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bxt {

// A liaison promises a reply date when the first-answer clock cannot be met (R16). Only dates
// after the day of dispatch and up to the final deadline can be picked; each date is shown
// with the working days it means. The promise becomes the post's new target.
class PromiseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromiseDialog)

public:
    PromiseDialog(const Post &post, const Unit &unit, const DeadlineCalculator &deadlines, QWidget *parent = nullptr);

    QDate latestDate() const { return m_deadlines.finalLimit; }
    QDate earliestDate() const;
    void setDate(const QDate &date);
    QJsonObject actionBody() const; // portal-api.md "promise"

private:
    void updateState();

    Unit m_unit;
    DeadlineCalculator m_calculator;
    QDateTime m_dispatchedAt;
    QDate m_dispatchDay;
    Deadlines m_deadlines;
    QCalendarWidget *m_calendar = nullptr;
    QLabel *m_meaning = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_promiseButton = nullptr;
};

} // namespace bxt
