// Deadlines (R16, R17, R18) with the built-in calendars of the 2024–2026 State Council notices.
// Every expected date is counted by hand in the row's comment: the day of dispatch does not
// count; departments have 3 working days for a first answer, districts 5 calendar days moved
// to the next working day; final replies 20 and 30 working days.

#include "calendar/deadlinecalculator.h"
#include "domain/post.h"

#include <QtTest>

using namespace bxt;

namespace {
DeadlineCalculator noticeCalculator()
{
    return DeadlineCalculator(WorkCalendar::builtIn(), DeadlineRules::notice());
}

QDate date(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}
} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    // The contract's timestamps (portal-api.md): RFC 3339 with an offset or Z. The usual form is
    // read by a fast path, the others by Qt; both must give the same instants.
    void parseRfc3339_readsTheContractsInstants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("msecsSinceEpoch");
        QTest::newRow("China") << QStringLiteral("2025-03-03T08:15:00+08:00") << true << qint64(1740960900000);
        QTest::newRow("UTC as Z") << QStringLiteral("2025-03-03T00:15:00Z") << true << qint64(1740960900000);
        QTest::newRow("UTC as +00:00") << QStringLiteral("2025-03-03T08:15:00+00:00") << true << qint64(1740989700000);
        QTest::newRow("negative half-hour offset, leap day")
            << QStringLiteral("2024-02-29T23:59:59-05:30") << true << qint64(1709270999000);
        QTest::newRow("before 1970") << QStringLiteral("1969-12-31T20:00:00+08:00") << true << qint64(-43200000);
        QTest::newRow("milliseconds") << QStringLiteral("2025-03-03T08:15:00.250+08:00") << true
                                      << qint64(1740960900250);
        QTest::newRow("no offset") << QStringLiteral("2025-03-03T08:15:00") << false << qint64(0);
        QTest::newRow("no leap day in 2025") << QStringLiteral("2025-02-29T08:15:00+08:00") << false << qint64(0);
        QTest::newRow("month 13") << QStringLiteral("2025-13-03T08:15:00+08:00") << false << qint64(0);
        QTest::newRow("hour 25") << QStringLiteral("2025-03-03T25:15:00+08:00") << false << qint64(0);
        QTest::newRow("second 60") << QStringLiteral("2025-03-03T08:15:60+08:00") << false << qint64(0);
        QTest::newRow("offset minute 60") << QStringLiteral("2025-03-03T08:15:00+08:60") << false << qint64(0);
        QTest::newRow("a letter for a digit") << QStringLiteral("2025-03-0xT08:15:00+08:00") << false << qint64(0);
        QTest::newRow("a space for the T") << QStringLiteral("2025-03-03 08:15:00+08:00") << false << qint64(0);
    }

    void parseRfc3339_readsTheContractsInstants()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, msecsSinceEpoch);
        const QDateTime parsed = bxt::parseRfc3339(text);
        QCOMPARE(parsed.isValid(), valid);
        QCOMPARE(bxt::isRfc3339Instant(text), valid);
        if (valid)
            QCOMPARE(parsed.toMSecsSinceEpoch(), msecsSinceEpoch);
    }

    void deadlines_data()
    {
        QTest::addColumn<UnitKind>("kind");
        QTest::addColumn<QString>("dispatched");
        QTest::addColumn<QDate>("firstAnswer");
        QTest::addColumn<QDate>("finalLimit");
        QTest::addColumn<bool>("complete");
        const auto row = [](const char *name, UnitKind kind, const char *dispatched, const char *first,
                             const char *final, bool complete = true) {
            QTest::newRow(name) << kind << QString::fromLatin1(dispatched) << date(first) << date(final) << complete;
        };
        const UnitKind department = UnitKind::Department;
        const UnitKind district = UnitKind::District;
        // 02-09 Fri=1; 02-10..17 off; 02-18 make-up Sun=2; 02-19=3. Final: ...02-29=11, 03-13=20.
        row("R16 department before Spring Festival 2024", department, "2024-02-08T10:00:00+08:00", "2024-02-19",
            "2024-03-13");
        // 10-01..07 off; 10-08=1, 10-09=2, 10-10=3. Final: 10-12 make-up Sat=5, 11-01=20.
        row("R17 department dispatched 23:59 before National Day 2024", department, "2024-09-30T23:59:00+08:00",
            "2024-10-10", "2024-11-01");
        // 09-30 +5 = 10-05 off; 10-06, 10-07 off; 10-08. Final: 11-01=20, 11-15=30.
        row("R17 district dispatched 23:59 before National Day 2024", district, "2024-09-30T23:59:00+08:00",
            "2024-10-08", "2024-11-15");
        // 15:59:59Z is 23:59:59 on 09-30 in China: the same as above.
        row("R17 UTC instant still 09-30 in China", district, "2024-09-30T15:59:59Z", "2024-10-08", "2024-11-15");
        // Thu 03-06 23:30 in China: +5 = Tue 03-11. Final: 03-31=17, 04-03=20 (department), 04-18=30.
        row("R17 district Thursday night", district, "2025-03-06T15:30:00Z", "2025-03-11", "2025-04-18");
        // 16:30Z is Fri 03-07 00:30 in China: +5 = Wed 03-12. Final: 04-04..06 off; 04-21=30.
        row("R17 UTC instant already Friday in China", district, "2025-03-06T16:30:00Z", "2025-03-12", "2025-04-21");
        row("R17 department Thursday night", department, "2025-03-06T15:30:00Z", "2025-03-11", "2025-04-03");
        // From Fri 03-07: 03-10=1 .. 03-12=3; final 04-03=19, (04-04..06 off), 04-07=20.
        row("R17 department, UTC instant already Friday in China", department, "2025-03-06T16:30:00Z", "2025-03-12",
            "2025-04-07");
        // Fri 01-24: 01-25 Sat off, 01-26 make-up Sun=1, 01-27=2, 01-28..02-04 off, 02-05=3.
        // Final: 02-07=5, 02-08 make-up Sat=6, 02-10..14=11, 02-17..21=16, 02-24..27=20.
        row("R16 department across Spring Festival 2025", department, "2025-01-24T09:00:00+08:00", "2025-02-05",
            "2025-02-27");
        // Mon 01-20 +5 = Sat 01-25 off; the next working day is make-up Sunday 01-26.
        // Final: 01-21..24=4, 01-26=5, 01-27=6, 02-05..08=10, 02-10..28=25, 03-03..07=30.
        row("R17 district fifth day off, next is a make-up Sunday", district, "2025-01-20T09:00:00+08:00", "2025-01-26",
            "2025-03-07");
        // 02-03 is a holiday; +5 = Sat 02-08, a make-up working day: no move.
        // Final: 02-05..08=4, 02-10..28=19, 03-03..14=29, 03-17=30.
        row("R17 district fifth day is a make-up Saturday", district, "2025-02-03T11:00:00+08:00", "2025-02-08",
            "2025-03-17");
        // Dispatched on a holiday: 02-04 off, 02-05=1, 02-06=2, 02-07=3. Final: 02-08=4, 02-28=19, 03-03=20.
        row("R17 department dispatched on a holiday", department, "2025-02-03T11:00:00+08:00", "2025-02-07",
            "2025-03-03");
        // Dispatched on make-up Saturday 02-08: 02-09 Sun off, 02-10=1, 02-11=2, 02-12=3.
        // Final: 02-10..28=15, 03-03..07=20.
        row("R17 department dispatched on a make-up Saturday", department, "2025-02-08T11:00:00+08:00", "2025-02-12",
            "2025-03-07");
        // Fri 02-13: 02-14 make-up Sat=1; 02-15..23 off; 02-24=2; 02-25=3. Final: 02-28 make-up=6, 03-19=20.
        row("R16 department across Spring Festival 2026", department, "2026-02-13T17:00:00+08:00", "2026-02-25",
            "2026-03-19");
        // +5 = 02-18 off .. 02-23 off; 02-24. Final: 03-19=20, 04-02=30.
        row("R16 district across Spring Festival 2026", district, "2026-02-13T17:00:00+08:00", "2026-02-24",
            "2026-04-02");
        // Wed 09-30: 10-01..07 off; 10-08=1, 10-09=2, 10-10 make-up Sat=3.
        // Final: 10-12..16=8, 10-19..23=13, 10-26..30=18, 11-02=19, 11-03=20.
        row("R16 department across National Day 2026", department, "2026-09-30T10:00:00+08:00", "2026-10-10",
            "2026-11-03");
        // +5 = 10-05 off; 10-06, 10-07 off; 10-08. Final: 11-03=20, 11-04..06=23, 11-09..13=28, 11-17=30.
        row("R16 district across National Day 2026", district, "2026-09-30T10:00:00+08:00", "2026-10-08", "2026-11-17");
        // 2027 has no data: counted Monday–Friday and reported incomplete.
        row("R18 department in 2027", department, "2027-03-01T10:00:00+08:00", "2027-03-04", "2027-03-29", false);
        row("R18 district in 2027", district, "2027-03-01T10:00:00+08:00", "2027-03-08", "2027-04-12", false);
        // The first answer falls in 2026 (12-29, 12-30, 12-31) but the final count runs into 2027.
        row("R18 department count running into 2027", department, "2026-12-28T10:00:00+08:00", "2026-12-31",
            "2027-01-25", false);
    }

    void deadlines()
    {
        QFETCH(UnitKind, kind);
        QFETCH(QString, dispatched);
        QFETCH(QDate, firstAnswer);
        QFETCH(QDate, finalLimit);
        QFETCH(bool, complete);
        const QDateTime instant = parseRfc3339(dispatched);
        QVERIFY(instant.isValid());
        const Deadlines deadlines = noticeCalculator().compute(kind, instant);
        QCOMPARE(deadlines.firstAnswerDue, firstAnswer);
        QCOMPARE(deadlines.finalLimit, finalLimit);
        QCOMPARE(deadlines.finalDueLatest, finalLimit);
        QCOMPARE(deadlines.calendarComplete, complete);
    }

    void configuredRules_readDistrictDaysAsWorkingDays() // R16: the table is configurable
    {
        DeadlineRules rules = DeadlineRules::notice();
        rules.setFirstAnswer(UnitKind::District, { 5, true });
        const DeadlineCalculator calculator(WorkCalendar::builtIn(), rules);
        // Thu 03-06: 03-07=1, 03-10=2, 03-11=3, 03-12=4, 03-13=5 (the notice's reading gives 03-11).
        QCOMPARE(calculator.compute(UnitKind::District, parseRfc3339(QStringLiteral("2025-03-06T10:00:00+08:00")))
                     .firstAnswerDue,
            date("2025-03-13"));
        DeadlineRules parsed;
        QString error;
        QVERIFY(DeadlineRules::fromJson(rules.toJson(), &parsed, &error));
        QCOMPARE(parsed.firstAnswer(UnitKind::District).workingDays, true);
        QCOMPARE(parsed.finalLimit(UnitKind::Department).days, 20);
        QVERIFY(!DeadlineRules::fromJson(
            { { QStringLiteral("district"),
                QJsonObject { { QStringLiteral("first_answer"),
                    QJsonObject { { QStringLiteral("days"), 0 }, { QStringLiteral("working_days"), true } } } } } },
            &parsed, &error));
        QVERIFY(!error.isEmpty());
    }

    void promise_limitedByTheFinalDeadline_data() // R16
    {
        QTest::addColumn<UnitKind>("kind");
        QTest::addColumn<QDate>("promise");
        QTest::addColumn<bool>("accepted");
        // Dispatched Mon 2025-03-03: department limit 03-31 (20 working days), district 04-15 (30).
        QTest::newRow("department on the limit") << UnitKind::Department << date("2025-03-31") << true;
        QTest::newRow("department a day late") << UnitKind::Department << date("2025-04-01") << false;
        QTest::newRow("district on the limit") << UnitKind::District << date("2025-04-15") << true;
        QTest::newRow("district a day late") << UnitKind::District << date("2025-04-16") << false;
        QTest::newRow("on the day of dispatch") << UnitKind::Department << date("2025-03-03") << false;
        QTest::newRow("the next day") << UnitKind::District << date("2025-03-04") << true;
        QTest::newRow("not a date") << UnitKind::District << QDate() << false;
    }

    void promise_limitedByTheFinalDeadline()
    {
        QFETCH(UnitKind, kind);
        QFETCH(QDate, promise);
        QFETCH(bool, accepted);
        const QDateTime dispatched = parseRfc3339(QStringLiteral("2025-03-03T10:00:00+08:00"));
        const QString refusal = noticeCalculator().checkPromise(kind, dispatched, promise);
        QCOMPARE(refusal.isEmpty(), accepted);
        if (accepted)
            QCOMPARE(noticeCalculator().compute(kind, dispatched, promise).finalDueLatest, promise);
    }

    void returnLateness_data() // R15: the same calendar day of dispatch, China Standard Time
    {
        QTest::addColumn<QString>("dispatched");
        QTest::addColumn<QString>("returned");
        QTest::addColumn<bool>("late");
        QTest::newRow("same afternoon") << "2025-03-03T10:00:00+08:00"
                                        << "2025-03-03T16:00:00+08:00" << false;
        QTest::newRow("at 23:59:59 of the day") << "2025-03-03T10:00:00+08:00"
                                                << "2025-03-03T23:59:59+08:00" << false;
        QTest::newRow("just after midnight") << "2025-03-03T23:50:00+08:00"
                                             << "2025-03-04T00:10:00+08:00" << true;
        QTest::newRow("UTC evening is the next CST day") << "2025-03-03T10:00:00+08:00"
                                                         << "2025-03-03T16:30:00Z" << true;
        QTest::newRow("dispatched after CST midnight, written in UTC") << "2025-03-03T16:30:00Z"
                                                                       << "2025-03-04T15:00:00+08:00" << false;
        QTest::newRow("Friday evening to Monday morning") << "2025-03-07T17:00:00+08:00"
                                                          << "2025-03-10T09:00:00+08:00" << true;
        QTest::newRow("make-up working Sunday to Monday") << "2025-09-28T10:00:00+08:00"
                                                          << "2025-09-29T08:00:00+08:00" << true;
    }

    void returnLateness()
    {
        QFETCH(QString, dispatched);
        QFETCH(QString, returned);
        QFETCH(bool, late);
        QCOMPARE(DeadlineCalculator::isReturnLate(parseRfc3339(dispatched), parseRfc3339(returned)), late);
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
