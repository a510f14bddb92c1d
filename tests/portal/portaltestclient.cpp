#include "portaltestclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslCertificate>

namespace bxt::test {

QString PortalTestClient::Answer::errorCode() const
{
    return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QByteArray PortalTestClient::Answer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

PortalTestClient::PortalTestClient(QUrl baseUrl, const QString &caPath)
    : m_baseUrl(std::move(baseUrl))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setCaCertificates(QSslCertificate::fromPath(caPath));
    m_network.setAutoDeleteReplies(true);
}

QNetworkReply *PortalTestClient::start(const QByteArray &method, const QString &path, const QByteArray &body,
    const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path.section(QLatin1Char('?'), 0, 0));
    if (path.contains(QLatin1Char('?')))
        url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(60000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.sendCustomRequest(request, method, body);
}

PortalTestClient::Answer PortalTestClient::answerOf(QNetworkReply *reply)
{
    Answer answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.headers = reply->rawHeaderPairs();
    return answer;
}

PortalTestClient::Answer PortalTestClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
    const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkReply *reply = start(method, path, body, token, headers);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(90000)) {
        Answer answer;
        answer.error = QNetworkReply::TimeoutError;
        return answer;
    }
    return answerOf(reply);
}

PortalTestClient::Answer PortalTestClient::postJson(
    const QString &path, const QJsonObject &body, const QByteArray &token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
        { { "Content-Type", "application/json; charset=utf-8" } });
}

} // namespace bxt::test
