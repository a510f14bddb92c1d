// PostRecord::fromCheckedText: an import reads a checked line's indexed columns, assignments,
// supervisions and search terms without a QJsonObject. It must give what PostRecord::from()
// gives from the parsed post, or nothing (the importer then parses), never another record.

#include "demo/syntheticpostgenerator.h"
#include "store/poststore.h"

#include <QJsonDocument>
#include <QtTest>

using namespace bxt;
using namespace Qt::StringLiterals;

// Declared before the test data: moc does not read raw string literals as C++ does.
class TestPostRecord : public QObject
{
    Q_OBJECT

private slots:
    void fromCheckedText_givesWhatTheParsedPostGives_data();
    void fromCheckedText_givesWhatTheParsedPostGives();
    void fromCheckedText_readsTheColumns();
    void fromCheckedText_leavesToTheParser_data();
    void fromCheckedText_leavesToTheParser();
    void fromCheckedText_generatedPosts();
};

namespace {

QByteArray line(const char *json)
{
    return QByteArray(json);
}

// A post as the portal writes it, with the given members replacing or adding to its own.
QByteArray post(const QByteArray &members = {})
{
    QByteArray json
        = R"({"id": "p-1", "version": 3, "title": "道里区供暖不热", "body": "屋里只有十二度，老人孩子受不了。",)"
          R"( "category": "appeal", "status": "dispatched", "submitted_at": "2025-03-03T08:15:00+08:00",)"
          R"( "views": 42, "author": {"alias": "网友", "phone": "13800000000", "email": null})";
    if (!members.isEmpty())
        json += ", " + members;
    return json + "}";
}

void compareRecords(const PostRecord &direct, const PostRecord &parsed)
{
    QCOMPARE(direct.id, parsed.id);
    QCOMPARE(direct.version, parsed.version);
    QCOMPARE(direct.title, parsed.title);
    QCOMPARE(direct.title.isNull(), parsed.title.isNull());
    QCOMPARE(direct.category, parsed.category);
    QCOMPARE(direct.category.isEmpty(), parsed.category.isEmpty());
    QCOMPARE(direct.status, parsed.status);
    QCOMPARE(direct.submittedAt, parsed.submittedAt);
    QCOMPARE(direct.views, parsed.views);
    QCOMPARE(direct.assignments.size(), parsed.assignments.size());
    for (qsizetype i = 0; i < direct.assignments.size(); ++i) {
        QCOMPARE(direct.assignments[i].unitId, parsed.assignments[i].unitId);
        QCOMPARE(direct.assignments[i].dispatchedAt, parsed.assignments[i].dispatchedAt);
        QCOMPARE(direct.assignments[i].status, parsed.assignments[i].status);
        QCOMPARE(direct.assignments[i].promiseDue, parsed.assignments[i].promiseDue);
        QCOMPARE(direct.assignments[i].promiseDue.isEmpty(), parsed.assignments[i].promiseDue.isEmpty());
    }
    QCOMPARE(direct.supervisions.size(), parsed.supervisions.size());
    for (qsizetype i = 0; i < direct.supervisions.size(); ++i) {
        QCOMPARE(direct.supervisions[i].unitId, parsed.supervisions[i].unitId);
        QCOMPARE(direct.supervisions[i].openedAt, parsed.supervisions[i].openedAt);
    }
    QCOMPARE(direct.terms.length, parsed.terms.length);
    QVERIFY(direct.terms.weights == parsed.terms.weights);
}

PostRecord parsedRecord(const QByteArray &json)
{
    return PostRecord::from(Post(QJsonDocument::fromJson(json).object()));
}

} // namespace

void TestPostRecord::fromCheckedText_givesWhatTheParsedPostGives_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("a plain post") << post();
    QTest::newRow("no spaces") << QJsonDocument::fromJson(post()).toJson(QJsonDocument::Compact);
    QTest::newRow("indented") << QJsonDocument::fromJson(post()).toJson(QJsonDocument::Indented);
    QTest::newRow("tabs and line ends between tokens")
        << line("{\t\"id\"\r\n:\t\"p-2\" ,\n\"version\"\t:\t7\r\n,\"title\":\"噪音\",\"body\":\"夜里\"\n}");
    QTest::newRow("members in another order")
        << line(R"({"views": 5, "body": "夜里施工", "title": "噪音扰民", "id": "p-3", "version": 1, "status": "new",)"
                R"( "submitted_at": "2025-01-01T00:00:00Z", "category": null})");
    QTest::newRow("escapes in the title and body")
        << post(R"("title": "\"路灯\"不亮\\坏了\/修\n\t", "body": "第一行\r\n第二行\b\f")");
    QTest::newRow("an escaped quote ending a run of eight") << post(R"("title": "abcdefg\"")");
    QTest::newRow("escaped backslashes before the closing quote") << post(R"("title": "路灯\\\\")");
    QTest::newRow("empty title and body") << post(R"("title": "", "body": "")");
    QTest::newRow("null category") << post(R"("category": null)");
    QTest::newRow("empty category") << post(R"("category": "")");
    QTest::newRow("a missing title, body and views") << line(R"({"id": "p-4", "version": 1, "status": "new",)"
                                                             R"( "submitted_at": "2025-01-01T00:00:00+08:00"})");
    QTest::newRow("null lists") << post(R"("assignments": null, "supervisions": null)");
    QTest::newRow("empty lists") << post(R"("assignments": [], "supervisions": [ ])");
    QTest::newRow("assignments with replies to skip")
        << post(R"("assignments": [{"unit_id": "d-道里", "dispatched_at": "2025-03-03T10:02:00+08:00",)"
                R"( "status": "replied", "promise_due": null, "replies": [{"id": "r-1", "text": "已处理，)"
                R"(\"供暖\"已恢复 {[,]}", "doc_refs": ["x", 1, true, null, {"a": [1.5e3, -2]}]}],)"
                R"( "accepted_at": "2025-03-03T11:00:00+08:00"}, {"unit_id": "d-南岗", "status": "promised",)"
                R"( "promise_due": "2025-03-20", "dispatched_at": "2025-03-04T09:00:00+08:00", "replies": []}])");
    QTest::newRow("a unit listed twice") << post(
        R"("assignments": [{"unit_id": "d-1", "dispatched_at": "2025-03-03T10:02:00+08:00", "status": "returned",)"
        R"( "promise_due": null}, {"unit_id": "d-1", "dispatched_at": "2025-03-05T10:02:00Z", "status": "pending"}])");
    QTest::newRow("supervisions, one not opened")
        << post(R"("supervisions": [{"id": "s-1", "unit_id": "d-道里", "opened_at": "2025-03-10T09:00:00+08:00",)"
                R"( "note": "电话督办", "result": null}, {"id": "s-2", "unit_id": "d-南岗", "opened_at": null}])");
    QTest::newRow("unknown members of every type")
        << post(R"("x_flag": true, "x_none": null, "x_number": -12.5e-1, "x_object": {"title": "不是标题",)"
                R"( "views": 9}, "x_list": [[], {}, "]", "}"], "x_text": "\\\"")");
    QTest::newRow("the largest count read directly") << post(R"("views": 999999999999999)");
    QTest::newRow("Chinese text longer than a word at every offset")
        << post(R"("body": "a供暖b不热cd屋里efg只有hijk十二度lmnop")");
}

void TestPostRecord::fromCheckedText_givesWhatTheParsedPostGives()
{
    QFETCH(QByteArray, json);
    QJsonParseError parse;
    QJsonDocument::fromJson(json, &parse);
    QCOMPARE(parse.error, QJsonParseError::NoError);
    const std::optional<PostRecord> direct = PostRecord::fromCheckedText(json);
    QVERIFY(direct);
    compareRecords(*direct, parsedRecord(json));
}

// Worked by hand, so that the two readers cannot agree on a wrong record.
void TestPostRecord::fromCheckedText_readsTheColumns()
{
    const std::optional<PostRecord> record = PostRecord::fromCheckedText(
        post(R"("assignments": [{"unit_id": "d-道里", "dispatched_at": "2025-03-03T10:02:00+08:00",)"
             R"( "status": "accepted", "promise_due": "2025-03-20"}], "supervisions": [{"unit_id": "d-道里",)"
             R"( "opened_at": "2025-03-10T09:00:00+08:00"}])"));
    QVERIFY(record);
    QCOMPARE(record->id, u"p-1"_s);
    QCOMPARE(record->version, 3);
    QCOMPARE(record->title, QByteArray("道里区供暖不热"));
    QCOMPARE(record->category, QByteArray("appeal"));
    QCOMPARE(record->status, QByteArray("dispatched"));
    QCOMPARE(record->submittedAt, 1740960900); // 2025-03-03T00:15:00Z
    QCOMPARE(record->views, 42);
    QCOMPARE(record->assignments.size(), 1);
    QCOMPARE(record->assignments[0].unitId, QByteArray("d-道里"));
    QCOMPARE(record->assignments[0].dispatchedAt, 1740967320); // 2025-03-03T02:02:00Z
    QCOMPARE(record->assignments[0].status, QByteArray("accepted"));
    QCOMPARE(record->assignments[0].promiseDue, QByteArray("2025-03-20"));
    QCOMPARE(record->supervisions.size(), 1);
    QCOMPARE(record->supervisions[0].openedAt, std::optional<qint64>(1741568400)); // 2025-03-10T01:00:00Z
}

// What the direct reader leaves to QJsonDocument.
void TestPostRecord::fromCheckedText_leavesToTheParser_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("a \\u escape in the title") << post(R"("title": "\u8def\u706f")");
    QTest::newRow("a surrogate pair in the body") << post(R"("body": "\ud83d\ude00")");
    QTest::newRow("a \\u escape in a unit") << post(R"("assignments": [{"unit_id": "d-\u0031"}])");
    QTest::newRow("a key with an escape") << post(R"("ti\u0074le": "x")");
    QTest::newRow("a version with a fraction") << post(R"("version": 3.0)");
    QTest::newRow("a version with an exponent") << post(R"("version": 3e0)");
    QTest::newRow("a negative count") << post(R"("views": -1)");
    QTest::newRow("a count of 16 digits") << post(R"("views": 1000000000000000)");
    QTest::newRow("a number for a title") << post(R"("title": 7)");
    QTest::newRow("an assignment that is not an object") << post(R"("assignments": ["d-1"])");
    QTest::newRow("a list that is an object") << post(R"("assignments": {"unit_id": "d-1"})");
    QTest::newRow("not an object") << line(R"(["p-1"])");
    QTest::newRow("a string cut short") << line(R"({"id": "p-1)");
}

void TestPostRecord::fromCheckedText_leavesToTheParser()
{
    QFETCH(QByteArray, json);
    QVERIFY(!PostRecord::fromCheckedText(json));
}

// The synthetic posts the benchmarks import: every one read directly, as parsed.
void TestPostRecord::fromCheckedText_generatedPosts()
{
    SyntheticPostGenerator generator(20051209);
    for (int i = 0; i < 3000; ++i) {
        const QByteArray json = QJsonDocument(generator.next()).toJson(QJsonDocument::Compact);
        const std::optional<PostRecord> direct = PostRecord::fromCheckedText(json);
        QVERIFY2(direct, json.constData());
        compareRecords(*direct, parsedRecord(json));
    }
}

QTEST_GUILESS_MAIN(TestPostRecord)
#include "tst_postrecord.moc"
