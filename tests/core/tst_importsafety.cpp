// Import under misuse (issue 11, items 2, 3, 7 and 17): the store's user keeps only what sync
// would give it (R10), unsent local work survives a newer version, text that would mislead
// search or export is refused with its line, and a long import lets other writers in.

#include "clitestsupport.h"
#include "storetestsupport.h"

#include "actions/localactions.h"
#include "actions/outbox.h"
#include "domain/postlines.h"
#include "domain/postvalidator.h"
#include "rules/actioneffect.h"
#include "store/currentuserstore.h"
#include "store/database.h"
#include "store/postexporter.h"
#include "sync/changepage.h"
#include "sync/conflictstore.h"

#include <QBuffer>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>
#include <sys/stat.h>
#include <thread>

using namespace bxt;
using namespace bxt::test;

namespace {

const QString kPhone = QStringLiteral("13800000000");

void saveCurrentUser(Database &database, const Actor &actor)
{
    QString error;
    const bool saved = inTransaction(
        database,
        [&](QString *failure) {
            return CurrentUserStore(database).save({ actor, QStringLiteral("tester") }, failure);
        },
        &error);
    if (!saved)
        qFatal("cannot save the current user: %s", qPrintable(error));
}

QJsonObject assignedPost(const QString &id, const QJsonValue &category, const QStringList &units)
{
    QJsonArray assignments;
    for (const QString &unit : units)
        assignments.append(pendingAssignment(unit, QStringLiteral("2025-03-03T10:00:00+08:00")));
    return samplePost(id, 1, QStringLiteral("供暖不热"), QStringLiteral("十四度"),
        { { QStringLiteral("category"), category },
            { QStringLiteral("status"), units.isEmpty() ? QStringLiteral("new") : QStringLiteral("dispatched") },
            { QStringLiteral("assignments"), assignments } });
}

QByteArray exportAll(Database &database)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    qint64 count = 0;
    QString error;
    if (!PostExporter(database).run(PostExporter::Format::JsonLines, buffer, &count, &error))
        qFatal("export failed: %s", qPrintable(error));
    return data;
}

QByteArray syntheticLines(int count)
{
    QByteArray lines;
    SyntheticPostGenerator generator(11);
    for (int i = 0; i < count; ++i)
        lines += jsonLine(generator.next());
    return lines;
}

// Input that reads differently once it is read again from the start, as a file written to
// between the import's check and its store.
class InputChangedWhenReadAgain final : public QBuffer
{
public:
    InputChangedWhenReadAgain(const QByteArray &first, QByteArray second)
        : m_second(std::move(second))
    {
        setData(first);
    }

    bool seek(qint64 pos) override
    {
        if (pos == 0 && QBuffer::pos() > 0)
            buffer() = m_second;
        return QBuffer::seek(pos);
    }

private:
    QByteArray m_second;
};

} // namespace

class TestImportSafety : public QObject
{
    Q_OBJECT

private slots:
    // The reader reads the input in blocks; it gives the lines as they are, a line longer than
    // the limit as its first limit + 1 bytes, and never reads past stopAfter().
    void lineReader_givesLinesAsWritten_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("skipTooLong");
        QTest::addColumn<qint64>("stopAfter"); // -1: no stop
        QTest::addColumn<QByteArrayList>("lines"); // each with its end; "!" before a line too long
        QTest::addColumn<qint64>("bytesRead");
        QTest::addRow("lines, the last without an end")
            << QByteArray("ab\n\ncd\r\nlast") << false << qint64(-1)
            << QByteArrayList { "ab\n", "\n", "cd\r\n", "last" } << qint64(12);
        QTest::addRow("exactly the limit") << QByteArray("12345678\nx\n") << false << qint64(-1)
                                           << QByteArrayList { "12345678\n", "x\n" } << qint64(11);
        // 13 bytes and the end: its first 9 bytes, the rest skipped up to its end.
        QTest::addRow("too long, skipped") << QByteArray("ab\ncdefghijklmn\nxy\n") << true << qint64(-1)
                                           << QByteArrayList { "ab\n", "!lmn\n", "xy\n" } << qint64(19);
        QTest::addRow("too long, the last line read") << QByteArray("ab\ncdefghijklmn\nxy\n") << false << qint64(-1)
                                                      << QByteArrayList { "ab\n", "!cdefghijk" } << qint64(12);
        QTest::addRow("stop after two lines")
            << QByteArray("ab\ncd\nef\n") << false << qint64(6) << QByteArrayList { "ab\n", "cd\n" } << qint64(6);
        QTest::addRow("stop inside a line")
            << QByteArray("ab\ncd\nef\n") << false << qint64(5) << QByteArrayList { "ab\n", "cd" } << qint64(5);
    }

    void lineReader_givesLinesAsWritten()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, skipTooLong);
        QFETCH(qint64, stopAfter);
        QFETCH(QByteArrayList, lines);
        QFETCH(qint64, bytesRead);
        QBuffer device(&input);
        QVERIFY(device.open(QIODevice::ReadOnly));
        PostLineReader reader(device, skipTooLong, 8);
        if (stopAfter >= 0)
            reader.stopAfter(stopAfter);
        QByteArrayList read;
        QByteArray line;
        bool tooLong = false;
        while (reader.next(&line, &tooLong))
            read.append(tooLong ? "!" + line : line);
        QCOMPARE(read, lines);
        QCOMPARE(reader.bytesRead(), bytesRead);
        QVERIFY(reader.ended());
    }

    // Lines across the reader's blocks of PostLineReader::kReadBytes come out whole.
    void lineReader_readsLinesAcrossBlocks()
    {
        QByteArray input;
        QByteArrayList written;
        for (int i = 0; written.size() < 5000; ++i) {
            written.append(QByteArray::number(i) + ':' + QByteArray(300 + i % 700, char('a' + i % 26)) + '\n');
            input += written.constLast();
        }
        QVERIFY(input.size() > 2 * PostLineReader::kReadBytes);
        QBuffer device(&input);
        QVERIFY(device.open(QIODevice::ReadOnly));
        PostLineReader reader(device, false);
        QByteArrayList read;
        QByteArray line;
        bool tooLong = false;
        while (reader.next(&line, &tooLong)) {
            QVERIFY(!tooLong);
            read.append(line);
        }
        QCOMPARE(read.size(), written.size());
        QVERIFY(read == written);
        QCOMPARE(reader.bytesRead(), input.size());
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // R10: import applies the scope sync applies (core/sync/scopefilter.h).
    void import_keepsOnlyWhatTheStoresUserMayHold_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QJsonObject>("post");
        QTest::addColumn<bool>("stored");
        QTest::addColumn<bool>("phoneKept");
        const QJsonObject appealToNangang
            = assignedPost(QStringLiteral("p-1"), QStringLiteral("appeal"), { QStringLiteral("x-nangang") });
        const QJsonObject reportToNangang
            = assignedPost(QStringLiteral("p-1"), QStringLiteral("report"), { QStringLiteral("x-nangang") });
        const QJsonObject appealToDaoli
            = assignedPost(QStringLiteral("p-1"), QStringLiteral("appeal"), { QStringLiteral("x-daoli") });
        const QJsonObject unassigned = assignedPost(QStringLiteral("p-1"), QJsonValue(), {});
        QTest::addRow("liaison, own unit's appeal: kept with the phone")
            << "liaison"
            << "x-nangang" << appealToNangang << true << true;
        QTest::addRow("liaison, a report for its own unit: never (R10)")
            << "liaison"
            << "x-nangang" << reportToNangang << false << false;
        QTest::addRow("liaison, another unit's post: never (R10)") << "liaison"
                                                                   << "x-nangang" << appealToDaoli << false << false;
        QTest::addRow("liaison, an unassigned post: never (R10)") << "liaison"
                                                                  << "x-nangang" << unassigned << false << false;
        QTest::addRow("supervisor, a report: kept without the phone (R10)") << "supervisor"
                                                                            << "" << reportToNangang << true << false;
        QTest::addRow("supervisor, an appeal: kept with the phone") << "supervisor"
                                                                    << "" << appealToDaoli << true << true;
        QTest::addRow("leader, an appeal: kept without the phone") << "leader"
                                                                   << "" << appealToDaoli << true << false;
        QTest::addRow("column staff, a report: kept with the phone") << "column_staff"
                                                                     << "" << reportToNangang << true << true;
    }

    void import_keepsOnlyWhatTheStoresUserMayHold()
    {
        QFETCH(QString, role);
        QFETCH(QString, unit);
        QFETCH(QJsonObject, post);
        QFETCH(bool, stored);
        QFETCH(bool, phoneKept);
        TemporaryStore store;
        saveCurrentUser(*store.database, { QStringLiteral("u-1"), *roleFromCode(role), unit });
        ImportReport report;
        QString error;
        QVERIFY2(importLines(*store.database, jsonLine(post), &report, &error), qPrintable(error));
        const auto kept = storedPost(*store.database, QStringLiteral("p-1"));
        QCOMPARE(kept.has_value(), stored);
        QCOMPARE(report.inserted, stored ? 1 : 0);
        QCOMPARE(report.withheld.size(), stored ? 0 : 1);
        if (!stored) {
            QCOMPARE(report.withheld.first().line, 1);
            QVERIFY2(report.withheld.first().message.contains(QLatin1String("R10")),
                qPrintable(report.withheld.first().message));
            QVERIFY(!exportAll(*store.database).contains(kPhone.toUtf8()));
            return;
        }
        QCOMPARE(kept->json().value(QLatin1String("author")).toObject().value(QLatin1String("phone")).toString(),
            phoneKept ? kPhone : QString());
        QCOMPARE(exportAll(*store.database).contains(kPhone.toUtf8()), phoneKept);
        QCOMPARE(report.contactsStripped, phoneKept ? 0 : 1);
    }

    // Hostile finding 6: a user not entitled to the author's contact keeps only the alias, so
    // that no other contact field of a report reaches a supervisor's store (R10).
    void scopeFilter_keepsOnlyTheAliasOfAnAuthorWhoseContactIsNotForTheUser_data()
    {
        QTest::addColumn<QJsonObject>("author");
        QTest::addColumn<bool>("stripped");
        const QString alias = QStringLiteral("匿名甲");
        QTest::addRow("phone and e-mail") << QJsonObject { { QStringLiteral("alias"), alias },
            { QStringLiteral("phone"), kPhone }, { QStringLiteral("email"), QStringLiteral("a@example.org") } }
                                          << true;
        QTest::addRow("a second phone") << QJsonObject { { QStringLiteral("alias"), alias },
            { QStringLiteral("phone2"), kPhone } }
                                        << true;
        QTest::addRow("a phone in a nested object") << QJsonObject { { QStringLiteral("alias"), alias },
            { QStringLiteral("contact"), QJsonObject { { QStringLiteral("phone"), kPhone } } } }
                                                    << true;
        QTest::addRow("a capitalised key")
            << QJsonObject { { QStringLiteral("alias"), alias }, { QStringLiteral("Phone"), kPhone } } << true;
        QTest::addRow("null contacts: nothing to strip") << QJsonObject { { QStringLiteral("alias"), alias },
            { QStringLiteral("phone"), QJsonValue() }, { QStringLiteral("email"), QJsonValue() } }
                                                         << false;
        QTest::addRow("the alias alone") << QJsonObject { { QStringLiteral("alias"), alias } } << false;
    }

    void scopeFilter_keepsOnlyTheAliasOfAnAuthorWhoseContactIsNotForTheUser() // R10
    {
        QFETCH(QJsonObject, author);
        QFETCH(bool, stripped);
        QJsonObject post
            = assignedPost(QStringLiteral("p-1"), QStringLiteral("report"), { QStringLiteral("x-nangang") });
        post.insert(QStringLiteral("author"), author);
        bool wasStripped = false;
        QCOMPARE(ScopeFilter({ QStringLiteral("u-1"), Role::Supervisor, {} }).apply(&post, &wasStripped),
            ScopeFilter::Verdict::Keep);
        QCOMPARE(post.value(QLatin1String("author")).toObject(),
            (QJsonObject { { QStringLiteral("alias"), QStringLiteral("匿名甲") } }));
        QCOMPARE(wasStripped, stripped);
        QVERIFY(!QJsonDocument(post).toJson().contains(kPhone.toUtf8()));
    }

    // Second hostile pass: a contact outside `author` (a field of the post, of an assignment, of
    // a reply or of a supervision that the contract does not define) is not kept either (R10).
    void scopeFilter_keepsNoContactOutsideTheAuthor_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addRow("a field of the post") << QStringList { QStringLiteral("contact_phone") };
        QTest::addRow("a field of an assignment")
            << QStringList { QStringLiteral("assignments"), QStringLiteral("contact") };
        QTest::addRow("a field of a reply")
            << QStringList { QStringLiteral("assignments"), QStringLiteral("replies"), QStringLiteral("caller") };
        QTest::addRow("a field of a supervision")
            << QStringList { QStringLiteral("supervisions"), QStringLiteral("reporter_phone") };
    }

    void scopeFilter_keepsNoContactOutsideTheAuthor() // R10
    {
        QFETCH(QStringList, path);
        QJsonObject post
            = assignedPost(QStringLiteral("p-1"), QStringLiteral("report"), { QStringLiteral("x-nangang") });
        const QJsonObject reply { { QStringLiteral("id"), QStringLiteral("r-1") },
            { QStringLiteral("kind"), QStringLiteral("final") },
            { QStringLiteral("text"), QStringLiteral("已办结。") } };
        QJsonObject assignment = post.value(QLatin1String("assignments")).toArray().first().toObject();
        QJsonObject supervision { { QStringLiteral("id"), QStringLiteral("s-1") },
            { QStringLiteral("unit_id"), QStringLiteral("x-nangang") } };
        QJsonObject replyWithContact = reply;
        if (path.size() == 1)
            post.insert(path.first(), kPhone);
        else if (path.first() == QLatin1String("supervisions"))
            supervision.insert(path.last(), kPhone);
        else if (path.size() == 2)
            assignment.insert(path.last(), kPhone);
        else
            replyWithContact.insert(path.last(), kPhone);
        assignment.insert(QStringLiteral("replies"), QJsonArray { replyWithContact });
        post.insert(QStringLiteral("assignments"), QJsonArray { assignment });
        post.insert(QStringLiteral("supervisions"), QJsonArray { supervision });
        bool stripped = false;
        QCOMPARE(ScopeFilter({ QStringLiteral("u-1"), Role::Supervisor, {} }).apply(&post, &stripped),
            ScopeFilter::Verdict::Keep);
        QVERIFY2(!QJsonDocument(post).toJson().contains(kPhone.toUtf8()), QJsonDocument(post).toJson().constData());
        QVERIFY(stripped);
        QCOMPARE(post.value(QLatin1String("assignments")).toArray().first().toObject().value(QLatin1String("replies")),
            QJsonValue(QJsonArray { reply })); // the contract's fields stay
    }

    // Second hostile pass: the report of an import that stopped half way outlives the import of
    // another source, and ends when that source is imported again.
    void interruptedImport_outlivesTheImportOfAnotherSource()
    {
        TemporaryStore store;
        QString error;
        const QString marker = QStringLiteral(R"({"source":"big.jsonl","line":19000})");
        QVERIFY2(writeMetaText(store.database->connection(), QStringLiteral("import_in_progress"), marker, &error),
            qPrintable(error));
        ImportReport report;
        QVERIFY2(importLines(*store.database,
                     jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("标题"), QStringLiteral("正文"))),
                     &report, &error),
            qPrintable(error));
        std::optional<InterruptedImport> interrupted;
        QVERIFY2(PostImporter::interrupted(*store.database, &interrupted, &error), qPrintable(error));
        QVERIFY(interrupted.has_value());
        QCOMPARE(interrupted->source, QStringLiteral("big.jsonl"));
        QCOMPARE(interrupted->lastLine, 19000);

        QByteArray again
            = jsonLine(samplePost(QStringLiteral("p-2"), 1, QStringLiteral("标题"), QStringLiteral("正文")));
        QBuffer input(&again);
        input.open(QIODevice::ReadOnly);
        QVERIFY2(PostImporter(*store.database, QStringLiteral("tester"))
                     .run(input, QStringLiteral("big.jsonl"), &report, &error),
            qPrintable(error));
        QVERIFY2(PostImporter::interrupted(*store.database, &interrupted, &error), qPrintable(error));
        QVERIFY(!interrupted.has_value());
    }

    void importOnLiaisonStore_saysHowManyWereSkippedAndWhy() // R10
    {
        TemporaryStore store;
        saveCurrentUser(*store.database, { QStringLiteral("u-1"), Role::Liaison, QStringLiteral("x-nangang") });
        const QByteArray input
            = jsonLine(assignedPost(QStringLiteral("p-own"), QStringLiteral("appeal"), { QStringLiteral("x-nangang") }))
            + jsonLine(
                assignedPost(QStringLiteral("p-report"), QStringLiteral("report"), { QStringLiteral("x-nangang") }))
            + jsonLine(
                assignedPost(QStringLiteral("p-other"), QStringLiteral("appeal"), { QStringLiteral("x-daoli") }));
        store.database.reset();
        const CliRun run
            = runCli({ QStringLiteral("--db"), store.path(), QStringLiteral("import"), QStringLiteral("-") }, input);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("1 new"), run.out.constData());
        QVERIFY2(run.out.contains("2 not for this store's user (R10)"), run.out.constData());
        QVERIFY2(run.err.contains("line 2: a report"), run.err.constData());
        QVERIFY2(run.err.contains("line 3: not assigned to unit x-nangang"), run.err.constData());
    }

    // Hostile finding 3: a newer version that left a liaison's scope takes the old copy, with
    // the author's phone, off the store, as sync does; an older one is a replay and changes
    // nothing (R10).
    void importVersionOutOfScope_removesTheStoredCopy_data()
    {
        QTest::addColumn<QJsonObject>("imported");
        QTest::addColumn<bool>("kept");
        const auto version = [](QJsonObject post, qint64 number) {
            post.insert(QStringLiteral("version"), number);
            return post;
        };
        QTest::addRow("newer version, reclassified as a report: removed") << version(
            assignedPost(QStringLiteral("p-1"), QStringLiteral("report"), { QStringLiteral("x-nangang") }), 3)
                                                                          << false;
        QTest::addRow("newer version, assigned to another unit: removed")
            << version(assignedPost(QStringLiteral("p-1"), QStringLiteral("appeal"), { QStringLiteral("x-daoli") }), 3)
            << false;
        QTest::addRow("older version as a report: a replay, kept") << version(
            assignedPost(QStringLiteral("p-1"), QStringLiteral("report"), { QStringLiteral("x-nangang") }), 1)
                                                                   << true;
    }

    void importVersionOutOfScope_removesTheStoredCopy() // R10
    {
        QFETCH(QJsonObject, imported);
        QFETCH(bool, kept);
        TemporaryStore store;
        saveCurrentUser(*store.database, { QStringLiteral("u-1"), Role::Liaison, QStringLiteral("x-nangang") });
        QJsonObject own
            = assignedPost(QStringLiteral("p-1"), QStringLiteral("appeal"), { QStringLiteral("x-nangang") });
        own.insert(QStringLiteral("version"), 2);
        importPosts(*store.database, { own });
        QVERIFY(exportAll(*store.database).contains(kPhone.toUtf8()));

        ImportReport report;
        QString error;
        QVERIFY2(importLines(*store.database, jsonLine(imported), &report, &error), qPrintable(error));
        QCOMPARE(report.withheld.size(), 1);
        QCOMPARE(report.removed, kept ? 0 : 1);
        const auto stored = storedPost(*store.database, QStringLiteral("p-1"));
        QCOMPARE(stored.has_value(), kept);
        if (kept)
            QCOMPARE(stored->version(), 2);
        QCOMPARE(exportAll(*store.database).contains(kPhone.toUtf8()), kept);
    }

    // Pull's rule for posts with unsent local work (core/sync/localstate.h): the new version
    // becomes the base and the queued classify is replayed on it.
    void importNewerVersion_keepsTheEffectOfAnUnsentAction() // R1
    {
        TemporaryStore store;
        saveCurrentUser(*store.database, { QStringLiteral("u-17"), Role::ColumnStaff, {} });
        importPosts(
            *store.database, { samplePost(QStringLiteral("p-1"), 1, QStringLiteral("旧标题"), QStringLiteral("a")) });
        Post changed;
        QString error;
        QVERIFY2(LocalActions(*store.database)
                     .perform({ QStringLiteral("u-17"), Role::ColumnStaff, {} }, QStringLiteral("p-1"),
                         { { QStringLiteral("type"), QStringLiteral("classify") },
                             { QStringLiteral("category"), QStringLiteral("appeal") } },
                         &changed, &error),
            qPrintable(error));

        ImportReport report;
        QVERIFY2(importLines(*store.database,
                     jsonLine(samplePost(QStringLiteral("p-1"), 2, QStringLiteral("新标题"), QStringLiteral("b"))),
                     &report, &error),
            qPrintable(error));
        const auto stored = storedPost(*store.database, QStringLiteral("p-1"));
        QVERIFY(stored);
        QCOMPARE(stored->title(), QStringLiteral("新标题"));
        QCOMPARE(stored->version(), 2);
        QCOMPARE(stored->categoryCode(), QStringLiteral("appeal"));
        QCOMPARE(stored->status(), QStringLiteral("triaged"));
        QCOMPARE(report.withLocalWork, 1);
        QList<OutboxEntry> queued;
        QVERIFY2(Outbox(*store.database).unanswered(QStringLiteral("p-1"), &queued, &error), qPrintable(error));
        QCOMPARE(queued.size(), 1);

        // An older version changes nothing, as in the feed.
        QVERIFY2(importLines(*store.database,
                     jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("旧标题"), QStringLiteral("a"))),
                     &report, &error),
            qPrintable(error));
        QCOMPARE(storedPost(*store.database, QStringLiteral("p-1"))->title(), QStringLiteral("新标题"));
        QCOMPARE(storedPost(*store.database, QStringLiteral("p-1"))->categoryCode(), QStringLiteral("appeal"));
    }

    // Hostile finding 7: an unsent action the newer version no longer allows is not replayed on
    // it; the post keeps the local version and a conflict lets the user decide (R1).
    void importNewerVersion_thatRefusesAnUnsentAction_isAConflict_data()
    {
        QTest::addColumn<QJsonObject>("newer");
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("category");
        QTest::addColumn<qint64>("version");
        const auto version2 = [](const QJsonObject &fields) {
            return samplePost(QStringLiteral("p-1"), 2, QStringLiteral("新标题"), QStringLiteral("b"), fields);
        };
        QTest::addRow("shielded on the portal: a conflict, the local version stays")
            << version2({ { QStringLiteral("status"), QStringLiteral("shielded") },
                   { QStringLiteral("shield_reason"), QStringLiteral("spam") } })
            << true << "triaged"
            << "appeal" << qint64(1);
        QTest::addRow("dispatched to a unit on the portal: a conflict") << version2({
            { QStringLiteral("status"), QStringLiteral("dispatched") },
            { QStringLiteral("category"), QStringLiteral("consultation") },
            { QStringLiteral("assignments"),
                QJsonArray {
                    pendingAssignment(QStringLiteral("x-nangang"), QStringLiteral("2025-03-03T10:00:00+08:00")) } },
        }) << true << "triaged"
                                                                        << "appeal" << qint64(1);
        QTest::addRow("still new on the portal: the classify is replayed") << version2({}) << false << "triaged"
                                                                           << "appeal" << qint64(2);
    }

    void importNewerVersion_thatRefusesAnUnsentAction_isAConflict() // R1
    {
        QFETCH(QJsonObject, newer);
        QFETCH(bool, conflict);
        QFETCH(QString, status);
        QFETCH(QString, category);
        QFETCH(qint64, version);
        TemporaryStore store;
        const Actor clerk { QStringLiteral("u-17"), Role::ColumnStaff, {} };
        saveCurrentUser(*store.database, clerk);
        importPosts(
            *store.database, { samplePost(QStringLiteral("p-1"), 1, QStringLiteral("旧标题"), QStringLiteral("a")) });
        Post changed;
        QString error;
        QVERIFY2(LocalActions(*store.database)
                     .perform(clerk, QStringLiteral("p-1"),
                         { { QStringLiteral("type"), QStringLiteral("classify") },
                             { QStringLiteral("category"), QStringLiteral("appeal") } },
                         &changed, &error),
            qPrintable(error));

        ImportReport report;
        QVERIFY2(importLines(*store.database, jsonLine(newer), &report, &error), qPrintable(error));
        QCOMPARE(report.withLocalWork, 1);
        const auto stored = storedPost(*store.database, QStringLiteral("p-1"));
        QVERIFY(stored);
        QCOMPARE(stored->status(), status);
        QCOMPARE(stored->categoryCode(), category);
        QCOMPARE(stored->version(), version);
        QVERIFY(stored->json().value(QLatin1String("shield_reason")).isNull()
            || stored->json().value(QLatin1String("shield_reason")).isUndefined());
        std::optional<SyncConflict> open;
        QVERIFY2(ConflictStore(*store.database).find(QStringLiteral("p-1"), &open, &error), qPrintable(error));
        QCOMPARE(open.has_value(), conflict);
        if (conflict) {
            QCOMPARE(open->kind, SyncConflict::Kind::Version);
            QCOMPARE(Post(open->portal).version(), 2);
            QCOMPARE(Post(open->portal).status(), newer.value(QLatin1String("status")).toString());
        }
        QList<OutboxEntry> queued;
        QVERIFY2(Outbox(*store.database).unanswered(QStringLiteral("p-1"), &queued, &error), qPrintable(error));
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().state, conflict ? OutboxEntry::State::Conflict : OutboxEntry::State::Pending);
    }

    void importMisleadingText_isRefusedWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("expectedWords");
        const QJsonObject good = samplePost(QStringLiteral("p-bad"), 1, QStringLiteral("标题"), QStringLiteral("正文"));
        const QByteArray goodLine = jsonLine(good);
        const auto withId = [&](const QString &id) {
            QJsonObject post = good;
            post.insert(QStringLiteral("id"), id);
            return jsonLine(post);
        };
        const auto replaced = [&](const char *before, const char *after) {
            QByteArray line = goodLine;
            line.replace(before, after);
            return line;
        };
        QTest::addRow("raw control character in a string")
            << replaced("\"标题\"", "\"标\x07题\"") << QStringLiteral("control character");
        QTest::addRow("raw tab in a string")
            << replaced("\"正文\"", "\"正\t文\"") << QStringLiteral("control character");
        QTest::addRow("raw control character after an escaped quote")
            << replaced("\"标题\"", "\"标\\\"题\x01\"") << QStringLiteral("control character");
        QTest::addRow("raw control character in the string after an escaped backslash")
            << replaced("\"正文\"", "\"正文\\\\\",\"x\":\"\x02\"") << QStringLiteral("control character");
        // QJsonDocument reads a backslash before any character; the line would be stored and exported
        // as text that is not JSON.
        QTest::addRow("invalid escape in a string")
            << replaced("\"正文\"", "\"正\\q文\"") << QStringLiteral("starts no JSON escape");
        // The parser stops there with "not valid UTF-8" (hostile pass 12, F2).
        QTest::addRow("backslash before a Chinese character")
            << replaced("\"正文\"", "\"正\\文\"") << QStringLiteral("starts no JSON escape");
        QTest::addRow("backslash before a raw tab")
            << replaced("\"标题\"", "\"标\\\t题\"") << QStringLiteral("starts no JSON escape");
        QTest::addRow("newline in an id") << withId(QStringLiteral("p-2\np-forged")) << QStringLiteral("\"id\"");
        QTest::addRow("tab in an id") << withId(QStringLiteral("p-2\tx")) << QStringLiteral("\"id\"");
        QTest::addRow("other control character in an id")
            << withId(QStringLiteral("p-2\x01")) << QStringLiteral("\"id\"");
        QTest::addRow("leading space in an id") << withId(QStringLiteral(" p-1")) << QStringLiteral("\"id\"");
        QTest::addRow("trailing space in an id") << withId(QStringLiteral("p-1 ")) << QStringLiteral("\"id\"");
        QTest::addRow("duplicate key") << replaced("\"title\":\"标题\"", "\"title\":\"标题\",\"title\":\"别的\"")
                                       << QStringLiteral("duplicate key \"title\"");
        QTest::addRow("duplicate key written with an escape") << replaced("\"title\":\"标题\"",
            "\"title\":\"标题\",\"t\\u0069tle\":\"别的\"") << QStringLiteral("duplicate key \"title\"");
        // Hostile finding 12: stored and exported as the start of the post's text.
        QTest::addRow("byte order mark at the start of a later line")
            << "\xEF\xBB\xBF" + goodLine << QStringLiteral("byte order mark");
        // Hostile finding 11: not a character; different ids would print alike.
        QTest::addRow("lone high surrogate in an id")
            << replaced("\"p-bad\"", "\"h-\\ud800\"") << QStringLiteral("\"id\"");
        QTest::addRow("lone low surrogate in an id")
            << replaced("\"p-bad\"", "\"h-\\udc00\"") << QStringLiteral("\"id\"");
        QTest::addRow("reversed surrogate pair in an id")
            << replaced("\"p-bad\"", "\"h-\\ude00\\ud83d\"") << QStringLiteral("\"id\"");
        QTest::addRow("duplicate key in a nested object") << replaced("\"alias\":", "\"alias\":\"甲\",\"alias\":")
                                                          << QStringLiteral("duplicate key \"author.alias\"");
    }

    void importMisleadingText_isRefusedWithItsLine()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, expectedWords);
        TemporaryStore store;
        importPosts(
            *store.database, { samplePost(QStringLiteral("p-1"), 1, QStringLiteral("供暖"), QStringLiteral("a")) });
        const QByteArray before = exportAll(*store.database);
        const QByteArray input
            = jsonLine(samplePost(QStringLiteral("p-2"), 1, QStringLiteral("物业"), QStringLiteral("b"))) + badLine;
        ImportReport report;
        QString error;
        QVERIFY(!importLines(*store.database, input, &report, &error));
        QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
        QVERIFY2(error.contains(expectedWords), qPrintable(error));
        QCOMPARE(exportAll(*store.database), before);
    }

    void importOrdinaryJsonText_isAccepted()
    {
        TemporaryStore store;
        // Whitespace between tokens, escaped control characters and the same key in two
        // different objects are all valid JSON.
        QByteArray line = jsonLine(
            samplePost(QStringLiteral("p-1"), 1, QStringLiteral("标题"), QStringLiteral("第一行\n第二行\t结束")));
        line.replace(",\"title\":", ",\t\"title\" :\r ");
        ImportReport report;
        QString error;
        QVERIFY2(importLines(*store.database, line, &report, &error), qPrintable(error));
        QCOMPARE(report.inserted, 1);
        QCOMPARE(storedPost(*store.database, QStringLiteral("p-1"))->body(), QStringLiteral("第一行\n第二行\t结束"));
        for (const QByteArray &exported : exportAll(*store.database).split('\n')) {
            QJsonParseError parse;
            if (!exported.isEmpty())
                QJsonDocument::fromJson(exported, &parse);
            QVERIFY(exported.isEmpty() || parse.error == QJsonParseError::NoError);
        }
    }

    // Hostile findings 11 and 12: a byte order mark before the first line marks the file's
    // encoding and is dropped; an id with a whole surrogate pair (an emoji) is a plain id.
    void importFirstLineByteOrderMarkAndEmojiId_areAccepted()
    {
        TemporaryStore store;
        QByteArray line
            = jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("标题"), QStringLiteral("正文")));
        line.replace("\"p-1\"", "\"h-\\ud83d\\ude00\"");
        ImportReport report;
        QString error;
        QVERIFY2(importLines(*store.database, "\xEF\xBB\xBF" + line, &report, &error), qPrintable(error));
        QCOMPARE(report.inserted, 1);
        const QString emojiId = QStringLiteral("h-") + QString::fromUcs4(U"\U0001F600");
        QVERIFY(storedPost(*store.database, emojiId).has_value());
        const QByteArray exported = exportAll(*store.database);
        QVERIFY2(!exported.contains("\xEF\xBB\xBF"), exported.constData());
        QVERIFY2(exported.startsWith('{'), exported.constData());
    }

    // Sync validates every post of a page with the same validator (core/sync/changepage.cpp).
    void syncPageWithMisleadingId_isRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addRow("leading space") << QStringLiteral(" h-1");
        QTest::addRow("newline") << QStringLiteral("h-1\nh-2");
        QTest::addRow("tab") << QStringLiteral("h-1\th-2");
        QTest::addRow("delete character") << QStringLiteral("h-1\x7f");
        QTest::addRow("lone surrogate") << QStringLiteral("h-") + QChar(0xD800);
    }

    void syncPageWithMisleadingId_isRefused()
    {
        QFETCH(QString, id);
        const QJsonObject post = samplePost(id, 1, QStringLiteral("标题"), QStringLiteral("正文"));
        QVERIFY(!validatePost(post).isEmpty());
        const QJsonObject body { { QStringLiteral("changes"),
                                     QJsonArray { QJsonObject { { QStringLiteral("post"), post } } } },
            { QStringLiteral("next_cursor"), QStringLiteral("c-1") }, { QStringLiteral("has_more"), false } };
        QJsonArray changes;
        PreparedPage page = PreparedPage::read(body, &changes);
        page.prepare(changes, ScopeFilter({ QStringLiteral("u-1"), Role::ColumnStaff, {} }));
        QVERIFY(page.changes.isEmpty());
        QVERIFY(page.error.isError());
        QCOMPARE(page.error.postId, id);
    }

    // Hostile finding 2: a pipe has no bytes available before the first read; its lines are
    // all imported all the same.
    void importFromFifo_importsEveryLine()
    {
        TemporaryStore store;
        const QString fifo = store.dir.filePath(QStringLiteral("posts.fifo"));
        QVERIFY2(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0, strerror(errno));
        const QByteArray lines
            = jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("供暖"), QStringLiteral("a")))
            + jsonLine(samplePost(QStringLiteral("p-2"), 1, QStringLiteral("物业"), QStringLiteral("b")));
        qint64 written = -1;
        std::thread writer([&]() {
            QFile out(fifo);
            if (out.open(QIODevice::WriteOnly))
                written = out.write(lines);
        });
        QFile in(fifo);
        const bool opened = in.open(QIODevice::ReadOnly);
        ImportReport report;
        QString error;
        const bool imported
            = opened && PostImporter(*store.database, QStringLiteral("tester")).run(in, fifo, &report, &error);
        in.close();
        writer.join();
        QVERIFY2(opened, qPrintable(in.errorString()));
        QCOMPARE(written, lines.size());
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(report.inserted, 2);
        QCOMPARE(storedPostCount(*store.database), 2);
    }

    // An endless line (/dev/zero) is refused as too long, not read for ever nor taken as empty.
    void importEndlessLine_isRefusedAsTooLong()
    {
        TemporaryStore store;
        QFile zero(QStringLiteral("/dev/zero"));
        QVERIFY2(zero.open(QIODevice::ReadOnly), qPrintable(zero.errorString()));
        ImportReport report;
        QString error;
        QVERIFY(!PostImporter(*store.database, QStringLiteral("tester")).run(zero, zero.fileName(), &report, &error));
        QVERIFY2(error.contains(QLatin1String("line 1")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("longer than")), qPrintable(error));
        QCOMPARE(storedPostCount(*store.database), 0);
    }

    // The store pass checks every line again that differs from what the check pass read.
    void importInputChangedAfterTheCheck_isCheckedAgain_data()
    {
        QTest::addColumn<QByteArray>("changedLine");
        QTest::addColumn<bool>("imported");
        const QByteArray first
            = jsonLine(samplePost(QStringLiteral("p-2"), 1, QStringLiteral("甲"), QStringLiteral("a")));
        QTest::addRow("broken JSON") << QByteArray("{\"id\": \"p-2\"\n") << false;
        QByteArray twice = first;
        twice.replace(",\"title\":", ",\"title\":\"乙\",\"title\":");
        QTest::addRow("a key given twice") << twice << false;
        QByteArray control = first;
        control.replace("\"a\"", "\"a\tb\"");
        QTest::addRow("a raw control character") << control << false;
        QTest::addRow("another valid version")
            << jsonLine(samplePost(QStringLiteral("p-2"), 1, QStringLiteral("丙"), QStringLiteral("a"))) << true;
    }

    void importInputChangedAfterTheCheck_isCheckedAgain()
    {
        QFETCH(QByteArray, changedLine);
        QFETCH(bool, imported);
        TemporaryStore store;
        const QByteArray line1
            = jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("一"), QStringLiteral("a")));
        const QByteArray line2
            = jsonLine(samplePost(QStringLiteral("p-2"), 1, QStringLiteral("甲"), QStringLiteral("a")));
        InputChangedWhenReadAgain input(line1 + line2, line1 + changedLine);
        QVERIFY(input.open(QIODevice::ReadOnly));
        ImportReport report;
        QString error;
        const bool ran = PostImporter(*store.database, QStringLiteral("tester"))
                             .run(input, QStringLiteral("changing"), &report, &error);
        QCOMPARE(ran, imported);
        if (!imported) {
            QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("changed while")), qPrintable(error));
            QCOMPARE(storedPostCount(*store.database), 0);
            return;
        }
        QCOMPARE(report.inserted, 2);
        QCOMPARE(storedPost(*store.database, QStringLiteral("p-2"))->title(), QStringLiteral("丙"));
    }

    // With bad lines skipped, the lines skipped are those the check pass reported: a line that
    // breaks after the check stops the import as without skipping, and a line reported as
    // skipped that mends after the check is not stored behind the report's back.
    void importSkippingBadLines_inputChangedAfterTheCheck_data()
    {
        QTest::addColumn<QByteArray>("checkedLine");
        QTest::addColumn<QByteArray>("storedLine");
        QTest::addColumn<bool>("imported");
        QTest::addColumn<int>("skipped");
        const QByteArray good
            = jsonLine(samplePost(QStringLiteral("p-2"), 1, QStringLiteral("甲"), QStringLiteral("a")));
        const QByteArray broken("{\"id\": \"p-2\"\n");
        QTest::addRow("breaks after the check") << good << broken << false << 0;
        QTest::addRow("mends after the check") << broken << good << true << 1;
    }

    void importSkippingBadLines_inputChangedAfterTheCheck()
    {
        QFETCH(QByteArray, checkedLine);
        QFETCH(QByteArray, storedLine);
        QFETCH(bool, imported);
        QFETCH(int, skipped);
        TemporaryStore store;
        const QByteArray line1
            = jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("一"), QStringLiteral("a")));
        InputChangedWhenReadAgain input(line1 + checkedLine, line1 + storedLine);
        QVERIFY(input.open(QIODevice::ReadOnly));
        ImportReport report;
        QString error;
        PostImporter importer(*store.database, QStringLiteral("tester"));
        importer.setSkipBadLines(true);
        QCOMPARE(importer.run(input, QStringLiteral("changing"), &report, &error), imported);
        if (!imported) {
            QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("changed while")), qPrintable(error));
            QCOMPARE(storedPostCount(*store.database), 0);
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.skipped.size(), skipped);
        QCOMPARE(report.skipped.constFirst().line, 2);
        QCOMPARE(report.inserted, 1);
        QCOMPARE(storedPostCount(*store.database), 1);
        QVERIFY(!storedPost(*store.database, QStringLiteral("p-2")));
    }

    // Lines appended to a file while it is imported were not checked: only what the check pass
    // read is imported, and the report says where the input grew, good line or bad.
    void importInputGrowsDuringTheImport_importsOnlyWhatWasChecked_data()
    {
        QTest::addColumn<QByteArray>("appended");
        QTest::addRow("a bad line") << QByteArray("{\"id\": \"p-3\"\n");
        QTest::addRow("a good line") << jsonLine(
            samplePost(QStringLiteral("p-3"), 1, QStringLiteral("丙"), QStringLiteral("a")));
    }

    void importInputGrowsDuringTheImport_importsOnlyWhatWasChecked()
    {
        QFETCH(QByteArray, appended);
        TemporaryStore store;
        const QByteArray checked
            = jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("一"), QStringLiteral("a")))
            + jsonLine(samplePost(QStringLiteral("p-2"), 1, QStringLiteral("甲"), QStringLiteral("a")));
        InputChangedWhenReadAgain input(checked, checked + appended);
        QVERIFY(input.open(QIODevice::ReadOnly));
        ImportReport report;
        QString error;
        QVERIFY2(PostImporter(*store.database, QStringLiteral("tester"))
                     .run(input, QStringLiteral("growing"), &report, &error),
            qPrintable(error));
        QCOMPARE(report.inserted, 2);
        QCOMPARE(report.grewAfterLine, 2);
        QCOMPARE(storedPostCount(*store.database), 2);
        QVERIFY(!storedPost(*store.database, QStringLiteral("p-3")));
        std::optional<InterruptedImport> interrupted;
        QVERIFY2(PostImporter::interrupted(*store.database, &interrupted, &error), qPrintable(error));
        QVERIFY(!interrupted);
    }

    // A file cut short between the check and the store pass (at a line's end, so every line read
    // is good): the checked lines it no longer holds are not dropped without a word.
    void importInputShrinksDuringTheImport_failsAndSaysWhere()
    {
        TemporaryStore store;
        const QByteArray line1
            = jsonLine(samplePost(QStringLiteral("p-1"), 1, QStringLiteral("一"), QStringLiteral("a")));
        const QByteArray line2
            = jsonLine(samplePost(QStringLiteral("p-2"), 1, QStringLiteral("甲"), QStringLiteral("a")));
        InputChangedWhenReadAgain input(line1 + line2, line1);
        QVERIFY(input.open(QIODevice::ReadOnly));
        ImportReport report;
        QString error;
        QVERIFY(!PostImporter(*store.database, QStringLiteral("tester"))
                     .run(input, QStringLiteral("shrinking"), &report, &error));
        QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("changed while")), qPrintable(error));
        // Line 1 was stored in the chunk the failure rolled back (hostile pass 7, F5).
        QVERIFY2(error.contains(QLatin1String("Nothing was imported")), qPrintable(error));
        QCOMPARE(storedPostCount(*store.database), 0);
    }

    // A failure of the store pass that is not a line's says what was imported too (hostile pass
    // 8, F1): here the last chunk's audit entry is refused, so the chunk is rolled back.
    void importFailingAtItsLastCommit_saysNothingWasImported()
    {
        TemporaryStore store;
        QString error;
        QVERIFY2(store.database->execute({ QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END") },
                     &error),
            qPrintable(error));
        ImportReport report;
        QVERIFY(!importLines(*store.database, syntheticLines(3), &report, &error));
        QVERIFY2(error.contains(QLatin1String("refused by the test")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Nothing was imported")), qPrintable(error));
        QCOMPARE(storedPostCount(*store.database), 0);
    }

    void importInputThatDoesNotGrow_saysNothingAboutGrowing()
    {
        TemporaryStore store;
        ImportReport report;
        QString error;
        QVERIFY2(importLines(*store.database, syntheticLines(3), &report, &error), qPrintable(error));
        QCOMPARE(report.inserted, 3);
        QCOMPARE(report.grewAfterLine, 0);
    }

    // A bad line after many chunks: the whole input is checked before the first write.
    void importWithBadLastLine_ofManyChunks_changesNothing()
    {
        TemporaryStore store;
        importPosts(
            *store.database, { samplePost(QStringLiteral("p-1"), 1, QStringLiteral("供暖"), QStringLiteral("a")) });
        const QByteArray before = exportAll(*store.database);
        const QByteArray input = syntheticLines(int(3 * PostImporter::kBatchLines)) + "{\"id\": \"p-broken\"\n";
        ImportReport report;
        QString error;
        QVERIFY(!importLines(*store.database, input, &report, &error));
        QVERIFY2(error.contains(QStringLiteral("line %1").arg(3 * PostImporter::kBatchLines + 1)), qPrintable(error));
        QCOMPARE(exportAll(*store.database), before);
        QCOMPARE(storedPostCount(*store.database), 1);
    }

    // A local action during a long import gets in between two chunks.
    void localActionDuringLongImport_succeeds() // R1
    {
        TemporaryStore store;
        saveCurrentUser(*store.database, { QStringLiteral("u-17"), Role::ColumnStaff, {} });
        importPosts(
            *store.database, { samplePost(QStringLiteral("p-seed"), 1, QStringLiteral("供暖"), QStringLiteral("a")) });
        const QString input = store.dir.filePath(QStringLiteral("posts.jsonl"));
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // Several chunks of 2 s even on a fast, quiet machine.
            file.write(syntheticLines(300000));
        }
        QProcess import;
        import.start(
            QStringLiteral(BXT_CLI_PATH), { QStringLiteral("--db"), store.path(), QStringLiteral("import"), input });
        QVERIFY(import.waitForStarted());
        // Part of the import is visible: a chunk was committed and the write lock released.
        QTRY_VERIFY_WITH_TIMEOUT(import.state() == QProcess::NotRunning
                || (storedPostCount(*store.database) > 1 && storedPostCount(*store.database) < 300001),
            60000);
        QVERIFY2(import.state() == QProcess::Running, "no chunk of the import was visible while it ran");
        Post changed;
        QString error;
        QElapsedTimer waited;
        waited.start();
        QVERIFY2(LocalActions(*store.database)
                     .perform({ QStringLiteral("u-17"), Role::ColumnStaff, {} }, QStringLiteral("p-seed"),
                         { { QStringLiteral("type"), QStringLiteral("classify") },
                             { QStringLiteral("category"), QStringLiteral("appeal") } },
                         &changed, &error),
            qPrintable(error));
        // Far less than the store's busy timeout of 10 s: a chunk holds the write lock briefly.
        QVERIFY2(waited.elapsed() < 3000, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(import.waitForFinished(120000));
        QCOMPARE(import.exitCode(), 0);
        QCOMPARE(storedPostCount(*store.database), 300001);
        QCOMPARE(storedPost(*store.database, QStringLiteral("p-seed"))->categoryCode(), QStringLiteral("appeal"));
    }
};

QTEST_GUILESS_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
