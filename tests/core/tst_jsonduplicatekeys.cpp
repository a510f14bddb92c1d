// bxt::duplicateJsonKey: an imported rules, calendar or units file with a key given twice in one
// object is refused by the key's path, since QJsonDocument would keep only one of its values.
// bxt::scanJsonText: the same, and the first raw control character inside a string, which an
// imported post may not have; the text is read eight bytes at a time, so the rows put the
// character at every place in a word.

#include "text/jsonduplicatekeys.h"

#include <QtTest>

class TestJsonDuplicateKeys : public QObject
{
    Q_OBJECT

private slots:
    void duplicateJsonKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addRow("none") << QByteArray(R"({"a": 1, "b": {"a": 2}})") << QString();
        QTest::addRow("empty object") << QByteArray("{}") << QString();
        QTest::addRow("the same key in sibling objects")
            << QByteArray(R"({"x": {"k": 1}, "y": {"k": 2}, "z": [{"k": 3}, {"k": 4}]})") << QString();
        QTest::addRow("a value that spells a key")
            << QByteArray("{\"a\": \"a\", \"b\": [\"a\", \"a\"], \"c\": \"\\\"a\\\": {,\"}") << QString();
        QTest::addRow("at the top") << QByteArray(R"({"a": 1, "b": 2, "a": 3})") << QStringLiteral("a");
        QTest::addRow("nested") << QByteArray(R"({"a": {"b": {"c": 1, "c": 1}}})") << QStringLiteral("a.b.c");
        QTest::addRow("in a list") << QByteArray(R"({"a": [1, {"k": 1}, {"k": 1, "k": 2}]})")
                                   << QStringLiteral("a[2].k");
        QTest::addRow("after a nested object") << QByteArray(R"({"a": {"a": 1}, "a": 2})") << QStringLiteral("a");
        QTest::addRow("escaped spelling") << QByteArray("{\"ab\": 1, \"\\u0061b\": 2}") << QStringLiteral("ab");
        QTest::addRow("an escaped quote in a key")
            << QByteArray("{\"a\\\"b\": 1, \"a\\u0022b\": 2}") << QStringLiteral("a\"b");
        // Strings are skipped quote to quote: a run of backslashes before a quote escapes it when odd.
        QTest::addRow("a value ending in a backslash")
            << QByteArray("{\"a\": \"x\\\\\", \"b\": \"\\\\\\\\\", \"a\": 1}") << QStringLiteral("a");
        QTest::addRow("an escaped quote after an escaped backslash")
            << QByteArray("{\"a\": \"x\\\\\\\"\\\"\", \"b\": {\"c\": \"\\\"\", \"c\": 2}}") << QStringLiteral("b.c");
        QTest::addRow("Han keys") << QByteArray(R"({"天数": 1, "天数": 2})") << QString::fromUtf8("天数");
        // Past 16 keys an object's keys are looked up in a hash rather than compared one by one.
        QTest::addRow("many keys, none twice")
            << QByteArray(R"({"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, )"
                          R"("k10": {"k1": 1}, "k11": 1, "k12": 2, "k13": 3, "k14": 4, "k15": 5, "k16": 6, "k17": 7, )"
                          R"("k18": 8, "k19": 9, "k20": 10})")
            << QString();
        QTest::addRow("many keys, the first again last") << QByteArray(
            R"({"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, )"
            R"("k10": {"k1": 1}, "k11": 1, "k12": 2, "k13": 3, "k14": 4, "k15": 5, "k16": 6, "k17": 7, )"
            R"("k18": 8, "k19": 9, "k1": 10})") << QStringLiteral("k1");
        QTest::addRow("many keys, an escaped one again")
            << QByteArray("{\"k1\": 1, \"k2\": 2, \"k3\": 3, \"k4\": 4, \"k5\": 5, \"k6\": 6, \"k7\": 7, \"k8\": 8, "
                          "\"k9\": 9, \"k10\": 10, \"k11\": 11, \"k12\": 12, \"k13\": 13, \"k14\": 14, \"k15\": 15, "
                          "\"k16\": 16, \"k17\": 17, \"x\\u0031\": 18, \"k18\": 19, \"x1\": 20}")
            << QStringLiteral("x1");
        QTest::addRow("a closed object's keys are not its parent's")
            << QByteArray(R"({"a": {"b": 1, "c": 2}, "b": 3, "c": [{"b": 1}, {"b": 2}]})") << QString();
    }

    void duplicateJsonKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QCOMPARE(bxt::duplicateJsonKey(json), path);
    }

    void scanJsonText_findsTheFirstRawControlCharacterInAString_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qsizetype>("at");
        QTest::addColumn<int>("character");
        // {"a": " is 7 bytes: the string's text starts at byte 7.
        for (int before = 0; before < 17; ++before) {
            QTest::addRow("U+0001 after %d bytes of text", before)
                << QByteArray("{\"a\": \"" + QByteArray(before, 'x') + "\x01y\"}") << qsizetype(7 + before) << 1;
        }
        // 汉 is three bytes of UTF-8, all above 0x7F: none of them may read as a control character.
        QTest::addRow("after Chinese text") << QByteArray("{\"a\": \"汉汉汉汉汉\x1f\"}") << qsizetype(22) << 0x1f;
        QTest::addRow("tab") << QByteArray("{\"a\": \"汉字\t\"}") << qsizetype(13) << 9;
        QTest::addRow("U+0000") << QByteArray("{\"a\": \"abcdefghij\0\"}", 21) << qsizetype(17) << 0;
        QTest::addRow("none in long Chinese text")
            << QByteArray("{\"a\": \"" + QByteArray("汉字，").repeated(50) + "\"}") << qsizetype(-1) << 0;
        QTest::addRow("whitespace between tokens is not in a string")
            << QByteArray("{\"a\":\t\"x\",\n\"b\": 1}") << qsizetype(-1) << 0;
        QTest::addRow("an escaped control character")
            << QByteArray("{\"a\": \"abcdefgh\\n\\u0001\"}") << qsizetype(-1) << 0;
        // The string goes on past an escaped quote that falls anywhere in a word.
        for (int before = 0; before < 9; ++before) {
            QTest::addRow("after an escaped quote after %d bytes", before)
                << QByteArray("{\"a\": \"" + QByteArray(before, 'x') + "\\\"abcdefgh\x02\"}")
                << qsizetype(7 + before + 2 + 8) << 2;
        }
        QTest::addRow("after a string ending in an escaped backslash")
            << QByteArray("{\"a\": \"abcdefg\\\\\", \"b\": \"\x03\"}") << qsizetype(25) << 3;
        QTest::addRow("a control character between strings is not in one")
            << QByteArray("{\"a\": \"abcdefghijklmnop\"\x04, \"b\": 1}") << qsizetype(-1) << 0;
    }

    void scanJsonText_findsTheFirstRawControlCharacterInAString()
    {
        QFETCH(QByteArray, json);
        QFETCH(qsizetype, at);
        QFETCH(int, character);
        const bxt::JsonTextScan scan = bxt::scanJsonText(json);
        QCOMPARE(scan.rawControlAt, at);
        if (at >= 0)
            QCOMPARE(int(scan.rawControl), character);
        QCOMPARE(scan.duplicateKey, QString());
    }

    void scanJsonText_findsTheFirstInvalidEscape_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qsizetype>("at"); // the backslash's byte offset
        // {"a": " is 7 bytes: the string's text starts at byte 7.
        for (int before = 0; before < 10; ++before) {
            QTest::addRow("\\q after %d bytes of text", before)
                << QByteArray("{\"a\": \"" + QByteArray(before, 'x') + "\\qy\"}") << qsizetype(7 + before);
        }
        QTest::addRow("an escaped apostrophe") << QByteArray("{\"a\": \"it\\'s\"}") << qsizetype(9);
        QTest::addRow("a backslash before a tab") << QByteArray("{\"a\": \"ab\\\tc\"}") << qsizetype(9);
        QTest::addRow("a backslash before U+0001") << QByteArray("{\"a\": \"\\\x01\"}") << qsizetype(7);
        QTest::addRow("a backslash before a Chinese character") << QByteArray("{\"a\": \"汉\\字\"}") << qsizetype(10);
        QTest::addRow("in a key") << QByteArray("{\"a\\x\": 1}") << qsizetype(3);
        QTest::addRow("every escape JSON has")
            << QByteArray("{\"a\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u6c49\"}") << qsizetype(-1);
        QTest::addRow("an escaped backslash before a letter") << QByteArray("{\"a\": \"\\\\q\"}") << qsizetype(-1);
        QTest::addRow("a backslash outside a string is not in one") << QByteArray("{\"a\": 1 \\q}") << qsizetype(-1);
    }

    void scanJsonText_findsTheFirstInvalidEscape()
    {
        QFETCH(QByteArray, json);
        QFETCH(qsizetype, at);
        QCOMPARE(bxt::scanJsonText(json).invalidEscapeAt, at);
    }

    // Both problems in one text: each is reported whichever comes first.
    void scanJsonText_reportsADuplicateKeyAndAControlCharacterTogether()
    {
        const bxt::JsonTextScan before = bxt::scanJsonText("{\"a\": 1, \"a\": 2, \"b\": \"x\x05\"}");
        QCOMPARE(before.duplicateKey, QStringLiteral("a"));
        QCOMPARE(before.rawControlAt, qsizetype(24));
        const bxt::JsonTextScan after = bxt::scanJsonText("{\"b\": \"x\x05\", \"a\": 1, \"a\": 2}");
        QCOMPARE(after.duplicateKey, QStringLiteral("a"));
        QCOMPARE(after.rawControlAt, qsizetype(8));
    }
};

QTEST_GUILESS_MAIN(TestJsonDuplicateKeys)
#include "tst_jsonduplicatekeys.moc"
