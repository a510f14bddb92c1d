// Supervision (督办, R20): the candidates and their reasons — past a deadline on either clock
// (R16–R18), strong public attention (views, or many similar posts in a short time),
// concentrated opinion, an unsatisfied author, the same author or text several times without a
// reply — under thresholds an administrator sets; and a supervision from candidate to result
// through LocalActions, with its written notice numbered in the store.

#include "storetestsupport.h"

#include "actions/localactions.h"
#include "demo/syntheticpostgenerator.h"
#include "rules/actioneffect.h"
#include "store/unitstore.h"
#include "supervision/opensupervisions.h"
#include "supervision/supervisioncandidates.h"
#include "supervision/supervisionnotice.h"

#include <QtTest>

using namespace bxt;
using namespace bxt::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2025, 3, 20);
const Actor kSupervisor { u"u-supervisor"_s, Role::Supervisor, {} };

QJsonObject assignment(
    const QString &unitId, const QString &status, const QString &dispatchedAt, const QString &promiseDue = {})
{
    QJsonObject json = pendingAssignment(unitId, dispatchedAt);
    json.insert(u"status"_s, status);
    json.insert(u"promise_due"_s, promiseDue.isEmpty() ? QJsonValue() : QJsonValue(promiseDue));
    return json;
}

// A dispatched post; each has its own words unless text is given.
QJsonObject post(const QString &id, const QString &submitted, const QJsonArray &assignments,
    const QJsonObject &overrides = {}, const QString &text = {})
{
    const QString words = text.isEmpty() ? u"编号%1的单独事项，内容各不相同。"_s.arg(id) : text;
    QJsonObject json = samplePost(id, 1, text.isEmpty() ? u"事项%1"_s.arg(id) : u"反映问题"_s, words,
        { { u"submitted_at"_s, submitted }, { u"category"_s, u"appeal"_s }, { u"status"_s, u"dispatched"_s },
            { u"views"_s, 10 }, { u"author"_s, QJsonObject { { u"alias"_s, u"网友%1"_s.arg(id) } } },
            { u"assignments"_s, assignments } });
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject openSupervision(const QString &unitId)
{
    return { { u"id"_s, u"s-1"_s }, { u"unit_id"_s, unitId }, { u"opened_at"_s, u"2025-03-12T09:00:00+08:00"_s },
        { u"method"_s, u"phone"_s }, { u"reason"_s, u"overdue"_s }, { u"note"_s, u""_s }, { u"result"_s, QJsonValue() },
        { u"closed_at"_s, QJsonValue() } };
}

const QString kRecent = u"2025-03-19T10:00:00+08:00"_s; // first answers not yet due on 20 March

// Candidates as "post reason unit,unit".
QStringList describe(const QList<SupervisionCandidate> &candidates)
{
    QStringList lines;
    for (const SupervisionCandidate &candidate : candidates)
        lines.append(u"%1 %2 %3"_s.arg(candidate.postId, candidate.reason, candidate.unitIds.join(u',')));
    return lines;
}

QList<SupervisionCandidate> candidatesIn(Database &database, const SupervisionThresholds &thresholds = {})
{
    QList<SupervisionCandidate> candidates;
    QString error;
    if (!SupervisionCandidates(database).find(thresholds, kToday, &candidates, &error))
        qFatal("candidates failed: %s", qPrintable(error));
    return candidates;
}

} // namespace

class TestSupervision : public QObject
{
    Q_OBJECT

private slots:
    void candidates_perReason_data() // R20
    {
        QTest::addColumn<QList<QJsonObject>>("posts");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("overdue: first answer (3 working days, R16)")
            << QList { post(u"p-1"_s, u"2025-03-03T09:00:00+08:00"_s,
                   { assignment(u"d-housing"_s, u"accepted"_s, u"2025-03-03T10:00:00+08:00"_s) }) }
            << QStringList { u"p-1 overdue d-housing"_s };
        QTest::newRow("overdue: the promised date (final clock)")
            << QList { post(u"p-1"_s, u"2025-02-03T09:00:00+08:00"_s,
                   { assignment(u"x-nangang"_s, u"promised"_s, u"2025-02-05T10:00:00+08:00"_s, u"2025-03-10"_s) }) }
            << QStringList { u"p-1 overdue x-nangang"_s };
        QTest::newRow("not overdue: answered, returned, or not yet due")
            << QList { post(u"p-1"_s, u"2025-03-03T09:00:00+08:00"_s,
                           { assignment(u"d-housing"_s, u"replied"_s, u"2025-03-03T10:00:00+08:00"_s),
                               assignment(u"d-urban"_s, u"returned"_s, u"2025-03-03T10:00:00+08:00"_s) }),
                   post(u"p-2"_s, kRecent, { assignment(u"d-housing"_s, u"pending"_s, kRecent) }) }
            << QStringList {};
        QTest::newRow("an open supervision keeps its unit off the list")
            << QList { post(u"p-1"_s, u"2025-03-03T09:00:00+08:00"_s,
                   { assignment(u"d-housing"_s, u"accepted"_s, u"2025-03-03T10:00:00+08:00"_s),
                       assignment(u"d-urban"_s, u"accepted"_s, u"2025-03-03T10:00:00+08:00"_s) },
                   { { u"category"_s, u"multi_department"_s },
                       { u"supervisions"_s, QJsonArray { openSupervision(u"d-housing"_s) } } }) }
            << QStringList { u"p-1 overdue d-urban"_s };
        QTest::newRow("public attention: views") << QList {
            post(u"p-1"_s, kRecent, { assignment(u"d-housing"_s, u"accepted"_s, kRecent) }, { { u"views"_s, 5000 } })
        } << QStringList { u"p-1 public_attention d-housing"_s };
        QTest::newRow("public attention: five similar posts within three days")
            <<
            [] {
                QList<QJsonObject> posts;
                for (int i = 1; i <= 5; ++i)
                    posts.append(post(u"p-%1"_s.arg(i), u"2025-03-1%1T08:00:00+08:00"_s.arg(6 + i % 3),
                        { assignment(u"d-heating"_s, u"accepted"_s, kRecent) }, {},
                        u"南岗区学府路供暖温度不达标，室内只有十四度，暖气不热。"_s));
                // distinct authors, so that only the similarity counts
                for (int i = 0; i < 5; ++i)
                    posts[i].insert(u"author"_s,
                        QJsonObject { { u"alias"_s, u"市民%1"_s.arg(i) }, { u"phone"_s, u"1380000000%1"_s.arg(i) } });
                // and a word of their own each, so that the texts differ
                for (int i = 0; i < 5; ++i)
                    posts[i].insert(u"title"_s, u"学府路供暖问题第%1次反映"_s.arg(i + 1));
                return posts;
            }()
            << QStringList { u"p-1 public_attention d-heating"_s, u"p-2 public_attention d-heating"_s,
                   u"p-3 public_attention d-heating"_s, u"p-4 public_attention d-heating"_s,
                   u"p-5 public_attention d-heating"_s };
        QTest::newRow("unsatisfied with the reply") << QList { post(u"p-1"_s, u"2025-03-10T09:00:00+08:00"_s,
            { assignment(u"d-water"_s, u"replied"_s, u"2025-03-10T10:00:00+08:00"_s) },
            { { u"status"_s, u"replied"_s }, { u"satisfaction"_s, u"unsatisfied"_s } }) }
                                                    << QStringList { u"p-1 unsatisfied d-water"_s };
        QTest::newRow("repeated: the same author three times in a week, no reply") << [] {
            QList<QJsonObject> posts;
            for (int i = 1; i <= 3; ++i) {
                posts.append(post(u"p-%1"_s.arg(i), u"2025-03-1%1T08:00:00+08:00"_s.arg(2 * i),
                    { assignment(u"d-police"_s, u"pending"_s, kRecent) }));
                posts.last().insert(
                    u"author"_s, QJsonObject { { u"alias"_s, u"网友"_s }, { u"phone"_s, u"13911112222"_s } });
            }
            return posts;
        }() << QStringList { u"p-1 repeated d-police"_s, u"p-2 repeated d-police"_s, u"p-3 repeated d-police"_s };
        QTest::newRow("not repeated: the same author, but spread over three weeks") << [] {
            QList<QJsonObject> posts;
            for (int i = 0; i < 3; ++i) {
                posts.append(post(u"p-%1"_s.arg(i),
                    QDateTime(QDate(2025, 2, 24).addDays(9 * i), QTime(8, 0), QTimeZone(8 * 3600))
                        .toString(Qt::ISODate),
                    { assignment(u"d-police"_s, u"pending"_s, kRecent) }));
                posts.last().insert(
                    u"author"_s, QJsonObject { { u"alias"_s, u"网友"_s }, { u"phone"_s, u"13911112222"_s } });
            }
            return posts;
        }() << QStringList {};
        QTest::newRow("report (R10) and shielded posts never appear")
            << QList { post(u"p-1"_s, kRecent, { assignment(u"d-housing"_s, u"accepted"_s, kRecent) },
                           { { u"views"_s, 9000 }, { u"category"_s, u"report"_s } }),
                   post(u"p-2"_s, kRecent, { assignment(u"d-housing"_s, u"accepted"_s, kRecent) },
                       { { u"views"_s, 9000 }, { u"status"_s, u"shielded"_s } }) }
            << QStringList {};
    }

    void candidates_perReason()
    {
        QFETCH(QList<QJsonObject>, posts);
        QFETCH(QStringList, expected);
        TemporaryStore store;
        storeHarbinUnits(*store.database);
        importPosts(*store.database, posts);
        QStringList found = describe(candidatesIn(*store.database));
        found.sort(); // the order has a test of its own
        QCOMPARE(found, expected);
    }

    void concentratedOpinion_manyPostsOnOneMatter() // R20, R22
    {
        TemporaryStore store;
        storeHarbinUnits(*store.database);
        QList<QJsonObject> posts;
        const QStringList texts { u"南岗区学府路供暖温度不达标，室内只有十四度，暖气不热。"_s,
            u"南岗区学府路暖气不热，室内温度十五度，供热公司不管。"_s,
            u"南岗区学府路小区供暖不热，室内温度太低，希望供热公司解决。"_s };
        for (int i = 0; i < 4; ++i) {
            posts.append(post(u"p-%1"_s.arg(i),
                QDateTime(QDate(2025, 2, 25).addDays(6 * i), QTime(8, 0), QTimeZone(8 * 3600)).toString(Qt::ISODate),
                { assignment(u"d-heating"_s, i == 0 ? u"replied"_s : u"accepted"_s, kRecent) }, {},
                texts.at(i % 3) + u"第%1次。"_s.arg(i)));
        }
        importPosts(*store.database, posts);
        SupervisionThresholds thresholds;
        thresholds.clusterPosts = 4;
        QCOMPARE(describe(candidatesIn(*store.database, thresholds)),
            (QStringList { u"p-1 concentrated d-heating"_s, u"p-2 concentrated d-heating"_s,
                u"p-3 concentrated d-heating"_s })); // p-0 was answered
        thresholds.clusterPosts = 5;
        QVERIFY(candidatesIn(*store.database, thresholds).isEmpty());
    }

    void candidates_orderedByReasonThenWeight() // R20
    {
        TemporaryStore store;
        storeHarbinUnits(*store.database);
        importPosts(*store.database,
            { post(u"p-a"_s, kRecent, { assignment(u"d-housing"_s, u"accepted"_s, kRecent) }, { { u"views"_s, 2000 } }),
                post(u"p-b"_s, kRecent, { assignment(u"d-housing"_s, u"accepted"_s, kRecent) },
                    { { u"views"_s, 3000 } }),
                post(u"p-c"_s, u"2025-03-03T09:00:00+08:00"_s,
                    { assignment(u"d-housing"_s, u"accepted"_s, u"2025-03-03T10:00:00+08:00"_s) }),
                post(u"p-d"_s, u"2025-03-10T09:00:00+08:00"_s,
                    { assignment(u"d-housing"_s, u"accepted"_s, u"2025-03-10T10:00:00+08:00"_s) }) });
        const QList<SupervisionCandidate> candidates = candidatesIn(*store.database);
        QCOMPARE(describe(candidates),
            (QStringList { u"p-c overdue d-housing"_s, u"p-d overdue d-housing"_s, u"p-b public_attention d-housing"_s,
                u"p-a public_attention d-housing"_s }));
        QCOMPARE(candidates.first().weight, 10); // due 6 March: 7, 10–14 and 17–20 March late
        QVERIFY(candidates.first().detail.contains(u"2025-03-06"_s));
    }

    void thresholds_storedInMeta_invalidRefused() // R20: configurable
    {
        TemporaryStore store;
        SupervisionThresholds read;
        QString error;
        QVERIFY(readSupervisionThresholds(*store.database, &read, &error));
        QVERIFY(read == SupervisionThresholds()); // the defaults until saved
        SupervisionThresholds changed;
        changed.attentionViews = 300;
        changed.repeatWithinDays = 2;
        QVERIFY2(saveSupervisionThresholds(*store.database, changed, &error), qPrintable(error));
        QVERIFY(readSupervisionThresholds(*store.database, &read, &error));
        QCOMPARE(read.toJson(), changed.toJson());
        SupervisionThresholds invalid = changed;
        invalid.similarPosts = 1;
        QVERIFY(!saveSupervisionThresholds(*store.database, invalid, &error));
        QVERIFY(error.contains(u"similar_posts"_s));
        QVERIFY(readSupervisionThresholds(*store.database, &read, &error));
        QCOMPARE(read.toJson(), changed.toJson()); // nothing changed
        QCOMPARE(
            SupervisionThresholds::fromJson({ { u"attention_views"_s, -4 }, { u"lookback_days"_s, 30 } }).toJson(), [] {
                SupervisionThresholds expected;
                expected.lookbackDays = 30;
                return expected.toJson();
            }());
    }

    void supervision_fromCandidateToResult() // R20
    {
        TemporaryStore store;
        storeHarbinUnits(*store.database);
        importPosts(*store.database,
            { post(u"p-late"_s, u"2025-03-03T09:00:00+08:00"_s,
                { assignment(u"d-housing"_s, u"accepted"_s, u"2025-03-03T10:00:00+08:00"_s) }) });
        QList<SupervisionCandidate> candidates = candidatesIn(*store.database);
        QCOMPARE(describe(candidates), QStringList { u"p-late overdue d-housing"_s });
        const SupervisionCandidate candidate = candidates.first();

        LocalActions actions(*store.database);
        Post changed;
        QString error;
        const QJsonObject supervise { { u"type"_s, u"supervise"_s }, { u"unit_id"_s, candidate.unitIds.first() },
            { u"method"_s, u"notice"_s }, { u"reason"_s, candidate.reason }, { u"note"_s, u"请尽快答复。"_s } };
        const Actor liaison { u"u-liaison"_s, Role::Liaison, u"d-housing"_s };
        QVERIFY(!actions.perform(liaison, candidate.postId, supervise, &changed, &error)); // supervisors only
        QVERIFY(!error.isEmpty());
        QVERIFY2(actions.perform(kSupervisor, candidate.postId, supervise, &changed, &error), qPrintable(error));
        QCOMPARE(changed.supervisions().size(), 1);
        const QString supervisionId = changed.supervisions().first().toObject().value(u"id"_s).toString();

        QVERIFY(candidatesIn(*store.database).isEmpty()); // under supervision now
        QList<OpenSupervision> open;
        QVERIFY2(OpenSupervisions(*store.database).read(u"d-housing"_s, &open, &error), qPrintable(error));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().postId, u"p-late"_s);
        QCOMPARE(open.first().reason, u"overdue"_s);
        QVERIFY(OpenSupervisions(*store.database).read(u"d-urban"_s, &open, &error));
        QVERIFY(open.isEmpty());
        QVERIFY(OpenSupervisions(*store.database).read({}, &open, &error)); // every unit's
        QCOMPARE(open.size(), 1);

        // The written notice: numbered per year, one per supervision.
        SupervisionNotices notices(*store.database);
        SupervisionNotice notice { {}, u"p-late"_s, u"事项p-late"_s, u"摘要"_s,
            parseRfc3339(u"2025-03-03T09:00:00+08:00"_s), supervisionId, u"d-housing"_s, u"市住房和城乡建设局"_s,
            u"overdue"_s, kToday, kToday.addDays(5), u"答复网民并报送办理结果"_s, u"市信息化工作办公室"_s };
        QVERIFY2(notices.issue(&notice, &error), qPrintable(error));
        QCOMPARE(notice.number, u"督〔2025〕1号"_s);
        SupervisionNotice again = notice;
        QVERIFY(!notices.issue(&again, &error));
        QVERIFY(error.contains(u"督〔2025〕1号"_s));
        SupervisionNotice other = notice;
        other.supervisionId = u"s-other"_s;
        QVERIFY(notices.issue(&other, &error));
        QCOMPARE(other.number, u"督〔2025〕2号"_s);
        std::optional<SupervisionNotice> found;
        QVERIFY(notices.find(u"p-late"_s, supervisionId, &found, &error));
        QVERIFY(found);
        QCOMPARE(found->toJson(), notice.toJson());
        SupervisionNotice invalid = notice;
        invalid.supervisionId = u"s-third"_s;
        invalid.replyBy = kToday.addDays(-1);
        QVERIFY(!notices.issue(&invalid, &error));
        QVERIFY(notice.html().contains(u"督〔2025〕1号"_s));
        QVERIFY(notice.html().contains(u"市住房和城乡建设局"_s));

        // The result.
        QVERIFY(!actions.perform(kSupervisor, candidate.postId,
            { { u"type"_s, u"supervision_result"_s }, { u"supervision_id"_s, supervisionId },
                { u"result"_s, u"  "_s } },
            &changed, &error));
        QVERIFY2(actions.perform(kSupervisor, candidate.postId,
                     { { u"type"_s, u"supervision_result"_s }, { u"supervision_id"_s, supervisionId },
                         { u"result"_s, u"单位已于3月21日答复网民。"_s } },
                     &changed, &error),
            qPrintable(error));
        const QJsonObject closed = storedPost(*store.database, u"p-late"_s)->supervisions().first().toObject();
        QCOMPARE(closed.value(u"result"_s).toString(), u"单位已于3月21日答复网民。"_s);
        QVERIFY(!closed.value(u"closed_at"_s).isNull());
        QVERIFY(OpenSupervisions(*store.database).read({}, &open, &error));
        QVERIFY(open.isEmpty());
        // Still late, and no longer under supervision: a candidate again.
        QCOMPARE(describe(candidatesIn(*store.database)), QStringList { u"p-late overdue d-housing"_s });
    }

    void notice_escapesUserText()
    {
        SupervisionNotice notice;
        notice.postTitle = u"<b>标题</b>"_s;
        notice.requirement = u"答复 & 报送"_s;
        QVERIFY(!notice.html().contains(u"<b>标题</b>"_s));
        QVERIFY(notice.html().contains(u"&lt;b&gt;"_s));
        QCOMPARE(SupervisionNotice::brief(u"一二三四五六"_s, 4), u"一二三四……"_s);
    }
};

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_supervision.moc"
