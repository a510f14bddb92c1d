// A baixingtan-cli killed in the middle of a pull loses nothing and duplicates nothing: each
// page is stored with its cursor in one transaction, and the next run goes on from there.

#include "synctestsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

namespace {

QString storedCursor(Database &database)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'"));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestKilledSync : public QObject
{
    Q_OBJECT

private slots:
    void killedPull_resumesWithoutLossOrDuplication()
    {
        QStandardPaths::setTestModeEnabled(true);
        FakePortal portal;
        portal.addUser(clerk().id, clerk().name, clerk().password, QStringLiteral("column_staff"));
        SyntheticPostGenerator generator(21);
        const int total = 30000;
        for (int i = 0; i < total; ++i)
            portal.putPost(generator.next());
        QString error;
        QVERIFY2(portal.start(&error), qPrintable(error));
        TemporaryStore store;
        const QStringList arguments { QStringLiteral("--db"), store.path(), QStringLiteral("sync"),
            QStringLiteral("--portal"), portal.baseUrl().toString(), QStringLiteral("--user"), clerk().name,
            QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"), FakePortal::caCertificatePath() };
        const auto startSync = [&](QProcess &process) {
            process.start(QStringLiteral(BXT_CLI_PATH), arguments);
            process.write(clerk().password.toUtf8() + '\n');
            process.closeWriteChannel();
        };

        QProcess first;
        startSync(first);
        // Killed once a page is stored; the fake portal answers while the test waits.
        QTRY_VERIFY_WITH_TIMEOUT(
            !storedCursor(*store.database).isEmpty() || first.state() == QProcess::NotRunning, 60000);
        QVERIFY2(first.state() == QProcess::Running, "the sync ended before it could be killed");
        first.kill();
        QVERIFY(first.waitForFinished());
        const qint64 keptAfterKill = storedPostCount(*store.database);
        QVERIFY(keptAfterKill > 0);
        QVERIFY(keptAfterKill < total);

        QProcess check;
        check.start(QStringLiteral(BXT_CLI_PATH), { QStringLiteral("--db"), store.path(), QStringLiteral("check") });
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.exitCode(), 0);

        QProcess second;
        startSync(second);
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 120000);
        const QByteArray out = second.readAllStandardOutput();
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        // It went on from the stored cursor instead of starting over.
        const QByteArray pulled = out.mid(out.indexOf("pulled ") + 7).split(',').first();
        QVERIFY2(pulled.toLongLong() > 0 && pulled.toLongLong() <= total - keptAfterKill + 1000, out.constData());
        const QString difference = firstDifference(storedPosts(*store.database), portal.postsVisibleTo(clerk().id));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestKilledSync)
#include "tst_killedsync.moc"
