// baixingtan-cli: the interface scripts and administrators depend on (exit codes 0/1/2,
// one-line errors, exact output formats).

#include "storetestsupport.h"

#include "clitestsupport.h"

#include "store/currentuserstore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace bxt;
using namespace bxt::test;

namespace {

// lint-reply's output for one finding.
QByteArray finding(const char *rule, const char *severity, const char *message)
{
    const QJsonArray list { QJsonObject { { QStringLiteral("rule"), QLatin1String(rule) },
        { QStringLiteral("severity"), QLatin1String(severity) },
        { QStringLiteral("message"), QString::fromUtf8(message) } } };
    return QJsonDocument(list).toJson(QJsonDocument::Compact) + '\n';
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

// One run of the baixingtan-cli program in a child process that setUp changes before the
// program starts (a file size limit, another user). A run that does not finish gives exit code -1.
CliRun runCliProcess(const QStringList &arguments, const std::function<void()> &setUp)
{
    QProcess process;
    process.setChildProcessModifier(setUp);
    process.start(QStringLiteral(BXT_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// A full disk, deterministically: no file may grow past bytes, and writing past it fails with
// EFBIG instead of ending the process.
std::function<void()> fileSizeLimit(rlim_t bytes)
{
    return [bytes]() {
        const rlimit limit { bytes, bytes };
        setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, SIG_IGN);
    };
}

// A store with posts in a new folder of dir, made with init and import.
QString storeWithPosts(const QTemporaryDir &dir, int count)
{
    const QString store = dir.filePath(QStringLiteral("cases.sqlite"));
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += jsonLine(samplePost(QStringLiteral("p-%1").arg(i), 1, QStringLiteral("供暖温度不达标%1").arg(i),
            QString(QStringLiteral("室内温度只有十四度。")).repeated(20)));
    if (runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode != 0
        || runCli({ QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("-") }, lines).exitCode
            != 0)
        qFatal("cannot make the store %s", qPrintable(store));
    return store;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(QStringLiteral("cases.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), m_db, QStringLiteral("init") }).exitCode, 0);
    }

    void usageErrors_exitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no command") << QStringList {};
        QTest::addRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::addRow("unknown option") << QStringList { QStringLiteral("init"), QStringLiteral("--frob") };
        QTest::addRow("option of another command")
            << QStringList { QStringLiteral("init"), QStringLiteral("--limit"), QStringLiteral("3") };
        QTest::addRow("import without file") << QStringList { QStringLiteral("import") };
        QTest::addRow("bad export format")
            << QStringList { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml") };
        QTest::addRow("deadline without kind")
            << QStringList { QStringLiteral("deadline"), QStringLiteral("--category"), QStringLiteral("appeal"),
                   QStringLiteral("--dispatched"), QStringLiteral("2025-03-03T10:00:00+08:00") };
        QTest::addRow("deadline with a local time") << QStringList { QStringLiteral("deadline"),
            QStringLiteral("--unit-kind"), QStringLiteral("district"), QStringLiteral("--category"),
            QStringLiteral("appeal"), QStringLiteral("--dispatched"), QStringLiteral("2025-03-03T10:00:00") };
        QTest::addRow("lint-reply without category") << QStringList { QStringLiteral("lint-reply") };
        QTest::addRow("reply-rules without verb")
            << QStringList { QStringLiteral("reply-rules"), QStringLiteral("list") };
        QTest::addRow("lint-reply unknown kind")
            << QStringList { QStringLiteral("lint-reply"), QStringLiteral("--category"), QStringLiteral("appeal"),
                   QStringLiteral("--kind"), QStringLiteral("answer") };
        QTest::addRow("demo liaison without unit")
            << QStringList { QStringLiteral("demo"), QStringLiteral("--role"), QStringLiteral("liaison") };
        QTest::addRow("demo unknown role")
            << QStringList { QStringLiteral("demo"), QStringLiteral("--role"), QStringLiteral("mayor") };
        QTest::addRow("search limit negative") << QStringList { QStringLiteral("search"), QStringLiteral("供暖"),
            QStringLiteral("--limit"), QStringLiteral("-1") };
        QTest::addRow("search limit not a number") << QStringList { QStringLiteral("search"), QStringLiteral("供暖"),
            QStringLiteral("--limit"), QStringLiteral("all") };
    }

    void usageErrors_exitWith2()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(QStringList { QStringLiteral("--db"), m_db } + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("baixingtan-cli: "));
    }

    // cli_main starts a QGuiApplication (for PDF fonts) only when the command is report, not
    // when the word report is an option's value or another command's argument.
    void needsGuiApplication_onlyForTheReportCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("expected");
        const auto s = [](const char *text) { return QString::fromLatin1(text); };
        QTest::newRow("report") << QStringList { s("report"), s("quarterly"), s("--year"), s("2024") } << true;
        QTest::newRow("report after --db")
            << QStringList { s("--db"), s("x.sqlite"), s("report"), s("assessment") } << true;
        QTest::newRow("--db named report") << QStringList { s("--db"), s("report"), s("check") } << false;
        QTest::newRow("--out named report") << QStringList { s("export"), s("--out"), s("report") } << false;
        QTest::newRow("search for report") << QStringList { s("search"), s("report") } << false;
        QTest::newRow("import a file named report") << QStringList { s("import"), s("report") } << false;
        QTest::newRow("no command") << QStringList { s("--db"), s("x.sqlite") } << false;
        QTest::newRow("unknown option") << QStringList { s("--bogus"), s("report") } << false;
    }

    void needsGuiApplication_onlyForTheReportCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, expected);
        QCOMPARE(CommandLine::needsGuiApplication(arguments), expected);
    }

    void lintReply_printsFindingsAndExitCode_data() // R5, R19
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("output");
        const QByteArray good
            = QStringLiteral("经核查，您反映的小区供暖温度不达标问题属实，我局已责成供热公司检修管网，"
                             "目前室温已达到十八摄氏度。")
                  .toUtf8();
        QTest::addRow("clean plain text")
            << QStringList { QStringLiteral("appeal") } << good << 0 << QByteArray("[]\n");
        QTest::addRow("plain text consultation has no references")
            << QStringList { QStringLiteral("consultation") } << good << 3
            << finding("R5", "block",
                   "A reply to a consultation names the relevant documents with their "
                   "document numbers (R5).");
        QJsonObject body { { QStringLiteral("text"), QString::fromUtf8(good) },
            { QStringLiteral("doc_refs"),
                QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("通知") },
                    { QStringLiteral("number"), QStringLiteral("哈政办综〔2005〕71号") } } } },
            { QStringLiteral("visibility"), QStringLiteral("public") } };
        QTest::addRow("JSON body with a document")
            << QStringList { QStringLiteral("consultation"), QStringLiteral("--kind"), QStringLiteral("final") }
            << QJsonDocument(body).toJson() << 0 << QByteArray("[]\n");
        QTest::addRow("advice only still exits 0")
            << QStringList { QStringLiteral("appeal") }
            << QStringLiteral("您好，您反映的问题已转区供热办调查处理。").toUtf8() << 0
            << finding("R19", "advice",
                   "\"已转区供热办调查处理\" only says the matter was passed on; say what was "
                   "found and done, and who takes which measure (R19).");
        QTest::addRow("rude wording blocks")
            << QStringList { QStringLiteral("appeal") } << good + QStringLiteral("请不要无理取闹。").toUtf8() << 3
            << finding("R19", "block", "\"无理取闹\" is rude; keep the reply courteous (R19).");
    }

    void lintReply_printsFindingsAndExitCode()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, output);
        QStringList arguments { QStringLiteral("--db"), m_db, QStringLiteral("lint-reply"),
            QStringLiteral("--category") };
        arguments += options;
        const CliRun run = runCli(arguments, input);
        QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(output));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.err.isEmpty());
    }

    // R19: with --post the check weighs how much of the author's matter the reply takes up.
    void lintReply_post_givesTheAuthorsMatter()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("lint.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const QByteArray post = jsonLine(samplePost(
            QStringLiteral("p-1"), 1, QStringLiteral("安静小区供暖温度不达标"), QStringLiteral("室温只有十四度。")));
        QCOMPARE(
            runCli({ QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("-") }, post).exitCode, 0);
        const QByteArray text
            = QStringLiteral("经查，该小区供暖温度不达标系管网堵塞所致，供热公司已完成疏通。").toUtf8();
        const QStringList lint { QStringLiteral("--db"), store, QStringLiteral("lint-reply"),
            QStringLiteral("--category"), QStringLiteral("appeal") };
        const CliRun alone = runCli(lint, text);
        QCOMPARE(alone.exitCode, 0);
        QVERIFY2(alone.out.contains("\"severity\":\"advice\""), alone.out.constData()); // says little on its own
        const CliRun withPost = runCli(lint + QStringList { QStringLiteral("--post"), QStringLiteral("p-1") }, text);
        QCOMPARE(withPost.exitCode, 0);
        QCOMPARE(withPost.out, QByteArray("[]\n"));
        const CliRun unknown = runCli(lint + QStringList { QStringLiteral("--post"), QStringLiteral("p-9") }, text);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("p-9"));
    }

    void deadline_printsOneJsonObject_data() // R16, R17
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        const auto args = [](const char *kind, const char *dispatched) {
            return QStringList { QStringLiteral("deadline"), QStringLiteral("--unit-kind"), QLatin1String(kind),
                QStringLiteral("--category"), QStringLiteral("consultation"), QStringLiteral("--dispatched"),
                QLatin1String(dispatched) };
        };
        QTest::addRow("department before National Day 2024")
            << args("department", "2024-09-30T23:59:00+08:00")
            << QByteArray(
                   R"({"first_answer_due": "2024-10-10", "final_due_latest": "2024-11-01", "calendar_complete": true})");
        QTest::addRow("district, dispatch given in UTC")
            << args("district", "2024-09-30T16:00:00Z")
            << QByteArray(
                   R"({"first_answer_due": "2024-10-08", "final_due_latest": "2024-11-15", "calendar_complete": true})");
        QTest::addRow("year without calendar (R18)")
            << args("district", "2027-03-01T10:00:00+08:00")
            << QByteArray(
                   R"({"first_answer_due": "2027-03-08", "final_due_latest": "2027-04-12", "calendar_complete": false})");
        QTest::addRow("with a promise")
            << args("department", "2024-09-30T10:00:00+08:00")
                + QStringList { QStringLiteral("--promise-due"), QStringLiteral("2024-10-25") }
            << QByteArray(
                   R"({"first_answer_due": "2024-10-10", "final_due_latest": "2024-10-25", "calendar_complete": true})");
    }

    void deadline_printsOneJsonObject()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const CliRun run = runCli(QStringList { QStringLiteral("--db"), m_db } + arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, expected + '\n');
        QVERIFY(QJsonDocument::fromJson(run.out).isObject());
    }

    void deadline_refusesBadPromiseAndUndispatchedCategories_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("promiseDue");
        QTest::addRow("promise past the 20 working days (R16)")
            << QStringLiteral("appeal") << QStringLiteral("2024-11-04");
        QTest::addRow("promise on the dispatch day") << QStringLiteral("appeal") << QStringLiteral("2024-09-30");
        QTest::addRow("promise not a date") << QStringLiteral("appeal") << QStringLiteral("2024-02-30");
        QTest::addRow("report is never dispatched (R10)") << QStringLiteral("report") << QString();
    }

    void deadline_refusesBadPromiseAndUndispatchedCategories()
    {
        QFETCH(QString, category);
        QFETCH(QString, promiseDue);
        QStringList arguments { QStringLiteral("--db"), m_db, QStringLiteral("deadline"), QStringLiteral("--unit-kind"),
            QStringLiteral("department"), QStringLiteral("--category"), category, QStringLiteral("--dispatched"),
            QStringLiteral("2024-09-30T10:00:00+08:00") };
        if (!promiseDue.isEmpty())
            arguments += { QStringLiteral("--promise-due"), promiseDue };
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
    }

    void calendarImport_holidayCnFillsAnUnknownYear() // R18
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cal.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("calendar"), QStringLiteral("show"),
                            QStringLiteral("2027") })
                     .exitCode,
            1);
        const QString file = writeFile(dir, QStringLiteral("2027.json"), R"({"year": 2027, "papers": [], "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
            {"name": "春节", "date": "2027-02-06", "isOffDay": false},
            {"name": "春节", "date": "2027-02-08", "isOffDay": true}]})");
        const CliRun imported
            = runCli({ QStringLiteral("--db"), store, QStringLiteral("calendar"), QStringLiteral("import"), file });
        QCOMPARE(imported.exitCode, 0);
        {
            QString error;
            auto database = Database::open(store, &error);
            QSqlQuery audit(database->connection());
            QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'calendar_import'"))
                && audit.next());
            QCOMPARE(audit.value(0).toInt(), 1); // a local change, so it is audited
        }
        const CliRun shown = runCli({ QStringLiteral("--db"), store, QStringLiteral("calendar"), QStringLiteral("show"),
            QStringLiteral("2027") });
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject year = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(year.value(QLatin1String("holidays")).toArray(),
            (QJsonArray { QStringLiteral("2027-01-01"), QStringLiteral("2027-02-08") }));
        QCOMPARE(year.value(QLatin1String("workdays")).toArray(), QJsonArray { QStringLiteral("2027-02-06") });
        const CliRun deadline = runCli({ QStringLiteral("--db"), store, QStringLiteral("deadline"),
            QStringLiteral("--unit-kind"), QStringLiteral("department"), QStringLiteral("--category"),
            QStringLiteral("appeal"), QStringLiteral("--dispatched"), QStringLiteral("2027-02-04T09:00:00+08:00") });
        // 02-05 Fri = 1, 02-06 make-up Saturday = 2, 02-07 Sunday off, 02-08 holiday, 02-09 Tue = 3.
        QCOMPARE(QJsonDocument::fromJson(deadline.out).object().value(QLatin1String("first_answer_due")).toString(),
            QStringLiteral("2027-02-09"));
        QCOMPARE(
            QJsonDocument::fromJson(deadline.out).object().value(QLatin1String("calendar_complete")).toBool(), true);
    }

    // R18: holiday-cn publishes "days": [] for a year whose arrangement is not announced yet.
    // Importing it would make the year complete with no holiday; it is refused, and deadlines
    // in that year stay marked incomplete.
    void calendarImport_emptyYear_isRefused_andTheYearStaysIncomplete()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cal.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const QString file = writeFile(dir, QStringLiteral("2027.json"), R"({"year": 2027, "papers": [], "days": []})");
        const CliRun imported
            = runCli({ QStringLiteral("--db"), store, QStringLiteral("calendar"), QStringLiteral("import"), file });
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains("2027") && imported.err.contains("not published"), imported.err.constData());
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("calendar"), QStringLiteral("show"),
                            QStringLiteral("2027") })
                     .exitCode,
            1);
        const CliRun deadline = runCli({ QStringLiteral("--db"), store, QStringLiteral("deadline"),
            QStringLiteral("--unit-kind"), QStringLiteral("department"), QStringLiteral("--category"),
            QStringLiteral("appeal"), QStringLiteral("--dispatched"), QStringLiteral("2027-02-04T09:00:00+08:00") });
        QCOMPARE(QJsonDocument::fromJson(deadline.out).object().value(QLatin1String("calendar_complete")).toBool(true),
            false);
    }

    // R17, R18: a file for one year gives days of a neighbouring year only for a holiday period
    // across New Year, says which it took for which year, and moves no other deadline.
    void calendarImport_otherYearsDays_onlyAcrossNewYear()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cal.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const QStringList deadline2026 { QStringLiteral("--db"), store, QStringLiteral("deadline"),
            QStringLiteral("--unit-kind"), QStringLiteral("department"), QStringLiteral("--category"),
            QStringLiteral("appeal"), QStringLiteral("--dispatched"), QStringLiteral("2026-03-09T09:00:00+08:00") };
        // 03-10 Tue = 1, 03-11 = 2, 03-12 = 3 (built-in 2026 calendar).
        QVERIFY(runCli(deadline2026).out.contains("\"first_answer_due\": \"2026-03-12\""));
        const QString stray = writeFile(dir, QStringLiteral("stray.json"), R"({"year": 2027, "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
            {"name": "元旦", "date": "2026-03-10", "isOffDay": true},
            {"name": "元旦", "date": "2026-03-11", "isOffDay": true},
            {"name": "元旦", "date": "2026-03-12", "isOffDay": true}]})");
        const CliRun refused
            = runCli({ QStringLiteral("--db"), store, QStringLiteral("calendar"), QStringLiteral("import"), stray });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("2026-03-1"), refused.err.constData());
        QVERIFY(runCli(deadline2026).out.contains("\"first_answer_due\": \"2026-03-12\""));

        // The New Year holiday of 2027 from Thursday 2026-12-31 (fixture).
        const QString acrossNewYear = writeFile(dir, QStringLiteral("2027.json"), R"({"year": 2027, "days": [
            {"name": "元旦", "date": "2026-12-31", "isOffDay": true},
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
            {"name": "春节", "date": "2027-02-08", "isOffDay": true}]})");
        const CliRun imported = runCli(
            { QStringLiteral("--db"), store, QStringLiteral("calendar"), QStringLiteral("import"), acrossNewYear });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("2026-12-31: day off, taken for 2026"), imported.out.constData());
        // Dispatched Tue 2026-12-29: 12-30 = 1, 12-31 and 01-01 off, weekend, 01-04 = 2, 01-05 = 3.
        const CliRun acrossDeadline = runCli({ QStringLiteral("--db"), store, QStringLiteral("deadline"),
            QStringLiteral("--unit-kind"), QStringLiteral("department"), QStringLiteral("--category"),
            QStringLiteral("appeal"), QStringLiteral("--dispatched"), QStringLiteral("2026-12-29T09:00:00+08:00") });
        QVERIFY2(acrossDeadline.out.contains("\"first_answer_due\": \"2027-01-05\""), acrossDeadline.out.constData());
    }

    // A store that took a stray day of another year before imports checked it still works, and
    // importing that year's file again mends it (R17).
    void calendarImport_mendsAStoredYearWithAStrayDay()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cal.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        {
            QString error;
            const auto database = Database::open(store, &error);
            QVERIFY2(database, qPrintable(error));
            QSqlQuery insert(database->connection());
            QVERIFY(insert.exec(
                QStringLiteral("INSERT INTO calendar_years(year, source, imported_at, data) VALUES(2027, 'old.json', "
                               "'2026-11-01T09:00:00+08:00', '{\"year\": 2027, \"holidays\": [\"2026-03-10\", "
                               "\"2027-01-01\"], \"workdays\": []}')")));
        }
        const QStringList deadline { QStringLiteral("--db"), store, QStringLiteral("deadline"),
            QStringLiteral("--unit-kind"), QStringLiteral("department"), QStringLiteral("--category"),
            QStringLiteral("appeal"), QStringLiteral("--dispatched"), QStringLiteral("2026-03-09T09:00:00+08:00") };
        QCOMPARE(runCli(deadline).exitCode, 0);
        const QString file = writeFile(dir, QStringLiteral("2027.json"),
            R"({"year": 2027, "holidays": ["2027-01-01", "2027-02-08"], "workdays": []})");
        const CliRun imported
            = runCli({ QStringLiteral("--db"), store, QStringLiteral("calendar"), QStringLiteral("import"), file });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        // 03-10 Tue = 1, 03-11 = 2, 03-12 = 3: the stray 03-10 no longer counts as a day off.
        QVERIFY(runCli(deadline).out.contains("\"first_answer_due\": \"2026-03-12\""));
    }

    void rulesImport_readsDistrictDaysAsWorkingDays() // R16: the rule table is configurable
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("rules.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const QStringList deadline { QStringLiteral("--db"), store, QStringLiteral("deadline"),
            QStringLiteral("--unit-kind"), QStringLiteral("district"), QStringLiteral("--category"),
            QStringLiteral("appeal"), QStringLiteral("--dispatched"), QStringLiteral("2025-03-06T10:00:00+08:00") };
        QVERIFY(runCli(deadline).out.contains("\"first_answer_due\": \"2025-03-11\""));
        const auto importRules = [&](const QByteArray &json) {
            return runCli({ QStringLiteral("--db"), store, QStringLiteral("rules"), QStringLiteral("import"),
                              writeFile(dir, QStringLiteral("rules.json"), json) })
                .exitCode;
        };
        QCOMPARE(importRules(R"({"district": {"first_answer": {"days": 5, "working_days": true}}})"), 0);
        // 03-07=1, 03-10=2, 03-11=3, 03-12=4, 03-13=5.
        QVERIFY(runCli(deadline).out.contains("\"first_answer_due\": \"2025-03-13\""));
        const CliRun shown = runCli({ QStringLiteral("--db"), store, QStringLiteral("rules"), QStringLiteral("show") });
        QCOMPARE(QJsonDocument::fromJson(shown.out)
                     .object()
                     .value(QLatin1String("department"))
                     .toObject()
                     .value(QLatin1String("final_limit"))
                     .toObject()
                     .value(QLatin1String("days"))
                     .toInt(),
            20);
        QCOMPARE(importRules(R"({"district": {"first_answer": {"days": 0, "working_days": true}}})"), 1);
        QVERIFY(runCli(deadline).out.contains("\"first_answer_due\": \"2025-03-13\""));
    }

    // R19: the reply check's patterns are data an administrator adjusts; an import is checked
    // whole (unknown keys and bad patterns refused with their path) and audited, and a refused
    // one changes nothing.
    void replyRulesImport_changesTheCheck_badFileChangesNothing()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("reply-rules.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const CliRun shown
            = runCli({ QStringLiteral("--db"), store, QStringLiteral("reply-rules"), QStringLiteral("show") });
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject builtIn = QJsonDocument::fromJson(shown.out).object();
        QVERIFY(builtIn.value(QLatin1String("families")).toObject().contains(QLatin1String("redirect")));

        const QByteArray text
            = QStringLiteral("经核查，小区供暖管网十二处阀门已于三月五日更换，室温达到二十度。敬请谅解。").toUtf8();
        const auto lint = [&] {
            return runCli({ QStringLiteral("--db"), store, QStringLiteral("lint-reply"), QStringLiteral("--category"),
                              QStringLiteral("appeal") },
                text)
                .exitCode;
        };
        const auto importRules = [&](const QJsonObject &json) {
            return runCli({ QStringLiteral("--db"), store, QStringLiteral("reply-rules"), QStringLiteral("import"),
                writeFile(dir, QStringLiteral("reply-rules.json"), QJsonDocument(json).toJson()) });
        };
        const auto withRude = [](QJsonObject json, const QJsonValue &patterns, const QString &key) {
            QJsonObject families = json.value(QLatin1String("families")).toObject();
            QJsonObject rude = families.value(QLatin1String("rude")).toObject();
            rude.insert(key, patterns);
            families.insert(QStringLiteral("rude"), rude);
            json.insert(QStringLiteral("families"), families);
            return json;
        };
        const auto audited = [&] {
            QString error;
            auto database = Database::open(store, &error);
            QSqlQuery audit(database->connection());
            if (!audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reply_rules_import'"))
                || !audit.next())
                qFatal("cannot read the audit log");
            return audit.value(0).toInt();
        };
        QCOMPARE(lint(), 0);

        QJsonArray rude = builtIn.value(QLatin1String("families"))
                              .toObject()
                              .value(QLatin1String("rude"))
                              .toObject()
                              .value(QLatin1String("patterns"))
                              .toArray();
        rude.append(QStringLiteral("敬请谅解"));
        const CliRun imported = importRules(withRude(builtIn, rude, QStringLiteral("patterns")));
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(lint(), 3);
        QCOMPARE(audited(), 1);

        const CliRun unknownKey = importRules(withRude(builtIn, QJsonArray(), QStringLiteral("patern")));
        QCOMPARE(unknownKey.exitCode, 1);
        QVERIFY2(unknownKey.err.contains("families.rude.patern: unknown key"), unknownKey.err.constData());
        QVERIFY(unknownKey.err.contains("Nothing was imported"));
        const CliRun badPattern
            = importRules(withRude(builtIn, QJsonArray { QStringLiteral("敬请(谅解") }, QStringLiteral("patterns")));
        QCOMPARE(badPattern.exitCode, 1);
        QVERIFY2(badPattern.err.contains("families.rude.patterns[0]: not a valid regular expression"),
            badPattern.err.constData());
        QCOMPARE(lint(), 3); // the first import still holds
        QCOMPARE(audited(), 1);
    }

    // R19: a key given twice in one object is refused by its path, not read as one of its values.
    void replyRulesImport_refusesDuplicateKeys_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("path");
        QTest::addRow("at the top") << QByteArray("{") << QByteArray(R"({"stock_phrases": [],)")
                                    << QStringLiteral("stock_phrases");
        QTest::addRow("in an object") << QByteArray(R"("enough": 4,)") << QByteArray(R"("enough": 4, "enough": 5,)")
                                      << QStringLiteral("substance.enough");
        QTest::addRow("in an object of a list")
            << QByteArray(R"("name": "date",)") << QByteArray(R"("name": "date", "name": "day",)")
            << QStringLiteral("substance.signals[0].name");
        QTest::addRow("spelled with an escape")
            << QByteArray(R"("enough": 4,)") << QByteArray(R"("enough": 4, "en\u006fugh": 4,)")
            << QStringLiteral("substance.enough");
    }

    void replyRulesImport_refusesDuplicateKeys()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, path);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("reply-rules.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const QStringList show { QStringLiteral("--db"), store, QStringLiteral("reply-rules"), QStringLiteral("show") };
        const QByteArray before = runCli(show).out;
        QVERIFY2(before.contains(from), before.constData());
        const QByteArray file = QByteArray(before).replace(before.indexOf(from), from.size(), to);
        const CliRun imported = runCli({ QStringLiteral("--db"), store, QStringLiteral("reply-rules"),
            QStringLiteral("import"), writeFile(dir, QStringLiteral("dup.json"), file) });
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains((path + QStringLiteral(": given twice")).toUtf8()), imported.err.constData());
        QVERIFY(imported.err.contains("Nothing was imported"));
        QCOMPARE(runCli(show).out, before);
    }

    // R16: a rule table with a misspelled key (named by its path), a repeated key, a first answer
    // due after the final reply, or no object at all is refused by name and changes nothing.
    void rulesImport_refusesUnknownRepeatedOrIncoherent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("said");
        QTest::addRow("repeated key") << QByteArray(
            R"({"district": {"first_answer": {"days": 5, "days": 50, "working_days": true}}})")
                                      << QByteArray("district.first_answer.days: given twice");
        QTest::addRow("first answer after the final limit, both working days")
            << QByteArray(R"({"department": {"first_answer": {"days": 21, "working_days": true}}})")
            << QByteArray("department: the first answer");
        QTest::addRow("first answer in working days after a final limit in days")
            << QByteArray(R"({"district": {"first_answer": {"days": 31, "working_days": true},
                                           "final_limit": {"days": 30, "working_days": false}}})")
            << QByteArray("district: the first answer");
        QTest::addRow("an array") << QByteArray("[]") << QByteArray("is not a JSON object");
        QTest::addRow("misspelled unit kind")
            << QByteArray(R"({"distrcit": {"first_answer": {"days": 5, "working_days": true}}})")
            << QByteArray("distrcit");
        QTest::addRow("misspelled period")
            << QByteArray(R"({"district": {"first_answr": {"days": 5, "working_days": true}}})")
            << QByteArray("district.first_answr");
        QTest::addRow("misspelled field of a period")
            << QByteArray(R"({"district": {"first_answer": {"days": 5, "working_day": true, "working_days": true}}})")
            << QByteArray("district.first_answer.working_day");
    }

    void rulesImport_refusesUnknownRepeatedOrIncoherent()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, said);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("rules.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const QByteArray before
            = runCli({ QStringLiteral("--db"), store, QStringLiteral("rules"), QStringLiteral("show") }).out;
        const CliRun run = runCli({ QStringLiteral("--db"), store, QStringLiteral("rules"), QStringLiteral("import"),
            writeFile(dir, QStringLiteral("rules.json"), json) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(said) && !run.err.contains("no error occurred"), run.err.constData());
        QCOMPARE(
            runCli({ QStringLiteral("--db"), store, QStringLiteral("rules"), QStringLiteral("show") }).out, before);
    }

    void calendarImport_badFile_changesNothing()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cal.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const QString file = writeFile(
            dir, QStringLiteral("bad.json"), R"({"year": 2027, "holidays": ["2027-13-01"], "workdays": []})");
        const CliRun run
            = runCli({ QStringLiteral("--db"), store, QStringLiteral("calendar"), QStringLiteral("import"), file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("2027-13-01"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("calendar"), QStringLiteral("show"),
                            QStringLiteral("2027") })
                     .exitCode,
            1);
    }

    // R10: a liaison's demo store holds only what the portal would send the unit: no report,
    // nothing without an assignment to the unit, and the user is that liaison.
    void demo_asLiaison_keepsOnlyTheUnitsPosts()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("liaison.sqlite"));
        const CliRun run = runCli({ QStringLiteral("--db"), store, QStringLiteral("demo"), QStringLiteral("--count"),
            QStringLiteral("3000"), QStringLiteral("--role"), QStringLiteral("liaison"), QStringLiteral("--unit"),
            QStringLiteral("x-nangang") });
        QCOMPARE(run.exitCode, 0);
        QString error;
        const auto database = Database::open(store, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(category = 'report'), "
                                          "sum(NOT EXISTS (SELECT 1 FROM assignments a WHERE a.post = posts.local_id "
                                          "AND a.unit_id = 'x-nangang')) FROM posts")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 10);
        QCOMPARE(query.value(1).toInt(), 0);
        QCOMPARE(query.value(2).toInt(), 0);
        std::optional<CurrentUser> user;
        QVERIFY(CurrentUserStore(*database).load(&user, &error) && user);
        QCOMPARE(user->actor.role, Role::Liaison);
        QCOMPARE(user->actor.unitId, QStringLiteral("x-nangang"));
    }

    void importSearchExportCheckBackup()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cases.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const QByteArray lines = jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("供暖温度不达标"),
                                     QStringLiteral("冷"), { { QStringLiteral("x_extra"), QStringLiteral("保留") } }))
            + jsonLine(samplePost(QStringLiteral("p-2"), 1, QStringLiteral("物业费\t上涨"), QStringLiteral("供暖")));
        const CliRun imported
            = runCli({ QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("-") }, lines);
        QCOMPARE(imported.exitCode, 0);

        const CliRun found = runCli({ QStringLiteral("--db"), store, QStringLiteral("search"), QStringLiteral("供暖"),
            QStringLiteral("--limit"), QStringLiteral("5") });
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.out, QByteArray("p-1\t供暖温度不达标\np-2\t物业费 上涨\n")); // title hit ranks first

        const QString exported = dir.filePath(QStringLiteral("out.jsonl"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("export"), QStringLiteral("--out"), exported })
                     .exitCode,
            0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), lines);

        const CliRun csv = runCli({ QStringLiteral("--db"), store, QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("csv") });
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count('\n'), 3);

        const CliRun check = runCli({ QStringLiteral("--db"), store, QStringLiteral("check") });
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains("integrity: ok"));

        const QString copy = dir.filePath(QStringLiteral("backup.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("backup"), copy }).exitCode, 0);
        const CliRun fromCopy = runCli({ QStringLiteral("--db"), copy, QStringLiteral("export") });
        QCOMPARE(fromCopy.out, lines);
    }

    // An export, a report or a backup written over the case store or its -wal, -shm or -journal
    // file would replace the outbox, the audit log and the sync state: refused, however the path
    // is spelt, and the store keeps its posts.
    void outputOntoTheStore_isRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("target");
        const QStringList exportTo { QStringLiteral("export"), QStringLiteral("--out") };
        const QStringList reportTo { QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--year"),
            QStringLiteral("2025"), QStringLiteral("--quarter"), QStringLiteral("1"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--out") };
        const QStringList backupTo { QStringLiteral("backup") };
        for (const auto &[name, command] :
            { std::pair { "export", exportTo }, std::pair { "report", reportTo }, std::pair { "backup", backupTo } }) {
            QTest::addRow("%s onto the store", name) << command << QStringLiteral("cases.sqlite");
            QTest::addRow("%s onto ./store", name) << command << QStringLiteral("./cases.sqlite");
            QTest::addRow("%s through ..", name) << command << QStringLiteral("sub/../cases.sqlite");
            QTest::addRow("%s through a symbolic link", name) << command << QStringLiteral("link.sqlite");
            QTest::addRow("%s onto -wal", name) << command << QStringLiteral("cases.sqlite-wal");
            QTest::addRow("%s onto -shm", name) << command << QStringLiteral("cases.sqlite-shm");
            QTest::addRow("%s onto -journal", name) << command << QStringLiteral("cases.sqlite-journal");
            QTest::addRow("%s onto -wal through a linked folder", name)
                << command << QStringLiteral("linked/cases.sqlite-wal");
        }
    }

    void outputOntoTheStore_isRefused()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, target);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cases.sqlite"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(QFile::link(store, dir.filePath(QStringLiteral("link.sqlite"))));
        QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("linked"))));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const QByteArray lines
            = jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("供暖"), QStringLiteral("冷")));
        QCOMPARE(
            runCli({ QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("-") }, lines).exitCode,
            0);
        const QString current = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const CliRun run = runCli(
            QStringList { QStringLiteral("--db"), QStringLiteral("cases.sqlite") } + command + QStringList { target });
        QVERIFY(QDir::setCurrent(current));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("is the case store"), run.err.constData());
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("export") }).out, lines);
        const CliRun check = runCli({ QStringLiteral("--db"), store, QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, check.out.constData());
    }

    // A mistyped --db creates no folder and no empty store: only init and demo create one, every
    // other command names the missing store.
    void missingStore_isRefusedByName_andNothingIsCreated_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("export") << QStringList { QStringLiteral("export") };
        QTest::addRow("search") << QStringList { QStringLiteral("search"), QStringLiteral("供暖") };
        QTest::addRow("check") << QStringList { QStringLiteral("check") };
        QTest::addRow("import") << QStringList { QStringLiteral("import"), QStringLiteral("-") };
        QTest::addRow("calendar show") << QStringList { QStringLiteral("calendar"), QStringLiteral("show"),
            QStringLiteral("2026") };
        QTest::addRow("rules show") << QStringList { QStringLiteral("rules"), QStringLiteral("show") };
        QTest::addRow("report weights") << QStringList { QStringLiteral("report"), QStringLiteral("weights") };
        QTest::addRow("queue") << QStringList { QStringLiteral("queue"), QStringLiteral("p-1"),
            QStringLiteral("{\"type\": \"sign\"}") };
        QTest::addRow("deadline") << QStringList { QStringLiteral("deadline"), QStringLiteral("--unit-kind"),
            QStringLiteral("district"), QStringLiteral("--category"), QStringLiteral("appeal"),
            QStringLiteral("--dispatched"), QStringLiteral("2025-03-06T10:00:00+08:00") };
    }

    void missingStore_isRefusedByName_andNothingIsCreated()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("typo/cases.sqlite"));
        const CliRun run = runCli(QStringList { QStringLiteral("--db"), store } + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(store.toUtf8()) && run.err.contains("no case store"), run.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    }

    // An SQLite file of another program is not a case store: no command adds the store's tables.
    void otherSqliteFile_isRefused_andNotChanged_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("check") << QStringList { QStringLiteral("check") };
        QTest::addRow("export") << QStringList { QStringLiteral("export") };
        QTest::addRow("search") << QStringList { QStringLiteral("search"), QStringLiteral("供暖") };
        QTest::addRow("init") << QStringList { QStringLiteral("init") };
    }

    void otherSqliteFile_isRefused_andNotChanged()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        const auto tables = [&other]() {
            QStringList names;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                db.setDatabaseName(other);
                QSqlQuery query(db);
                if (!db.open() || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS notes(text)"))
                    || !query.exec(QStringLiteral("SELECT name FROM sqlite_master ORDER BY name")))
                    qFatal("cannot read %s", qPrintable(other));
                while (query.next())
                    names.append(query.value(0).toString());
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
            return names;
        };
        QCOMPARE(tables(), QStringList { QStringLiteral("notes") });
        const CliRun run = runCli(QStringList { QStringLiteral("--db"), other } + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not a case store"), run.err.constData());
        QCOMPARE(tables(), QStringList { QStringLiteral("notes") });
    }

    // A store the user may only read (a read-only file in a read-only folder) can be exported
    // and searched. As root, the program runs as nobody, for whom the permissions hold.
    void readOnlyStore_canBeExportedAndSearched()
    {
        QTemporaryDir dir;
        const QString store = storeWithPosts(dir, 3);
        const QByteArray lines = runCli({ QStringLiteral("--db"), store, QStringLiteral("export") }).out;
        QCOMPARE(lines.count('\n'), 3);
        QVERIFY(QFile::setPermissions(store, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::ExeOther));
        const auto run = [&store](const QStringList &command) {
            const QStringList arguments = QStringList { QStringLiteral("--db"), store } + command;
            if (geteuid() != 0)
                return runCli(arguments);
            return runCliProcess(arguments, []() {
                if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0
                    || access(BXT_CLI_PATH, X_OK) != 0)
                    _exit(126); // still root, where the permissions would not hold, or nobody cannot run it
            });
        };
        const CliRun exported = run({ QStringLiteral("export") });
        const CliRun found = run({ QStringLiteral("search"), QStringLiteral("供暖温度不达标2") });
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        if (geteuid() == 0 && (exported.exitCode == 126 || exported.exitCode == 127))
            QSKIP("root cannot run the program as nobody here (no such user, or the build is out of its reach)");
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(exported.out, lines);
        QVERIFY2(found.exitCode == 0, found.err.constData());
        QCOMPARE(found.out, QByteArray("p-2\t供暖温度不达标2\n"));
    }

    // Issue 12 finding 19: a command that changes a store the user may only read says so, and
    // does not call it a read error. As root, the program runs as nobody.
    void readOnlyStore_refusesChangesAsReadOnly_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("report weights") << QStringList { QStringLiteral("report"), QStringLiteral("weights"),
            QStringLiteral("--lint"), QStringLiteral("1") };
        QTest::addRow("queue") << QStringList { QStringLiteral("queue"), QStringLiteral("p-1"),
            QStringLiteral("{\"type\": \"sign\"}") };
        QTest::addRow("init") << QStringList { QStringLiteral("init") };
    }

    void readOnlyStore_refusesChangesAsReadOnly()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString store = storeWithPosts(dir, 1);
        QVERIFY(QFile::setPermissions(store, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::ExeOther));
        const QStringList arguments = QStringList { QStringLiteral("--db"), store } + command;
        const CliRun run = geteuid() != 0 ? runCli(arguments) : runCliProcess(arguments, []() {
            if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0
                || access(BXT_CLI_PATH, X_OK) != 0)
                _exit(126);
        });
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        if (geteuid() == 0 && (run.exitCode == 126 || run.exitCode == 127))
            QSKIP("root cannot run the program as nobody here (no such user, or the build is out of its reach)");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("read-only") && !run.err.contains("Cannot read"), run.err.constData());
        QVERIFY2(run.err.contains(store.toUtf8()), run.err.constData());
    }

    // Issue 12 finding 19: --db naming a folder is called that, not a disk error; nothing is created.
    void folderAsStore_isRefusedByName_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("export") << QStringList { QStringLiteral("export") };
        QTest::addRow("import") << QStringList { QStringLiteral("import"), QStringLiteral("-") };
        QTest::addRow("init") << QStringList { QStringLiteral("init") };
    }

    void folderAsStore_isRefusedByName()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const CliRun run = runCli(QStringList { QStringLiteral("--db"), dir.path() } + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("is a folder") && !run.err.contains("disk I/O"), run.err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    // A full disk (here: a file size limit) is not a damaged store.
    void fullDisk_onOpening_isNotCalledADamagedStore()
    {
        QTemporaryDir dir;
        const QString store = storeWithPosts(dir, 3);
        const CliRun run
            = runCliProcess({ QStringLiteral("--db"), store, QStringLiteral("check") }, fileSizeLimit(1000));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.contains("not a case store") && !run.err.contains("damaged"), run.err.constData());
        QVERIFY2(run.err.contains(store.toUtf8()), run.err.constData());
    }

    // export --out to a full disk says why, writes nothing, and the store keeps its posts.
    void fullDisk_onExport_saysWhy()
    {
        QTemporaryDir dir;
        const QString store = storeWithPosts(dir, 200);
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        const CliRun run
            = runCliProcess({ QStringLiteral("--db"), store, QStringLiteral("export"), QStringLiteral("--out"), out },
                fileSizeLimit(100 * 1024));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.contains("Unknown error") && run.err.contains("File too large"), run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("export") }).out.count('\n'), 200);
    }

    // Issue 12 finding 1: a CSV report smaller than the write buffer on a full disk fails and
    // keeps the earlier report. The test holds the store open, so the program reading it needs no
    // file to grow but the report's.
    void fullDisk_onCsvReport_keepsTheOldReport_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("quarterly") << QStringList { QStringLiteral("report"), QStringLiteral("quarterly"),
            QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--quarter"), QStringLiteral("1") };
        QTest::addRow("assessment") << QStringList { QStringLiteral("report"), QStringLiteral("assessment"),
            QStringLiteral("--year"), QStringLiteral("2026") };
    }

    void fullDisk_onCsvReport_keepsTheOldReport()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cases.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("demo"), QStringLiteral("--count"),
                            QStringLiteral("50") })
                     .exitCode,
            0);
        const QString out = writeFile(dir, QStringLiteral("report.csv"), "the earlier report\n");
        const QStringList arguments = QStringList { QStringLiteral("--db"), store } + command
            + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out };
        const CliRun whole = runCli(arguments);
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        QFile report(out);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const qint64 size = report.size();
        report.close();
        QVERIFY2(size > 200 && size < 16 * 1024, QByteArray::number(size).constData());
        writeFile(dir, QStringLiteral("report.csv"), "the earlier report\n");
        CliRun run;
        {
            QString error;
            const auto holder = Database::open(store, Database::Access::Read, &error);
            QVERIFY2(holder, qPrintable(error));
            run = runCliProcess(arguments, fileSizeLimit(200));
        }
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("File too large"), run.err.constData());
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(report.readAll(), QByteArray("the earlier report\n"));
    }

    // Issue 12 finding 1: output to a full disk through the standard output exits 1 with the reason.
    // The standard output is a file that may not grow past 10 bytes; the test holds the store open.
    void fullDisk_onStandardOutput_exits1_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("search") << QStringList { QStringLiteral("search"), QStringLiteral("供暖") };
        QTest::addRow("matters") << QStringList { QStringLiteral("matters"), QStringLiteral("--from"),
            QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-01-01") };
        QTest::addRow("calendar show") << QStringList { QStringLiteral("calendar"), QStringLiteral("show"),
            QStringLiteral("2026") };
        QTest::addRow("rules show") << QStringList { QStringLiteral("rules"), QStringLiteral("show") };
        QTest::addRow("reply-rules show") << QStringList { QStringLiteral("reply-rules"), QStringLiteral("show") };
        QTest::addRow("report sample") << QStringList { QStringLiteral("report"), QStringLiteral("sample"),
            QStringLiteral("--year"), QString::number(QDate::currentDate().year()) };
    }

    void fullDisk_onStandardOutput_exits1()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cases.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("demo"), QStringLiteral("--count"),
                            QStringLiteral("200") })
                     .exitCode,
            0);
        const QStringList arguments = QStringList { QStringLiteral("--db"), store } + command;
        const CliRun whole = runCli(arguments);
        QVERIFY2(whole.exitCode == 0 && whole.out.size() > 10, whole.err.constData());
        const QByteArray output = QFile::encodeName(dir.filePath(QStringLiteral("out.txt")));
        const auto limit = fileSizeLimit(10);
        CliRun full;
        {
            QString error;
            const auto holder = Database::open(store, Database::Access::Read, &error);
            QVERIFY2(holder, qPrintable(error));
            full = runCliProcess(arguments, [&output, &limit]() {
                const int file = open(output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
                if (file < 0 || dup2(file, STDOUT_FILENO) < 0)
                    _exit(126);
                limit();
            });
        }
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("File too large"), full.err.constData());
    }

    // Issue 12 finding 18: a command reading a whole file or the standard input refuses one past
    // its size limit (16 MiB) with a clear message, instead of filling the memory, and changes nothing.
    void oversizedInput_isRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("fromStandardInput");
        const QStringList lint { QStringLiteral("lint-reply"), QStringLiteral("--category"), QStringLiteral("appeal"),
            QStringLiteral("--file") };
        QTest::addRow("lint-reply --file FILE") << lint << false;
        QTest::addRow("lint-reply --file -") << lint << true;
        QTest::addRow("calendar import FILE")
            << QStringList { QStringLiteral("calendar"), QStringLiteral("import") } << false;
        QTest::addRow("rules import -") << QStringList { QStringLiteral("rules"), QStringLiteral("import") } << true;
        QTest::addRow("reply-rules import FILE")
            << QStringList { QStringLiteral("reply-rules"), QStringLiteral("import") } << false;
        QTest::addRow("units import FILE")
            << QStringList { QStringLiteral("units"), QStringLiteral("import") } << false;
    }

    void oversizedInput_isRefused()
    {
        QFETCH(QStringList, command);
        QFETCH(bool, fromStandardInput);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cases.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const auto rules = [&store]() {
            return runCli({ QStringLiteral("--db"), store, QStringLiteral("rules"), QStringLiteral("show") }).out
                + runCli({ QStringLiteral("--db"), store, QStringLiteral("reply-rules"), QStringLiteral("show") }).out;
        };
        const QByteArray before = rules();
        // A valid JSON string one byte past the limit: only its size is wrong.
        QByteArray big(16 * 1024 * 1024 + 1, ' ');
        big[0] = '"';
        big[big.size() - 1] = '"';
        const QString file = writeFile(dir, QStringLiteral("big.json"), big);
        const CliRun run = runCli(
            QStringList { QStringLiteral("--db"), store } + command << (fromStandardInput ? QStringLiteral("-") : file),
            fromStandardInput ? big : QByteArray());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("larger than 16 MiB"), run.err.constData());
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(rules(), before);
    }

    // Issue 12 finding 18: a pipe gives its data in pieces; the limit holds for all of them (`yes |`).
    void oversizedInput_fromAPipe_isRefused()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cases.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        QProcess process;
        process.start(QStringLiteral(BXT_CLI_PATH),
            { QStringLiteral("--db"), store, QStringLiteral("lint-reply"), QStringLiteral("--category"),
                QStringLiteral("appeal"), QStringLiteral("--file"), QStringLiteral("-") });
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        // The first piece reaches the program alone, the rest after it.
        process.write(QByteArray(64 * 1024, 'y'));
        QVERIFY(process.waitForBytesWritten(60000));
        process.write(QByteArray(16 * 1024 * 1024, 'y'));
        process.closeWriteChannel();
        QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
        QCOMPARE(process.exitCode(), 1);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("larger than 16 MiB"), err.constData());
    }

    // Issue 12 finding 10: a citizen's title cannot forge search's output. Every character that
    // does not show as itself (control, invisible format, line separator) is printed as a space,
    // so a hit is always one line of "id TAB title".
    void search_printsATitleAsOneLineOfPlainText_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QByteArray>("printed");
        QTest::addRow("carriage return") << QStringLiteral("供暖不热\rp-9\t伪造") << QByteArray("供暖不热 p-9 伪造");
        QTest::addRow("escape sequence") << QStringLiteral("供暖不热\x1b[2J") << QByteArray("供暖不热 [2J");
        QTest::addRow("NUL") << QString::fromUtf16(u"供暖不热\0尾", 6) << QByteArray("供暖不热 尾");
        QTest::addRow("newline and tab") << QStringLiteral("供暖\n不热\t了") << QByteArray("供暖 不热 了");
        QTest::addRow("bidi override") << QStringLiteral("供暖不热\u202Etxt.exe") << QByteArray("供暖不热 txt.exe");
        QTest::addRow("line separator") << QStringLiteral("供暖不热\u2028p-9") << QByteArray("供暖不热 p-9");
        QTest::addRow("plain") << QStringLiteral("供暖不热 (3号楼)") << QByteArray("供暖不热 (3号楼)");
    }

    void search_printsATitleAsOneLineOfPlainText()
    {
        QFETCH(QString, title);
        QFETCH(QByteArray, printed);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cases.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const CliRun imported = runCli({ QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("-") },
            jsonLine(samplePost(QStringLiteral("p-1"), 1, title, QStringLiteral("室内温度低。"))));
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const CliRun run = runCli({ QStringLiteral("--db"), store, QStringLiteral("search"), QStringLiteral("供暖") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, "p-1\t" + printed + '\n');
    }

    // Issue 13: any --limit, and --limit 0 or --all for every hit of a word in more than 10,000 posts.
    void search_all_returnsEveryHitOfACommonWord()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cases.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        constexpr int kWithWord = 10500;
        constexpr int kWithout = 300;
        QByteArray lines;
        QSet<QByteArray> expected;
        for (int i = 0; i < kWithWord + kWithout; ++i) {
            const QString id = QStringLiteral("p-%1").arg(i, 5, 10, QLatin1Char('0'));
            const bool withWord = i < kWithWord;
            // Every 7th has the word in its title too, so that the ranking has something to order.
            const QString title = withWord && i % 7 == 0 ? QStringLiteral("楼道暖气不热") : QStringLiteral("小区路灯");
            const QString body = withWord ? QStringLiteral("第%1号楼的暖气一直不热").arg(i)
                                          : QStringLiteral("第%1号楼门前的路灯坏了").arg(i);
            lines += jsonLine(samplePost(id, 1, title, body));
            if (withWord)
                expected.insert(id.toUtf8());
        }
        QCOMPARE(
            runCli({ QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("-") }, lines).exitCode,
            0);
        const auto idsOf = [](const QByteArray &out) {
            QList<QByteArray> ids;
            for (const QByteArray &line : out.split('\n')) {
                if (!line.isEmpty())
                    ids.append(line.left(line.indexOf('\t')));
            }
            return ids;
        };
        const QStringList search { QStringLiteral("--db"), store, QStringLiteral("search"), QStringLiteral("暖气") };

        const CliRun all = runCli(search + QStringList { QStringLiteral("--all") });
        QCOMPARE(all.exitCode, 0);
        const QList<QByteArray> allIds = idsOf(all.out);
        QCOMPARE(allIds.size(), kWithWord);
        QCOMPARE(QSet<QByteArray>(allIds.cbegin(), allIds.cend()), expected);

        const CliRun zero = runCli(search + QStringList { QStringLiteral("--limit"), QStringLiteral("0") });
        QCOMPARE(zero.exitCode, 0);
        QCOMPARE(zero.out, all.out);

        // A limit above 10,000 is taken, and the hits come best first: the same first hits.
        const CliRun many = runCli(search + QStringList { QStringLiteral("--limit"), QStringLiteral("10001") });
        QCOMPARE(many.exitCode, 0);
        QCOMPARE(idsOf(many.out), allIds.first(10001));
        const CliRun few = runCli(search + QStringList { QStringLiteral("--limit"), QStringLiteral("5") });
        QCOMPARE(idsOf(few.out), allIds.first(5));
        // The title hits (every 7th post) rank first, the most recently stored first among equals.
        QCOMPARE(idsOf(few.out), (QList<QByteArray> { "p-10493", "p-10486", "p-10479", "p-10472", "p-10465" }));
    }

    void importBadFile_reportsLineAndExits1()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cases.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("init") }).exitCode, 0);
        const QByteArray lines
            = jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("a"), QStringLiteral("b"))) + "{not json\n";
        const CliRun run
            = runCli({ QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("-") }, lines);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 2"), run.err.constData());
        QCOMPARE(runCli({ QStringLiteral("--db"), store, QStringLiteral("export") }).out, QByteArray());
        QCOMPARE(
            runCli({ QStringLiteral("--db"), store, QStringLiteral("import"), dir.filePath(QStringLiteral("none")) })
                .exitCode,
            1);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
