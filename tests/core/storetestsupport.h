#pragma once

#include "demo/syntheticpostgenerator.h"
#include "store/database.h"
#include "store/poststore.h"
#include "store/unitstore.h"
#include "sync/postimporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

namespace bxt::test {

// A post in the shape of portal-api.md; fields can be overridden.
inline QJsonObject samplePost(
    const QString &id, qint64 version, const QString &title, const QString &body, const QJsonObject &overrides = {})
{
    QJsonObject post { { QStringLiteral("id"), id }, { QStringLiteral("version"), version },
        { QStringLiteral("title"), title }, { QStringLiteral("body"), body },
        { QStringLiteral("submitted_at"), QStringLiteral("2025-03-03T08:15:00+08:00") },
        { QStringLiteral("author"),
            QJsonObject { { QStringLiteral("alias"), QStringLiteral("市民李先生") },
                { QStringLiteral("phone"), QStringLiteral("13800000000") },
                { QStringLiteral("email"), QJsonValue() } } },
        { QStringLiteral("wants_reply"), true }, { QStringLiteral("category"), QJsonValue() },
        { QStringLiteral("status"), QStringLiteral("new") }, { QStringLiteral("views"), 12 },
        { QStringLiteral("assignments"), QJsonArray() }, { QStringLiteral("supervisions"), QJsonArray() } };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        post.insert(it.key(), it.value());
    return post;
}

inline QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// Imports JSON Lines as the CLI does; false and *error when the importer refuses them.
inline bool importLines(
    Database &database, const QByteArray &lines, ImportReport *report, QString *error, bool skipBad = false)
{
    QByteArray data = lines;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    PostImporter importer(database, QStringLiteral("tester"));
    importer.setSkipBadLines(skipBad);
    return importer.run(buffer, QStringLiteral("test"), report, error);
}

// Imports posts that must be accepted; stops the test run otherwise.
inline void importPosts(Database &database, const QList<QJsonObject> &posts)
{
    QByteArray lines;
    for (const QJsonObject &post : posts)
        lines += jsonLine(post);
    ImportReport report;
    QString error;
    if (!importLines(database, lines, &report, &error))
        qFatal("import failed: %s", qPrintable(error));
}

// The demo's Harbin departments and districts as the store's units; stops the test run if refused.
inline void storeHarbinUnits(Database &database)
{
    QString error;
    if (!inTransaction(
            database,
            [&](QString *failure) {
                return UnitStore(database).replaceAll(SyntheticPostGenerator::harbinUnits(), failure);
            },
            &error))
        qFatal("cannot store the units: %s", qPrintable(error));
}

// The stored post with that id; stops the test run on a database failure.
inline std::optional<Post> storedPost(Database &database, const QString &id)
{
    std::optional<Post> post;
    QString error;
    if (!PostStore(database).find(id, &post, &error))
        qFatal("cannot read post %s: %s", qPrintable(id), qPrintable(error));
    return post;
}

inline qint64 storedPostCount(Database &database)
{
    qint64 count = 0;
    QString error;
    if (!PostStore(database).count(&count, &error))
        qFatal("cannot count posts: %s", qPrintable(error));
    return count;
}

// A fresh store in a temporary folder.
struct TemporaryStore
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;

    TemporaryStore()
    {
        QString error;
        database = Database::open(path(), &error);
        if (!database)
            qFatal("cannot open the test store: %s", qPrintable(error));
    }
    QString path() const { return dir.filePath(QStringLiteral("cases.sqlite")); }
};

} // namespace bxt::test
