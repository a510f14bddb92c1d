// Importing a year's holiday arrangement (R17 data; R18: a year without data becomes known by
// importing it). Two shapes are read: the portal's GET /calendar/{year}
// {"year", "holidays", "workdays"} and the holiday-cn shape {"year", "days": [{"name", "date",
// "isOffDay"}]}.
//
// The 2027 data below is a test fixture in the published shape, not the State Council's 2027
// notice. The 2012 and 2023 neighbouring-year entries are from the real notices:
// 2012 New Year 01-01..03 off with 2011-12-31 (Sat) worked; 2023 New Year 2022-12-31..2023-01-02 off.

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "calendar/calendaryear.h"
#include "calendar/deadlinecalculator.h"
#include "calendar/deadlinerules.h"
#include "calendar/workcalendar.h"
#include "domain/post.h"

using bxt::CalendarYear;
using bxt::WorkCalendar;

namespace {

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return result;
}

QSet<QDate> dates(std::initializer_list<QDate> list)
{
    return QSet<QDate>(list.begin(), list.end());
}

// A 2027 arrangement in the holiday-cn shape (fixture): New Year 01-01..03 off; a Spring
// Festival 02-06..02-12 off with 01-31 (Sun) and 02-20 (Sat) worked.
const char holidayCn2027[] = R"({
    "year": 2027,
    "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
        {"name": "元旦", "date": "2027-01-03", "isOffDay": true},
        {"name": "春节", "date": "2027-01-31", "isOffDay": false},
        {"name": "春节", "date": "2027-02-06", "isOffDay": true},
        {"name": "春节", "date": "2027-02-07", "isOffDay": true},
        {"name": "春节", "date": "2027-02-08", "isOffDay": true},
        {"name": "春节", "date": "2027-02-09", "isOffDay": true},
        {"name": "春节", "date": "2027-02-10", "isOffDay": true},
        {"name": "春节", "date": "2027-02-11", "isOffDay": true},
        {"name": "春节", "date": "2027-02-12", "isOffDay": true},
        {"name": "春节", "date": "2027-02-20", "isOffDay": false}
    ]
})";

// The keys of a holiday-cn file around its days (fixture).
const char holidayCnFile[] = R"({
    "$schema": "../schema.json",
    "$id": "2027.json",
    "year": 2027,
    "papers": ["notice.html"],
    "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]
})";

} // namespace

class TestCalendarimport : public QObject
{
    Q_OBJECT

private slots:
    void portalShape();
    void portalShapeEmptyLists();
    void holidayCnShape();
    void errors_data();
    void errors();
    void holidayCnFileKeys_areRead();
    void published_data();
    void published();
    void importFixesUnknownYear();
    void neighbouringYearEntries();
    void emptyYear_leavesTheYearUnknown();
    void neighbourDays_onlyAcrossNewYear_data();
    void neighbourDays_onlyAcrossNewYear();
    void ownYearWinsOverItsNeighbour();
    void toJsonSortsDates();
};

void TestCalendarimport::portalShape()
{
    const QJsonObject json = object(R"({"year": 2027,
        "holidays": ["2027-02-08", "2027-01-01", "2027-02-09"],
        "workdays": ["2027-02-20", "2027-01-31"]})");
    CalendarYear year;
    QString error;
    QVERIFY2(bxt::parseCalendarYear(json, &year, &error), qPrintable(error));
    QCOMPARE(year.year, 2027);
    QCOMPARE(year.holidays, dates({ QDate(2027, 1, 1), QDate(2027, 2, 8), QDate(2027, 2, 9) }));
    QCOMPARE(year.workdays, dates({ QDate(2027, 1, 31), QDate(2027, 2, 20) }));

    // The built-in 2024 file is in this shape too: Spring Festival 02-10..17, 02-04 and 02-18 worked.
    QFile file(QStringLiteral(":/calendar/2024.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CalendarYear y2024;
    QVERIFY2(
        bxt::parseCalendarYear(QJsonDocument::fromJson(file.readAll()).object(), &y2024, &error), qPrintable(error));
    QCOMPARE(y2024.year, 2024);
    for (int day = 10; day <= 17; ++day)
        QVERIFY(y2024.holidays.contains(QDate(2024, 2, day)));
    QVERIFY(y2024.workdays.contains(QDate(2024, 2, 4)));
    QVERIFY(y2024.workdays.contains(QDate(2024, 2, 18)));
}

void TestCalendarimport::portalShapeEmptyLists()
{
    CalendarYear year;
    QString error;
    QVERIFY2(bxt::parseCalendarYear(object(R"({"year": 2030, "holidays": [], "workdays": []})"), &year, &error),
        qPrintable(error));
    QCOMPARE(year.year, 2030);
    QVERIFY(year.holidays.isEmpty());
    QVERIFY(year.workdays.isEmpty());
}

void TestCalendarimport::holidayCnShape()
{
    CalendarYear year;
    QString error;
    QVERIFY2(bxt::parseCalendarYear(object(holidayCn2027), &year, &error), qPrintable(error));
    QCOMPARE(year.year, 2027);
    QCOMPARE(year.holidays,
        dates({ QDate(2027, 1, 1), QDate(2027, 1, 2), QDate(2027, 1, 3), QDate(2027, 2, 6), QDate(2027, 2, 7),
            QDate(2027, 2, 8), QDate(2027, 2, 9), QDate(2027, 2, 10), QDate(2027, 2, 11), QDate(2027, 2, 12) }));
    // isOffDay false: a working day.
    QCOMPARE(year.workdays, dates({ QDate(2027, 1, 31), QDate(2027, 2, 20) }));

    // The same date listed twice with the same meaning is harmless.
    QVERIFY2(bxt::parseCalendarYear(object(R"({"year": 2027, "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})"),
                 &year, &error),
        qPrintable(error));
    QCOMPARE(year.holidays, dates({ QDate(2027, 1, 1) }));
    QVERIFY(year.workdays.isEmpty());
}

void TestCalendarimport::errors_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::addRow("no year") << QByteArray(R"({"holidays": ["2027-01-01"], "workdays": []})");
    QTest::addRow("year a string") << QByteArray(R"({"year": "2027", "holidays": [], "workdays": []})");
    QTest::addRow("year absurd") << QByteArray(R"({"year": 27, "holidays": [], "workdays": []})");
    QTest::addRow("holiday-cn no year") << QByteArray(
        R"({"days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})");
    QTest::addRow("portal bad date string")
        << QByteArray(R"({"year": 2027, "holidays": ["1 Jan 2027"], "workdays": []})");
    QTest::addRow("portal impossible date")
        << QByteArray(R"({"year": 2027, "holidays": ["2027-02-30"], "workdays": []})");
    QTest::addRow("portal date not a string")
        << QByteArray(R"({"year": 2027, "holidays": [20270101], "workdays": []})");
    QTest::addRow("portal date far from the year")
        << QByteArray(R"({"year": 2027, "holidays": ["2030-01-01"], "workdays": []})");
    QTest::addRow("portal holidays not a list")
        << QByteArray(R"({"year": 2027, "holidays": "2027-01-01", "workdays": []})");
    QTest::addRow("portal workdays missing") << QByteArray(R"({"year": 2027, "holidays": ["2027-01-01"]})");
    QTest::addRow("portal day both off and working")
        << QByteArray(R"({"year": 2027, "holidays": ["2027-01-01", "2027-02-20"], "workdays": ["2027-02-20"]})");
    QTest::addRow("holiday-cn bad date string")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027/01/01", "isOffDay": true}]})");
    QTest::addRow("holiday-cn text after the date") << QByteArray(
        R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01 to 2027-01-03", "isOffDay": true}]})");
    QTest::addRow("portal date with a time")
        << QByteArray(R"({"year": 2027, "holidays": ["2027-01-01T00:00:00"], "workdays": []})");
    QTest::addRow("portal date without leading zeros")
        << QByteArray(R"({"year": 2027, "holidays": ["2027-1-1"], "workdays": []})");
    QTest::addRow("holiday-cn date missing")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "isOffDay": true}]})");
    QTest::addRow("holiday-cn date far from the year")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2025-01-01", "isOffDay": true}]})");
    QTest::addRow("holiday-cn day both off and working")
        << QByteArray(R"({"year": 2027, "days": [{"name": "春节", "date": "2027-02-20", "isOffDay": true},
                                                   {"name": "春节", "date": "2027-02-20", "isOffDay": false}]})");
    QTest::addRow("holiday-cn days not a list")
        << QByteArray(R"({"year": 2027, "days": {"name": "元旦", "date": "2027-01-01", "isOffDay": true}})");
    QTest::addRow("holiday-cn days a string") << QByteArray(R"({"year": 2027, "days": "2027-01-01"})");
    QTest::addRow("holiday-cn isOffDay missing")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01"}]})");
    QTest::addRow("holiday-cn isOffDay a string")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": "true"}]})");
    QTest::addRow("holiday-cn entry not an object") << QByteArray(R"({"year": 2027, "days": ["2027-01-01"]})");
    // Issue 12 finding 9: what the program would silently drop is refused.
    QTest::addRow("holiday-cn misspelled key")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}],
                         "hoildays": ["2027-02-08"]})");
    QTest::addRow("portal misspelled key")
        << QByteArray(R"({"year": 2027, "holidays": ["2027-01-01"], "workdays": [], "hoildays": ["2027-02-08"]})");
    QTest::addRow("holiday-cn unknown key of a day")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                                                   {"name": "春节", "date": "2027-02-08", "isOffDay": true,
                                                    "isWorkDay": false}]})");
    QTest::addRow("both days and holidays")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}],
                         "holidays": ["2027-02-08"]})");
    QTest::addRow("both days and workdays")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}],
                         "workdays": ["2027-02-20"]})");
}

void TestCalendarimport::errors()
{
    QFETCH(QByteArray, json);

    CalendarYear year;
    year.year = 1999; // a marker: the result is untouched on error
    year.holidays.insert(QDate(1999, 10, 1));
    QString error;
    QVERIFY(!bxt::parseCalendarYear(object(json), &year, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(year.year, 1999);
    QCOMPARE(year.holidays, dates({ QDate(1999, 10, 1) }));
    QVERIFY(year.workdays.isEmpty());
}

// R18: 2027 is not built in; once imported, it is known and its holidays count (R17).
void TestCalendarimport::importFixesUnknownYear()
{
    WorkCalendar calendar = WorkCalendar::builtIn();
    QVERIFY(!calendar.hasYear(2027));
    QVERIFY(!calendar.isKnown(QDate(2027, 2, 8)));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 8))); // weekday rule only: a Monday

    // Dispatch 2026-12-28 Mon, department, before the import: final runs into 2027, incomplete.
    const QDateTime dispatchedAt = bxt::parseRfc3339(QStringLiteral("2026-12-28T10:00:00+08:00"));
    const bxt::Deadlines before = bxt::DeadlineCalculator(calendar, bxt::DeadlineRules::notice())
                                      .compute(bxt::UnitKind::Department, dispatchedAt);
    QCOMPARE(before.calendarComplete, false);

    CalendarYear year;
    QString error;
    QVERIFY2(bxt::parseCalendarYear(object(holidayCn2027), &year, &error), qPrintable(error));
    year.source = QStringLiteral("holiday-cn 2027.json");
    calendar.setYear(year);

    QVERIFY(calendar.hasYear(2027));
    QVERIFY(calendar.years().contains(2027));
    QVERIFY(calendar.isKnown(QDate(2027, 2, 8)));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 2, 8))); // Monday, Spring Festival (fixture)
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1))); // Friday, New Year
    QVERIFY(calendar.isWorkingDay(QDate(2027, 1, 31))); // Sunday, 调休
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 20))); // Saturday, 调休
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 15))); // ordinary Monday
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 2, 21))); // ordinary Sunday
    QCOMPARE(calendar.year(2027).source, QStringLiteral("holiday-cn 2027.json"));

    // The built-in calendar itself is not changed by importing into a copy.
    QVERIFY(!WorkCalendar::builtIn().hasYear(2027));

    // After the import the count is complete and 2027-01-01 is skipped:
    // 12-29..31=1..3, 01-01..03 off, 01-04..08=4..8, 01-11..15=9..13, 01-18..22=14..18,
    // 01-25=19, 01-26=20.  First answer 12-31 as before.
    const bxt::DeadlineCalculator calculator(calendar, bxt::DeadlineRules::notice());
    const bxt::Deadlines after = calculator.compute(bxt::UnitKind::Department, dispatchedAt);
    QCOMPARE(after.calendarComplete, true);
    QCOMPARE(after.firstAnswerDue, QDate(2026, 12, 31));
    QCOMPARE(after.finalLimit, QDate(2027, 1, 26));
    QCOMPARE(before.finalLimit, QDate(2027, 1, 25)); // weekday rule counted 01-01

    // District, dispatched 2027-02-03 Wed: 02-03 + 5 = 02-08 (off) -> 02-09..12 off,
    // 02-13 Sat, 02-14 Sun -> 02-15 Mon.
    const bxt::Deadlines district
        = calculator.compute(bxt::UnitKind::District, bxt::parseRfc3339(QStringLiteral("2027-02-03T10:00:00+08:00")));
    QCOMPARE(district.firstAnswerDue, QDate(2027, 2, 15));
    QCOMPARE(district.calendarComplete, true);

    // setYear replaces the year entirely.
    CalendarYear replacement;
    QVERIFY2(bxt::parseCalendarYear(
                 object(R"({"year": 2027, "holidays": ["2027-01-01"], "workdays": []})"), &replacement, &error),
        qPrintable(error));
    calendar.setYear(replacement);
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 8)));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 2, 20)));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1)));
}

// A notice may list days of the neighbouring year; WorkCalendar honours them.
void TestCalendarimport::neighbouringYearEntries()
{
    CalendarYear y2023;
    QString error;
    QVERIFY2(bxt::parseCalendarYear(object(R"({"year": 2023, "days": [
        {"name": "元旦", "date": "2022-12-31", "isOffDay": true},
        {"name": "元旦", "date": "2023-01-01", "isOffDay": true},
        {"name": "元旦", "date": "2023-01-02", "isOffDay": true}]})"),
                 &y2023, &error),
        qPrintable(error));
    QVERIFY(y2023.holidays.contains(QDate(2022, 12, 31)));

    WorkCalendar calendar; // no 2022 data at all
    calendar.setYear(y2023);
    QVERIFY(!calendar.hasYear(2022));
    QVERIFY(!calendar.isWorkingDay(QDate(2022, 12, 31)));
    QVERIFY(!calendar.isWorkingDay(QDate(2023, 1, 2))); // Monday, off
    QVERIFY(calendar.isWorkingDay(QDate(2023, 1, 3)));

    // 2022-12-31 is a Saturday, so the case above would hold by the weekday rule alone.
    // The 2012 notice has a neighbouring-year entry that contradicts the weekday rule:
    // 2011-12-31 (Saturday) was a working day.
    CalendarYear y2012;
    QVERIFY2(bxt::parseCalendarYear(object(R"({"year": 2012, "days": [
        {"name": "元旦", "date": "2011-12-31", "isOffDay": false},
        {"name": "元旦", "date": "2012-01-01", "isOffDay": true},
        {"name": "元旦", "date": "2012-01-02", "isOffDay": true},
        {"name": "元旦", "date": "2012-01-03", "isOffDay": true}]})"),
                 &y2012, &error),
        qPrintable(error));
    WorkCalendar old;
    old.setYear(y2012);
    QVERIFY(!old.hasYear(2011));
    QVERIFY(old.isWorkingDay(QDate(2011, 12, 31)));
    QVERIFY(!old.isWorkingDay(QDate(2012, 1, 3))); // Tuesday, off
    QVERIFY(!old.isWorkingDay(QDate(2011, 12, 24))); // an ordinary Saturday stays off

    // A weekday off listed by the next year's file (fixture): 2026-12-31 Thursday.
    CalendarYear y2027;
    QVERIFY2(bxt::parseCalendarYear(
                 object(R"({"year": 2027, "holidays": ["2026-12-31", "2027-01-01"], "workdays": []})"), &y2027, &error),
        qPrintable(error));
    WorkCalendar next;
    next.setYear(y2027);
    QVERIFY(!next.isWorkingDay(QDate(2026, 12, 31)));
    QVERIFY(next.isWorkingDay(QDate(2026, 12, 30)));
}

// R18: an empty year (holiday-cn's placeholder for an arrangement not yet announced) leaves the
// year unknown, so deadlines in it are marked incomplete, even where it replaces data.
void TestCalendarimport::emptyYear_leavesTheYearUnknown()
{
    CalendarYear placeholder;
    QString error;
    QVERIFY2(bxt::parseCalendarYear(object(R"({"year": 2027, "days": []})"), &placeholder, &error), qPrintable(error));
    QVERIFY(!placeholder.isPublished());
    WorkCalendar calendar = WorkCalendar::builtIn();
    calendar.setYear(placeholder);
    QVERIFY(!calendar.hasYear(2027));
    const bxt::DeadlineCalculator calculator(calendar, bxt::DeadlineRules::notice());
    QCOMPARE(
        calculator.compute(bxt::UnitKind::Department, bxt::parseRfc3339(QStringLiteral("2027-02-04T10:00:00+08:00")))
            .calendarComplete,
        false);

    CalendarYear real;
    QVERIFY2(bxt::parseCalendarYear(object(holidayCn2027), &real, &error), qPrintable(error));
    QVERIFY(real.isPublished());
    calendar.setYear(real);
    QVERIFY(calendar.hasYear(2027));
    calendar.setYear(placeholder);
    QVERIFY(!calendar.hasYear(2027));
}

// holiday-cn's files carry "$schema", "$id" and the notices ("papers") besides the days.
void TestCalendarimport::holidayCnFileKeys_areRead()
{
    CalendarYear year;
    QString error;
    QVERIFY2(bxt::parseCalendarYear(object(holidayCnFile), &year, &error), qPrintable(error));
    QCOMPARE(year.holidays, dates({ QDate(2027, 1, 1) }));
}

// R18: a year is known only when it gives a day off that is not a weekend anyway (issue 12
// finding 9: one Saturday made the year complete).
void TestCalendarimport::published_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("published");
    QTest::addRow("holiday-cn placeholder") << QByteArray(R"({"year": 2027, "days": []})") << false;
    QTest::addRow("one Saturday off") << QByteArray(
        R"({"year": 2027, "days": [{"date": "2027-01-02", "isOffDay": true}]})")
                                      << false;
    QTest::addRow("a weekend off and a Sunday worked")
        << QByteArray(R"({"year": 2027, "holidays": ["2027-01-02", "2027-01-03"], "workdays": ["2027-01-31"]})")
        << false;
    QTest::addRow("only the neighbour's Thursday off")
        << QByteArray(R"({"year": 2027, "holidays": ["2026-12-31", "2027-01-02"], "workdays": []})") << false;
    QTest::addRow("New Year on a Friday")
        << QByteArray(R"({"year": 2027, "holidays": ["2027-01-01"], "workdays": []})") << true;
    QTest::addRow("holiday-cn 2027 fixture") << QByteArray(holidayCn2027) << true;
}

void TestCalendarimport::published()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, published);
    CalendarYear year;
    QString error;
    QVERIFY2(bxt::parseCalendarYear(object(json), &year, &error), qPrintable(error));
    QCOMPARE(year.isPublished(), published);
}

// A year's own days win over what the neighbouring year's file says about them (R17).
void TestCalendarimport::ownYearWinsOverItsNeighbour()
{
    CalendarYear y2022;
    CalendarYear y2023;
    QString error;
    // Fixture: 2022's data makes Saturday 2022-12-31 a working day, 2023's a day off.
    QVERIFY2(bxt::parseCalendarYear(
                 object(R"({"year": 2022, "holidays": ["2022-01-01", "2022-01-03"], "workdays": ["2022-12-31"]})"),
                 &y2022, &error),
        qPrintable(error));
    QVERIFY2(bxt::parseCalendarYear(object(R"({"year": 2023, "holidays": ["2022-12-31", "2023-01-01", "2023-01-02"],
                                              "workdays": []})"),
                 &y2023, &error),
        qPrintable(error));
    WorkCalendar calendar;
    calendar.setYear(y2023);
    calendar.setYear(y2022);
    QVERIFY(calendar.isWorkingDay(QDate(2022, 12, 31)));
    QVERIFY(!calendar.isWorkingDay(QDate(2023, 1, 2)));
}

// R17: a year's file gives days of the year before or after only within a holiday period
// across New Year; the import refuses any other.
void TestCalendarimport::neighbourDays_onlyAcrossNewYear_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("portal previous year's day in October")
        << QByteArray(R"({"year": 2027, "holidays": ["2026-10-08", "2027-01-01"], "workdays": []})") << false;
    QTest::addRow("holiday-cn previous year's December day apart from New Year")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2026-12-28", "isOffDay": true},
                                               {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})")
        << false;
    QTest::addRow("holiday-cn previous year's day without New Year")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2026-12-31", "isOffDay": true}]})") << false;
    QTest::addRow("portal next year's January day apart from New Year")
        << QByteArray(R"({"year": 2026, "holidays": ["2026-12-31", "2027-01-06"], "workdays": []})") << false;
    QTest::addRow("2023 New Year from 2022-12-31")
        << QByteArray(R"({"year": 2023, "days": [{"name": "元旦", "date": "2022-12-31", "isOffDay": true},
                                               {"name": "元旦", "date": "2023-01-01", "isOffDay": true}]})")
        << true;
    QTest::addRow("2012 make-up Saturday 2011-12-31")
        << QByteArray(R"({"year": 2012, "days": [{"name": "元旦", "date": "2011-12-31", "isOffDay": false},
                                               {"name": "元旦", "date": "2012-01-01", "isOffDay": true}]})")
        << true;
    QTest::addRow("next year's 01-01 after a 12-31 off")
        << QByteArray(R"({"year": 2026, "holidays": ["2026-12-31", "2027-01-01"], "workdays": []})") << true;
    QTest::addRow("over a weekend into the next year")
        << QByteArray(R"({"year": 2027, "holidays": ["2027-12-31", "2028-01-03"], "workdays": []})") << true;
    QTest::addRow("2019 make-up Saturday 2018-12-29 before 12-30..01-01 off") << QByteArray(
        R"({"year": 2019, "holidays": ["2018-12-30", "2018-12-31", "2019-01-01"],
                         "workdays": ["2018-12-29"]})") << true;
    // Issue 12 finding 5: a run of days off joined day by day to New Year is no New Year holiday.
    QStringList january2025;
    for (int day = 1; day <= 31; ++day)
        january2025.append(QStringLiteral("\"2025-01-%1\"").arg(day, 2, 10, QLatin1Char('0')));
    QTest::addRow("every day of the next year's January")
        << QStringLiteral(R"({"year": 2024, "holidays": ["2024-01-01", "2024-12-31", %1], "workdays": []})")
               .arg(january2025.join(QLatin1Char(',')))
               .toUtf8()
        << false;
    QStringList december2026;
    for (int day = 1; day <= 31; ++day)
        december2026.append(QStringLiteral("\"2026-12-%1\"").arg(day, 2, 10, QLatin1Char('0')));
    QTest::addRow("every day of the previous year's December")
        << QStringLiteral(R"({"year": 2027, "holidays": [%1, "2027-01-01"], "workdays": []})")
               .arg(december2026.join(QLatin1Char(',')))
               .toUtf8()
        << false;
    QTest::addRow("four days into the next year")
        << QByteArray(R"({"year": 2026, "holidays": ["2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03",
                         "2027-01-04"], "workdays": []})")
        << false;
}

void TestCalendarimport::neighbourDays_onlyAcrossNewYear()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    CalendarYear year;
    QString error;
    QVERIFY2(bxt::parseCalendarYear(object(json), &year, &error), qPrintable(error));
    QCOMPARE(bxt::checkNeighbourDays(year, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
}

void TestCalendarimport::toJsonSortsDates()
{
    CalendarYear year;
    year.year = 2027;
    for (const QDate &date : { QDate(2027, 10, 1), QDate(2027, 1, 1), QDate(2027, 5, 3), QDate(2026, 12, 31),
             QDate(2027, 2, 8), QDate(2027, 1, 2) })
        year.holidays.insert(date);
    for (const QDate &date : { QDate(2027, 9, 26), QDate(2027, 1, 31), QDate(2027, 2, 20) })
        year.workdays.insert(date);

    const QJsonObject json = year.toJson();
    QCOMPARE(json.value(QLatin1String("year")).toInt(), 2027);
    const QJsonArray holidays { QStringLiteral("2026-12-31"), QStringLiteral("2027-01-01"),
        QStringLiteral("2027-01-02"), QStringLiteral("2027-02-08"), QStringLiteral("2027-05-03"),
        QStringLiteral("2027-10-01") };
    const QJsonArray workdays { QStringLiteral("2027-01-31"), QStringLiteral("2027-02-20"),
        QStringLiteral("2027-09-26") };
    QCOMPARE(json.value(QLatin1String("holidays")).toArray(), holidays);
    QCOMPARE(json.value(QLatin1String("workdays")).toArray(), workdays);
    QCOMPARE(
        json.keys(), (QStringList { QStringLiteral("holidays"), QStringLiteral("workdays"), QStringLiteral("year") }));

    // The portal shape reads back to the same year.
    CalendarYear back;
    QString error;
    QVERIFY2(bxt::parseCalendarYear(json, &back, &error), qPrintable(error));
    QCOMPARE(back.year, year.year);
    QCOMPARE(back.holidays, year.holidays);
    QCOMPARE(back.workdays, year.workdays);

    // And a holiday-cn import written out is in the portal shape, sorted.
    CalendarYear imported;
    QVERIFY2(bxt::parseCalendarYear(object(holidayCn2027), &imported, &error), qPrintable(error));
    const QJsonArray importedHolidays = imported.toJson().value(QLatin1String("holidays")).toArray();
    QCOMPARE(importedHolidays.size(), 10);
    for (qsizetype i = 1; i < importedHolidays.size(); ++i)
        QVERIFY(importedHolidays.at(i - 1).toString() < importedHolidays.at(i).toString());
    QCOMPARE(imported.toJson().value(QLatin1String("workdays")).toArray(),
        (QJsonArray { QStringLiteral("2027-01-31"), QStringLiteral("2027-02-20") }));
}

QTEST_GUILESS_MAIN(TestCalendarimport)
#include "tst_calendarimport.moc"
