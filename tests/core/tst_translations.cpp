// The zh_CN translation is complete: every string of the sources (core/, ui/, app/, portal/, as lupdate
// extracts them now) is in the shipped .ts with a finished translation that keeps the
// placeholders of its source.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString kShippedTs = QStringLiteral(BXT_TRANSLATIONS_DIR "/baixingtan_zh_CN.ts");

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translation; // the numerus forms run together
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)

    bool isObsolete() const { return type == QLatin1String("vanished") || type == QLatin1String("obsolete"); }
    // What tells one message from another for lupdate: context, source, comment, numerus.
    QString key() const
    {
        return context + QChar(0x1f) + source + QChar(0x1f) + comment + QChar(0x1f) + (numerus ? u'n' : u's');
    }
    QString describe() const
    {
        QString text = context + QLatin1String(": ") + source;
        if (!comment.isEmpty())
            text += QLatin1String(" [") + comment + QLatin1Char(']');
        return numerus ? text + QLatin1String(" (plural)") : text;
    }
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = path + QLatin1String(": ") + xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void zhCn_isComplete()
    {
        QString error;
        const QList<TsMessage> messages = readTs(kShippedTs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        for (const TsMessage &message : messages) {
            if (message.isObsolete())
                continue;
            if (message.type == QLatin1String("unfinished") || message.translation.trimmed().isEmpty()) {
                problems.append(message.describe());
                continue;
            }
            auto matches = placeholder.globalMatch(message.source);
            while (matches.hasNext()) {
                const QString marker = matches.next().captured(0);
                if (!message.translation.contains(marker))
                    problems.append(message.describe() + QLatin1String(" lacks ") + marker);
            }
        }
        for (const QString &problem : std::as_const(problems))
            qWarning("not translated: %s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 messages (listed above) are unfinished or lack a "
                                      "placeholder.")
                           .arg(problems.size())));
    }

    // lupdate over the sources into a scratch file: every string it finds must be in the
    // shipped file. Fails until someone runs the update_translations target and translates.
    void zhCn_hasEverySourceString()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString fresh = scratch.filePath(QStringLiteral("sources.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(BXT_SOURCE_DIR));
        lupdate.start(QStringLiteral(BXT_LUPDATE_PATH),
            { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                QStringLiteral("portal"), QStringLiteral("-ts"), fresh });
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        const QString warnings = QString::fromLocal8Bit(lupdate.readAllStandardError()).trimmed();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(warnings));
        if (!warnings.isEmpty())
            qWarning("lupdate: %s", qPrintable(warnings));

        QString error;
        const QList<TsMessage> sources = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(sources.size() > 100);
        const QList<TsMessage> shipped = readTs(kShippedTs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> translated;
        for (const TsMessage &message : shipped) {
            if (!message.isObsolete())
                translated.insert(message.key());
        }
        QStringList missing;
        for (const TsMessage &message : sources) {
            if (!translated.contains(message.key()))
                missing.append(message.describe());
        }
        for (const QString &string : std::as_const(missing))
            qWarning("not in the .ts: %s", qPrintable(string)); // one a line: a failure message is cut short
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 source strings (listed above) are not in %2; build the "
                                      "update_translations target and translate them.")
                           .arg(missing.size())
                           .arg(kShippedTs)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
