#include "liaison/promisedialog.h"

#include "common/dialogparts.h"
#include "common/themecolours.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace bxt {

PromiseDialog::PromiseDialog(const Post &post, const Unit &unit, const DeadlineCalculator &deadlines, QWidget *parent)
    : QDialog(parent)
    , m_unit(unit)
    , m_calculator(deadlines)
{
    setWindowTitle(tr("Promise a reply date for %1").arg(post.id()));
    m_dispatchedAt = parseRfc3339(post.assignmentFor(unit.id).value(QLatin1String("dispatched_at")).toString());
    m_dispatchDay = cstDate(m_dispatchedAt);
    m_deadlines = deadlines.compute(unit.kind, m_dispatchedAt);

    auto *layout = new QVBoxLayout(this);
    auto *limits = new QLabel(this);
    limits->setWordWrap(true);
    const QLocale locale;
    QString text = tr("Dispatched %1. First answer due %2; the promised date can be at the latest %3, the final "
                      "deadline (R16).")
                       .arg(locale.toString(m_dispatchDay, QLocale::ShortFormat),
                           locale.toString(m_deadlines.firstAnswerDue, QLocale::ShortFormat),
                           locale.toString(m_deadlines.finalLimit, QLocale::ShortFormat));
    if (!m_deadlines.calendarComplete)
        text += QLatin1Char(' ')
            + tr("The holiday calendar of a year in this period is not known; the dates assume "
                 "Monday to Friday (R18).");
    limits->setText(text);
    layout->addWidget(limits);

    m_calendar = new QCalendarWidget(this);
    m_calendar->setMinimumDate(earliestDate());
    m_calendar->setMaximumDate(m_deadlines.finalLimit);
    m_calendar->setAccessibleName(tr("Promised reply date"));
    QTextCharFormat dayOff;
    dayOff.setForeground(toneColor(Tone::Muted, palette()));
    for (QDate day = earliestDate(); day <= m_deadlines.finalLimit; day = day.addDays(1)) {
        if (!deadlines.calendar().isWorkingDay(day))
            m_calendar->setDateTextFormat(day, dayOff);
    }
    layout->addWidget(m_calendar);

    m_meaning = new QLabel(this);
    m_meaning->setAccessibleName(tr("What the date means"));
    layout->addWidget(m_meaning);
    auto *form = new QFormLayout;
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Why more time is needed"));
    m_note->setAccessibleName(tr("Note to the author"));
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);

    QDialogButtonBox *buttons = okCancelButtons(this, tr("Promise this date"));
    m_promiseButton = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &PromiseDialog::updateState);
    connect(m_note, &QLineEdit::textChanged, this, &PromiseDialog::updateState);
    m_calendar->setSelectedDate(std::max(earliestDate(), std::min(m_deadlines.firstAnswerDue, m_deadlines.finalLimit)));
    updateState();
}

QDate PromiseDialog::earliestDate() const
{
    return m_dispatchDay.addDays(1);
}

void PromiseDialog::setDate(const QDate &date)
{
    m_calendar->setSelectedDate(date);
}

void PromiseDialog::updateState()
{
    const QDate date = m_calendar->selectedDate();
    const int days = m_calculator.calendar().workingDaysBetween(m_dispatchDay, date);
    const QString refusal = m_calculator.checkPromise(m_unit.kind, m_dispatchedAt, date);
    m_meaning->setText(refusal.isEmpty() ? tr("%1: %n working day(s) after dispatch.", nullptr, days)
                                               .arg(QLocale().toString(date, QLocale::LongFormat))
                                         : refusal);
    const bool noted = !m_note->text().trimmed().isEmpty();
    m_promiseButton->setEnabled(refusal.isEmpty() && noted);
    m_promiseButton->setToolTip(refusal.isEmpty() && !noted ? tr("Say why more time is needed.") : refusal);
}

QJsonObject PromiseDialog::actionBody() const
{
    return { { QStringLiteral("type"), QStringLiteral("promise") }, { QStringLiteral("unit_id"), m_unit.id },
        { QStringLiteral("due"), m_calendar->selectedDate().toString(Qt::ISODate) },
        { QStringLiteral("note"), m_note->text().trimmed() } };
}

} // namespace bxt
