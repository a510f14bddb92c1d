#include "portalclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkReply>
#include <QUrlQuery>

namespace bxt::test {

QString describe(const PortalAnswer &answer)
{
    if (answer.status == 0)
        return QStringLiteral("no answer (network error %1)").arg(int(answer.error));
    return QStringLiteral("%1 %2").arg(answer.status).arg(QString::fromUtf8(answer.body.left(800)));
}

PortalClient::PortalClient(const QUrl &baseUrl, const QString &caFile)
    : m_http(baseUrl, caFile)
{ }

QList<QPair<QByteArray, QByteArray>> PortalClient::headersFor(const QJsonObject &body, const QByteArray &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    if (!idempotencyKey.isEmpty())
        headers.append(qMakePair(QByteArray("Idempotency-Key"), idempotencyKey));
    return headers;
}

PortalAnswer PortalClient::call(
    const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    return m_http.send(method, pathAndQuery,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), m_token,
        headersFor(body, idempotencyKey));
}

QNetworkReply *PortalClient::send(
    const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    return m_http.start(method, pathAndQuery,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), m_token,
        headersFor(body, idempotencyKey));
}

PortalClient::Pending PortalClient::sendAction(
    const QString &postId, const QJsonObject &action, const QByteArray &idempotencyKey)
{
    auto pending = std::make_shared<std::optional<PortalAnswer>>();
    QNetworkReply *reply = send("POST", QStringLiteral("/posts/%1/actions").arg(postId), action, idempotencyKey);
    QObject::connect(
        reply, &QNetworkReply::finished, [pending, reply]() { *pending = PortalTestClient::answerOf(reply); });
    return pending;
}

bool PortalClient::logIn(const QString &name, const QString &password, QString *error)
{
    m_token.clear();
    const PortalAnswer answer = call("POST", QStringLiteral("/session"),
        { { QStringLiteral("username"), name }, { QStringLiteral("password"), password } });
    m_token = answer.json.value(QLatin1String("token")).toString().toUtf8();
    m_userId = answer.json.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString();
    if (answer.status != 200 || m_token.isEmpty()) {
        *error = QStringLiteral("log-in of %1: %2").arg(name, describe(answer));
        return false;
    }
    return true;
}

bool PortalClient::wholeFeed(QList<QJsonObject> *changes, QString *error)
{
    QString cursor;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        const PortalAnswer page = call("GET", QStringLiteral("/changes?") + query.toString(QUrl::FullyEncoded));
        if (page.status != 200) {
            *error = QStringLiteral("GET /changes: ") + describe(page);
            return false;
        }
        changes->append(changesOf(page));
        if (!page.json.value(QLatin1String("has_more")).toBool())
            return true;
        const QString next = page.json.value(QLatin1String("next_cursor")).toString();
        if (next.isEmpty() || next == cursor) {
            *error = QStringLiteral("GET /changes: has_more without a new cursor");
            return false;
        }
        cursor = next;
    }
}

QList<QJsonObject> PortalClient::changesOf(const PortalAnswer &page)
{
    QList<QJsonObject> changes;
    for (const QJsonValue &change : page.json.value(QLatin1String("changes")).toArray())
        changes.append(change.toObject());
    return changes;
}

QList<QJsonObject> PortalClient::postsInScope(const QList<QJsonObject> &changes)
{
    QMap<QString, QJsonObject> posts;
    for (const QJsonObject &change : changes) {
        if (change.contains(QLatin1String("removed")))
            posts.remove(change.value(QLatin1String("removed")).toObject().value(QLatin1String("id")).toString());
        else
            posts.insert(change.value(QLatin1String("post")).toObject().value(QLatin1String("id")).toString(),
                change.value(QLatin1String("post")).toObject());
    }
    return posts.values();
}

} // namespace bxt::test
