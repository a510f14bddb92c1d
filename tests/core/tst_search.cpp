// Full-text search over titles and bodies: Chinese words of two characters, longer phrases,
// ranking, and an index that follows updates.

#include "storetestsupport.h"

#include "search/postsearch.h"
#include "search/searchindexwriter.h"
#include "search/searchpostings.h"
#include "search/searchtokenizer.h"
#include "store/database.h"
#include "store/poststore.h"
#include "sync/postimporter.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>
#include <map>

using namespace bxt;
using namespace Qt::StringLiterals;
using namespace bxt::test;

namespace {

QStringList searchIds(const Database &database, const QString &query)
{
    QList<SearchHit> hits;
    QString error;
    // A failed search must fail the test, or rows that expect no hit would pass.
    if (!PostSearch(database).search(query, 50, &hits, &error))
        QTest::qFail(qPrintable(QStringLiteral("search for %1 failed: %2").arg(query, error)), __FILE__, __LINE__);
    QStringList ids;
    for (const SearchHit &hit : std::as_const(hits))
        ids.append(hit.id);
    return ids;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        importPosts(*m_store.database,
            { samplePost(QStringLiteral("p-heating"), 1, QStringLiteral("道里区安静街小区供暖温度不达标"),
                  QStringLiteral("家里只有十四度，物业说锅炉坏了。")),
                samplePost(QStringLiteral("p-fee"), 1, QStringLiteral("物业费上涨没有公示"),
                    QStringLiteral("南岗区学府路小区的物业费从每平米1.2元涨到1.8元。")),
                samplePost(QStringLiteral("p-bus"), 1, QStringLiteral("建议增开地铁3号线接驳公交"),
                    QStringLiteral("早高峰等车超过二十分钟，冬天供暖季更难熬。")),
                samplePost(QStringLiteral("p-snow"), 1, QStringLiteral("松北区冬季清雪不及时"),
                    QStringLiteral("世茂大道积雪三天没人清理，ABC公司的车辆也无法通行。")),
                samplePost(QStringLiteral("p-width"), 1, QStringLiteral("香坊区１２３路公交"),
                    QStringLiteral("全角数字的线路。")) });
    }

    void search_findsWordsAndPhrases_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // best first
        QTest::addRow("two characters in a title")
            << QStringLiteral("供暖") << QStringList { QStringLiteral("p-heating"), QStringLiteral("p-bus") };
        QTest::addRow("two characters, several posts")
            << QStringLiteral("物业") << QStringList { QStringLiteral("p-fee"), QStringLiteral("p-heating") };
        QTest::addRow("three characters") << QStringLiteral("物业费") << QStringList { QStringLiteral("p-fee") };
        QTest::addRow("four-character phrase")
            << QStringLiteral("供暖温度") << QStringList { QStringLiteral("p-heating") };
        QTest::addRow("long phrase in the body")
            << QStringLiteral("积雪三天没人清理") << QStringList { QStringLiteral("p-snow") };
        QTest::addRow("characters not adjacent do not match") << QStringLiteral("供温") << QStringList {};
        QTest::addRow("absent word") << QStringLiteral("拆迁") << QStringList {};
        QTest::addRow("two words, both required")
            << QStringLiteral("物业 锅炉") << QStringList { QStringLiteral("p-heating") };
        QTest::addRow("latin letters ignore case") << QStringLiteral("abc") << QStringList { QStringLiteral("p-snow") };
        QTest::addRow("digits with Chinese") << QStringLiteral("3号线") << QStringList { QStringLiteral("p-bus") };
        QTest::addRow("full-width digits match ASCII")
            << QStringLiteral("123路") << QStringList { QStringLiteral("p-width") };
        QTest::addRow("one character matches words starting with it")
            << QStringLiteral("锅") << QStringList { QStringLiteral("p-heating") };
        QTest::addRow("one character matches words ending with it") << QStringLiteral("剪") << QStringList {};
        QTest::addRow("a run's last character") << QStringLiteral("街") << QStringList { QStringLiteral("p-heating") };
        QTest::addRow("phrase starting inside a run")
            << QStringLiteral("线接驳") << QStringList { QStringLiteral("p-bus") };
        QTest::addRow("phrase starting with a run's last character") << QStringLiteral("线3") << QStringList {};
        QTest::addRow("lone character then digits")
            << QStringLiteral("铁3号") << QStringList { QStringLiteral("p-bus") };
        QTest::addRow("punctuation only") << QStringLiteral("，。\"*") << QStringList {};
        QTest::addRow("FTS syntax is plain text") << QStringLiteral("供暖 OR NEAR(") << QStringList {};
    }

    void search_findsWordsAndPhrases()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(searchIds(*m_store.database, query), expected);
    }

    void updatedPost_isFoundByItsNewTextOnly()
    {
        TemporaryStore store;
        importPosts(*store.database,
            { samplePost(QStringLiteral("p-1"), 1, QStringLiteral("噪音扰民"), QStringLiteral("夜间施工")) });
        QCOMPARE(searchIds(*store.database, QStringLiteral("噪音")), QStringList { QStringLiteral("p-1") });
        importPosts(*store.database,
            { samplePost(QStringLiteral("p-1"), 2, QStringLiteral("油烟扰民"), QStringLiteral("饭店排烟")) });
        QCOMPARE(searchIds(*store.database, QStringLiteral("噪音")), QStringList {});
        QCOMPARE(searchIds(*store.database, QStringLiteral("油烟")), QStringList { QStringLiteral("p-1") });
        QString error;
        QVERIFY(PostStore(*store.database).remove(QStringLiteral("p-1"), &error));
        QCOMPARE(searchIds(*store.database, QStringLiteral("油烟")), QStringList {});
    }

    void newPostReusingARemovedRowid_isFound()
    {
        TemporaryStore store;
        importPosts(*store.database,
            { samplePost(QStringLiteral("p-1"), 1, QStringLiteral("物业"), QStringLiteral("a")),
                samplePost(QStringLiteral("p-2"), 1, QStringLiteral("供暖"), QStringLiteral("b")) });
        QString error;
        PostStore posts(*store.database);
        QVERIFY(posts.remove(QStringLiteral("p-2"), &error) && posts.flush(&error));
        // SQLite gives the next post p-2's rowid again; its postings must not count as stale.
        importPosts(
            *store.database, { samplePost(QStringLiteral("p-3"), 1, QStringLiteral("供暖"), QStringLiteral("c")) });
        QCOMPARE(searchIds(*store.database, QStringLiteral("供暖")), QStringList { QStringLiteral("p-3") });
    }

    void manyStalePostings_compactTheIndex()
    {
        TemporaryStore store;
        for (int version = 1; version <= 2; ++version) {
            QList<QJsonObject> posts;
            for (int i = 0; i < 1100; ++i) {
                posts.append(samplePost(QStringLiteral("p-%1").arg(i), version,
                    QStringLiteral("第%1版供暖%2号").arg(version).arg(i), QStringLiteral("物业")));
            }
            importPosts(*store.database, posts);
        }
        QSqlQuery query(store.database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM search_stale")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0); // 1,100 stale postings passed the threshold
        QVERIFY(
            query.exec(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM search_postings GROUP BY term)"))
            && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(searchIds(*store.database, QStringLiteral("第1版")), QStringList {});
        QCOMPARE(searchIds(*store.database, QStringLiteral("第2版供暖7号")), QStringList { QStringLiteral("p-7") });
        QCOMPARE(searchIds(*store.database, QStringLiteral("物业")).size(), 50); // the limit
    }

    // A write large enough to become one row per term, grouped by term in parallel parts, in
    // which one post is stored, changed and stored again, and another is removed.
    void largeWrite_withAPostStoredTwiceAndOneRemoved_findsOnlyWhatIsCurrent()
    {
        TemporaryStore store;
        QString error;
        {
            Transaction transaction(store.database->connection());
            QVERIFY(transaction.isActive());
            PostStore posts(*store.database);
            PostStore::Outcome outcome;
            for (int i = 0; i < 2000; ++i) {
                const Post post(samplePost(QStringLiteral("p-%1").arg(i), 1, QStringLiteral("供暖第%1号").arg(i),
                    QStringLiteral("物业公司说锅炉坏了，小区温度不达标，请尽快解决。")));
                QVERIFY2(
                    posts.upsert(post, QJsonDocument(post.json()).toJson(QJsonDocument::Compact), &outcome, &error),
                    qPrintable(error));
            }
            const Post changed(
                samplePost(QStringLiteral("p-7"), 2, QStringLiteral("油烟扰民"), QStringLiteral("饭店排烟")));
            QVERIFY2(
                posts.upsert(changed, QJsonDocument(changed.json()).toJson(QJsonDocument::Compact), &outcome, &error),
                qPrintable(error));
            QCOMPARE(outcome, PostStore::Outcome::Updated);
            QVERIFY2(posts.remove(QStringLiteral("p-9"), &error), qPrintable(error));
            QVERIFY2(posts.flush(&error), qPrintable(error));
            QVERIFY(transaction.commit());
        }
        QSqlQuery query(store.database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM search_recent")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0); // one row per term
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM search_postings")) && query.next());
        QVERIFY2(query.value(0).toInt() > 2000, qPrintable(query.value(0).toString())); // every 第N号 term and more
        QCOMPARE(searchIds(*store.database, QStringLiteral("油烟扰民")), QStringList { QStringLiteral("p-7") });
        QCOMPARE(searchIds(*store.database, QStringLiteral("供暖第7号")), QStringList {});
        QCOMPARE(searchIds(*store.database, QStringLiteral("供暖第9号")), QStringList {});
        QCOMPARE(searchIds(*store.database, QStringLiteral("供暖第1999号")), QStringList { QStringLiteral("p-1999") });
        QList<SearchHit> hits;
        QVERIFY2(PostSearch(*store.database).search(QStringLiteral("锅炉"), 5000, &hits, &error), qPrintable(error));
        QSet<QString> ids;
        for (const SearchHit &hit : std::as_const(hits))
            ids.insert(hit.id);
        QCOMPARE(hits.size(), 1998); // 2,000 less the changed and the removed post, each once
        QCOMPARE(ids.size(), 1998);
        QVERIFY(!ids.contains(QStringLiteral("p-7")) && !ids.contains(QStringLiteral("p-9")));
    }

    // An import's batches bring their terms grouped beforehand; a post given twice in one batch
    // is found by its later text only, and every other post once.
    void importWithAPostGivenTwiceInOneBatch_findsOnlyWhatIsCurrent()
    {
        TemporaryStore store;
        QList<QJsonObject> posts;
        for (int i = 0; i < 1500; ++i) {
            posts.append(samplePost(QStringLiteral("p-%1").arg(i), 1, QStringLiteral("供暖第%1号").arg(i),
                QStringLiteral("物业公司说锅炉坏了，小区温度不达标，请尽快解决。")));
            if (i == 20)
                posts.append(
                    samplePost(QStringLiteral("p-7"), 2, QStringLiteral("油烟扰民"), QStringLiteral("饭店排烟")));
        }
        importPosts(*store.database, posts);
        QCOMPARE(searchIds(*store.database, QStringLiteral("油烟扰民")), QStringList { QStringLiteral("p-7") });
        QCOMPARE(searchIds(*store.database, QStringLiteral("供暖第7号")), QStringList {});
        QCOMPARE(searchIds(*store.database, QStringLiteral("供暖第1499号")), QStringList { QStringLiteral("p-1499") });
        QList<SearchHit> hits;
        QString error;
        QVERIFY2(PostSearch(*store.database).search(QStringLiteral("锅炉"), 5000, &hits, &error), qPrintable(error));
        QSet<QString> ids;
        for (const SearchHit &hit : std::as_const(hits))
            ids.insert(hit.id);
        QCOMPARE(hits.size(), 1499); // 1,500 less the changed post, each once
        QCOMPARE(ids.size(), 1499);
        QVERIFY(!ids.contains(QStringLiteral("p-7")));
    }

    // The postings' bytes are what stores already hold: encoding must keep them, and decoding
    // must give the postings back.
    void postings_encodeAsDeltaVarints_data()
    {
        QTest::addColumn<std::vector<bxt::Posting>>("postings");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("none") << std::vector<bxt::Posting>() << QByteArray();
        QTest::addRow("one byte each") << std::vector<bxt::Posting> { { 1, 1, 4, 3 } }
                                       << QByteArray::fromHex("01010403");
        // 299 = 2 * 128 + 43: 0xAB 0x02; 200 = 1 * 128 + 72: 0xC8 0x01.
        QTest::addRow("two bytes") << std::vector<bxt::Posting> { { 1, 1, 4, 3 }, { 300, 2, 1, 200 } }
                                   << QByteArray::fromHex("01010403ab020201c801");
        // 2^32 - 1 takes five bytes: 0xFF 0xFF 0xFF 0xFF 0x0F.
        QTest::addRow("largest generation")
            << std::vector<bxt::Posting> { { 5, 0xFFFFFFFFu, 1, 1 } } << QByteArray::fromHex("05ffffffff0f0101");
    }

    void postings_encodeAsDeltaVarints()
    {
        QFETCH(std::vector<bxt::Posting>, postings);
        QFETCH(QByteArray, bytes);
        QCOMPARE(bxt::encodePostings(postings).toHex(), bytes.toHex());
        std::vector<bxt::Posting> decoded;
        QVERIFY(bxt::decodePostings(bytes, &decoded));
        QCOMPARE(decoded.size(), postings.size());
        for (std::size_t i = 0; i < postings.size(); ++i) {
            QCOMPARE(decoded[i].post, postings[i].post);
            QCOMPARE(decoded[i].generation, postings[i].generation);
            QCOMPARE(decoded[i].weight, postings[i].weight);
            QCOMPARE(decoded[i].length, postings[i].length);
        }
    }

    // Each term's entries in the order of the documents, whatever order the terms come in.
    void batchTerms_groupTheDocumentsByTermInDocumentOrder_data()
    {
        using Weights = std::vector<std::pair<quint64, quint32>>;
        QTest::addColumn<QList<Weights>>("documents");
        QTest::addColumn<QList<quint64>>("terms");
        QTest::addColumn<QList<quint32>>("starts");
        QTest::addColumn<QList<quint32>>("entryDocuments");
        QTest::newRow("no document") << QList<Weights> {} << QList<quint64> {} << QList<quint32> { 0 }
                                     << QList<quint32> {};
        QTest::newRow("one document") << QList<Weights> { { { 3, 1 }, { 8, 4 } } } << QList<quint64> { 3, 8 }
                                      << QList<quint32> { 0, 1, 2 } << QList<quint32> { 0, 0 };
        // term 5 in documents 0, 1 and 3; term 1 only in 1; term 9 in 0 and 4; 2 has none
        QTest::newRow("five documents") << QList<Weights> { { { 5, 1 }, { 9, 2 } }, { { 1, 1 }, { 5, 3 } }, {},
            { { 5, 1 } }, { { 2, 1 }, { 9, 1 } } }
                                        << QList<quint64> { 1, 2, 5, 9 } << QList<quint32> { 0, 1, 2, 5, 7 }
                                        << QList<quint32> { 1, 4, 0, 1, 3, 0, 4 };
        QTest::newRow("a term in every one of seven documents, each with one more term")
            << QList<Weights> { { { 7, 1 }, { 100, 1 } }, { { 6, 1 }, { 100, 1 } }, { { 5, 1 }, { 100, 1 } },
                   { { 100, 1 }, { 104, 1 } }, { { 100, 1 }, { 103, 1 } }, { { 100, 1 }, { 102, 1 } },
                   { { 4, 1 }, { 100, 1 } } }
            << QList<quint64> { 4, 5, 6, 7, 100, 102, 103, 104 } << QList<quint32> { 0, 1, 2, 3, 4, 11, 12, 13, 14 }
            << QList<quint32> { 6, 2, 1, 0, 0, 1, 2, 3, 4, 5, 6, 5, 4, 3 };
    }

    void batchTerms_groupTheDocumentsByTermInDocumentOrder()
    {
        using Weights = std::vector<std::pair<quint64, quint32>>;
        QFETCH(QList<Weights>, documents);
        QFETCH(QList<quint64>, terms);
        QFETCH(QList<quint32>, starts);
        QFETCH(QList<quint32>, entryDocuments);
        std::vector<DocumentTerms> owned;
        for (const Weights &weights : documents)
            owned.push_back({ weights, quint32(weights.size()) });
        std::vector<const DocumentTerms *> pointers;
        for (const DocumentTerms &document : owned)
            pointers.push_back(&document);
        const BatchTerms batch = BatchTerms::from(pointers);
        QCOMPARE(QList<quint64>(batch.terms.begin(), batch.terms.end()), terms);
        QCOMPARE(QList<quint32>(batch.starts.begin(), batch.starts.end()), starts);
        QList<quint32> actualDocuments;
        for (const BatchTerms::Entry &entry : batch.entries)
            actualDocuments.append(entry.document);
        QCOMPARE(actualDocuments, entryDocuments);
    }

    // A document's terms, sorted, each once with its weight: a title's count kTitleTermWeight
    // times. Texts long enough to be sorted a byte at a time, with words (whose keys differ in
    // every byte) among the Chinese pairs; the expected weights are counted with a std::map.
    void documentTerms_areSortedWithTheirWeights_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addRow("short") << u"供暖"_s << u"供暖不热"_s;
        QTest::addRow("a long Chinese body")
            << u"南岗区供暖不热"_s << u"屋里只有十二度，老人孩子受不了，供暖公司说管道在修。"_s.repeated(6);
        QTest::addRow("Chinese with words and numbers")
            << u"3号楼 heating"_s << u"楼道灯坏了 ABC-12 已经报修3次 call 0451 路灯 lamp 物业不管 "_s.repeated(9);
        QTest::addRow("only words") << u"x"_s << u"alpha beta gamma delta epsilon zeta eta theta "_s.repeated(12);
        QTest::addRow("one term many times") << u"路灯"_s << u"路灯 "_s.repeated(100);
        // 供 before characters whose codes differ in both bytes (暖 U+6696, 水 U+6C34, 电 U+7535):
        // every byte of the pairs is sorted on.
        QTest::addRow("one character before many others")
            << u"供电"_s << u"供暖，供电，供水，供气，供热，供应，暖气，电费，水费，"_s.repeated(5);
    }

    void documentTerms_areSortedWithTheirWeights()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        std::map<quint64, quint32> expected;
        for (const quint64 term : SearchTokenizer::terms(title, true))
            expected[term] += kTitleTermWeight;
        const QList<quint64> bodyTerms = SearchTokenizer::terms(body, true);
        for (const quint64 term : bodyTerms)
            expected[term] += 1;
        const DocumentTerms terms = documentTerms(title, body);
        QCOMPARE(terms.length, quint32(SearchTokenizer::terms(title, true).size() + bodyTerms.size()));
        QCOMPARE(terms.weights.size(), expected.size());
        std::size_t i = 0;
        for (const auto &[term, weight] : expected) {
            QCOMPARE(terms.weights[i].first, term);
            QCOMPARE(terms.weights[i].second, weight);
            ++i;
        }
    }

    void tokenizer_pairsChineseAndKeepsWords()
    {
        const QList<quint64> text = SearchTokenizer::terms(QStringLiteral("供暖温度 ABC-12，号"));
        QCOMPARE(text.size(), 6); // 供暖 暖温 温度 abc 12 号
        QCOMPARE(text, SearchTokenizer::terms(QStringLiteral("供暖温度abc 12号")));
        QCOMPARE(SearchTokenizer::terms(QStringLiteral("ＡＢＣ")), SearchTokenizer::terms(QStringLiteral("abc")));
        // Without a full-width form a text is read as it is: ① stays a word of its own.
        QVERIFY(SearchTokenizer::terms(QStringLiteral("①号楼")) != SearchTokenizer::terms(QStringLiteral("1号楼")));
        QVERIFY(SearchTokenizer::isSingleCharacter(text.last()));
        QVERIFY(!SearchTokenizer::isSingleCharacter(text.first()));
    }

    // A text with full-width forms is read as its compatibility form (NFKC) throughout, as the
    // stored index was made: the full-width forms become ASCII, and so do the other
    // compatibility characters of such a text (①, …, 豈 U+F900). The expected forms are written
    // out by hand.
    void tokenizer_readsTextsWithFullWidthFormsInCompatibilityForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("readAs");
        QTest::addRow("Chinese with full-width punctuation")
            << QStringLiteral("楼道灯坏了，已经报修３次！") << QStringLiteral("楼道灯坏了,已经报修3次!");
        QTest::addRow("quotes, brackets, dashes and Chinese stops kept")
            << QStringLiteral("【求助】“Ｂ座”电梯—停运。") << QStringLiteral("【求助】“B座”电梯—停运。");
        QTest::addRow("circled number in a text with full-width forms")
            << QStringLiteral("①号楼（东侧）") << QStringLiteral("1号楼(东侧)");
        QTest::addRow("ellipsis in a text with full-width forms")
            << QStringLiteral("等了很久……ＯＫ") << QStringLiteral("等了很久......OK");
        QTest::addRow("compatibility ideograph in a text with full-width forms")
            << QStringLiteral("\uF900路，") << QStringLiteral("\u8C48路,");
    }

    void tokenizer_readsTextsWithFullWidthFormsInCompatibilityForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, readAs);
        for (const bool withRunEnds : { false, true })
            QCOMPARE(SearchTokenizer::terms(text, withRunEnds), SearchTokenizer::terms(readAs, withRunEnds));
    }

    void manyUpdates_mergeChunksAndKeepAnswers()
    {
        TemporaryStore store;
        for (int version = 1; version <= 40; ++version) {
            importPosts(*store.database,
                { samplePost(QStringLiteral("p-1"), version, QStringLiteral("噪音扰民第%1次").arg(version),
                      QStringLiteral("夜间施工")),
                    samplePost(QStringLiteral("p-2"), version, QStringLiteral("油烟"), QStringLiteral("饭店排烟")) });
        }
        QCOMPARE(searchIds(*store.database, QStringLiteral("噪音扰民")), QStringList { QStringLiteral("p-1") });
        QCOMPARE(searchIds(*store.database, QStringLiteral("第40次")), QStringList { QStringLiteral("p-1") });
        QCOMPARE(searchIds(*store.database, QStringLiteral("第39次")), QStringList {});
        QSqlQuery chunks(store.database->connection());
        QVERIFY(
            chunks.exec(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM search_postings GROUP BY term)"))
            && chunks.next());
        QVERIFY2(chunks.value(0).toInt() <= 17, qPrintable(chunks.value(0).toString()));
    }

private:
    TemporaryStore m_store;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
