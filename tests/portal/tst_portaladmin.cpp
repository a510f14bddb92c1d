#include "portalrun.h"
#include "postgrescluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using bxt::test::PostgresCluster;

// baixingtan-portal's administration commands against a real PostgreSQL cluster.
class TestPortalAdmin : public QObject
{
    Q_OBJECT

private:
    using Result = bxt::test::PortalRun;

    static Result portal(const QStringList &arguments, const QByteArray &input = {})
    {
        return bxt::test::runPortal(arguments, input);
    }

    QString writeConfig(const QString &name, const QString &text)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        return path;
    }

    QString configFor(const QString &database)
    {
        QString connection;
        QString error;
        const QString path = m_files.filePath(database + QStringLiteral(".ini"));
        if (!m_cluster.createDatabase(database, &connection, &error) || !bxt::test::writePortalConfig(path, connection))
            return {};
        return path;
    }

    PostgresCluster m_cluster;
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY(m_files.isValid());
    }

    void init_createsTheSchema_andASecondInitChangesNothing()
    {
        const QString config = configFor(QStringLiteral("twice"));
        QVERIFY(!config.isEmpty());
        const Result first = portal({ QStringLiteral("--config"), config, QStringLiteral("init") });
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
        const Result second = portal({ QStringLiteral("--config"), config, QStringLiteral("init") });
        QCOMPARE(second.exitCode, 0);
        const Result check = portal({ QStringLiteral("--config"), config, QStringLiteral("check") });
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(QLatin1String("schema version: 2\n")), qPrintable(check.out));
        QVERIFY2(check.out.contains(QLatin1String("posts: 0\n")), qPrintable(check.out));
        QVERIFY2(check.out.contains(QLatin1String("feed head: 0\n")), qPrintable(check.out));
    }

    void check_beforeInit_saysRunInit()
    {
        const QString config = configFor(QStringLiteral("empty"));
        const Result check = portal({ QStringLiteral("--config"), config, QStringLiteral("check") });
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QLatin1String("run init")), qPrintable(check.err));
        QCOMPARE(check.err.count(QLatin1Char('\n')), 1);
    }

    void init_databaseNewerThanTheProgram_isRefusedUntouched()
    {
        const QString config = configFor(QStringLiteral("newer"));
        QCOMPARE(portal({ QStringLiteral("--config"), config, QStringLiteral("init") }).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("newer"));
            db.setConnectOptions(m_cluster.connectionString(QStringLiteral("newer")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const Result init = portal({ QStringLiteral("--config"), config, QStringLiteral("init") });
        QCOMPARE(init.exitCode, 1);
        QVERIFY2(init.err.contains(QLatin1String("99")), qPrintable(init.err));
    }

    // A cluster made under LANG=C makes SQL_ASCII databases: they take citizens' text, but every
    // log-in would fail (normalize() needs UTF8). Refused at once, saying how to make one.
    void init_databaseNotInUtf8_isRefused()
    {
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("ascii-admin"));
            admin.setConnectOptions(m_cluster.connectionString(QStringLiteral("postgres")));
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery query(admin);
            QVERIFY2(query.exec(QStringLiteral("CREATE DATABASE ascii ENCODING 'SQL_ASCII' TEMPLATE template0 "
                                               "LC_COLLATE 'C' LC_CTYPE 'C'")),
                qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ascii-admin"));
        const QString config = m_files.filePath(QStringLiteral("ascii.ini"));
        QVERIFY(bxt::test::writePortalConfig(config, m_cluster.connectionString(QStringLiteral("ascii"))));
        const Result init = portal({ QStringLiteral("--config"), config, QStringLiteral("init") });
        QCOMPARE(init.exitCode, 1);
        QVERIFY2(init.err.contains(QLatin1String("SQL_ASCII")) && init.err.contains(QLatin1String("UTF8")),
            qPrintable(init.err));
        QCOMPARE(init.err.count(QLatin1Char('\n')), 1);
    }

    void badConfiguration_isOneLineAndExitOne_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no database") << QStringLiteral("listen = 127.0.0.1:1\n") << QStringLiteral("database");
        QTest::newRow("unknown key") << QStringLiteral("database = host=/nowhere\ndatabse = x\n")
                                     << QStringLiteral("unknown setting \"databse\"");
        QTest::newRow("unreachable database")
            << QStringLiteral("database = host=/nonexistent-folder dbname=x\n") << QStringLiteral("connect");
    }

    void badConfiguration_isOneLineAndExitOne()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString config = writeConfig(QStringLiteral("bad.ini"), text);
        const Result init = portal({ QStringLiteral("--config"), config, QStringLiteral("init") });
        QCOMPARE(init.exitCode, 1);
        QVERIFY2(init.err.contains(expected), qPrintable(init.err));
        QCOMPARE(init.err.count(QLatin1Char('\n')), 1);
    }

    void missingConfigFile_isExitOne()
    {
        const Result init = portal(
            { QStringLiteral("--config"), m_files.filePath(QStringLiteral("none.ini")), QStringLiteral("init") });
        QCOMPARE(init.exitCode, 1);
        QVERIFY2(init.err.contains(QLatin1String("does not exist")), qPrintable(init.err));
    }

    void wrongCommandLine_isExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("no config") << QStringList { QStringLiteral("init") };
        QTest::newRow("unknown command") << QStringList { QStringLiteral("--config"), QStringLiteral("x.ini"),
            QStringLiteral("frobnicate") };
        QTest::newRow("init with an argument") << QStringList { QStringLiteral("--config"), QStringLiteral("x.ini"),
            QStringLiteral("init"), QStringLiteral("now") };
    }

    void wrongCommandLine_isExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Result result = portal(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("Usage:")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestPortalAdmin)
#include "tst_portaladmin.moc"
