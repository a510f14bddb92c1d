// The synthetic Harbin posts used by the benchmarks and the demo store are valid POST objects
// of portal-api.md, deterministic, and keep the confidentiality rule (R10).

#include "demo/syntheticpostgenerator.h"
#include "domain/postvalidator.h"

#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace bxt;

class TestSyntheticPostGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeed_givesSamePosts()
    {
        SyntheticPostGenerator first(7);
        SyntheticPostGenerator second(7);
        SyntheticPostGenerator other(8);
        bool anyDifferent = false;
        for (int i = 0; i < 200; ++i) {
            const QJsonObject post = first.next();
            QCOMPARE(second.next(), post);
            anyDifferent = anyDifferent || other.next() != post;
        }
        QVERIFY(anyDifferent);
    }

    void setNow_nothingHappensAfterNow()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), QTimeZone(8 * 3600));
        SyntheticPostGenerator generator(3, now.addDays(-30), 30);
        generator.setNow(now);
        const QString limit = now.toString(Qt::ISODate);
        int open = 0;
        for (int i = 0; i < 1000; ++i) {
            const QJsonObject post = generator.next();
            const QByteArray text = QJsonDocument(post).toJson(QJsonDocument::Compact);
            for (const QJsonValue &value : post.value(QLatin1String("assignments")).toArray()) {
                const QJsonObject assignment = value.toObject();
                QVERIFY(assignment.value(QLatin1String("dispatched_at")).toString() <= limit);
                QVERIFY(assignment.value(QLatin1String("accepted_at")).toString() <= limit);
                open += assignment.value(QLatin1String("status")).toString() == QLatin1String("pending");
                for (const QJsonValue &reply : assignment.value(QLatin1String("replies")).toArray())
                    QVERIFY(reply.toObject().value(QLatin1String("published_at")).toString() <= limit);
            }
            for (const QJsonValue &supervision : post.value(QLatin1String("supervisions")).toArray())
                QVERIFY(supervision.toObject().value(QLatin1String("opened_at")).toString() <= limit);
        }
        QVERIFY(open > 0);
    }

    void posts_areValidAndKeepTheRules()
    {
        QSet<QString> unitIds;
        for (const QJsonValue &unit : SyntheticPostGenerator::harbinUnits())
            unitIds.insert(unit.toObject().value(QLatin1String("id")).toString());
        QVERIFY(unitIds.size() >= 30);
        SyntheticPostGenerator generator(20051209);
        QString previousId;
        QSet<QString> ids;
        QSet<QString> categories;
        for (int i = 0; i < 5000; ++i) {
            const QJsonObject post = generator.next();
            QVERIFY2(validatePost(post).isEmpty(), qPrintable(validatePost(post)));
            const QString id = post.value(QLatin1String("id")).toString();
            QVERIFY(!ids.contains(id));
            ids.insert(id);
            QVERIFY(id.right(7) > previousId.right(7));
            previousId = id;
            const QString category = post.value(QLatin1String("category")).toString();
            categories.insert(category);
            const QJsonArray assignments = post.value(QLatin1String("assignments")).toArray();
            if (category == QLatin1String("report")) // R10
                QVERIFY(assignments.isEmpty());
            if (category == QLatin1String("multi_department")) // R11
                QVERIFY(assignments.size() >= 2);
            for (const QJsonValue &assignment : assignments)
                QVERIFY(unitIds.contains(assignment.toObject().value(QLatin1String("unit_id")).toString()));
        }
        QCOMPARE(categories.size(), 9); // the eight categories and unclassified
    }
};

QTEST_GUILESS_MAIN(TestSyntheticPostGenerator)
#include "tst_syntheticpostgenerator.moc"
