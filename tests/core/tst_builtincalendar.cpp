// Expected values come from the State Council holiday notices:
// 国办发明电〔2023〕7号 (2024), 国办发明电〔2024〕12号 (2025), 国办发明电〔2025〕7号 (2026).
//
// R17: working days follow the published arrangement (holidays off, 调休 weekend days on).
// R18: years without a published arrangement are reported as unknown, not guessed as Mon–Fri.

#include <QDate>
#include <QtTest>

#include "calendar/workcalendar.h"

namespace {

const bxt::WorkCalendar &calendar()
{
    static const bxt::WorkCalendar cal = bxt::WorkCalendar::builtIn();
    return cal;
}

} // namespace

class TestBuiltInCalendar : public QObject
{
    Q_OBJECT

private slots:
    void workingDay_data();
    void workingDay();
    void knownYears();
    void workingDaysBetween_data();
    void workingDaysBetween();
};

// R17
void TestBuiltInCalendar::workingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");

    // 2024
    QTest::addRow("2024 New Year 01-01 off") << QDate(2024, 1, 1) << false;
    QTest::addRow("2024-01-02 Tuesday working") << QDate(2024, 1, 2) << true;
    QTest::addRow("2024-01-06 Saturday ordinary weekend") << QDate(2024, 1, 6) << false;
    QTest::addRow("2024-02-04 Sunday make-up workday") << QDate(2024, 2, 4) << true;
    QTest::addRow("2024-02-09 Friday New Year's Eve working") << QDate(2024, 2, 9) << true;
    QTest::addRow("2024 Spring Festival first day 02-10 off") << QDate(2024, 2, 10) << false;
    QTest::addRow("2024 Spring Festival 02-12 Monday off") << QDate(2024, 2, 12) << false;
    QTest::addRow("2024 Spring Festival last day 02-17 off") << QDate(2024, 2, 17) << false;
    QTest::addRow("2024-02-18 Sunday make-up workday") << QDate(2024, 2, 18) << true;
    QTest::addRow("2024-02-19 Monday working") << QDate(2024, 2, 19) << true;
    QTest::addRow("2024-03-13 Wednesday ordinary weekday") << QDate(2024, 3, 13) << true;
    QTest::addRow("2024 Qingming 04-04 off") << QDate(2024, 4, 4) << false;
    QTest::addRow("2024-04-07 Sunday make-up workday") << QDate(2024, 4, 7) << true;
    QTest::addRow("2024-04-28 Sunday make-up workday") << QDate(2024, 4, 28) << true;
    QTest::addRow("2024 Labour Day 05-01 off") << QDate(2024, 5, 1) << false;
    QTest::addRow("2024 Labour Day 05-05 Sunday off") << QDate(2024, 5, 5) << false;
    QTest::addRow("2024-05-06 Monday working") << QDate(2024, 5, 6) << true;
    QTest::addRow("2024-05-11 Saturday make-up workday") << QDate(2024, 5, 11) << true;
    QTest::addRow("2024-05-12 Sunday ordinary weekend") << QDate(2024, 5, 12) << false;
    QTest::addRow("2024 Dragon Boat 06-10 off") << QDate(2024, 6, 10) << false;
    QTest::addRow("2024-09-14 Saturday make-up workday") << QDate(2024, 9, 14) << true;
    QTest::addRow("2024 Mid-Autumn 09-16 off") << QDate(2024, 9, 16) << false;
    QTest::addRow("2024-09-29 Sunday make-up workday") << QDate(2024, 9, 29) << true;
    QTest::addRow("2024 National Day 10-01 off") << QDate(2024, 10, 1) << false;
    QTest::addRow("2024 National Day 10-07 off") << QDate(2024, 10, 7) << false;
    QTest::addRow("2024-10-08 Tuesday working") << QDate(2024, 10, 8) << true;
    QTest::addRow("2024-10-12 Saturday make-up workday") << QDate(2024, 10, 12) << true;
    QTest::addRow("2024-10-13 Sunday ordinary weekend") << QDate(2024, 10, 13) << false;

    // 2025
    QTest::addRow("2025 New Year 01-01 off") << QDate(2025, 1, 1) << false;
    QTest::addRow("2025-01-02 Thursday working") << QDate(2025, 1, 2) << true;
    QTest::addRow("2025-01-26 Sunday make-up workday") << QDate(2025, 1, 26) << true;
    QTest::addRow("2025-01-27 Monday working") << QDate(2025, 1, 27) << true;
    QTest::addRow("2025 Spring Festival eve 01-28 off") << QDate(2025, 1, 28) << false;
    QTest::addRow("2025 Spring Festival last day 02-04 off") << QDate(2025, 2, 4) << false;
    QTest::addRow("2025-02-05 Wednesday working") << QDate(2025, 2, 5) << true;
    QTest::addRow("2025-02-08 Saturday make-up workday") << QDate(2025, 2, 8) << true;
    QTest::addRow("2025-02-09 Sunday ordinary weekend") << QDate(2025, 2, 9) << false;
    QTest::addRow("2025-03-12 Wednesday ordinary weekday") << QDate(2025, 3, 12) << true;
    QTest::addRow("2025 Qingming 04-04 off") << QDate(2025, 4, 4) << false;
    QTest::addRow("2025-04-27 Sunday make-up workday") << QDate(2025, 4, 27) << true;
    QTest::addRow("2025 Labour Day 05-01 off") << QDate(2025, 5, 1) << false;
    QTest::addRow("2025 Labour Day 05-05 Monday off") << QDate(2025, 5, 5) << false;
    QTest::addRow("2025-05-06 Tuesday working") << QDate(2025, 5, 6) << true;
    QTest::addRow("2025-05-10 Saturday ordinary weekend") << QDate(2025, 5, 10) << false;
    QTest::addRow("2025 Dragon Boat 06-02 Monday off") << QDate(2025, 6, 2) << false;
    QTest::addRow("2025-09-28 Sunday make-up workday") << QDate(2025, 9, 28) << true;
    QTest::addRow("2025 National Day 10-01 off") << QDate(2025, 10, 1) << false;
    QTest::addRow("2025 National Day and Mid-Autumn 10-08 off") << QDate(2025, 10, 8) << false;
    QTest::addRow("2025-10-09 Thursday working") << QDate(2025, 10, 9) << true;
    QTest::addRow("2025-10-11 Saturday make-up workday") << QDate(2025, 10, 11) << true;
    QTest::addRow("2025-10-12 Sunday ordinary weekend") << QDate(2025, 10, 12) << false;

    // 2026
    QTest::addRow("2026 New Year 01-01 off") << QDate(2026, 1, 1) << false;
    QTest::addRow("2026 New Year 01-02 Friday off") << QDate(2026, 1, 2) << false;
    QTest::addRow("2026-01-04 Sunday make-up workday") << QDate(2026, 1, 4) << true;
    QTest::addRow("2026-01-05 Monday working") << QDate(2026, 1, 5) << true;
    QTest::addRow("2026-02-13 Friday working") << QDate(2026, 2, 13) << true;
    QTest::addRow("2026-02-14 Saturday make-up workday") << QDate(2026, 2, 14) << true;
    QTest::addRow("2026 Spring Festival first day 02-15 off") << QDate(2026, 2, 15) << false;
    QTest::addRow("2026 Spring Festival eve 02-16 off") << QDate(2026, 2, 16) << false;
    QTest::addRow("2026 Spring Festival last day 02-23 off") << QDate(2026, 2, 23) << false;
    QTest::addRow("2026-02-24 Tuesday working") << QDate(2026, 2, 24) << true;
    QTest::addRow("2026-02-28 Saturday make-up workday") << QDate(2026, 2, 28) << true;
    QTest::addRow("2026-03-01 Sunday ordinary weekend") << QDate(2026, 3, 1) << false;
    QTest::addRow("2026-03-11 Wednesday ordinary weekday") << QDate(2026, 3, 11) << true;
    QTest::addRow("2026 Qingming 04-06 Monday off") << QDate(2026, 4, 6) << false;
    QTest::addRow("2026 Labour Day 05-01 off") << QDate(2026, 5, 1) << false;
    QTest::addRow("2026 Labour Day 05-05 Tuesday off") << QDate(2026, 5, 5) << false;
    QTest::addRow("2026-05-06 Wednesday working") << QDate(2026, 5, 6) << true;
    QTest::addRow("2026-05-09 Saturday make-up workday") << QDate(2026, 5, 9) << true;
    QTest::addRow("2026-05-10 Sunday ordinary weekend") << QDate(2026, 5, 10) << false;
    QTest::addRow("2026 Dragon Boat 06-19 Friday off") << QDate(2026, 6, 19) << false;
    QTest::addRow("2026-09-20 Sunday make-up workday") << QDate(2026, 9, 20) << true;
    QTest::addRow("2026 Mid-Autumn 09-25 Friday off") << QDate(2026, 9, 25) << false;
    QTest::addRow("2026 National Day 10-01 off") << QDate(2026, 10, 1) << false;
    QTest::addRow("2026 National Day 10-07 off") << QDate(2026, 10, 7) << false;
    QTest::addRow("2026-10-08 Thursday working") << QDate(2026, 10, 8) << true;
    QTest::addRow("2026-10-10 Saturday workday") << QDate(2026, 10, 10) << true;
    QTest::addRow("2026-10-11 Sunday ordinary weekend") << QDate(2026, 10, 11) << false;
}

void TestBuiltInCalendar::workingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);

    QVERIFY(calendar().isKnown(date));
    QCOMPARE(calendar().isWorkingDay(date), working);
}

// R18
void TestBuiltInCalendar::knownYears()
{
    for (int year = 2020; year <= 2026; ++year) {
        QVERIFY2(calendar().hasYear(year), qPrintable(QStringLiteral("year %1").arg(year)));
        QVERIFY(calendar().isKnown(QDate(year, 1, 1)));
        QVERIFY(calendar().isKnown(QDate(year, 12, 31)));
    }

    QVERIFY(!calendar().hasYear(2019));
    QVERIFY(!calendar().hasYear(2027));
    QVERIFY(!calendar().isKnown(QDate(2019, 12, 31)));
    QVERIFY(!calendar().isKnown(QDate(2027, 1, 1)));
}

// R17: the start day does not count; the end day does.
void TestBuiltInCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("days");
    QTest::addRow("same day") << QDate(2025, 3, 3) << QDate(2025, 3, 3) << 0;
    QTest::addRow("Monday to Friday") << QDate(2025, 3, 3) << QDate(2025, 3, 7) << 4;
    QTest::addRow("Friday to Monday") << QDate(2025, 3, 7) << QDate(2025, 3, 10) << 1;
    QTest::addRow("backwards") << QDate(2025, 3, 10) << QDate(2025, 3, 7) << -1;
    QTest::addRow("across National Day 2025 with make-up days") << QDate(2025, 9, 26) << QDate(2025, 10, 30) << 20;
    QTest::addRow("into an unknown year walks the weekday rule") << QDate(2031, 1, 3) << QDate(2031, 1, 10) << 5;
}

void TestBuiltInCalendar::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, days);
    QCOMPARE(calendar().workingDaysBetween(from, to), days);
    if (days > 0) {
        bool complete = true;
        QCOMPARE(calendar().addWorkingDays(from, days, &complete) <= to, true);
    }
}

QTEST_GUILESS_MAIN(TestBuiltInCalendar)

#include "tst_builtincalendar.moc"
