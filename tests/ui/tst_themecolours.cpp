// A dark theme works: the colours the desk adds (deadline marks and overdue text in the queue,
// the reminder banner, the sync indicator, the post view's flagged words, the promise dialog's
// days off) come from the palette, so they read on a light and on a dark base alike (R14, R16).
// Writes mainwindow-dark.png to build/screenshots/.

#include "storetestsupport.h"
#include "triagetestsupport.h"

#include "common/itemroles.h"
#include "liaison/reminderbanner.h"
#include "mainwindow.h"
#include "triage/postview.h"
#include "triage/queuemodel.h"

#include "judgement/flaggedterms.h"
#include "store/currentuserstore.h"
#include "store/unitstore.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

QPalette themePalette(bool dark)
{
    QPalette palette;
    const QColor window = dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xef, 0xef, 0xef);
    const QColor base = dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(0xff, 0xff, 0xff);
    const QColor text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x10, 0x10, 0x10);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, dark ? QColor(0x26, 0x26, 0x26) : QColor(0xf5, 0xf5, 0xf5));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(role, text);
    palette.setColor(QPalette::PlaceholderText, dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75));
    return palette;
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel
        = [](double value) { return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Sets the application's palette for as long as it lives.
struct ThemedApplication
{
    explicit ThemedApplication(bool dark) { QApplication::setPalette(themePalette(dark)); }
    ~ThemedApplication() { QApplication::setPalette(m_original); }
    Q_DISABLE_COPY_MOVE(ThemedApplication)
    QPalette m_original = QApplication::palette();
};

QList<QJsonObject> weekOfPosts(int count)
{
    // The week before Monday 2025-03-10: open, due and overdue work among them.
    SyntheticPostGenerator generator(31, QDateTime(QDate(2025, 3, 3), QTime(8, 0), QTimeZone(8 * 3600)), 10);
    generator.setNow(QDateTime(QDate(2025, 3, 8), QTime(12, 0), QTimeZone(8 * 3600)));
    QList<QJsonObject> posts;
    for (int i = 0; i < count; ++i)
        posts.append(generator.next());
    return posts;
}

} // namespace

class TestThemeColours : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void queue_marksAndOverdueTextReadOnTheBase_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // R16: the deadline's mark and an overdue deadline's text stand out from the table's base
    // at least 3:1 (WCAG's contrast for marks and large text) in either theme.
    void queue_marksAndOverdueTextReadOnTheBase()
    {
        QFETCH(bool, dark);
        const ThemedApplication theme(dark);
        const QColor base = QApplication::palette().color(QPalette::Base);
        TemporaryStore store;
        storeHarbinUnits(*store.database);
        importPosts(*store.database, weekOfPosts(300));
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2025, 3, 10));
        QSignalSpy loaded(&model, &QueueModel::loadingFinished);
        QString error;
        QVERIFY2(model.open(*store.database, &error), qPrintable(error));
        QVERIFY(loaded.wait(20000));
        QSet<DeadlineState> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex deadline = model.index(row, int(QueueColumn::Deadline));
            const auto state = DeadlineState(deadline.data(DeadlineStateRole).toInt());
            for (const int role : { int(Qt::DecorationRole), int(Qt::ForegroundRole) }) {
                const QVariant colour = deadline.data(role);
                if (!colour.isValid())
                    continue;
                seen.insert(state);
                QVERIFY2(contrast(colour.value<QColor>(), base) >= 3.0,
                    qPrintable(QStringLiteral("state %1 role %2: %3 on %4")
                                   .arg(int(state))
                                   .arg(role)
                                   .arg(colour.value<QColor>().name(), base.name())));
            }
        }
        QVERIFY(seen.contains(DeadlineState::Overdue));
        QVERIFY(seen.contains(DeadlineState::OnTrack) || seen.contains(DeadlineState::DueSoon));
    }

    void reminderBanner_backgroundFollowsTheTheme_data() { queue_marksAndOverdueTextReadOnTheBase_data(); }

    // R14: the reminder banner is a tint of the theme's base, so its text in the theme's own
    // colour reads on it.
    void reminderBanner_backgroundFollowsTheTheme()
    {
        QFETCH(bool, dark);
        const ThemedApplication theme(dark);
        ReminderBanner banner;
        banner.showReminder(QStringLiteral("3 posts are due today."), QStringLiteral("due-today"));
        banner.resize(600, 60);
        const QImage image = banner.grab().toImage();
        const QColor background = image.pixelColor(5, image.height() / 2);
        const QColor text = QApplication::palette().color(QPalette::WindowText);
        QVERIFY2(contrast(background, text) >= 4.5, qPrintable(background.name()));
    }

    void postView_flaggedWordsReadInEitherTheme_data() { queue_marksAndOverdueTextReadOnTheBase_data(); }

    // R12: a flagged word's highlight keeps the body's text readable (4.5:1) and is a tint of
    // the base it is on.
    void postView_flaggedWordsReadInEitherTheme()
    {
        QFETCH(bool, dark);
        const ThemedApplication theme(dark);
        PostView view;
        view.setContext({ QStringLiteral("clerk-1"), Role::ColumnStaff, {} }, harbinUnitTable(), noticeDeadlines());
        QString error;
        const std::optional<FlaggedTerms> terms
            = FlaggedTerms::fromJson(QJsonObject { { QStringLiteral("abusive"), QJsonArray { QStringLiteral("废物") } },
                                         { QStringLiteral("illegal"), QJsonArray { QStringLiteral("枪支") } } },
                &error);
        QVERIFY2(terms, qPrintable(error));
        view.setFlaggedTerms(*terms);
        Post post = triagePost(QStringLiteral("p-1"), {}, QStringLiteral("new"));
        QJsonObject json = post.json();
        json.insert(QStringLiteral("body"), QStringLiteral("物业是废物，还有人卖枪支。"));
        view.showPost(Post(json), {});
        QList<QTextEdit::ExtraSelection> selections;
        for (const auto *edit : view.findChildren<QPlainTextEdit *>())
            selections += edit->extraSelections();
        QCOMPARE(selections.size(), 2);
        const QColor base = QApplication::palette().color(QPalette::Base);
        for (const QTextEdit::ExtraSelection &selection : selections) {
            const QColor background = selection.format.background().color();
            const QColor foreground = selection.format.foreground().color();
            QVERIFY2(contrast(foreground, background) >= 4.5, qPrintable(foreground.name() + background.name()));
            QVERIFY2(background != base, qPrintable(background.name()));
            // a tint of the base, not a light patch on a dark page
            QCOMPARE(background.lightness() < 128, base.lightness() < 128);
        }
    }

    // For people to look at: the main window of a column staff member in a dark theme.
    void screenshot_darkTheme()
    {
        const ThemedApplication theme(true);
        TemporaryStore store;
        storeHarbinUnits(*store.database);
        QString error;
        QVERIFY2(CurrentUserStore(*store.database)
                     .save({ { QStringLiteral("clerk-1"), Role::ColumnStaff, {} }, QStringLiteral("张科员") }, &error),
            qPrintable(error));
        importPosts(*store.database, weekOfPosts(200));
        MainWindow window(store.path());
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.queueModel()->isLoading());
        QVERIFY(saveScreenshot(window, QStringLiteral("mainwindow-dark.png")));
    }
};

QTEST_MAIN(TestThemeColours)
#include "tst_themecolours.moc"
