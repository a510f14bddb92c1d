// A process killed in the middle of an import (issue 11, item 17): the import writes in chunks,
// each one transaction, so the store keeps the chunks written, passes its integrity check,
// says that the import was interrupted, and importing the same file again finishes it.

#include "storetestsupport.h"

#include "demo/syntheticpostgenerator.h"
#include "store/poststore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

class TestKilledImport : public QObject
{
    Q_OBJECT

private slots:
    void killedImport_isReportedAndFinishedByImportingAgain()
    {
        // Enough for several of the import's two-second chunks on a fast, quiet machine.
        constexpr int kPosts = 200000;
        QStandardPaths::setTestModeEnabled(true);
        TemporaryStore store;
        const QString input = store.dir.filePath(QStringLiteral("posts.jsonl"));
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            SyntheticPostGenerator generator(1);
            for (int i = 0; i < kPosts; ++i)
                file.write(jsonLine(generator.next()));
        }
        const QString cli = QStringLiteral(BXT_CLI_PATH);
        QProcess seed;
        seed.start(cli, { QStringLiteral("--db"), store.path(), QStringLiteral("import"), QStringLiteral("-") });
        QVERIFY(seed.waitForStarted());
        seed.write(jsonLine(samplePost(QStringLiteral("p-seed"), 1, QStringLiteral("供暖"), QStringLiteral("a"))));
        seed.closeWriteChannel();
        QVERIFY(seed.waitForFinished());
        QCOMPARE(seed.exitCode(), 0);

        QProcess import;
        import.start(cli, { QStringLiteral("--db"), store.path(), QStringLiteral("import"), input });
        QVERIFY(import.waitForStarted());
        // Kill it once a chunk is in the store.
        QTRY_VERIFY_WITH_TIMEOUT(import.state() == QProcess::NotRunning
                || (storedPostCount(*store.database) > 1 && storedPostCount(*store.database) < kPosts + 1),
            60000);
        QVERIFY2(import.state() == QProcess::Running, "the import ended before it could be killed");
        import.kill();
        QVERIFY(import.waitForFinished());

        QProcess check;
        check.start(cli, { QStringLiteral("--db"), store.path(), QStringLiteral("check") });
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.exitCode(), 0);
        const QByteArray report = check.readAllStandardOutput();
        QVERIFY2(report.contains("integrity: ok"), report.constData());
        QVERIFY2(report.contains("interrupted import of " + input.toUtf8()), report.constData());
        QVERIFY2(report.contains("import the same input again to finish it"), report.constData());

        QProcess again;
        again.start(cli, { QStringLiteral("--db"), store.path(), QStringLiteral("import"), input });
        QVERIFY(again.waitForFinished(120000));
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(storedPostCount(*store.database), kPosts + 1);
        check.start(cli, { QStringLiteral("--db"), store.path(), QStringLiteral("check") });
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.exitCode(), 0);
        QVERIFY(!check.readAllStandardOutput().contains("interrupted"));
    }
};

QTEST_GUILESS_MAIN(TestKilledImport)
#include "tst_killedimport.moc"
