// baixingtan-cli matters (R22): the key issues of a period as JSON or CSV, best first, for a
// special report to be checked, exported and reused.

#include "clitestsupport.h"
#include "mattertestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;
using namespace Qt::StringLiterals;

class TestMattersCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(u"cases.sqlite"_s);
        QCOMPARE(runCli({ u"--db"_s, m_db, u"init"_s }).exitCode, 0);
        QString error;
        const auto database = Database::open(m_db, &error);
        QVERIFY2(database, qPrintable(error));
        storeHarbinUnits(*database);
        importPosts(*database, februaryPosts());
    }

    // lr-2 and lr-5 name only the estate, the others 香坊区 too: one matter, in 香坊区. The
    // long-running matter (5 posts over 4 weeks) outranks the burst (6 posts in 2 days).
    void json_longRunningMatterFirst_streetOnlyPostsJoined() // R22
    {
        const CliRun run = runCli({ u"--db"_s, m_db, u"matters"_s, u"--from"_s, u"2025-02-01"_s, u"--to"_s,
            u"2025-02-28"_s, u"--format"_s, u"json"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &parse);
        QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
        QCOMPARE(document.object().keys(), QStringList { u"matters"_s });
        const QJsonArray matters = document.object().value(u"matters"_s).toArray();
        QCOMPARE(matters.size(), 3);
        const QJsonObject first = matters.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList { u"district"_s, u"post_ids"_s, u"rank"_s, u"score"_s, u"title"_s }));
        QCOMPARE(first.value(u"rank"_s), QJsonValue(1));
        QCOMPARE(first.value(u"district"_s), QJsonValue(u"香坊区"_s));
        QStringList ids;
        for (const QJsonValue &id : first.value(u"post_ids"_s).toArray())
            ids.append(id.toString());
        ids.sort();
        QCOMPARE(ids, (QStringList { u"lr-1"_s, u"lr-2"_s, u"lr-3"_s, u"lr-4"_s, u"lr-5"_s }));
        QVERIFY(first.value(u"title"_s).toString().contains(u"和平家园"_s));
        QVERIFY(std::abs(first.value(u"score"_s).toDouble() - (5 + 4 + 23.0 / 28)) < 1e-3);

        const QJsonObject second = matters.at(1).toObject();
        QCOMPARE(second.value(u"rank"_s), QJsonValue(2));
        QCOMPARE(second.value(u"district"_s), QJsonValue(u"道外区"_s));
        QCOMPARE(second.value(u"post_ids"_s).toArray().size(), 6);
        QVERIFY(std::abs(second.value(u"score"_s).toDouble() - (6 + 1 + 27.0 / 28)) < 1e-3);
        QCOMPARE(matters.at(2).toObject().value(u"post_ids"_s).toArray(), QJsonArray { u"read-1"_s });
    }

    void top_keepsTheBest_andNoDistrictIsNull() // R22
    {
        QString error;
        const auto database = Database::open(m_db, &error);
        QVERIFY2(database, qPrintable(error));
        importPosts(*database,
            { samplePost(u"nowhere-1"_s, 1, u"全市共享单车乱停放"_s, u"地铁站口的共享单车越停越多，盲道都被堵住了。"_s,
                { { u"submitted_at"_s, u"2025-03-03T08:00:00+08:00"_s }, { u"category"_s, u"suggestion"_s } }) });
        const CliRun march = runCli({ u"--db"_s, m_db, u"matters"_s, u"--from"_s, u"2025-03-01"_s, u"--to"_s,
            u"2025-03-31"_s, u"--format"_s, u"json"_s });
        QVERIFY2(march.exitCode == 0, march.err.constData());
        const QJsonArray nowhere = QJsonDocument::fromJson(march.out).object().value(u"matters"_s).toArray();
        QCOMPARE(nowhere.size(), 1);
        QVERIFY(nowhere.at(0).toObject().value(u"district"_s).isNull());

        const CliRun run = runCli({ u"--db"_s, m_db, u"matters"_s, u"--from"_s, u"2025-02-01"_s, u"--to"_s,
            u"2025-02-28"_s, u"--top"_s, u"1"_s, u"--format"_s, u"json"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray matters = QJsonDocument::fromJson(run.out).object().value(u"matters"_s).toArray();
        QCOMPARE(matters.size(), 1);
        QCOMPARE(matters.at(0).toObject().value(u"post_ids"_s).toArray().size(), 5);
    }

    void csv_oneRowPerMatter_bestFirst() // R22
    {
        const CliRun run = runCli({ u"--db"_s, m_db, u"matters"_s, u"--from"_s, u"2025-02-01"_s, u"--to"_s,
            u"2025-02-28"_s, u"--format"_s, u"csv"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).trimmed(), QByteArray("rank,title,district,post_ids,score"));
        QVERIFY2(lines.at(1).startsWith("1,") && lines.at(1).contains("香坊区") && lines.at(1).contains("lr-1 "),
            lines.at(1).constData());
        QVERIFY2(lines.at(2).startsWith("2,") && lines.at(2).contains("道外区"), lines.at(2).constData());
    }

    void badInput_isAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no period") << QStringList { u"matters"_s, u"--format"_s, u"json"_s };
        QTest::newRow("not a date") << QStringList { u"matters"_s, u"--from"_s, u"2025-02-30"_s, u"--to"_s,
            u"2025-03-01"_s };
        QTest::newRow("end before start")
            << QStringList { u"matters"_s, u"--from"_s, u"2025-03-01"_s, u"--to"_s, u"2025-02-01"_s };
        QTest::newRow("top 0") << QStringList { u"matters"_s, u"--from"_s, u"2025-02-01"_s, u"--to"_s, u"2025-02-28"_s,
            u"--top"_s, u"0"_s };
        QTest::newRow("html") << QStringList { u"matters"_s, u"--from"_s, u"2025-02-01"_s, u"--to"_s, u"2025-02-28"_s,
            u"--format"_s, u"html"_s };
    }

    void badInput_isAUsageError()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(QStringList { u"--db"_s, m_db } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestMattersCli)
#include "tst_matterscli.moc"
