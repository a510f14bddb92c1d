#pragma once

#include <QFrame>

class QLabel;

namespace bxt {

// The in-window reminder above the queue (R14), e.g. "3 new posts, 2 due today, 1 overdue",
// with Show (open the saved view it names) and Dismiss. Hidden until a reminder comes.
class ReminderBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderBanner)

public:
    explicit ReminderBanner(QWidget *parent = nullptr);

    // Shows the text; Show then asks for the saved view with this key.
    void showReminder(const QString &text, const QString &viewKey);
    QString text() const;
    QString viewKey() const { return m_viewKey; }

signals:
    void showRequested(const QString &viewKey);
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_text = nullptr;
    QString m_viewKey;
};

} // namespace bxt
