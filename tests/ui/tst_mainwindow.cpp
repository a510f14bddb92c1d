// The main window in Chinese, offscreen: a search typed into the box finds posts, and a
// screenshot is written for people to look at (build/screenshots/).

#include "storetestsupport.h"

#include "languagechooser.h"
#include "mainwindow.h"
#include "store/postimporter.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        importPosts(*m_store.database,
                    {samplePost(QStringLiteral("p-1"), 1, QStringLiteral("道里区安静街小区供暖温度不达标"),
                                QStringLiteral("家里只有十四度。"),
                                {{QStringLiteral("category"), QStringLiteral("appeal")},
                                 {QStringLiteral("status"), QStringLiteral("triaged")}}),
                     samplePost(QStringLiteral("p-2"), 1, QStringLiteral("物业费上涨没有公示"),
                                QStringLiteral("冬天供暖也不好。"))});
    }

    void searchInChinese_findsPostsAndIsScreenshotted()
    {
        LanguageChooser language(*qApp);
        QVERIFY(language.apply(QStringLiteral("zh_CN")));
        MainWindow window(m_store.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("百姓谈工作台"));
        auto *summary = window.findChild<QLabel *>();
        QVERIFY(summary->text().contains(QStringLiteral("2 条网帖")));

        auto *searchBox = window.findChild<QLineEdit *>();
        QVERIFY(searchBox->hasFocus() || searchBox->isEnabled());
        searchBox->setFocus();
        searchBox->insert(QStringLiteral("供暖")); // what an input method commits; keyClicks is ASCII only
        QTest::keyClick(searchBox, Qt::Key_Return);
        auto *results = window.findChild<QTreeWidget *>();
        QCOMPARE(results->topLevelItemCount(), 2);
        QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("p-1")); // the title hit first

        QDir().mkpath(QStringLiteral(BXT_SCREENSHOT_DIR));
        QVERIFY(window.grab().save(QStringLiteral(BXT_SCREENSHOT_DIR "/mainwindow-zh_CN.png")));
        language.apply(QStringLiteral("en"));
    }

private:
    TemporaryStore m_store;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
