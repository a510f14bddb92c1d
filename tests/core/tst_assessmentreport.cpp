// The annual assessment (R23): reply rate and reply-quality score per unit, from the
// reply-quality check (R19), supervisors' ratings of sampled replies and the authors'
// satisfaction, with configurable weights.

#include "reports/assessmentreport.h"
#include "reports/replyratings.h"
#include "reporttestsupport.h"

#include <QTest>

using namespace bxt;
using namespace bxt::test;

namespace {

const QString kGoodReply
    = QStringLiteral("经现场核实，供热管网老化导致室温偏低，供热公司已更换管道，室温已达到十八度。");

QJsonObject repliedPost(const QString &id, const QString &category, const QString &unitId, const QString &replyId,
    const QString &text, const QJsonValue &satisfaction)
{
    return dispatchedPost(id, category, QStringLiteral("2025-03-03T08:00:00+08:00"),
        QJsonArray { assignment(unitId, QStringLiteral("2025-03-03T09:00:00+08:00"), QStringLiteral("replied"),
            { { QStringLiteral("replies"),
                QJsonArray { reply(
                    replyId, QStringLiteral("initial"), QStringLiteral("2025-03-04T09:00:00+08:00"), text) } } }) },
        { { QStringLiteral("satisfaction"), satisfaction }, { QStringLiteral("status"), QStringLiteral("closed") } });
}

// d-a: A1 clean (check 100, satisfied 100), A2 forwarded only (advice: 50, unsatisfied 0), A3 not
// replied, A4 returned (not counted). x-b: B1 a consultation without document numbers (R5
// blocks: 0), basically satisfied (60).
QList<QJsonObject> yearPosts()
{
    const QString appeal = QStringLiteral("appeal");
    return { repliedPost(QStringLiteral("a-1"), appeal, QStringLiteral("d-a"), QStringLiteral("r-a1"), kGoodReply,
                 QStringLiteral("satisfied")),
        repliedPost(QStringLiteral("a-2"), appeal, QStringLiteral("d-a"), QStringLiteral("r-a2"),
            QStringLiteral("您好，您反映的问题已转区供热办调查处理。"), QStringLiteral("unsatisfied")),
        dispatchedPost(QStringLiteral("a-3"), appeal, QStringLiteral("2025-06-03T08:00:00+08:00"),
            QJsonArray { assignment(
                QStringLiteral("d-a"), QStringLiteral("2025-06-03T09:00:00+08:00"), QStringLiteral("accepted")) }),
        dispatchedPost(QStringLiteral("a-4"), appeal, QStringLiteral("2025-06-03T08:00:00+08:00"),
            QJsonArray { assignment(QStringLiteral("d-a"), QStringLiteral("2025-06-03T09:00:00+08:00"),
                QStringLiteral("returned"),
                { { QStringLiteral("returned_at"), QStringLiteral("2025-06-03T11:00:00+08:00") } }) }),
        repliedPost(QStringLiteral("b-1"), QStringLiteral("consultation"), QStringLiteral("x-b"),
            QStringLiteral("r-b1"), kGoodReply, QStringLiteral("basically_satisfied")) };
}

ReplyRating rating(const QString &postId, const QString &replyId, int score)
{
    return { postId, replyId, QStringLiteral("d-a"), QStringLiteral("督办员甲"),
        QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC), score, score, score, {} };
}

} // namespace

class TestAssessmentReport : public QObject
{
    Q_OBJECT

private:
    TemporaryStore m_store;

    AssessmentReport build()
    {
        AssessmentReport report;
        QString error;
        if (!AssessmentReportBuilder(*m_store.database).build(*ReportPeriod::year(2025), &report, &error))
            qFatal("assessment failed: %s", qPrintable(error));
        return report;
    }

    void setWeights(double lint, double ratings, double satisfaction)
    {
        QString error;
        QVERIFY2(
            (AssessmentWeights { lint, ratings, satisfaction }.save(*m_store.database, &error)), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        storeReportUnits(*m_store.database);
        importPosts(*m_store.database, yearPosts());
        QString error;
        ReplyRatingStore ratings(*m_store.database);
        QVERIFY2(
            ratings.add(rating(QStringLiteral("a-1"), QStringLiteral("r-a1"), 5), &error), qPrintable(error)); // 100
        QVERIFY2(
            ratings.add(rating(QStringLiteral("a-2"), QStringLiteral("r-a2"), 3), &error), qPrintable(error)); // 50
    }

    void defaultWeights_combineTheThreeParts()
    {
        setWeights(0.3, 0.4, 0.3);
        const AssessmentReport report = build();
        QCOMPARE(report.units.size(), 2);
        const UnitAssessment &first = report.units.at(0);
        QCOMPARE(first.unitId, QStringLiteral("d-a"));
        QCOMPARE(first.rank, 1);
        QCOMPARE(first.assigned, 3); // A1 A2 A3; A4 was returned
        QCOMPARE(first.replied, 2);
        QCOMPARE(first.repliesChecked, 2);
        QCOMPARE(*first.lintScore, 75.0); // (100 + 50) / 2
        QCOMPARE(first.ratings, 2);
        QCOMPARE(*first.ratingScore, 75.0); // (100 + 50) / 2
        QCOMPARE(*first.satisfactionScore, 50.0); // (100 + 0) / 2
        QCOMPARE(*first.quality, 67.5); // 0.3·75 + 0.4·75 + 0.3·50

        const UnitAssessment &second = report.units.at(1);
        QCOMPARE(second.unitId, QStringLiteral("x-b"));
        QCOMPARE(second.rank, 2);
        QCOMPARE(second.replyRate(), 1.0);
        QCOMPARE(*second.lintScore, 0.0); // R5 blocks a consultation's reply without documents
        QVERIFY(!second.ratingScore);
        QCOMPARE(*second.quality, 30.0); // (0.3·0 + 0.3·60) / 0.6: a missing part does not count
    }

    // The check's part of a unit's score follows the substance of its reply (R19, R23): set
    // phrases alone block (0), a forwarding without substance is advice (50), a specific answer
    // passes (100). The same post, with only its reply's text changed.
    void lintScore_followsTheReplysSubstance_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("lintScore");
        QTest::addRow("set phrases only") << QStringLiteral("网友您好！您的留言已收悉，感谢您的关注。") << 0.0;
        QTest::addRow("forwarded only") << QStringLiteral("您好，您反映的问题已转区供热办调查处理。") << 50.0;
        QTest::addRow("specific answer") << kGoodReply << 100.0;
        QTest::addRow("specific answer, then a contact line")
            << kGoodReply + QStringLiteral("如有疑问，请致电区供热办。") << 100.0;
    }

    void lintScore_followsTheReplysSubstance()
    {
        QFETCH(QString, text);
        QFETCH(double, lintScore);
        TemporaryStore store;
        storeReportUnits(*store.database);
        importPosts(*store.database,
            { repliedPost(QStringLiteral("s-1"), QStringLiteral("appeal"), QStringLiteral("d-a"),
                QStringLiteral("r-s1"), text, QJsonValue::Null) });
        QString error;
        QVERIFY2((AssessmentWeights { 1, 0, 0 }.save(*store.database, &error)), qPrintable(error));
        AssessmentReport report;
        QVERIFY2(AssessmentReportBuilder(*store.database).build(*ReportPeriod::year(2025), &report, &error),
            qPrintable(error));
        const auto unit = std::find_if(report.units.cbegin(), report.units.cend(),
            [](const UnitAssessment &u) { return u.unitId == QLatin1String("d-a"); });
        QVERIFY(unit != report.units.cend());
        QCOMPARE(unit->repliesChecked, 1);
        QCOMPARE(*unit->lintScore, lintScore);
        QCOMPARE(*unit->quality, lintScore);
    }

    // R10, R23: a replied report (举报) with a stray assignment to d-a is not d-a's work: it
    // adds nothing to its assigned or replied posts, nor to the replies sampled for rating.
    void reportPosts_countInNoUnitFigures()
    {
        TemporaryStore store;
        storeReportUnits(*store.database);
        importPosts(*store.database,
            { repliedPost(QStringLiteral("r-1"), QStringLiteral("report"), QStringLiteral("d-a"),
                QStringLiteral("r-r1"), kGoodReply, QStringLiteral("satisfied")) });
        AssessmentReport report;
        QString error;
        QVERIFY2(AssessmentReportBuilder(*store.database).build(*ReportPeriod::year(2025), &report, &error),
            qPrintable(error));
        QCOMPARE(report.units.size(), 2);
        for (const UnitAssessment &unit : std::as_const(report.units)) {
            QCOMPARE(unit.assigned, 0);
            QCOMPARE(unit.replied, 0);
            QCOMPARE(unit.repliesChecked, 0);
        }
        QList<SampledReply> sample;
        QVERIFY2(sampleReplies(*store.database, *ReportPeriod::year(2025), 5, &sample, &error), qPrintable(error));
        QCOMPARE(sample.size(), 0);
    }

    void weights_areConfigurable_andChangeTheRanking()
    {
        setWeights(0, 0, 1);
        const AssessmentReport report = build();
        QCOMPARE(report.units.at(0).unitId, QStringLiteral("x-b")); // 60 against 50
        QCOMPARE(report.weights.satisfaction, 1.0);
        setWeights(0.3, 0.4, 0.3);
    }

    void weights_refuseAllZeroOrNegative()
    {
        QString error;
        QVERIFY(!(AssessmentWeights { 0, 0, 0 }.save(*m_store.database, &error)));
        QVERIFY(!(AssessmentWeights { -1, 1, 1 }.save(*m_store.database, &error)));
        AssessmentWeights weights;
        QVERIFY(AssessmentWeights::load(*m_store.database, &weights, &error));
        QCOMPARE(weights.ratings, 0.4);
    }

    void rating_ofAnUnknownReplyOrOutOfRange_isRefused()
    {
        QString error;
        ReplyRatingStore ratings(*m_store.database);
        QVERIFY(!ratings.add(rating(QStringLiteral("a-1"), QStringLiteral("r-none"), 4), &error));
        QVERIFY(!ratings.add(rating(QStringLiteral("a-1"), QStringLiteral("r-a1"), 6), &error));
        QList<ReplyRating> all;
        QVERIFY(ratings.list(QString(), &all, &error));
        QCOMPARE(all.size(), 2);
    }

    void ratingAgain_replacesTheRatersEarlierRating()
    {
        QString error;
        ReplyRatingStore ratings(*m_store.database);
        // initTestCase rated r-a2 with 3 on every criterion; another score tells replacing from ignoring.
        QVERIFY2(ratings.add(rating(QStringLiteral("a-2"), QStringLiteral("r-a2"), 1), &error), qPrintable(error));
        QList<ReplyRating> all;
        QVERIFY2(ratings.list(QStringLiteral("d-a"), &all, &error), qPrintable(error));
        QCOMPARE(all.size(), 2);
        const auto again = std::find_if(
            all.cbegin(), all.cend(), [](const ReplyRating &r) { return r.replyId == QLatin1String("r-a2"); });
        QVERIFY(again != all.cend());
        QCOMPARE(again->substance, 1);
        QCOMPARE(again->responsibility, 1);
        QCOMPARE(again->form, 1);
        QVERIFY2(ratings.list(QStringLiteral("x-b"), &all, &error), qPrintable(error));
        QCOMPARE(all.size(), 0);
        // The later tests expect initTestCase's rating.
        QVERIFY2(ratings.add(rating(QStringLiteral("a-2"), QStringLiteral("r-a2"), 3), &error), qPrintable(error));
    }

    void sampler_isDeterministic_andLimitedPerUnit()
    {
        QList<SampledReply> first, second;
        QString error;
        QVERIFY(sampleReplies(*m_store.database, *ReportPeriod::year(2025), 1, &first, &error));
        QVERIFY(sampleReplies(*m_store.database, *ReportPeriod::year(2025), 1, &second, &error));
        QCOMPARE(first.size(), 2); // one of d-a's two, x-b's one
        for (int i = 0; i < first.size(); ++i)
            QCOMPARE(first.at(i).replyId, second.at(i).replyId);
        QCOMPARE(first.at(0).unitId, QStringLiteral("d-a"));
        QCOMPARE(first.at(1).replyId, QStringLiteral("r-b1"));
        QVERIFY(sampleReplies(*m_store.database, *ReportPeriod::year(2025), 5, &first, &error));
        QCOMPARE(first.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentReport)
#include "tst_assessmentreport.moc"
