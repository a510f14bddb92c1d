// baixingtan-cli queue and sync against the fake portal: the exact interface, exit codes,
// one summary line, the rules of the logged-in role (R1), the password on standard input.

#include "synctestsupport.h"

#include "clitestsupport.h"

#include <QtTest>

using namespace bxt;
using namespace bxt::test;

class TestSyncCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_portal.addUser(clerk().id, clerk().name, clerk().password, QStringLiteral("column_staff"));
        m_portal.addUser(daoliLiaison().id, daoliLiaison().name, daoliLiaison().password, QStringLiteral("liaison"),
            QStringLiteral("x-daoli"));
        m_portal.putPost(newPost(QStringLiteral("p-1")));
        m_portal.putPost(newPost(QStringLiteral("p-2")));
        m_portal.putPost(dispatchedPost(QStringLiteral("p-3"), QStringLiteral("x-daoli")));
        QString error;
        QVERIFY2(m_portal.start(&error), qPrintable(error));
        newStore(QStringLiteral("usage.sqlite"));
    }

    void queue_beforeAnyLogIn_fails()
    {
        const QString db = newStore(QStringLiteral("nobody.sqlite"));
        const CliRun run = runCli({ QStringLiteral("--db"), db, QStringLiteral("queue"), QStringLiteral("p-1"),
            QStringLiteral("{\"type\": \"classify\", \"category\": \"appeal\"}") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("run sync first"), run.err.constData());
    }

    void queue_badActions_areUsageErrors_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addRow("not JSON") << QStringLiteral("classify appeal");
        QTest::addRow("with base_version")
            << QStringLiteral("{\"type\": \"classify\", \"category\": \"appeal\", \"base_version\": 1}");
    }

    void queue_badActions_areUsageErrors()
    {
        QFETCH(QString, action);
        const CliRun run = runCli({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("usage.sqlite")),
            QStringLiteral("queue"), QStringLiteral("p-1"), action });
        QCOMPARE(run.exitCode, 2);
    }

    void sync_usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no portal") << QStringList { QStringLiteral("sync"), QStringLiteral("--user"),
            QStringLiteral("x") };
        QTest::addRow("no user") << QStringList { QStringLiteral("sync"), QStringLiteral("--portal"),
            QStringLiteral("https://portal.example.org/api/v1") };
        QTest::addRow("plain http elsewhere") << QStringList { QStringLiteral("sync"), QStringLiteral("--portal"),
            QStringLiteral("http://portal.example.org/api/v1"), QStringLiteral("--user"), QStringLiteral("x"),
            QStringLiteral("--allow-http") };
        QTest::addRow("empty password") << QStringList { QStringLiteral("sync"), QStringLiteral("--portal"),
            QStringLiteral("https://portal.example.org/api/v1"), QStringLiteral("--user"), QStringLiteral("x"),
            QStringLiteral("--password-stdin") };
    }

    void sync_usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(
            QStringList { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("usage.sqlite")) } + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
    }

    void queueThenSync_pushesAndPrintsOneSummaryLine()
    {
        const QString db = newStore(QStringLiteral("clerk.sqlite"));
        CliRun run = sync(db, clerk());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("synced: pulled 3, pushed 0, conflicts 0, failed 0, withheld 0\n"));
        // Without a keychain service (CI) the password still worked, and the user is told.
        QVERIFY2(
            run.err.contains("password was not remembered") || qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            run.err.constData());

        run = runCli({ QStringLiteral("--db"), db, QStringLiteral("queue"), QStringLiteral("p-1"),
            QStringLiteral("{\"type\": \"classify\", \"category\": \"appeal\"}") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("queued classify on p-1 (waiting for sync: 1)\n"));

        run = sync(db, clerk());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("synced: pulled 1, pushed 1, conflicts 0, failed 0"), run.out.constData());
        QCOMPARE(
            m_portal.post(QStringLiteral("p-1")).value(QLatin1String("category")).toString(), QStringLiteral("appeal"));
    }

    void queue_refusedForTheRole_changesNothing() // R1: a liaison does not classify
    {
        const QString db = newStore(QStringLiteral("liaison.sqlite"));
        CliRun run = sync(db, daoliLiaison());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({ QStringLiteral("--db"), db, QStringLiteral("queue"), QStringLiteral("p-3"),
            QStringLiteral("{\"type\": \"classify\", \"category\": \"appeal\"}") });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        run = runCli({ QStringLiteral("--db"), db, QStringLiteral("queue"), QStringLiteral("p-3"),
            QStringLiteral("{\"type\": \"accept\", \"unit_id\": \"x-daoli\"}") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("(waiting for sync: 1)"));
    }

    void sync_conflict_exitsNonZeroWithOneLine()
    {
        const QString db = newStore(QStringLiteral("conflict.sqlite"));
        QVERIFY(sync(db, clerk()).exitCode == 0);
        CliRun run = runCli({ QStringLiteral("--db"), db, QStringLiteral("queue"), QStringLiteral("p-2"),
            QStringLiteral("{\"type\": \"classify\", \"category\": \"suggestion\"}") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        m_portal.putPost(newPost(QStringLiteral("p-2"), QStringLiteral("有人先改了它")));
        run = sync(db, clerk());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("conflicts 1"), run.out.constData());
        QVERIFY2(run.err.contains("conflict"), run.err.constData());
        // Running it again does not resolve it by itself.
        QCOMPARE(sync(db, clerk()).exitCode, 1);
    }

    void sync_wrongPassword_failsWithOneLine()
    {
        const CliRun run
            = sync(newStore(QStringLiteral("wrong.sqlite")), { clerk().id, clerk().name, QStringLiteral("nope") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.endsWith("did not accept the user name or password.\n"), run.err.constData());
    }

private:
    // An empty case store made with init, as a user starts: only init and demo create one.
    QString newStore(const QString &name)
    {
        const QString db = m_dir.filePath(name);
        const CliRun run = runCli({ QStringLiteral("--db"), db, QStringLiteral("init") });
        if (run.exitCode != 0)
            qFatal("init failed: %s", run.err.constData());
        return db;
    }

    CliRun sync(const QString &db, const PortalUser &user)
    {
        return runCli(
            { QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--portal"),
                m_portal.baseUrl().toString(), QStringLiteral("--user"), user.name, QStringLiteral("--password-stdin"),
                QStringLiteral("--ca-file"), FakePortal::caCertificatePath() },
            user.password.toUtf8() + '\n');
    }

    FakePortal m_portal;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
