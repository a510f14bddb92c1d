#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

namespace bxt::test {

// One request to a portal over HTTPS (or HTTP), waited for in the caller's event loop, as the
// tests of the portal service send them.
class PortalTestClient final
{
public:
    struct Answer
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers; // raw, as received

        QString errorCode() const; // error.code of an error body
        QByteArray header(const QByteArray &name) const;
    };

    // caPath: the only CA the client trusts.
    PortalTestClient(QUrl baseUrl, const QString &caPath);

    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // The same request, not waited for: the reply deletes itself after finished, so read it
    // (answerOf) in a slot of finished.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static Answer answerOf(QNetworkReply *reply); // of a finished reply
    Answer postJson(const QString &path, const QJsonObject &body, const QByteArray &token = {});

private:
    QUrl m_baseUrl;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_network;
};

} // namespace bxt::test
