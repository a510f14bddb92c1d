#include "portalclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace bxt::test {

QString PortalAnswer::describe() const
{
    if (status == 0)
        return QStringLiteral("no answer: ") + networkError;
    return QStringLiteral("%1 %2").arg(status).arg(QString::fromUtf8(body.left(800)));
}

PortalClient::PortalClient(const QUrl &baseUrl, const QString &caFile)
    : m_baseUrl(baseUrl)
    , m_caFile(caFile)
{ }

PortalClient::~PortalClient() = default;

QNetworkReply *PortalClient::send(
    const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    QNetworkRequest request(QUrl(m_baseUrl.toString() + pathAndQuery));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_caFile));
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    request.setTransferTimeout(0);
    if (method == "GET" || method == "DELETE")
        return m_network.sendCustomRequest(request, method);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json; charset=utf-8"));
    return m_network.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

PortalAnswer PortalClient::answerOf(QNetworkReply *reply)
{
    PortalAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 0)
        answer.networkError = reply->errorString();
    return answer;
}

PortalAnswer PortalClient::call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
    const QByteArray &idempotencyKey, int timeoutMs)
{
    QNetworkReply *reply = send(method, pathAndQuery, body, idempotencyKey);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    PortalAnswer answer;
    if (reply->isFinished()) {
        answer = answerOf(reply);
    } else {
        reply->abort();
        answer.networkError = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    }
    reply->deleteLater();
    return answer;
}

bool PortalClient::logIn(const QString &name, const QString &password, QString *error)
{
    m_token.clear();
    const PortalAnswer answer = call("POST", QStringLiteral("/session"),
        { { QStringLiteral("username"), name }, { QStringLiteral("password"), password } });
    m_token = answer.json.value(QLatin1String("token")).toString().toUtf8();
    m_userId = answer.json.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString();
    if (answer.status != 200 || m_token.isEmpty()) {
        *error = QStringLiteral("log-in of %1: %2").arg(name, answer.describe());
        return false;
    }
    return true;
}

QNetworkReply *PortalClient::sendAction(
    const QString &postId, const QJsonObject &action, const QByteArray &idempotencyKey)
{
    return send("POST", QStringLiteral("/posts/%1/actions").arg(postId), action, idempotencyKey);
}

bool PortalClient::wholeFeed(QList<QJsonObject> *changes, QString *error, int limit)
{
    QString cursor;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        const PortalAnswer page
            = call("GET", QStringLiteral("/changes?") + query.toString(QUrl::FullyEncoded), {}, {}, 120000);
        if (page.status != 200) {
            *error = QStringLiteral("GET /changes: ") + page.describe();
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
