// bxt::ReminderSchedule: the liaison's reminders at 09:00 and 14:00 on working days (R14).

#include <QtTest>

#include "calendar/workcalendar.h"
#include "domain/post.h"
#include "reminders/reminderschedule.h"

using namespace bxt;

class TestReminderSchedule : public QObject
{
    Q_OBJECT

private slots:
    void nextAfter_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("next");
        QTest::newRow("early morning") << "2025-03-04T07:00:00+08:00"
                                       << "2025-03-04T09:00:00+08:00";
        QTest::newRow("exactly 09:00 goes to 14:00") << "2025-03-04T09:00:00+08:00"
                                                     << "2025-03-04T14:00:00+08:00";
        QTest::newRow("evening goes to the next morning") << "2025-03-04T18:00:00+08:00"
                                                          << "2025-03-05T09:00:00+08:00";
        QTest::newRow("Friday afternoon skips the weekend") << "2025-03-07T15:00:00+08:00"
                                                            << "2025-03-10T09:00:00+08:00";
        QTest::newRow("make-up working Sunday counts") << "2025-09-27T20:00:00+08:00"
                                                       << "2025-09-28T09:00:00+08:00";
        QTest::newRow("National Day holiday skipped") << "2025-09-30T15:00:00+08:00"
                                                      << "2025-10-09T09:00:00+08:00";
        QTest::newRow("UTC instant is read in CST") << "2025-03-04T01:30:00Z"
                                                    << "2025-03-04T14:00:00+08:00";
    }

    void nextAfter() // R14
    {
        QFETCH(QString, now);
        QFETCH(QString, next);
        const WorkCalendar calendar = WorkCalendar::builtIn();
        QCOMPARE(ReminderSchedule::notice().nextAfter(parseRfc3339(now), calendar), parseRfc3339(next));
    }

    void lastAtOrBefore_isThePreviousReminder() // R14
    {
        const WorkCalendar calendar = WorkCalendar::builtIn();
        const auto schedule = ReminderSchedule::notice();
        QCOMPARE(schedule.lastAtOrBefore(parseRfc3339(QStringLiteral("2025-03-10T08:00:00+08:00")), calendar),
            parseRfc3339(QStringLiteral("2025-03-07T14:00:00+08:00")));
        QCOMPARE(schedule.lastAtOrBefore(parseRfc3339(QStringLiteral("2025-03-10T09:00:00+08:00")), calendar),
            parseRfc3339(QStringLiteral("2025-03-10T09:00:00+08:00")));
    }

    void text_roundTripsAndRefusesNonsense()
    {
        const auto parsed = ReminderSchedule::fromText(QStringLiteral("14:00, 9:00,14:00,16:30"));
        QVERIFY(parsed);
        QCOMPARE(parsed->toText(), QStringLiteral("09:00,14:00,16:30"));
        QVERIFY(!ReminderSchedule::fromText(QStringLiteral("9 o'clock")));
        QVERIFY(!ReminderSchedule::fromText(QStringLiteral("25:00")));
        QVERIFY(!ReminderSchedule({}).nextAfter(QDateTime::currentDateTimeUtc(), WorkCalendar::builtIn()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestReminderSchedule)
#include "tst_reminderschedule.moc"
