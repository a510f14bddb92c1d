// The reminders of R14: at 09:00 and 14:00 China Standard Time on working days (the 2025
// calendar's National Day holiday and make-up days), after sleep and clock changes; the counts
// of new, due-today and overdue posts in the banner for column staff and a liaison; Show and
// Dismiss; the tray only where there is one; the settings. Writes reminderbanner-zh_CN.png and
// remindersettings-zh_CN.png to build/screenshots/.

#include "storetestsupport.h"
#include "triagetestsupport.h"

#include "liaison/reminderbanner.h"
#include "liaison/remindernotifier.h"
#include "liaison/remindersettingsbox.h"
#include "liaison/remindersettingsdialog.h"
#include "reminders/reminderclock.h"
#include "reminders/remindersettings.h"
#include "reminders/remindersummary.h"
#include "store/unitstore.h"
#include "triage/queuemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QVBoxLayout>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

const QTimeZone kCst(8 * 3600);

QDateTime cst(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, kCst);
}

QPushButton *button(QWidget &widget, const QString &text)
{
    for (auto *candidate : widget.findChildren<QPushButton *>()) {
        if (candidate->text().remove(QLatin1Char('&')) == text)
            return candidate;
    }
    qFatal("no button %s", qPrintable(text));
}

QWidget *visibleTopLevel(const char *className)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits(className) && widget->isVisible())
            return widget;
    }
    return nullptr;
}

// A clock whose "now" the test moves.
struct FakeNow
{
    QDateTime now;
    ReminderClock::Now function()
    {
        return [this] { return now; };
    }
};

QList<QDateTime> collect(QSignalSpy &spy)
{
    QList<QDateTime> reminders;
    for (const QList<QVariant> &arguments : spy)
        reminders.append(arguments.at(0).toDateTime());
    return reminders;
}

QString dispatchedAt(const QDate &day)
{
    return day.toString(Qt::ISODate) + QStringLiteral("T10:00:00+08:00");
}

// Seen on Monday 2025-03-10: a department's first answer is due 3 working days after dispatch,
// a district's 5 days after (R16, R17).
QList<QJsonObject> mondayPosts()
{
    const auto post = [](const QString &id, const QString &status, const QJsonArray &assignments,
                          const QJsonValue &category) {
        return samplePost(id, 1, QStringLiteral("道里区某小区供暖温度不达标"), QStringLiteral("室内温度只有十四度。"),
            { { QStringLiteral("status"), status }, { QStringLiteral("category"), category },
                { QStringLiteral("assignments"), assignments } });
    };
    const QString housing = QStringLiteral("d-housing");
    const QString daoli = QStringLiteral("x-daoli");
    const QString dispatched = QStringLiteral("dispatched");
    const QString appeal = QStringLiteral("appeal");
    return {
        post(QStringLiteral("p-new-1"), QStringLiteral("new"), {}, QJsonValue()),
        post(QStringLiteral("p-new-2"), QStringLiteral("new"), {}, QJsonValue()),
        // not signed for, due Wednesday
        post(QStringLiteral("p-pending"), dispatched,
            { assignment(housing, dispatchedAt(QDate(2025, 3, 7)), QStringLiteral("pending")) }, appeal),
        // signed for, due today
        post(QStringLiteral("p-due-today"), dispatched,
            { assignment(housing, dispatchedAt(QDate(2025, 3, 5)), QStringLiteral("accepted")) }, appeal),
        // not signed for, due last Friday
        post(QStringLiteral("p-overdue"), dispatched,
            { assignment(housing, dispatchedAt(QDate(2025, 3, 4)), QStringLiteral("pending")) }, appeal),
        // a district's: 5 days end today
        post(QStringLiteral("p-district"), dispatched,
            { assignment(daoli, dispatchedAt(QDate(2025, 3, 5)), QStringLiteral("accepted")) }, appeal),
    };
}

const QDateTime kMondayNine = cst(QDate(2025, 3, 10), QTime(9, 0));

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BaixingtanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reminders"));
    }

    void init()
    {
        QSettings().clear();
        m_store = std::make_unique<TemporaryStore>();
        storeHarbinUnits(*m_store->database);
        importPosts(*m_store->database, mondayPosts());
        m_model = std::make_unique<QueueModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
        QSettings().clear();
    }

    void clock_remindsAtNineAndTwoOnWorkingDaysOnly_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QStringList>("reminders");
        const QStringList both { QStringLiteral("09:00"), QStringLiteral("14:00") };
        QTest::newRow("Friday") << QDate(2025, 9, 26) << both;
        QTest::newRow("Saturday") << QDate(2025, 9, 27) << QStringList();
        QTest::newRow("make-up working Sunday") << QDate(2025, 9, 28) << both;
        QTest::newRow("National Day") << QDate(2025, 10, 1) << QStringList();
        QTest::newRow("National Day holiday on a Wednesday") << QDate(2025, 10, 8) << QStringList();
        QTest::newRow("first day back") << QDate(2025, 10, 9) << both;
        QTest::newRow("make-up working Saturday") << QDate(2025, 10, 11) << both;
        QTest::newRow("ordinary Sunday") << QDate(2025, 10, 12) << QStringList();
    }

    // R14: the clock looked at every minute of the day, as its coarse timer does.
    void clock_remindsAtNineAndTwoOnWorkingDaysOnly()
    {
        QFETCH(QDate, day);
        QFETCH(QStringList, reminders);
        FakeNow fake { cst(day, QTime(0, 0)) };
        ReminderClock clock;
        clock.setNow(fake.function());
        QSignalSpy due(&clock, &ReminderClock::reminderDue);
        clock.start();
        for (int minute = 1; minute < 24 * 60; ++minute) {
            fake.now = cst(day, QTime(0, 0).addSecs(minute * 60));
            clock.check();
        }
        QList<QDateTime> expected;
        for (const QString &time : reminders)
            expected.append(cst(day, QTime::fromString(time, QStringLiteral("HH:mm"))));
        QCOMPARE(collect(due), expected);
    }

    void clock_armsItsTimerForTheNextReminder() // R14
    {
        FakeNow fake { cst(QDate(2025, 9, 30), QTime(15, 0)) }; // before National Day
        ReminderClock clock;
        clock.setNow(fake.function());
        clock.start();
        QCOMPARE(clock.nextReminder(), cst(QDate(2025, 10, 9), QTime(9, 0)));
        QVERIFY(clock.msecsToTimeout() > 0); // waits at most a day, then looks again
        QVERIFY(clock.msecsToTimeout() <= 24 * 3600 * 1000);

        fake.now = cst(QDate(2025, 10, 9), QTime(8, 59, 30));
        clock.check();
        QVERIFY(qAbs(clock.msecsToTimeout() - 30 * 1000) < 1000);
        clock.stop();
        QVERIFY(!clock.nextReminder().isValid());
        QCOMPARE(clock.msecsToTimeout(), -1);
    }

    // R14: the single-shot timer itself, on a clock shifted to just before 09:00.
    void clock_timerFiresAtTheReminder()
    {
        const QDateTime nine = cst(QDate(2025, 9, 26), QTime(9, 0));
        const qint64 shift = QDateTime::currentDateTimeUtc().msecsTo(nine.addMSecs(-300));
        ReminderClock clock;
        clock.setNow([shift] { return QDateTime::currentDateTimeUtc().addMSecs(shift); });
        QSignalSpy due(&clock, &ReminderClock::reminderDue);
        clock.start();
        QVERIFY(due.wait(5000));
        QCOMPARE(collect(due), QList<QDateTime> { nine });
        QCOMPARE(clock.nextReminder(), cst(QDate(2025, 9, 26), QTime(14, 0)));
    }

    void clock_afterSleepOrClockChange_data()
    {
        QTest::addColumn<QDateTime>("started");
        QTest::addColumn<QDateTime>("woke");
        QTest::addColumn<QList<QDateTime>>("reminders");
        QTest::addColumn<QDateTime>("next");
        const QDate friday(2025, 9, 26);
        const QDate monday(2025, 9, 29);
        QTest::newRow("slept through 09:00, woke the same morning")
            << cst(friday, QTime(8, 0)) << cst(friday, QTime(10, 30)) << QList<QDateTime> { cst(friday, QTime(9, 0)) }
            << cst(friday, QTime(14, 0));
        QTest::newRow("slept through both, one reminder on waking")
            << cst(friday, QTime(8, 0)) << cst(friday, QTime(20, 0)) << QList<QDateTime> { cst(friday, QTime(14, 0)) }
            << cst(QDate(2025, 9, 28), QTime(9, 0));
        QTest::newRow("slept into another day: nothing stale")
            << cst(friday, QTime(13, 0)) << cst(monday, QTime(8, 0)) << QList<QDateTime>() << cst(monday, QTime(9, 0));
        QTest::newRow("clock set back before 09:00: reminded at 09:00 again")
            << cst(friday, QTime(15, 0)) << cst(friday, QTime(8, 0)) << QList<QDateTime>() << cst(friday, QTime(9, 0));
        QTest::newRow("clock set forward past 14:00")
            << cst(friday, QTime(10, 0)) << cst(friday, QTime(14, 5)) << QList<QDateTime> { cst(friday, QTime(14, 0)) }
            << cst(QDate(2025, 9, 28), QTime(9, 0));
    }

    void clock_afterSleepOrClockChange() // R14
    {
        QFETCH(QDateTime, started);
        QFETCH(QDateTime, woke);
        QFETCH(QList<QDateTime>, reminders);
        QFETCH(QDateTime, next);
        FakeNow fake { started };
        ReminderClock clock;
        clock.setNow(fake.function());
        QSignalSpy due(&clock, &ReminderClock::reminderDue);
        clock.start();
        fake.now = woke;
        clock.check();
        clock.check(); // the coarse timer again: nothing twice
        QCOMPARE(collect(due), reminders);
        QCOMPARE(clock.nextReminder(), next);
    }

    void clock_notStartedBeforeAReminderPassed_givesNone()
    {
        FakeNow fake { cst(QDate(2025, 9, 26), QTime(9, 30)) };
        ReminderClock clock;
        clock.setNow(fake.function());
        QSignalSpy due(&clock, &ReminderClock::reminderDue);
        clock.start();
        clock.check();
        QCOMPARE(due.count(), 0);
        QCOMPARE(clock.nextReminder(), cst(QDate(2025, 9, 26), QTime(14, 0)));
    }

    void summary_text_data()
    {
        QTest::addColumn<QList<qsizetype>>("counts");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("view");
        QTest::newRow("all three") << QList<qsizetype> { 3, 2, 1 } << "New posts: 3 · Due today: 2 · Overdue: 1"
                                   << "overdue";
        QTest::newRow("one new post") << QList<qsizetype> { 1, 0, 0 } << "New posts: 1"
                                      << "unclassified";
        QTest::newRow("due today only") << QList<qsizetype> { 0, 4, 0 } << "Due today: 4"
                                        << "due_today";
        QTest::newRow("nothing") << QList<qsizetype> { 0, 0, 0 } << "Nothing new, due today or overdue."
                                 << "unclassified";
    }

    void summary_text() // R14
    {
        QFETCH(QList<qsizetype>, counts);
        QFETCH(QString, text);
        QFETCH(QString, view);
        const ReminderSummary summary = ReminderSummary::fromCounts(counts);
        QCOMPARE(summary.text(), text);
        const auto views = reminderViewsFor(Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() });
        QVERIFY(views);
        QCOMPARE(summary.viewToShow(*views).key, view);
    }

    void banner_countsTheQueue_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("unitId");
        QTest::addColumn<QString>("text"); // empty: no banner
        QTest::addColumn<QString>("view");
        QTest::newRow("column staff: unclassified new posts")
            << int(Role::ColumnStaff) << QString() << "Reminder 09:00 — New posts: 2 · Due today: 2 · Overdue: 1"
            << "overdue";
        QTest::newRow("department liaison: posts not signed for")
            << int(Role::Liaison) << "d-housing"
            << "Reminder 09:00 — New posts: 2 · Due today: 1 · Overdue: 1"
            << "overdue";
        QTest::newRow("district liaison") << int(Role::Liaison) << "x-daoli"
                                          << "Reminder 09:00 — Due today: 1"
                                          << "due_today";
        QTest::newRow("liaison of a unit with nothing")
            << int(Role::Liaison) << "d-transport" << QString() << QString();
        QTest::newRow("supervisor: not reminded") << int(Role::Supervisor) << QString() << QString() << QString();
    }

    // R14: "new posts, posts due today, overdue posts", counted through the saved views.
    void banner_countsTheQueue()
    {
        QFETCH(int, role);
        QFETCH(QString, unitId);
        QFETCH(QString, text);
        QFETCH(QString, view);
        openAndLoad();
        QWidget window;
        ReminderNotifier notifier(
            m_model.get(), Actor { QStringLiteral("u-1"), Role(role), unitId }, WorkCalendar::builtIn(), &window);
        const bool reminded = role == int(Role::ColumnStaff) || role == int(Role::Liaison);
        QCOMPARE(notifier.clock().isActive(), reminded);
        notifier.remind(kMondayNine);
        if (reminded)
            QCOMPARE(m_model->today(), kMondayNine.date()); // counted as of the reminder's day
        QCOMPARE(!notifier.banner()->isHidden(), !text.isEmpty());
        if (!text.isEmpty()) {
            QCOMPARE(notifier.banner()->text(), text);
            QCOMPARE(notifier.banner()->viewKey(), view);
        }
    }

    void banner_waitsForTheQueueToLoad()
    {
        QSignalSpy loaded(m_model.get(), &QueueModel::loadingFinished);
        QString error;
        QVERIFY2(m_model->open(*m_store->database, &error), qPrintable(error));
        QWidget window;
        ReminderNotifier notifier(m_model.get(), Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() },
            WorkCalendar::builtIn(), &window);
        notifier.remind(kMondayNine);
        if (m_model->isLoading()) {
            QVERIFY(notifier.banner()->isHidden());
            QVERIFY(loaded.wait(20000));
        }
        QCOMPARE(
            notifier.banner()->text(), QStringLiteral("Reminder 09:00 — New posts: 2 · Due today: 2 · Overdue: 1"));
    }

    void banner_showAndDismiss()
    {
        openAndLoad();
        QWidget window;
        ReminderNotifier notifier(m_model.get(),
            Actor { QStringLiteral("u-1"), Role::Liaison, QStringLiteral("d-housing") }, WorkCalendar::builtIn(),
            &window);
        ReminderBanner *banner = notifier.banner();
        QSignalSpy shown(banner, &ReminderBanner::showRequested);
        QSignalSpy dismissed(banner, &ReminderBanner::dismissed);
        QString requestedKey;
        QueueFilter requestedFilter;
        connect(
            &notifier, &ReminderNotifier::showViewRequested, this, [&](const QString &key, const QueueFilter &filter) {
                requestedKey = key;
                requestedFilter = filter;
            });

        notifier.remind(kMondayNine);
        QTest::mouseClick(button(*banner, QStringLiteral("Show")), Qt::LeftButton);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("overdue"));
        QVERIFY(banner->isHidden());
        const auto views
            = reminderViewsFor(Actor { QStringLiteral("u-1"), Role::Liaison, QStringLiteral("d-housing") });
        QCOMPARE(requestedKey, QStringLiteral("overdue"));
        QCOMPARE(requestedFilter, views->overdue.filter);
        m_model->setFilter(requestedFilter);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->postIdAt(0), QStringLiteral("p-overdue"));

        notifier.remind(kMondayNine.addSecs(5 * 3600));
        QCOMPARE(banner->text(), QStringLiteral("Reminder 14:00 — New posts: 2 · Due today: 1 · Overdue: 1"));
        QTest::mouseClick(button(*banner, QStringLiteral("Dismiss")), Qt::LeftButton);
        QCOMPARE(dismissed.count(), 1);
        QCOMPARE(shown.count(), 1);
        QVERIFY(banner->isHidden());
    }

    void tray_skippedWhenThereIsNone()
    {
        if (QSystemTrayIcon::isSystemTrayAvailable())
            QSKIP("this desktop has a system tray");
        openAndLoad();
        QWidget window;
        ReminderNotifier notifier(m_model.get(), Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() },
            WorkCalendar::builtIn(), &window);
        QVERIFY(notifier.settings().tray);
        notifier.remind(kMondayNine);
        QVERIFY(!notifier.banner()->isHidden());
        QVERIFY(!notifier.trayIcon());
    }

    // Run by CTest's tst_reminders_tray under Xvfb with a tray host (tests/ui/with-tray-host.sh).
    void tray_showsTheSameSummary() // R14
    {
        if (qEnvironmentVariableIsSet("BXT_TRAY_HOST")) {
            // The tray host may still be starting; with one started, no tray is a failure.
            QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(),
                "no system tray: run it through tests/ui/with-tray-host.sh", 10000);
        } else if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            QSKIP("no system tray here (offscreen); CTest's tst_reminders_tray runs it with one");
        }
        openAndLoad();
        QWidget window;
        ReminderNotifier notifier(m_model.get(), Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() },
            WorkCalendar::builtIn(), &window);
        QSignalSpy viewRequested(&notifier, &ReminderNotifier::showViewRequested);
        notifier.remind(kMondayNine);
        QVERIFY(notifier.trayIcon());
        QVERIFY(notifier.trayIcon()->isVisible());
        // The tray's message is the banner's summary (see banner_countsTheQueue).
        const QString summary = QStringLiteral("New posts: 2 · Due today: 2 · Overdue: 1");
        QCOMPARE(notifier.banner()->text(), QStringLiteral("Reminder 09:00 — ") + summary);
        QWidget *balloon = nullptr;
        QTRY_VERIFY((balloon = visibleTopLevel("QBalloonTip")) != nullptr);
        QStringList texts;
        for (const QLabel *label : balloon->findChildren<QLabel *>())
            texts.append(label->text());
        QVERIFY2(texts.contains(summary), qPrintable(texts.join(QLatin1String(" | "))));
        // A click on the message shows the view the banner would.
        emit notifier.trayIcon()->messageClicked();
        QCOMPARE(viewRequested.count(), 1);
    }

    void settings_roundTripAndDefaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const ReminderSettings defaults = ReminderSettings::load(settings);
        QVERIFY(defaults.enabled);
        QVERIFY(defaults.tray);
        QCOMPARE(defaults.schedule.toText(), QStringLiteral("09:00,14:00")); // R14

        ReminderSettings changed;
        changed.enabled = false;
        changed.tray = false;
        changed.schedule = *ReminderSchedule::fromText(QStringLiteral("08:30,13:30,16:00"));
        changed.save(settings);
        const ReminderSettings loaded = ReminderSettings::load(settings);
        QVERIFY(!loaded.enabled);
        QVERIFY(!loaded.tray);
        QCOMPARE(loaded.schedule.toText(), QStringLiteral("08:30,13:30,16:00"));

        settings.setValue(QStringLiteral("reminders/times"), QStringLiteral("nine o'clock"));
        QCOMPARE(ReminderSettings::load(settings).schedule.toText(), QStringLiteral("09:00,14:00"));
    }

    void settings_applyToTheClockAndAreSaved()
    {
        openAndLoad();
        QWidget window;
        ReminderNotifier notifier(m_model.get(), Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() },
            WorkCalendar::builtIn(), &window);
        FakeNow fake { cst(QDate(2025, 9, 26), QTime(8, 0)) };
        notifier.clock().setNow(fake.function());
        QCOMPARE(notifier.clock().nextReminder(), cst(QDate(2025, 9, 26), QTime(9, 0)));

        ReminderSettings earlier = notifier.settings();
        earlier.schedule = *ReminderSchedule::fromText(QStringLiteral("08:30,14:00"));
        notifier.applySettings(earlier);
        QCOMPARE(notifier.clock().nextReminder(), cst(QDate(2025, 9, 26), QTime(8, 30)));
        QCOMPARE(ReminderSettings::load(QSettings()).schedule.toText(), QStringLiteral("08:30,14:00"));

        notifier.remind(kMondayNine);
        ReminderSettings off = earlier;
        off.enabled = false;
        notifier.applySettings(off);
        QVERIFY(!notifier.clock().isActive());
        QVERIFY(notifier.banner()->isHidden());
        QVERIFY(!ReminderSettings::load(QSettings()).enabled);
    }

    void settingsBox_refusesTimesItCannotRead()
    {
        ReminderSettingsDialog dialog(ReminderSettings {});
        auto *times = dialog.findChild<QLineEdit *>();
        QVERIFY(times);
        QCOMPARE(times->text(), QStringLiteral("09:00, 14:00"));
        QPushButton *ok = button(dialog, QStringLiteral("OK"));
        times->setText(QStringLiteral("9:00, half past two"));
        QVERIFY(!ok->isEnabled());
        times->setText(QString());
        QVERIFY(!ok->isEnabled());
        times->setText(QStringLiteral("8:45, 14:00"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.settings().schedule.toText(), QStringLiteral("08:45,14:00"));
        auto *box = dialog.findChild<ReminderSettingsBox *>();
        box->setChecked(false);
        QVERIFY(!dialog.settings().enabled);
    }

    void screenshots_inChinese()
    {
        LanguageChooser language(*qApp);
        language.apply(QStringLiteral("zh_CN"));
        openAndLoad();
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        ReminderNotifier notifier(m_model.get(), Actor { QStringLiteral("u-1"), Role::ColumnStaff, QString() },
            WorkCalendar::builtIn(), &window);
        layout->addWidget(notifier.banner());
        layout->addStretch();
        notifier.remind(kMondayNine);
        window.resize(720, 120);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(saveScreenshot(*notifier.banner(), QStringLiteral("reminderbanner-zh_CN.png")));

        ReminderSettingsDialog dialog(ReminderSettings {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("remindersettings-zh_CN.png")));
        language.apply(QStringLiteral("en"));
    }

private:
    void openAndLoad()
    {
        QSignalSpy loaded(m_model.get(), &QueueModel::loadingFinished);
        QString error;
        QVERIFY2(m_model->open(*m_store->database, &error), qPrintable(error));
        QVERIFY(loaded.wait(20000));
    }

    std::unique_ptr<TemporaryStore> m_store;
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestReminders)
#include "tst_reminders.moc"
