// A process killed in the middle of an import leaves the store as it was: the import is one
// transaction, and the store passes its integrity check afterwards.

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
    void killedImport_leavesStoreUnchanged()
    {
        QStandardPaths::setTestModeEnabled(true);
        TemporaryStore store;
        const QString input = store.dir.filePath(QStringLiteral("posts.jsonl"));
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            SyntheticPostGenerator generator(1);
            for (int i = 0; i < 60000; ++i)
                file.write(jsonLine(generator.next()));
        }
        const QString cli = QStringLiteral(BXT_CLI_PATH);
        QProcess seed;
        seed.start(cli, {QStringLiteral("--db"), store.path(), QStringLiteral("import"), QStringLiteral("-")});
        QVERIFY(seed.waitForStarted());
        seed.write(jsonLine(samplePost(QStringLiteral("p-seed"), 1, QStringLiteral("供暖"), QStringLiteral("a"))));
        seed.closeWriteChannel();
        QVERIFY(seed.waitForFinished());
        QCOMPARE(seed.exitCode(), 0);

        QProcess import;
        import.start(cli, {QStringLiteral("--db"), store.path(), QStringLiteral("import"), input});
        QVERIFY(import.waitForStarted());
        // Kill it once it has written to the store: the write-ahead log grows during the import.
        const QString wal = store.path() + QStringLiteral("-wal");
        const qint64 walBefore = QFileInfo(wal).size();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(wal).size() > walBefore + 4 * 1024 * 1024
                                         || import.state() == QProcess::NotRunning,
                                 60000);
        QVERIFY2(import.state() == QProcess::Running, "the import ended before it could be killed");
        import.kill();
        QVERIFY(import.waitForFinished());

        QProcess check;
        check.start(cli, {QStringLiteral("--db"), store.path(), QStringLiteral("check")});
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.exitCode(), 0);
        QVERIFY(check.readAllStandardOutput().contains("posts: 1\n"));
        QCOMPARE(storedPostCount(*store.database), 1);
    }
};

QTEST_GUILESS_MAIN(TestKilledImport)
#include "tst_killedimport.moc"
