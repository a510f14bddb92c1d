// Help with judgement for column staff (R12): flagged terms in a post and in the whole store,
// likely duplicates and re-posts, and suggested categories and units learnt from earlier
// triage (never for a report, R10; never a unit that returned the post, R15).

#include "storetestsupport.h"

#include "demo/syntheticpostgenerator.h"
#include "judgement/backgroundduplicates.h"
#include "judgement/duplicatefinder.h"
#include "judgement/flaggedposts.h"
#include "judgement/flaggedterms.h"
#include "judgement/flaggedtermsstore.h"
#include "judgement/termcounts.h"
#include "judgement/triagesuggester.h"
#include "search/searchtokenizer.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace bxt;
using namespace bxt::test;

Q_DECLARE_METATYPE(std::optional<QJsonObject>)

namespace {

// Hits as "start+length term kind", for readable comparisons.
QStringList describe(const QList<TermHit> &hits)
{
    QStringList described;
    for (const TermHit &hit : hits)
        described.append(QStringLiteral("%1+%2 %3 %4").arg(hit.start).arg(hit.length).arg(hit.term, hit.kind));
    return described;
}

FlaggedTerms termsFrom(const QJsonObject &json)
{
    QString error;
    const std::optional<FlaggedTerms> terms = FlaggedTerms::fromJson(json, &error);
    if (!terms)
        qFatal("test terms refused: %s", qPrintable(error));
    return *terms;
}

QJsonObject customTermsJson()
{
    return { { QStringLiteral("abusive"), QJsonArray { QStringLiteral("sb"), QStringLiteral("脑残") } },
        { QStringLiteral("illegal"),
            QJsonArray { QStringLiteral("赌博"), QStringLiteral("网络赌博"), QStringLiteral("代开发票"),
                QStringLiteral("K粉"), QStringLiteral("枪"), QStringLiteral("QQ") } } };
}

QJsonObject author(const QString &alias, const QString &phone)
{
    return { { QStringLiteral("alias"), alias },
        { QStringLiteral("phone"), phone.isEmpty() ? QJsonValue() : QJsonValue(phone) },
        { QStringLiteral("email"), QJsonValue() } };
}

QJsonObject assignment(const QString &unitId, const QString &status)
{
    const bool returned = status == QLatin1String("returned");
    return { { QStringLiteral("unit_id"), unitId },
        { QStringLiteral("dispatched_at"), QStringLiteral("2025-03-03T10:00:00+08:00") },
        { QStringLiteral("status"), status }, { QStringLiteral("accepted_at"), QJsonValue() },
        { QStringLiteral("returned_at"),
            returned ? QJsonValue(QStringLiteral("2025-03-03T15:00:00+08:00")) : QJsonValue() },
        { QStringLiteral("return_reason"), returned ? QJsonValue(QStringLiteral("不属于本单位职责")) : QJsonValue() },
        { QStringLiteral("promised_at"), QJsonValue() }, { QStringLiteral("promise_due"), QJsonValue() },
        { QStringLiteral("replies"), QJsonArray() } };
}

// Every post's local id whose title or body contains a term, read the slow way.
QSet<qint64> flaggedByScan(const Database &database, const FlaggedTerms &terms)
{
    QSet<qint64> ids;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT local_id, raw FROM posts")))
        qFatal("scan failed");
    while (query.next()) {
        const Post post(QJsonDocument::fromJson(query.value(1).toByteArray()).object());
        if (terms.containsAny(post.title()) || terms.containsAny(post.body()))
            ids.insert(query.value(0).toLongLong());
    }
    return ids;
}

const QString kOriginalTitle = QStringLiteral("道里区安静街阳光小区三号楼暖气不热");
const QString kOriginalBody = QStringLiteral(
    "我家住在道里区安静街阳光小区三号楼，暖气片摸着冰凉，屋里温度只有十二度，孩子在家写作业都要穿羽绒服。"
    "给热力公司打了五次电话，每次都说马上派人，到现在也没有人来。"
    "邻居家装了温度计，白天十三度，夜里更低，老人已经住院了。恳请领导过问一下。");

} // namespace

class TestJudgement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- Flagged terms (R12) ---

    void flaggedTerms_findHitsAtTheirPositions_data()
    {
        QTest::addColumn<std::optional<QJsonObject>>("list"); // none: the built-in list
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("hits");
        const std::optional<QJsonObject> builtIn;
        const std::optional<QJsonObject> custom = customTermsJson();
        QTest::addRow("abusive words in a sentence")
            << builtIn << QStringLiteral("你这个脑残，赶紧滚蛋")
            << QStringList { QStringLiteral("3+2 脑残 abusive"), QStringLiteral("8+2 滚蛋 abusive") };
        QTest::addRow("an offer of invoices") << builtIn << QStringLiteral("专业代开发票，价格优惠")
                                              << QStringList { QStringLiteral("2+4 代开发票 illegal") };
        QTest::addRow("letters ignore case and full width")
            << builtIn << QStringLiteral("出售ｋ粉和Ｋ粉")
            << QStringList { QStringLiteral("2+2 K粉 illegal"), QStringLiteral("5+2 K粉 illegal") };
        QTest::addRow("the same term twice")
            << builtIn << QStringLiteral("脑残脑残")
            << QStringList { QStringLiteral("0+2 脑残 abusive"), QStringLiteral("2+2 脑残 abusive") };
        QTest::addRow("everyday words are no hits")
            << builtIn
            << QStringLiteral("小区垃圾分类，废物回收站，妈妈的病，办证难，学校操场，天津大麻花，开发商不交发票")
            << QStringList {};
        QTest::addRow("letters as a whole word")
            << custom << QStringLiteral("你是SB吗") << QStringList { QStringLiteral("2+2 sb abusive") };
        QTest::addRow("letters inside a longer word are no hit")
            << custom << QStringLiteral("SBS电视台和QQ123") << QStringList {};
        QTest::addRow("letters next to Chinese are a word of their own")
            << custom << QStringLiteral("加QQ详谈") << QStringList { QStringLiteral("1+2 QQ illegal") };
        QTest::addRow("overlapping terms, longer first")
            << custom << QStringLiteral("参与网络赌博")
            << QStringList { QStringLiteral("2+4 网络赌博 illegal"), QStringLiteral("4+2 赌博 illegal") };
        QTest::addRow("one character anywhere")
            << custom << QStringLiteral("手枪、枪支")
            << QStringList { QStringLiteral("1+1 枪 illegal"), QStringLiteral("3+1 枪 illegal") };
        QTest::addRow("a term broken by a space is no hit") << custom << QStringLiteral("代开 发票") << QStringList {};
    }

    void flaggedTerms_findHitsAtTheirPositions()
    {
        QFETCH(std::optional<QJsonObject>, list);
        QFETCH(QString, text);
        QFETCH(QStringList, hits);
        const FlaggedTerms terms = list ? termsFrom(*list) : FlaggedTerms::builtIn();
        QCOMPARE(describe(terms.find(text)), hits);
        QCOMPARE(terms.containsAny(text), !hits.isEmpty());
    }

    void flaggedTerms_jsonRoundTrip()
    {
        for (const FlaggedTerms &terms : { FlaggedTerms::builtIn(), termsFrom(customTermsJson()) }) {
            QString error;
            const std::optional<FlaggedTerms> again = FlaggedTerms::fromJson(terms.toJson(), &error);
            QVERIFY2(again, qPrintable(error));
            QCOMPARE(again->toJson(), terms.toJson());
            QCOMPARE(again->abusive(), terms.abusive());
            QCOMPARE(again->illegal(), terms.illegal());
        }
        QVERIFY(FlaggedTerms::builtIn().abusive().contains(QStringLiteral("王八蛋")));
        QVERIFY(FlaggedTerms::builtIn().illegal().contains(QStringLiteral("网络赌博")));
        // Trimmed, repeats dropped, a missing list is empty.
        QString error;
        const std::optional<FlaggedTerms> tidy
            = FlaggedTerms::fromJson({ { QStringLiteral("abusive"),
                                         QJsonArray { QStringLiteral(" 脑残 "), QStringLiteral("脑残"),
                                             QStringLiteral("ＳＢ"), QStringLiteral("sb") } } },
                &error);
        QVERIFY2(tidy, qPrintable(error));
        QCOMPARE(tidy->abusive(), (QStringList { QStringLiteral("脑残"), QStringLiteral("ＳＢ") }));
        QCOMPARE(tidy->illegal(), QStringList {});
    }

    void flaggedTerms_badJsonRefused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addRow("a list that is not an array")
            << QJsonObject { { QStringLiteral("abusive"), QStringLiteral("脑残") } };
        QTest::addRow("a term that is not text") << QJsonObject { { QStringLiteral("illegal"), QJsonArray { 1 } } };
        QTest::addRow("an empty term") << QJsonObject { { QStringLiteral("abusive"),
            QJsonArray { QStringLiteral("  ") } } };
        QTest::addRow("punctuation only")
            << QJsonObject { { QStringLiteral("abusive"), QJsonArray { QStringLiteral("，。*") } } };
        QTest::addRow("an unknown list") << QJsonObject { { QStringLiteral("ilegal"),
            QJsonArray { QStringLiteral("赌博") } } };
        QTest::addRow("a term in both lists")
            << QJsonObject { { QStringLiteral("abusive"), QJsonArray { QStringLiteral("QQ") } },
                   { QStringLiteral("illegal"), QJsonArray { QStringLiteral("qq") } } };
    }

    void flaggedTerms_badJsonRefused()
    {
        QFETCH(QJsonObject, json);
        QString error;
        QVERIFY(!FlaggedTerms::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void flaggedTermsStore_builtInUntilSaved()
    {
        TemporaryStore store;
        FlaggedTermsStore terms(*store.database);
        FlaggedTerms loaded;
        QString error;
        QVERIFY2(terms.load(&loaded, &error), qPrintable(error));
        QCOMPARE(loaded.toJson(), FlaggedTerms::builtIn().toJson());
        QVERIFY2(terms.save(termsFrom(customTermsJson()), &error), qPrintable(error));
        QVERIFY2(FlaggedTermsStore(*store.database).load(&loaded, &error), qPrintable(error));
        QCOMPARE(loaded.toJson(), termsFrom(customTermsJson()).toJson());

        QSqlQuery damage(store.database->connection());
        QVERIFY(damage.exec(QStringLiteral("UPDATE meta SET value = '{\"abusive\": 3}' WHERE key = 'flagged_terms'")));
        error.clear();
        QVERIFY(!terms.load(&loaded, &error));
        QVERIFY(!error.isEmpty());
    }

    void flaggedPostIds_equalsAScanOfEveryPost_data()
    {
        QTest::addColumn<std::optional<QJsonObject>>("list");
        QTest::addRow("built-in list") << std::optional<QJsonObject>();
        QTest::addRow("words, single characters, mixed terms") << std::optional<QJsonObject>(customTermsJson());
    }

    void flaggedPostIds_equalsAScanOfEveryPost()
    {
        QFETCH(std::optional<QJsonObject>, list);
        const FlaggedTerms terms = list ? termsFrom(*list) : FlaggedTerms::builtIn();
        TemporaryStore store;
        SyntheticPostGenerator generator(71);
        QList<QJsonObject> posts;
        for (int i = 0; i < 400; ++i)
            posts.append(generator.next());
        const QStringList flaggedTexts = { QStringLiteral("代开发票"), QStringLiteral("网络赌博害人"),
            QStringLiteral("出售K粉"), QStringLiteral("加qq"), QStringLiteral("脑残物业"), QStringLiteral("枪支"),
            QStringLiteral("出售手枪"), QStringLiteral("赌球网站"), QStringLiteral("加微信买冰毒"),
            // all of 代开发票's pairs, but apart: only a check of the text tells
            QStringLiteral("代开车门，开发商不给发票"), QStringLiteral("代开 发票"), QStringLiteral("SBS和QQ123") };
        for (qsizetype i = 0; i < flaggedTexts.size(); ++i) {
            const bool inTitle = i % 2 == 0;
            posts.append(samplePost(QStringLiteral("p-flag-%1").arg(i), 1,
                inTitle ? flaggedTexts.at(i) : QStringLiteral("小区问题"),
                inTitle ? QStringLiteral("请处理") : QStringLiteral("有人") + flaggedTexts.at(i)));
        }
        importPosts(*store.database, posts);
        // A post that no longer has its term, and one removed: the index must not remember them.
        importPosts(*store.database,
            { samplePost(QStringLiteral("p-flag-1"), 2, QStringLiteral("小区问题"), QStringLiteral("已经改好了")) });
        QString error;
        PostStore postStore(*store.database);
        QVERIFY(postStore.remove(QStringLiteral("p-flag-2"), &error) && postStore.flush(&error));

        QSet<qint64> ids;
        QVERIFY2(flaggedPostIds(*store.database, terms, &ids, &error), qPrintable(error));
        const QSet<qint64> expected = flaggedByScan(*store.database, terms);
        QCOMPARE(ids, expected);
        QVERIFY(expected.size() >= 3);
    }

    // --- Duplicates and re-posts ---

    void duplicates_similarPostsFound_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QJsonObject>("author");
        QTest::addColumn<bool>("found");
        QTest::addColumn<double>("minSimilarity");
        QTest::addColumn<bool>("sameAuthor");
        const QJsonObject originalAuthor = author(QStringLiteral("市民张先生"), QStringLiteral("13912345678"));
        QString edited = kOriginalBody;
        edited.replace(QStringLiteral("十二度"), QStringLiteral("十一度"))
            .replace(QStringLiteral("五次"), QStringLiteral("六次"))
            .append(QStringLiteral("希望尽快解决。"));
        QTest::addRow("re-post with small edits, same author")
            << kOriginalTitle + QStringLiteral("！") << edited << originalAuthor << true << 0.8 << true;
        QTest::addRow("the same text by someone else")
            << kOriginalTitle << kOriginalBody << author(QStringLiteral("网友5678"), QStringLiteral("13600000000"))
            << true << 0.95 << false;
        QTest::addRow("the same phone under another alias")
            << kOriginalTitle << edited << author(QStringLiteral("张大哥"), QStringLiteral("13912345678")) << true
            << 0.8 << true;
        QTest::addRow("the same alias without a contact")
            << kOriginalTitle << edited << author(QStringLiteral("市民张先生"), QString()) << true << 0.8 << true;
        QTest::addRow("the same alias, another phone")
            << kOriginalTitle << edited << author(QStringLiteral("市民张先生"), QStringLiteral("13500000000")) << true
            << 0.8 << false;
        QTest::addRow("unrelated matter on the same street")
            << QStringLiteral("道里区安静街阳光小区门口夜市占道经营")
            << QStringLiteral("道里区安静街阳光小区门口每天晚上都有夜市，摊贩把人行道全占了，垃圾满地，"
                              "烧烤油烟呛得居民不敢开窗。希望城管部门管一管。")
            << originalAuthor << false << 0.0 << false;
    }

    void duplicates_similarPostsFound()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QJsonObject, author);
        QFETCH(bool, found);
        QFETCH(double, minSimilarity);
        QFETCH(bool, sameAuthor);
        const Post query(samplePost(QStringLiteral("p-new"), 1, title, body, { { QStringLiteral("author"), author } }));
        QList<DuplicateCandidate> candidates;
        QString error;
        QVERIFY2(DuplicateFinder(*duplicateStore().database).find(query, 10, &candidates, &error), qPrintable(error));
        QStringList ids;
        for (const DuplicateCandidate &candidate : std::as_const(candidates)) {
            ids.append(candidate.postId);
            QVERIFY(candidate.similarity >= DuplicateFinder::kDefaultThreshold && candidate.similarity <= 1.0);
        }
        QVERIFY(!ids.contains(QStringLiteral("p-new")));
        QVERIFY(!ids.contains(QStringLiteral("p-street")));
        if (!found) {
            QVERIFY2(!ids.contains(QStringLiteral("p-original")), qPrintable(ids.join(QLatin1Char(' '))));
            return;
        }
        QVERIFY2(!candidates.isEmpty(), "nothing found");
        const DuplicateCandidate &best = candidates.first();
        QCOMPARE(best.postId, QStringLiteral("p-original"));
        QVERIFY2(best.similarity >= minSimilarity, qPrintable(QString::number(best.similarity)));
        QCOMPARE(best.sameAuthor, sameAuthor);
        QCOMPARE(best.title, kOriginalTitle);
        QCOMPARE(best.authorAlias, QStringLiteral("市民张先生"));
        QCOMPARE(best.submittedAt, parseRfc3339(QStringLiteral("2025-03-03T08:15:00+08:00")));
        QCOMPARE(best.categoryCode, QString()); // unclassified
    }

    void duplicates_neverThePostItself()
    {
        const std::optional<Post> original = storedPost(*duplicateStore().database, QStringLiteral("p-original"));
        QVERIFY(original);
        QList<DuplicateCandidate> candidates;
        QString error;
        QVERIFY2(
            DuplicateFinder(*duplicateStore().database).find(*original, 10, &candidates, &error), qPrintable(error));
        QStringList ids;
        for (const DuplicateCandidate &candidate : std::as_const(candidates))
            ids.append(candidate.postId);
        QVERIFY(!ids.contains(QStringLiteral("p-original")));
        QCOMPARE(ids.value(0), QStringLiteral("p-repost")); // the stored re-post
        QCOMPARE(candidates.first().categoryCode, QStringLiteral("report")); // so the view marks it confidential (R10)
    }

    void duplicates_thresholdAndLimit()
    {
        DuplicateFinder finder(*duplicateStore().database);
        const Post query(samplePost(QStringLiteral("p-new"), 1, kOriginalTitle, kOriginalBody));
        QList<DuplicateCandidate> candidates;
        QString error;
        finder.setThreshold(0.0);
        QVERIFY2(finder.find(query, 5, &candidates, &error), qPrintable(error));
        QCOMPARE(candidates.size(), 5);
        for (qsizetype i = 1; i < candidates.size(); ++i)
            QVERIFY(candidates.at(i - 1).similarity >= candidates.at(i).similarity);
        QVERIFY2(finder.find(Post(samplePost(QStringLiteral("p-empty"), 1, QStringLiteral("，"), QString())), 5,
                     &candidates, &error),
            qPrintable(error));
        QVERIFY(candidates.isEmpty());
    }

    // The index's terms of a post with their counts: a title's terms count four times, single
    // characters are left out, a word's case does not count; sorted by term.
    void termCounts_titleTermsCountFourTimes()
    {
        const auto key = [](const QString &term) { return SearchTokenizer::terms(term).value(0); };
        const TermCounts counts = termCounts(QStringLiteral("供暖不足"), QStringLiteral("暖气不足，ABC abc 热"));
        TermCounts expected { { key(QStringLiteral("供暖")), 4 }, { key(QStringLiteral("暖不")), 4 },
            { key(QStringLiteral("不足")), 5 }, { key(QStringLiteral("暖气")), 1 }, { key(QStringLiteral("气不")), 1 },
            { key(QStringLiteral("abc")), 2 } };
        std::sort(expected.begin(), expected.end());
        QCOMPARE(counts, expected);
        QVERIFY(termCounts(QStringLiteral("，"), QString()).empty());
    }

    // The duplicates beside the post shown are looked for on a thread of their own (issue 13):
    // the answer comes after find() has returned, and a post clicked past is never answered;
    // the latest is, with what DuplicateFinder finds for it.
    void backgroundDuplicates_answerOnlyTheLatestPost()
    {
        const std::optional<Post> original = storedPost(*duplicateStore().database, QStringLiteral("p-original"));
        const std::optional<Post> street = storedPost(*duplicateStore().database, QStringLiteral("p-street"));
        QVERIFY(original && street);
        BackgroundDuplicates duplicates(duplicateStore().path(), 10);
        QSignalSpy found(&duplicates, &BackgroundDuplicates::found);
        QSignalSpy failed(&duplicates, &BackgroundDuplicates::failed);
        duplicates.find(*street);
        duplicates.find(*original);
        QCOMPARE(found.count(), 0); // not on the caller's thread
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toString(), QStringLiteral("p-original"));
        const auto candidates = found.at(0).at(1).value<QList<DuplicateCandidate>>();
        QCOMPARE(candidates.value(0).postId, QStringLiteral("p-repost"));
        // An answer for p-street would have come before p-original's: one thread answers in turn.
        QCoreApplication::processEvents();
        QCOMPARE(found.count(), 1);
        QVERIFY(failed.isEmpty());

        duplicates.find(*street);
        QTRY_COMPARE(found.count(), 2);
        QCOMPARE(found.at(1).at(0).toString(), QStringLiteral("p-street"));
    }

    void backgroundDuplicates_missingStoreFails()
    {
        QTemporaryDir dir;
        BackgroundDuplicates duplicates(dir.filePath(QStringLiteral("none/cases.sqlite")), 10);
        QSignalSpy found(&duplicates, &BackgroundDuplicates::found);
        QSignalSpy failed(&duplicates, &BackgroundDuplicates::failed);
        duplicates.find(Post(samplePost(QStringLiteral("p-1"), 1, kOriginalTitle, kOriginalBody)));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY(found.isEmpty());
    }

    // --- Suggested category and unit ---

    void suggester_learnsFromEarlierTriage_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("unit");
        QTest::addRow("heating goes to the heat-supply office as an appeal")
            << QStringLiteral("家里暖气不热")
            << QStringLiteral("南岗区和兴路文化新村今年供暖以来室内温度一直上不去，只有十五度。"
                              "供热公司说管网老化，希望督促供热企业尽快达标。")
            << QStringLiteral("appeal") << QStringLiteral("d-heating");
        QTest::addRow("school places go to the education bureau as a consultation")
            << QStringLiteral("孩子入学问题咨询")
            << QStringLiteral("孩子今年上小学，想问一下学区划分什么时候公布，报名需要准备哪些材料？")
            << QStringLiteral("consultation") << QStringLiteral("d-education");
        QTest::addRow("bus routes go to the transport bureau as a suggestion")
            << QStringLiteral("建议增加公交班次")
            << QStringLiteral("公交线路调整以后早高峰等车要二十分钟，建议增开区间车，恢复原线路。")
            << QStringLiteral("suggestion") << QStringLiteral("d-transport");
    }

    void suggester_learnsFromEarlierTriage()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, category);
        QFETCH(QString, unit);
        const std::optional<TriageSuggester> &suggester = trainedSuggester();
        const Post post(samplePost(QStringLiteral("p-new"), 1, title, body));
        const QList<Suggestion> categories = suggester->categories(post);
        QVERIFY(!categories.isEmpty() && categories.size() <= 3);
        QCOMPARE(categories.first().code, category);
        QVERIFY2(categories.first().confidence > 0.5, qPrintable(QString::number(categories.first().confidence)));
        QVERIFY(!categories.first().why.isEmpty());
        const QList<Suggestion> units = suggester->units(post);
        QVERIFY(!units.isEmpty() && units.size() <= 3);
        QCOMPARE(units.first().code, unit);
        for (qsizetype i = 1; i < units.size(); ++i)
            QVERIFY(units.at(i - 1).confidence >= units.at(i).confidence);
        // R15: the unit that returned every heating post was never learnt.
        for (const Suggestion &suggestion : units)
            QVERIFY(suggestion.code != QLatin1String("d-sports"));
    }

    void suggester_whyNamesTheWords()
    {
        const Post post(samplePost(
            QStringLiteral("p-new"), 1, QStringLiteral("暖气不热"), QStringLiteral("供暖温度不达标，供热公司不管。")));
        const QList<Suggestion> units = trainedSuggester()->units(post, 1);
        QCOMPARE(units.size(), 1);
        QVERIFY2(units.first().why.contains(QStringLiteral("供")) || units.first().why.contains(QStringLiteral("暖")),
            qPrintable(units.first().why));
    }

    void suggester_noUnitForAReport_data()
    {
        QTest::addColumn<QJsonValue>("category");
        QTest::addRow("classified as a report (R10)") << QJsonValue(QStringLiteral("report"));
        QTest::addRow("a petition goes to the mayor's mailbox (R9)") << QJsonValue(QStringLiteral("petition"));
        QTest::addRow("unclassified, most likely a report") << QJsonValue();
    }

    void suggester_noUnitForAReport()
    {
        QFETCH(QJsonValue, category);
        const std::optional<TriageSuggester> &suggester = trainedSuggester();
        const Post post(samplePost(QStringLiteral("p-new"), 1, QStringLiteral("道里区安静街某单位工作人员违规问题举报"),
            QStringLiteral("该单位工作人员违规收受好处，供暖温度不达标的问题也不管。"),
            { { QStringLiteral("category"), category } }));
        if (category.isNull())
            QCOMPARE(suggester->categories(post).value(0).code, QStringLiteral("report"));
        QVERIFY(suggester->units(post).isEmpty());
    }

    void suggester_emptyStore_suggestsNothing()
    {
        TemporaryStore store;
        QString error;
        const std::optional<TriageSuggester> suggester = TriageSuggester::train(*store.database, &error);
        QVERIFY2(suggester, qPrintable(error));
        const Post post(samplePost(QStringLiteral("p-new"), 1, QStringLiteral("暖气不热"), QStringLiteral("供暖")));
        QVERIFY(suggester->categories(post).isEmpty());
        QVERIFY(suggester->units(post).isEmpty());
        QCOMPARE(suggester->learnedPosts(), 0);
    }

    void suggester_trainsOnAWorkerThreadWithItsOwnConnection()
    {
        const QString path = suggesterStore().path();
        const auto trained = QtConcurrent::run([path]() -> std::optional<TriageSuggester> {
            QString error;
            const auto database = Database::open(path, &error);
            return database ? TriageSuggester::train(*database, &error, 500) : std::nullopt;
        });
        const std::optional<TriageSuggester> suggester = trained.result();
        QVERIFY(suggester);
        QCOMPARE(suggester->learnedPosts(), 500);
        const Post post(samplePost(
            QStringLiteral("p-new"), 1, QStringLiteral("供暖温度不达标"), QStringLiteral("室内温度只有十四度。")));
        QCOMPARE(suggester->units(post).value(0).code, QStringLiteral("d-heating"));
    }

private:
    // Synthetic posts with one original complaint and its stored re-post (classified as a
    // report), and an unrelated complaint from the same street.
    TemporaryStore &duplicateStore()
    {
        if (!m_duplicates) {
            m_duplicates = std::make_unique<TemporaryStore>();
            SyntheticPostGenerator generator(2005);
            QList<QJsonObject> posts;
            for (int i = 0; i < 600; ++i)
                posts.append(generator.next());
            const QJsonObject originalAuthor { { QStringLiteral("author"),
                author(QStringLiteral("市民张先生"), QStringLiteral("13912345678")) } };
            posts.append(samplePost(QStringLiteral("p-original"), 1, kOriginalTitle, kOriginalBody, originalAuthor));
            QJsonObject repostFields = originalAuthor;
            repostFields.insert(QStringLiteral("category"), QStringLiteral("report"));
            posts.append(samplePost(QStringLiteral("p-repost"), 1, kOriginalTitle + QStringLiteral("（再次反映）"),
                kOriginalBody + QStringLiteral("上次反映后还是没人管。"), repostFields));
            posts.append(samplePost(QStringLiteral("p-street"), 1, QStringLiteral("道里区安静街阳光小区门口路灯不亮"),
                QStringLiteral("道里区安静街阳光小区门口的路灯坏了一个多月，晚上漆黑一片，孩子放学回家很不安全。"),
                { { QStringLiteral("author"), author(QStringLiteral("市民刘女士"), QStringLiteral("13700000001")) } }));
            importPosts(*m_duplicates->database, posts);
        }
        return *m_duplicates;
    }

    // Synthetic posts where heating posts are appeals for the heat-supply office (and were
    // returned by d-sports, R15), school places consultations for the education bureau, bus
    // routes suggestions for the transport bureau; reports go to no unit.
    TemporaryStore &suggesterStore()
    {
        if (!m_suggestions) {
            m_suggestions = std::make_unique<TemporaryStore>();
            struct Rule
            {
                QString topic;
                QString category;
                QJsonArray assignments;
            };
            const QList<Rule> rules = { { QStringLiteral("供暖"), QStringLiteral("appeal"),
                                            { assignment(QStringLiteral("d-sports"), QStringLiteral("returned")),
                                                assignment(QStringLiteral("d-heating"), QStringLiteral("accepted")) } },
                { QStringLiteral("学区"), QStringLiteral("consultation"),
                    { assignment(QStringLiteral("d-education"), QStringLiteral("replied")) } },
                { QStringLiteral("公交"), QStringLiteral("suggestion"),
                    { assignment(QStringLiteral("d-transport"), QStringLiteral("pending")) } } };
            SyntheticPostGenerator generator(104);
            QList<QJsonObject> posts;
            for (int i = 0; i < 3000; ++i) {
                QJsonObject post = generator.next();
                const QString title = post.value(QLatin1String("title")).toString();
                for (const Rule &rule : rules) {
                    if (title.contains(rule.topic)
                        && post.value(QLatin1String("category")) != QLatin1String("report")) {
                        post.insert(QStringLiteral("category"), rule.category);
                        post.insert(QStringLiteral("status"), QStringLiteral("dispatched"));
                        post.insert(QStringLiteral("assignments"), rule.assignments);
                    }
                }
                posts.append(post);
            }
            importPosts(*m_suggestions->database, posts);
        }
        return *m_suggestions;
    }

    const std::optional<TriageSuggester> &trainedSuggester()
    {
        if (!m_suggester) {
            QString error;
            m_suggester = TriageSuggester::train(*suggesterStore().database, &error);
            if (!m_suggester)
                qFatal("training failed: %s", qPrintable(error));
        }
        return m_suggester;
    }

    std::unique_ptr<TemporaryStore> m_duplicates;
    std::unique_ptr<TemporaryStore> m_suggestions;
    std::optional<TriageSuggester> m_suggester;
};

QTEST_GUILESS_MAIN(TestJudgement)
#include "tst_judgement.moc"
