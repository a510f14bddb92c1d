// Pinyin initials for the dispatch picker's search (R1: column staff find the unit to dispatch
// to by typing "ngq" for 南岗区人民政府).

#include "demo/syntheticpostgenerator.h"
#include "text/pinyininitials.h"

#include <QtTest>

using namespace bxt;

Q_DECLARE_METATYPE(bxt::PinyinInitials::Match)

class TestPinyinInitials : public QObject
{
    Q_OBJECT

private slots:
    void gb18030Encoder_isAvailableOnThisMachine()
    {
        // Qt 6.4 encodes GB18030 through ICU; Debian's Qt is built with it.
        QVERIFY(PinyinInitials::hasGb18030Encoder());
    }

    void everyHarbinUnitName_hasAnInitialForEveryCharacter()
    {
        const QJsonArray units = SyntheticPostGenerator::harbinUnits();
        QVERIFY(!units.isEmpty());
        for (const QJsonValue &unit : units) {
            const QString name = unit.toObject().value(QLatin1String("name")).toString();
            const QString initials = PinyinInitials(name).firstInitials();
            QVERIFY2(!initials.contains(QLatin1Char('?')), qPrintable(name + QLatin1Char(' ') + initials));
            QCOMPARE(initials.size(), name.size());
            // Every name is found by its own initials, whole and from any character on.
            QCOMPARE(PinyinInitials(name).match(initials), PinyinInitials::Match::Run);
            QCOMPARE(PinyinInitials(name).match(initials.mid(1)), PinyinInitials::Match::Run);
        }
    }

    void firstInitials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("南岗区人民政府") << QStringLiteral("南岗区人民政府") << QStringLiteral("ngqrmzf");
        QTest::newRow("市住房和城乡建设局") << QStringLiteral("市住房和城乡建设局") << QStringLiteral("szfhcxjsj");
        QTest::newRow("哈尔滨地铁集团") << QStringLiteral("哈尔滨地铁集团") << QStringLiteral("hebdtjt");
        QTest::newRow("阿城区人民政府") << QStringLiteral("阿城区人民政府") << QStringLiteral("acqrmzf");
        QTest::newRow("巴彦县人民政府") << QStringLiteral("巴彦县人民政府") << QStringLiteral("byxrmzf");
        QTest::newRow("市卫生健康委员会") << QStringLiteral("市卫生健康委员会") << QStringLiteral("swsjkwyh");
        QTest::newRow("outside GB2312 level 1: 瑷珲区") << QStringLiteral("瑷珲区") << QStringLiteral("ahq");
        QTest::newRow("outside GB2312 level 1: 讷河市") << QStringLiteral("讷河市") << QStringLiteral("nhs");
        QTest::newRow("outside GB2312 level 1: 市殡葬管理处")
            << QStringLiteral("市殡葬管理处") << QStringLiteral("sbzglc");
        QTest::newRow("ASCII kept, punctuation unknown")
            << QStringLiteral("市12345热线（A）") << QStringLiteral("s12345rx?a?");
    }

    void firstInitials()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(PinyinInitials(name).firstInitials(), initials);
    }

    void match_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("query");
        QTest::addColumn<PinyinInitials::Match>("expected");
        const QString nangang = QStringLiteral("南岗区人民政府");
        const QString housing = QStringLiteral("市住房和城乡建设局");
        QTest::newRow("ngq is 南岗区") << nangang << QStringLiteral("ngq") << PinyinInitials::Match::Run;
        QTest::newRow("upper case and spaces ignored")
            << nangang << QStringLiteral("N G Q") << PinyinInitials::Match::Run;
        QTest::newRow("rmzf inside the name") << nangang << QStringLiteral("rmzf") << PinyinInitials::Match::Run;
        QTest::newRow("zj abbreviates 住建") << housing << QStringLiteral("zj") << PinyinInitials::Match::Abbreviation;
        QTest::newRow("zfj abbreviates 住房…局")
            << housing << QStringLiteral("zfj") << PinyinInitials::Match::Abbreviation;
        QTest::newRow("js is 建设") << housing << QStringLiteral("js") << PinyinInitials::Match::Run;
        QTest::newRow("letters out of order") << housing << QStringLiteral("jz") << PinyinInitials::Match::None;
        QTest::newRow("a letter the name lacks") << nangang << QStringLiteral("ngk") << PinyinInitials::Match::None;
        QTest::newRow("longer than the name")
            << QStringLiteral("宾县") << QStringLiteral("bxx") << PinyinInitials::Match::None;
        QTest::newRow("empty query") << nangang << QString() << PinyinInitials::Match::None;
        QTest::newRow("polyphone 长 as zhang")
            << QStringLiteral("市长信箱") << QStringLiteral("szxx") << PinyinInitials::Match::Run;
        QTest::newRow("polyphone 长 as chang")
            << QStringLiteral("长春市") << QStringLiteral("ccs") << PinyinInitials::Match::Run;
        QTest::newRow("polyphone 行 as xing")
            << QStringLiteral("市行政审批局") << QStringLiteral("xzsp") << PinyinInitials::Match::Run;
    }

    void match()
    {
        QFETCH(QString, name);
        QFETCH(QString, query);
        QFETCH(PinyinInitials::Match, expected);
        QCOMPARE(PinyinInitials(name).match(query), expected);
    }

    void of_singleCharacters()
    {
        QCOMPARE(PinyinInitials::of(QChar(u'区')), QStringLiteral("q"));
        QCOMPARE(PinyinInitials::of(QChar(u'县')), QStringLiteral("x"));
        QCOMPARE(PinyinInitials::of(QChar(u'局')), QStringLiteral("j"));
        QCOMPARE(PinyinInitials::of(QChar(u'委')), QStringLiteral("w"));
        QCOMPARE(PinyinInitials::of(QChar(u'办')), QStringLiteral("b"));
        QCOMPARE(PinyinInitials::of(QChar(u'长')), QStringLiteral("cz"));
        QCOMPARE(PinyinInitials::of(QChar(u'，')), QString());
    }
};

QTEST_GUILESS_MAIN(TestPinyinInitials)
#include "tst_pinyininitials.moc"
