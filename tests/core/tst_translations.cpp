// The zh_CN translation is complete: every source string has a finished translation that
// keeps the placeholders of its source.

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void zhCn_isComplete()
    {
        QFile file(QStringLiteral(BXT_TRANSLATIONS_DIR "/baixingtan_zh_CN.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        QStringList problems;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || translation.trimmed().isEmpty()) {
                    problems.append(context + QLatin1String(": ") + source);
                    continue;
                }
                auto matches = placeholder.globalMatch(source);
                while (matches.hasNext()) {
                    const QString marker = matches.next().captured(0);
                    if (!translation.contains(marker))
                        problems.append(context + QLatin1String(": ") + source + QLatin1String(" lacks ") + marker);
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
